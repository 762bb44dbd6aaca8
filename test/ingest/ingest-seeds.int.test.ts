import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/database/database.js";
import { testDatabase } from "../support/db.js";
import { SEEDS_DIR, ingestSeeds } from "../support/seeds.js";

const db: Database = testDatabase();
afterAll(() => db.close());

const q = (text: string, params: Record<string, unknown> = {}) => db.read({ name: "test/query", text }, params);

/** Everything reachable from the seed articles, as sorted strings: a fingerprint of that part of the graph. */
async function seedGraph(): Promise<string[]> {
  const rows = await q(
    `MATCH (art:Article) WHERE art.source =~ '[0-9]{3}_[0-9a-f]{16}[.]txt'
     MATCH (art)<-[:IN_ARTICLE]-(e:Evidence)<-[:EVIDENCED_BY]-(n)
     OPTIONAL MATCH (n)-[r]-(o) WHERE NOT o:Evidence
     RETURN DISTINCT labels(n)[0] + ':' + n.id + ' ' + apoc.convert.toJson(properties(n)) AS node,
            CASE WHEN r IS NULL THEN null ELSE type(r) + ' ' + startNode(r).id + '->' + endNode(r).id + ' ' + apoc.convert.toJson(properties(r)) END AS rel`,
  );
  return [...new Set(rows.flatMap((r) => [r["node"] as string, r["rel"] as string | null]).filter((x): x is string => x !== null))].sort();
}

describe("ingesting the seed articles", () => {
  beforeAll(async () => {
    await ingestSeeds(db);
  });

  it("leaves the graph unchanged when the same articles are ingested again, even forced", async () => {
    const before = await seedGraph();
    expect(before.length).toBeGreaterThan(20);
    const skipped = await ingestSeeds(db);
    expect(skipped).toMatchObject({ read: 5, skipped: 5, failed: 0, rejected: 0 });
    const forced = await ingestSeeds(db, { force: true });
    expect(forced.counts.meetings.new).toBe(0);
    expect(forced.counts.actors.new).toBe(0);
    expect(forced.counts.evidence.new).toBe(0);
    expect(await seedGraph()).toEqual(before);
  });

  it("makes one actor of Bashar Assad and Bashar al-Assad, and another of Bashar al-Jafari", async () => {
    const rows = await q("MATCH (a:Actor) WHERE a.name STARTS WITH 'Bashar' RETURN a.name AS name, a.aliases AS aliases ORDER BY name");
    expect(rows.map((r) => r["name"])).toEqual(["Bashar al-Assad", "Bashar al-Jafari"]);
    expect(rows[0]!["aliases"]).toEqual(expect.arrayContaining(["Bashar Assad", "Assad"]));
  });

  it("makes one meeting, with evidence from both articles, of the Khaji-Assad meeting that 000 and 001 report", async () => {
    const rows = await q(
      `MATCH (:Actor {name: 'Ali Asghar Khaji'})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(:Actor {name: 'Bashar al-Assad'})
       MATCH (m)-[:EVIDENCED_BY]->(e:Evidence)-[:IN_ARTICLE]->(art:Article)
       RETURN m.id AS id, collect(DISTINCT art.source) AS sources`,
    );
    expect(rows).toHaveLength(1);
    const sources = (rows[0]!["sources"] as string[]).map((s) => s.replace(/.*\//, "")).sort();
    expect(sources).toEqual(["000_bb14670b8999dc54.txt", "001_fac2acfae8dc93a1.txt"]);
  });

  it("keeps for every meeting a quote that is the stored article text at its offsets", async () => {
    const rows = await q(
      `MATCH (m:Meeting)-[:EVIDENCED_BY]->(e:Evidence)-[:IN_ARTICLE]->(art:Article) WHERE art.source ENDS WITH '.txt'
       RETURN e.quote AS quote, e.start AS start, e.end AS end, art.text AS text, art.source AS source`,
    );
    expect(rows.length).toBeGreaterThan(5);
    const { readFileSync } = await import("node:fs");
    const { parseTextArticle } = await import("../../src/read/parse-text.js");
    for (const r of rows) {
      expect((r["text"] as string).slice(r["start"] as number, r["end"] as number)).toBe(r["quote"]);
      // The stored text is the text the file gives, and the source a path relative to the seeds folder.
      const article = parseTextArticle(readFileSync(`${SEEDS_DIR}${r["source"] as string}`, "utf8"), "", "");
      expect(article.text).toBe(r["text"]);
    }
  });
});
