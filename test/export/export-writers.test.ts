import { describe, expect, it } from "vitest";
import { buildGraph, toGexf, toGraphml } from "../../src/export/graph.js";
import { table, toCsv } from "../../src/export/tables.js";
import type { ExportData } from "../../src/query/exports.js";
import type { MeetingRow } from "../../src/query/types.js";

const actor = (id: string, name: string) => ({ id, name, aliases: [], role: null });
const meeting = (id: string, kind: "in_person" | "call", date: string | null, from: string | null, to: string | null, people: Array<ReturnType<typeof actor>>): MeetingRow => ({
  id, kind, date, dateFrom: from, dateTo: to, place: null, participants: people,
  evidence: [{ id: `ev:${id}`, quote: 'He said, "we met"\nat noon', start: 0, end: 10, claim: "meeting", article: { id: "art:1", title: "A, B & C", url: "https://x.example/a?b=1&c=2", source: "a.txt", contentHash: "h", published: null } }],
});
const a = actor("actor:a", "Ann <A&B>");
const b = actor("actor:b", "Bo \"Q\"");
const c = actor("actor:c", "Cy");
const data: ExportData = {
  meetings: [meeting("m1", "in_person", "2023", "2023-01-01", "2023-12-31", [a, b, c]), meeting("m2", "call", "2024-07-21", "2024-07-21", "2024-07-21", [a, b])],
  depths: new Map([["actor:a", 0], ["actor:b", 1]]),
  truncated: false,
};

describe("export writers", () => {
  it("weights an edge by the meetings two actors of the network shared, keeping outsiders out of the graph", () => {
    const g = buildGraph(data);
    expect(g.order).toBe(2);
    expect(g.getEdgeAttributes("actor:a|actor:b")).toMatchObject({ weight: 2, in_person: 1, call: 1, first_date: "2023-01-01", last_date: "2024-07-21", meeting_ids: "m1; m2" });
  });

  it("escapes names in GraphML and GEXF", () => {
    const g = buildGraph(data);
    const graphml = toGraphml(g);
    expect(graphml).toContain("Ann &lt;A&amp;B&gt;");
    expect(graphml).toContain("Bo &quot;Q&quot;");
    expect(toGexf(g)).toMatch(/label="Ann &lt;A&amp;B(&gt;|>)"/);
  });

  it("writes CSV that keeps commas, quotes and line breaks inside a value", () => {
    const csv = toCsv(table("evidence", data));
    expect(csv.split("\n")[0]).toBe("meeting_id,evidence_id,quote,start,end,article_id,article_title,article_url,article_published,article_source");
    expect(csv).toContain('"He said, ""we met""\nat noon"');
    expect(csv).toContain('"A, B & C"');
  });

  it("lists a meeting's participants, dates and their precision in one row", () => {
    const t = table("meetings", data);
    expect(t.rows[0]).toEqual(["m1", "in_person", "2023", "year", "2023-01-01", "2023-12-31", null, null, "Ann <A&B>; Bo \"Q\"; Cy", "actor:a; actor:b; actor:c", 3, 1]);
  });
});
