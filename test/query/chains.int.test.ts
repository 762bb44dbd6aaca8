import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articles, articleCount, generateWorld, worldGraph, rng, type World } from "../../bench/generate.js";
import { statement } from "../../src/database/cypher.js";
import type { Database } from "../../src/database/database.js";
import { applyPlan } from "../../src/load/apply.js";
import { NEWEST_KEPT } from "../../src/load/co-attendance-rows.js";
import { planLoad, type LoadPlan } from "../../src/plan/plan.js";
import { brokers, chains, contacts, network, OUT_PER_CONTACT, type ChainRow, type NetworkRow } from "../../src/query/traversals.js";
import type { MeetingFilter } from "../../src/query/types.js";
import { testDatabase } from "../support/db.js";

// chains-short finds chains of up to 3 meetings by meet-in-the-middle; the SHORTEST statement (query/chains)
// is the plain definition. On a generated graph with hubs, both must give the same chains.

const db: Database = testDatabase();
const world: World = generateWorld(1500, 7);
const created: Record<string, string[]> = { Article: [], Actor: [], Meeting: [], Evidence: [] };
/** The SHORTEST definition of chains up to `hops` meetings, with room for 5000 of them. */
const referenceUpTo = (hops: number) => {
  const base = statement("query/chains");
  return { name: `test/chains-reference-${hops}`, text: base.text.replace("SHORTEST 100", "SHORTEST 5000").replace("{1,6}", `{1,${hops}}`) };
};
const reference = referenceUpTo(3);

const key = (c: ChainRow) => `${c.actors.map((a) => a.id).join(">")} | ${c.meetings.map((m) => m.id).join(",")}`;
type Filter = MeetingFilter & { timeRespecting: boolean };
const FILTERS: Filter[] = [
  { kind: null, after: null, before: null, timeRespecting: false },
  { kind: "call", after: null, before: null, timeRespecting: false },
  { kind: null, after: "2010-01-01", before: "2018-12-31", timeRespecting: false },
  { kind: null, after: null, before: null, timeRespecting: true },
];

/** Sources of every kind (the two busiest actors, ordinary ones) and targets 1 to `maxDist` meetings away. */
function pairs(maxDist = 3): Array<[string, string, number]> {
  const graph = worldGraph(world);
  const r = rng(11);
  const ranked = world.actors.map((_, i) => i).filter((i) => graph.degree(i) > 0).sort((a, b) => graph.degree(b) - graph.degree(a));
  const sources = [ranked[0]!, ranked[1]!, ...Array.from({ length: 6 }, () => ranked[Math.floor(r() * ranked.length)]!)];
  const out: Array<[string, string, number]> = [];
  for (const s of sources) {
    const dist = graph.distances(s, maxDist);
    for (let d = 1; d <= maxDist; d++) {
      const at = ranked.filter((i) => dist[i] === d);
      if (at.length > 0) out.push([world.actors[s]!.id, world.actors[at[Math.floor(r() * at.length)]!]!.id, d]);
    }
  }
  return out;
}

beforeAll(async () => {
  for (let from = 0; from < articleCount(world); from += 200) {
    // People and meetings only: the generated organisations and places are real countries and cities that the
    // seed articles name too, and this test must neither change nor delete what other tests load.
    const batch = [...articles(world, from, Math.min(articleCount(world), from + 200))].map(({ article, extraction }) => ({
      article,
      extraction: { ...extraction, organisations: [], affiliations: [], places: [], meetings: extraction.meetings.map((m) => ({ ...m, place: null })) },
    }));
    const plan: LoadPlan = planLoad(batch);
    await applyPlan(db, plan);
    expect(plan.organisations.length + plan.places.length).toBe(0);
    const rows = { Article: plan.articles, Actor: plan.actors, Meeting: plan.meetings, Evidence: plan.evidence };
    for (const [label, list] of Object.entries(rows)) created[label]!.push(...list.map((x) => x.id));
  }
}, 120_000);

afterAll(async () => {
  // Invented names never clash with the seeds' people; remove them so other tests see only their own data.
  for (const [label, ids] of Object.entries(created)) {
    await db.write({ name: "test/cleanup", text: `UNWIND $ids AS id MATCH (n:${label} {id: id}) DETACH DELETE n` }, { ids });
  }
  await db.close();
});

