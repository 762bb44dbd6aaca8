import { describe, expect, it } from "vitest";
import { gql } from "../support/http.js";
import { useSeedServer } from "../support/seeds.js";

const seeded = useSeedServer();

// Each root connection, sorted by a key with many ties (or null), as dashboards page them.
const CONNECTIONS: Array<[string, string]> = [
  ["meetingsConnection", "dateFrom"],
  ["evidencesConnection", "claim"],
  ["articlesConnection", "published"],
  ["placesConnection", "kind"],
  ["actorsConnection", "name"],
  ["organisationsConnection", "name"],
];

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: { id: string } }>;
}

async function pageThrough(field: string, sort: unknown, size: number): Promise<{ ids: string[]; total: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let total = -1;
  for (let guard = 0; guard < 1000; guard++) {
    const res: { data?: Record<string, Page>; errors?: unknown } = await gql<Record<string, Page>>(
      seeded.server.graphqlUrl,
      `query($first: Int, $after: String, $sort: [${sortType(field)}!]) { c: ${field}(first: $first, after: $after, sort: $sort) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
      { first: size, after, sort },
    );
    expect(res.errors).toBeUndefined();
    const page = res.data!["c"]!;
    total = page.totalCount;
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { ids, total };
}

const sortType = (field: string) => `${field[0]!.toUpperCase()}${field.slice(1, -"sConnection".length)}Sort`;

describe("stable pagination in the generated API", () => {
  for (const [field, key] of CONNECTIONS) {
    it(`visits every row of ${field} exactly once, paging 2 at a time sorted by ${key}, both ways and unsorted`, async () => {
      for (const sort of [[{ [key]: "ASC" }], [{ [key]: "DESC" }], null]) {
        const { ids, total } = await pageThrough(field, sort, 2);
        expect(total).toBeGreaterThan(2);
        expect(ids).toHaveLength(total);
        expect(new Set(ids).size).toBe(total);
      }
    });
  }

  it("gives the same order to ties on every call, so offset pages of a list add up to the whole list", async () => {
    const whole = await gql<{ meetings: Array<{ id: string }> }>(seeded.server.graphqlUrl, `{ meetings(sort: [{ dateFrom: ASC }], limit: 100) { id } }`);
    const ids: string[] = [];
    for (let offset = 0; offset < whole.data!.meetings.length; offset += 4) {
      const page = await gql<{ meetings: Array<{ id: string }> }>(seeded.server.graphqlUrl, `query($o: Int) { meetings(sort: [{ dateFrom: ASC }], limit: 4, offset: $o) { id } }`, { o: offset });
      ids.push(...page.data!.meetings.map((m) => m.id));
    }
    expect(ids).toEqual(whole.data!.meetings.map((m) => m.id));
  });

  it("pages a nested connection (an actor's meetings by date, in a fragment) without repeats or gaps", async () => {
    const query = `query($after: String) { actors(where: { name: { eq: "Bashar al-Assad" } }) { ...M } }
      fragment M on Actor { meetingsConnection(first: 3, after: $after, sort: [{ node: { dateFrom: ASC } }]) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    const ids: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let guard = 0; guard < 100; guard++) {
      const res: { data?: { actors: Array<{ meetingsConnection: Page }> } } = await gql(seeded.server.graphqlUrl, query, { after });
      const c = res.data!.actors[0]!.meetingsConnection;
      total = c.totalCount;
      ids.push(...c.edges.map((e) => e.node.id));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(3);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
  });
});

interface ArticleOut {
  id: string;
  title: string | null;
  url: string | null;
  source: string;
  text: string;
  evidence: Array<{ quote: string; start: number; end: number; contextBefore: string; contextAfter: string }>;
}