describe("chains of up to three meetings", () => {
  it("are the chains the SHORTEST definition gives, for hubs and ordinary actors, with and without filters", async () => {
    const checked = pairs();
    expect(checked.length).toBeGreaterThan(15);
    let compared = 0;
    for (const [from, to] of checked) {
      for (const f of FILTERS) {
        const params = { from, to, maxHops: 3, first: 5000, ...f };
        const fast = await chains(db, { ...params, first: 5000 });
        const slow = await db.read<ChainRow & Record<string, unknown>>(reference, { ...params, first: neo4j.int(5000) });
        expect(new Set(fast.map(key)), `${from} → ${to} ${JSON.stringify(f)}`).toEqual(new Set(slow.map(key)));
        expect(fast.length).toBe(slow.length);
        compared += fast.length;
      }
    }
    expect(compared).toBeGreaterThan(100);
  }, 300_000);

  it("come shortest first, and stop at first", async () => {
    const [from, to] = pairs().find(([, , d]) => d === 1)!;
    const all = await chains(db, { from, to, maxHops: 3, first: 5000, timeRespecting: false });
    const sizes = all.map((c) => c.meetings.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(all.length).toBeGreaterThan(3);
    const few = await chains(db, { from, to, maxHops: 3, first: 3, timeRespecting: false });
    expect(few).toHaveLength(3);
    expect(few.map((c) => c.meetings.length)).toEqual(sizes.slice(0, 3));
  });

  it("keep to maxHops", async () => {
    const [from, to] = pairs().find(([, , d]) => d === 3)!;
    expect(await chains(db, { from, to, maxHops: 2, first: 100, timeRespecting: false })).toEqual([]);
    const three = await chains(db, { from, to, maxHops: 3, first: 100, timeRespecting: false });
    expect(three.length).toBeGreaterThan(0);
    expect(three.every((c) => c.meetings.length === 3 && c.actors.length === 4)).toBe(true);
  });
});

describe("chains of four meetings", () => {
  it("are the chains the SHORTEST definition gives, after the shorter ones, with and without filters", async () => {
    const four = referenceUpTo(4);
    let compared = 0;
    let fourHop = 0;
    for (const [from, to] of pairs(4)) {
      for (const f of FILTERS) {
        const params = { from, to, maxHops: 4, ...f };
        const slow = await db.read<ChainRow & Record<string, unknown>>(four, { ...params, first: neo4j.int(5000) });
        // At 5000 the reference may have cut the longest length anywhere: not comparable.
        if (slow.length >= 5000) continue;
        const fast = await chains(db, { ...params, first: 5000 });
        expect(new Set(fast.map(key)), `${from} → ${to} ${JSON.stringify(f)}`).toEqual(new Set(slow.map(key)));
        expect(fast.length).toBe(slow.length);
        // Both walks of the actor steps (three from the end with fewer contacts, or two from each end and
        // joined) find the same chains, whichever the degrees choose.
        for (const fourHopWalk of ["smallEnd", "join"] as const) {
          const forced = await chains(db, { ...params, first: 5000, fourHopWalk });
          expect(new Set(forced.map(key)), `${from} → ${to} ${JSON.stringify(f)}, ${fourHopWalk}`).toEqual(new Set(slow.map(key)));
          expect(forced.length).toBe(slow.length);
        }
        const sizes = fast.map((c) => c.meetings.length);
        expect(sizes).toEqual([...sizes].sort((x, y) => x - y));
        compared += fast.length;
        fourHop += sizes.filter((n) => n === 4).length;
      }
    }
    expect(fourHop).toBeGreaterThan(100);
    expect(compared).toBeGreaterThan(fourHop);
  }, 300_000);

  it("fill first after the shorter chains and stop there", async () => {
    const [from, to] = pairs(4).find(([, , d]) => d === 3)!;
    const upToThree = await chains(db, { from, to, maxHops: 3, first: 100, timeRespecting: false });
    const four = await chains(db, { from, to, maxHops: 4, first: upToThree.length + 2, timeRespecting: false });
    expect(four.slice(0, upToThree.length).map(key)).toEqual(upToThree.map(key));
    expect(four.slice(upToThree.length).map((c) => c.meetings.length)).toEqual([4, 4]);
  });
});

describe("brokers over chains of up to three meetings", () => {
  // The pairs of intermediaries are walked from the near end's contacts in both directions, or outward from both
  // ends' contacts, as the statement estimates cheaper: an estimate of 0 (or of 10^9) relationships per far
  // contact forces the outward (or the two-way) walk.
  it.each([["as estimated", OUT_PER_CONTACT], ["walked outward from both ends", 0], ["walked both ways from the near end", 1e9]])("count each intermediary as the SHORTEST chains do, for hubs and ordinary actors (%s)", async (_, outPerContact) => {
    let compared = 0;
    for (const [from, to] of pairs()) {
      const params = { from, to, maxHops: 3, first: neo4j.int(5000), timeRespecting: false, kind: null, after: null, before: null };
      const all = await db.read<ChainRow & Record<string, unknown>>(reference, params);
      const brokered = all.filter((c) => c.meetings.length >= 2);
      // Over 1000 chains the statements may each keep a different 1000 of the longest length: not comparable.
      if (brokered.length > 1000) continue;
      const expected = new Map<string, number>();
      for (const c of brokered) for (const a of c.actors.slice(1, -1)) expected.set(a.id, (expected.get(a.id) ?? 0) + 1);
      const got = await brokers(db, { from, to, maxHops: 3, first: 5000 }, {}, outPerContact);
      expect(new Map(got.map((b) => [b.actor.id, b.chains])), `${from} → ${to}`).toEqual(expected);
      const counts = got.map((b) => b.chains);
      expect(counts).toEqual([...counts].sort((x, y) => y - x));
      compared += got.length;
    }
    expect(compared).toBeGreaterThan(50);
  }, 300_000);

  it("count the same whether the far end's meetings with the near end's contacts are read by id or walked", async () => {
    // As loaded, every pair here shares at most ALL_KEPT_UP_TO meetings, so `newest` holds them all and brokers
    // read them by id; without `newest` (a graph kept before it), brokers walk the far end's meetings.
    const [row] = await db.read<{ partial: number; pairs: number }>(
      { name: "test/partial-newest", text: "UNWIND $ids AS id MATCH (:Actor {id: id})-[c:MET_WITH]->() RETURN sum(CASE WHEN size(c.newest) = c.count THEN 0 ELSE 1 END) AS partial, count(c) AS pairs" },
      { ids: created.Actor },
    );
    expect(row!.pairs).toBeGreaterThan(1000);
    expect(row!.partial).toBe(0);
    const asked = pairs().filter(([, , d]) => d >= 2);
    const answers = async () => {
      const out: unknown[] = [];
      for (const [from, to] of asked) out.push(await brokers(db, { from, to, maxHops: 3, first: 5000 }));
      return out;
    };
    const byId = await answers();
    expect(byId.filter((a) => (a as unknown[]).length > 0).length).toBeGreaterThan(5);
    const kept = await db.read<{ id: string; newest: string[] }>(
      { name: "test/save-newest", text: "UNWIND $ids AS id MATCH (:Actor {id: id})-[c:MET_WITH]->() RETURN elementId(c) AS id, c.newest AS newest" },
      { ids: created.Actor },
    );
    const restore = { name: "test/restore-newest", text: "UNWIND $rows AS r MATCH ()-[c:MET_WITH]->() WHERE elementId(c) = r.id SET c.newest = r.newest" };
    try {
      await db.write({ name: "test/forget-newest", text: "UNWIND $ids AS id MATCH (:Actor {id: id})-[c:MET_WITH]->() REMOVE c.newest" }, { ids: created.Actor });
      expect(await answers()).toEqual(byId);
    } finally {
      await db.write(restore, { rows: kept });
    }
  }, 300_000);

  it("keep to maxHops and to first", async () => {
    const [from, to] = pairs().find(([, , d]) => d === 3)!;
    expect(await brokers(db, { from, to, maxHops: 2, first: 100 })).toEqual([]);
    const three = await brokers(db, { from, to, maxHops: 3, first: 100 });
    expect(three.length).toBeGreaterThan(1);
    expect(await brokers(db, { from, to, maxHops: 3, first: 1 })).toEqual(three.slice(0, 1));
  });
});


describe("networks around hubs", () => {
  const edgeKeys = (n: NetworkRow) => n.edges.map((e) => `${e.source}>${e.target}:${e.weight}`);
  it("have the same nodes and weighted edges from co-attendance, read whole or split over concurrent reads, as from the meetings", async () => {
    const graph = worldGraph(world);
    const hubs = world.actors.map((_, i) => i).sort((a, b) => graph.degree(b) - graph.degree(a)).slice(0, 3);
    let edges = 0;
    for (const hub of hubs) {
      const id = world.actors[hub]!.id;
      for (const [depth, limit] of [[1, 400], [2, 300]] as const) {
        const reference = await network(db, id, depth, limit, {}, true);
        expect(reference.nodes.length, `${id} depth ${depth}`).toBeGreaterThan(64);
        const expected = new Set(edgeKeys(reference));
        for (const reads of [1, 3]) {
          const fast = await network(db, id, depth, limit, {}, false, reads);
          expect(fast.nodes, `${id} depth ${depth}, ${reads} reads`).toEqual(reference.nodes);
          expect(new Set(edgeKeys(fast)), `${id} depth ${depth}, ${reads} reads`).toEqual(expected);
          expect(fast.edges).toHaveLength(reference.edges.length);
        }
        edges += expected.size;
      }
    }
    expect(edges).toBeGreaterThan(500);
  }, 120_000);

  it("keep the same actors at depth 2 whether the actor's own contacts fill the list or the walk goes a step further", async () => {
    const graph = worldGraph(world);
    const hub = world.actors.map((_, i) => i).sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
    const id = world.actors[hub]!.id;
    const contactsOf = (await network(db, id, 1, 100_000, {}, false)).nodes.length - 1;
    expect(contactsOf).toBeGreaterThan(64);
    // The list holds the actor and `limit - 1` others: filled by its contacts, exactly filled, one short.
    for (const limit of [contactsOf - 10, contactsOf + 1, contactsOf + 2]) {
      const reference = await network(db, id, 2, limit, {}, true);
      const fast = await network(db, id, 2, limit, {}, false);
      expect(fast.nodes, `limit ${limit}`).toEqual(reference.nodes);
      expect(new Set(edgeKeys(fast)), `limit ${limit}`).toEqual(new Set(edgeKeys(reference)));
      expect(fast.nodes.filter((n) => n.depth === 2)).toHaveLength(limit === contactsOf + 2 ? 1 : 0);
    }
  }, 120_000);
});

describe("contacts around hubs", () => {
  it("give the same first pages from the newest meetings co-attendance keeps as from walking the actor's meetings", async () => {
    const graph = worldGraph(world);
    const hubs = world.actors.map((_, i) => i).sort((a, b) => graph.degree(b) - graph.degree(a)).slice(0, 3);
    const noFilter = { after: null, before: null, kind: null };
    let longer = 0;
    for (const hub of hubs) {
      const id = world.actors[hub]!.id;
      // A page longer than co-attendance keeps walks the actor's meetings (query/contacts-paged).
      const walked = await contacts(db, id, noFilter, 60, {}, NEWEST_KEPT + 1);
      expect(walked.length, id).toBeGreaterThan(20);
      longer += walked.filter((c) => c.count > 1).length;
      for (const first of [1, 2, 5, NEWEST_KEPT]) {
        const kept = await contacts(db, id, noFilter, 60, {}, first);
        expect(kept.map((c) => [c.actor.id, c.count]), `${id} first ${first}`).toEqual(walked.map((c) => [c.actor.id, c.count]));
        expect(kept.map((c) => c.meetings), `${id} first ${first}`).toEqual(walked.map((c) => c.meetings.slice(0, first)));
      }
    }
    // Contacts with more shared meetings than a page holds, so which meetings come first is tested.
    expect(longer).toBeGreaterThan(5);
  }, 120_000);
});