describe("citable evidence", () => {
  it("gives articles their text and a source relative to the ingested folder, never a server path", async () => {
    const res = await gql<{ articles: ArticleOut[] }>(seeded.server.graphqlUrl, `{ articles(where: { source: { endsWith: ".txt" } }) { id title url source text } }`);
    expect(res.errors).toBeUndefined();
    const articles = res.data!.articles;
    expect(articles.length).toBeGreaterThanOrEqual(5);
    for (const a of articles) {
      expect(a.source).toMatch(/^[^/]+\.txt$/);
      expect(a.text.length).toBeGreaterThan(500);
    }
  });

  it("takes headline and url from the metadata beside a seed, and never a photo caption for a headline", async () => {
    const res = await gql<{ articles: ArticleOut[] }>(seeded.server.graphqlUrl, `{ articles(where: { source: { endsWith: ".txt" } }) { title url source text } }`);
    const bySource = new Map(res.data!.articles.map((a) => [a.source, a]));
    const withMeta = bySource.get("003_577b2e3b5703147c.txt")!;
    expect(withMeta.url).toMatch(/^https:\/\//);
    expect(withMeta.title).toBeTruthy();
    // 004 opens with a photo caption (place and date), which stays in the text and is not the headline.
    const captioned = bySource.get("004_2c86b46c5c9e9384.txt")!;
    expect(captioned.title).toBeNull();
    expect(captioned.text.split("\n")[0]).toMatch(/\d{4}$/);
    for (const a of res.data!.articles) if (a.title) expect(a.text.startsWith(a.title)).toBe(false);
  });

  it("shows every quote in its context: the text around it is the article's text at its offsets", async () => {
    const res = await gql<{ articles: ArticleOut[] }>(
      seeded.server.graphqlUrl,
      `{ articles(where: { source: { endsWith: ".txt" } }) { text evidence(limit: 200) { quote start end contextBefore contextAfter } } }`,
    );
    let checked = 0;
    for (const a of res.data!.articles) {
      for (const e of a.evidence) {
        expect(a.text.slice(e.start, e.end)).toBe(e.quote);
        expect(a.text.slice(Math.max(0, e.start - 300), e.start)).toBe(e.contextBefore);
        expect(a.text.slice(e.end, e.end + 300)).toBe(e.contextAfter);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

interface Bucket {
  period: string;
  precision: "day" | "month" | "year";
  from: string;
  to: string;
  inPerson: number;
  call: number;
  total: number;
}
interface TimelineOut {
  total: number;
  undated: { total: number };
  buckets: Bucket[];
}
const TIMELINE = `query($actor: String, $with: String, $g: DatePrecision, $kind: MeetingKind) {
  timeline(actor: $actor, with: $with, granularity: $g, kind: $kind) { total undated { total } buckets { period precision from to inPerson call total } }
}`;

describe("the timeline aggregate", () => {
  it("counts every meeting of the graph once, and a year-only meeting over its year rather than in January", async () => {
    const [t, all] = await Promise.all([
      gql<{ timeline: TimelineOut }>(seeded.server.graphqlUrl, TIMELINE, { g: "month" }),
      gql<{ meetings: Array<{ date: string | null; datePrecision: string | null; dateFrom: string | null; dateTo: string | null }> }>(
        seeded.server.graphqlUrl,
        `{ meetings(limit: 1000) { date datePrecision dateFrom dateTo } }`,
      ),
    ]);
    expect(t.errors).toBeUndefined();
    const meetings = all.data!.meetings;
    const timeline = t.data!.timeline;
    expect(timeline.total).toBe(meetings.length);
    expect(timeline.buckets.reduce((n, b) => n + b.total, 0) + timeline.undated.total).toBe(meetings.length);
    expect(timeline.undated.total).toBe(meetings.filter((m) => m.date === null).length);
    const yearOnly = meetings.filter((m) => m.datePrecision === "year");
    expect(yearOnly.length).toBeGreaterThan(0);
    for (const m of yearOnly) {
      const bucket = timeline.buckets.find((b) => b.period === m.date)!;
      expect(bucket).toMatchObject({ precision: "year", from: `${m.date}-01-01`, to: `${m.date}-12-31` });
      expect(m.dateFrom).toBe(`${m.date}-01-01`);
    }
    for (const b of timeline.buckets) expect(b.inPerson + b.call).toBe(b.total);
  });

  it("narrows to an actor, to a pair and to a kind", async () => {
    const [actor, pair, calls] = await Promise.all([
      gql<{ timeline: TimelineOut }>(seeded.server.graphqlUrl, TIMELINE, { actor: "Assad", g: "year" }),
      gql<{ timeline: TimelineOut }>(seeded.server.graphqlUrl, TIMELINE, { actor: "Assad", with: "Vladimir Putin", g: "year" }),
      gql<{ timeline: TimelineOut }>(seeded.server.graphqlUrl, TIMELINE, { actor: "Assad", kind: "call" }),
    ]);
    const contacts = await gql<{ contacts: Array<{ actor: { name: string }; count: number }> }>(seeded.server.graphqlUrl, `{ contacts(actor: "Assad") { actor { name } count } }`);
    const withPutin = contacts.data!.contacts.find((c) => c.actor.name === "Vladimir Putin")!;
    expect(pair.data!.timeline.total).toBe(withPutin.count);
    expect(actor.data!.timeline.total).toBeGreaterThan(pair.data!.timeline.total);
    expect(actor.data!.timeline.buckets.every((b) => b.precision === "year")).toBe(true);
    expect(calls.data!.timeline.buckets.every((b) => b.inPerson === 0)).toBe(true);
    expect(calls.data!.timeline.total).toBeLessThan(actor.data!.timeline.total);
  });

  it("fails with a code when `with` comes without `actor`, or names nobody", async () => {
    const lone = await gql(seeded.server.graphqlUrl, TIMELINE, { with: "Assad" });
    expect(lone.errors?.[0]?.extensions?.["code"]).toBe("INPUT_INVALID");
    const nobody = await gql(seeded.server.graphqlUrl, TIMELINE, { actor: "Nobody Atall" });
    expect(nobody.errors?.[0]?.extensions?.["code"]).toBe("ACTOR_NOT_FOUND");
  });
});
