import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { statement } from "../../src/database/cypher.js";
import { applyPlan } from "../../src/load/apply.js";
import { backfillTiers, NEWEST_MARKER } from "../../src/load/co-attendance.js";
import { ALL_KEPT_UP_TO, keptOf, newerFirst, NEWEST_KEPT } from "../../src/load/co-attendance-rows.js";
import { keptParams } from "../../src/load/apply.js";
import type { LoadPlan, MeetingRow } from "../../src/plan/plan.js";
import { contacts } from "../../src/query/traversals.js";
import { testDatabase, uniquePrefix } from "../support/db.js";

const db = testDatabase();
const p = uniquePrefix("newest");
const a = `${p}a`;
const b = `${p}b`;
const actor = (id: string) => ({ id, name: id, aliases: [], nameKeys: [id], aliasText: "" });
const meeting = (n: number, dateFrom: string | null): MeetingRow => ({ id: `${p}m${String(n).padStart(2, "0")}`, groupKey: `${p}g${n}`, kind: "in_person", date: dateFrom, dateFrom, dateTo: dateFrom, placeId: null });
const DATES = ["2024-01-03", null, "2024-01-03", "2023-05-01", "2025-02-02"];

function plan(meetings: MeetingRow[], staleMeetings: string[] = []): LoadPlan {
  return {
    articles: [], actors: [actor(a), actor(b)], staleActors: [], nameForms: [], nameSeen: [], moves: [], organisations: [], places: [], meetings, staleMeetings,
    attendance: meetings.flatMap((m) => [a, b].map((actorId) => ({ actorId, meetingId: m.id, role: null }))), affiliations: [], evidence: [], actorEvidence: [], organisationEvidence: [], meetingEvidence: [],
  };
}

async function metWith(): Promise<{ count: number; newest: string[] | null }> {
  const [row] = await db.read<{ count: number; newest: string[] | null }>({ name: "test/met-with", text: "MATCH (:Actor {id: $a})-[c:MET_WITH]->(:Actor {id: $b}) RETURN c.count AS count, c.newest AS newest" }, { a, b });
  return row!;
}
const expected = (ms: MeetingRow[]) => ms.map((m) => ({ id: m.id, dateFrom: m.dateFrom })).sort(newerFirst).slice(0, keptOf(ms.length)).map((m) => m.id);

afterAll(async () => {
  await db.write({ name: "test/cleanup", text: "MATCH (n) WHERE (n:Actor OR n:Meeting) AND n.id STARTS WITH $p DETACH DELETE n" }, { p });
  await db.close();
});

describe("a pair's newest meetings on its co-attendance relationship", () => {
  const first = Array.from({ length: 7 }, (_, i) => meeting(i, DATES[i % DATES.length]!));
  const later = Array.from({ length: 6 }, (_, i) => meeting(7 + i, DATES[(7 + i) % DATES.length]!));
  const many = Array.from({ length: ALL_KEPT_UP_TO - 8 }, (_, i) => meeting(100 + i, `2022-0${(i % 9) + 1}-1${i % 10}`));

  it("are all of them in Contact.meetings' order up to ALL_KEPT_UP_TO, else the newest NEWEST_KEPT, through additions, re-dating and removal", async () => {
    await applyPlan(db, plan(first));
    expect(await metWith()).toEqual({ count: 7, newest: expected(first) });
    // Only new meetings: added to what the relationship kept, without a walk.
    await applyPlan(db, plan(later));
    let all = [...first, ...later];
    expect(all.length).toBeGreaterThan(NEWEST_KEPT);
    expect(await metWith()).toEqual({ count: 13, newest: expected(all) });
    expect(expected(all)).toHaveLength(13);
    // A meeting the graph has, re-dated to the newest: recomputed from attendance.
    all = all.map((m, i) => (i === 3 ? { ...m, date: "2026-01-01", dateFrom: "2026-01-01", dateTo: "2026-01-01" } : m));
    await applyPlan(db, plan([all[3]!]));
    expect(await metWith()).toEqual({ count: 13, newest: expected(all) });
    // First after the undated ones, which Cypher's order puts above every date.
    const undated = new Set(all.filter((m) => m.dateFrom === null).map((m) => m.id));
    expect((await metWith()).newest!.filter((id) => !undated.has(id))[0]).toBe(all[3]!.id);
    // Past ALL_KEPT_UP_TO by addition: the newest NEWEST_KEPT only.
    await applyPlan(db, plan(many));
    all = [...all, ...many];
    expect(all.length).toBeGreaterThan(ALL_KEPT_UP_TO);
    expect(await metWith()).toEqual({ count: all.length, newest: expected(all) });
    expect(expected(all)).toHaveLength(NEWEST_KEPT);
    // The newest removed: the next one moves up.
    const gone = all[3]!.id;
    all = all.filter((m) => m.id !== gone);
    await applyPlan(db, plan([], [gone]));
    expect(await metWith()).toEqual({ count: all.length, newest: expected(all) });
    // Back to ALL_KEPT_UP_TO by removal: all of them again, recomputed from attendance.
    const removed = all.slice(-(all.length - ALL_KEPT_UP_TO)).map((m) => m.id);
    all = all.filter((m) => !removed.includes(m.id));
    await applyPlan(db, plan([], removed));
    expect(await metWith()).toEqual({ count: ALL_KEPT_UP_TO, newest: expected(all) });
    expect(expected(all)).toHaveLength(ALL_KEPT_UP_TO);
  });

  it("are filled in by the backfill for relationships kept before they held them, or held all of them, and walked for until then", async () => {
    const want = await metWith();
    expect(want.count).toBe(ALL_KEPT_UP_TO);
    expect(want.newest).toHaveLength(ALL_KEPT_UP_TO);
    const page = () => contacts(db, a, { after: null, before: null, kind: null }, 10, {}, 5);
    const pages = await page();
    expect(pages.map((c) => c.meetings.map((m) => m.id))).toEqual([want.newest!.slice(0, 5)]);
    // The backfill's batch from just before this test's actors, so it touches only them; the shared marker is
    // put back as it was.
    const marker = { name: "test/marker", text: "MATCH (m:ParleyMigration {id: $id}) RETURN m.complete AS complete, m.after AS after" };
    const [before] = await db.read<{ complete: boolean; after: string | null }>(marker, { id: NEWEST_MARKER });
    const backfill = async () => {
      const [row] = await db.write<{ done: number }>(statement("maintenance/co-attendance-newest-backfill"), { after: p, batch: neo4j.int(2), marker: NEWEST_MARKER, ...keptParams() });
      expect(row!.done).toBe(2);
    };
    // Kept when the relationships held only the newest NEWEST_KEPT: all of them again.
    await db.write({ name: "test/shorten-newest", text: "MATCH (:Actor {id: $a})-[c:MET_WITH]->(:Actor {id: $b}) SET c.newest = c.newest[0..$n]" }, { a, b, n: neo4j.int(NEWEST_KEPT) });
    expect((await metWith()).newest).toHaveLength(NEWEST_KEPT);
    await backfill();
    expect(await metWith()).toEqual(want);

    await db.write({ name: "test/forget-newest", text: "MATCH (:Actor {id: $a})-[c:MET_WITH]->(:Actor {id: $b}) REMOVE c.newest" }, { a, b });
    expect((await metWith()).newest).toBeNull();
    // Until the backfill has run, contacts walk the meetings of a relationship without them, and a load that
    // adds a meeting to it leaves it without rather than keep only the new one.
    expect(await page()).toEqual(pages);
    const added = meeting(99, "2027-01-01");
    await applyPlan(db, plan([added]));
    expect(await metWith()).toEqual({ count: want.count + 1, newest: null });
    const undated = (await page())[0]!.meetings.filter((m) => m.dateFrom === null).length;
    expect((await page())[0]!.meetings[undated]!.id).toBe(added.id);
    const walked = (await contacts(db, a, { after: null, before: null, kind: null }, 10, {}, NEWEST_KEPT + 1))[0]!.meetings.map((m) => m.id).slice(0, NEWEST_KEPT);
    await backfill();
    expect(await metWith()).toEqual({ count: want.count + 1, newest: walked });
    expect(walked).toContain(added.id);
    await db.write({ name: "test/marker-back", text: "MATCH (m:ParleyMigration {id: $id}) SET m.complete = $complete, m.after = $after" }, { id: NEWEST_MARKER, complete: before?.complete ?? true, after: before?.after ?? null });
  });
});

describe("which way a co-attendance relationship points", () => {
  // Ids in this order: the hub sorts first, so where tiers tie a relationship starts at it.
  const q = `${p}t-`;
  const [hub, x, y1, y2, y3] = [`${q}0`, `${q}x`, `${q}y1`, `${q}y2`, `${q}y3`];
  const gathering = (n: number, who: string[]) => ({ m: meeting(40 + n, `2024-02-0${n}`), who });
  const t1 = gathering(1, [hub, x]);
  const others = [gathering(2, [hub, y1]), gathering(3, [hub, y2]), gathering(4, [hub, y3])];
  const planOf = (gs: Array<{ m: MeetingRow; who: string[] }>, staleMeetings: string[] = []): LoadPlan => ({
    ...plan([], staleMeetings),
    actors: [...new Set(gs.flatMap((g) => g.who))].map(actor),
    meetings: gs.map((g) => g.m),
    attendance: gs.flatMap((g) => g.who.map((actorId) => ({ actorId, meetingId: g.m.id, role: null }))),
  });
  /** "start → end count newest" for each of this test's relationships, and each actor's tier. */
  async function graph() {
    const rels = await db.read<{ line: string }>({ name: "test/directions", text: "MATCH (s:Actor)-[c:MET_WITH]->(e:Actor) WHERE s.id STARTS WITH $q RETURN s.id + ' → ' + e.id + ' ' + c.count + ' ' + apoc.text.join(c.newest, ',') AS line ORDER BY line" }, { q });
    const tiers = await db.read<{ id: string; tier: number | null }>({ name: "test/tiers", text: "MATCH (a:Actor) WHERE a.id STARTS WITH $q RETURN a.id AS id, a.tier AS tier ORDER BY id" }, { q });
    return { rels: rels.map((r) => r.line), tiers: Object.fromEntries(tiers.map((r) => [r.id, r.tier])) };
  }

  it("starts at the actor in fewer meetings, and turns with its properties when an actor's tier moves", async () => {
    await applyPlan(db, planOf([t1]));
    expect(await graph()).toEqual({ rels: [`${hub} → ${x} 1 ${t1.m.id}`], tiers: { [hub]: 0, [x]: 0 } });
    // Four meetings take the hub to tier 1: its relationships start at the others now.
    await applyPlan(db, planOf(others));
    expect(await graph()).toEqual({
      rels: [`${x} → ${hub} 1 ${t1.m.id}`, ...others.map((g) => `${g.who[1]} → ${hub} 1 ${g.m.id}`)].sort(),
      tiers: { [hub]: 1, [x]: 0, [y1]: 0, [y2]: 0, [y3]: 0 },
    });
    // One removed takes it back to tier 0, and the pair that shared it loses its relationship.
    await applyPlan(db, planOf([], [others[2]!.m.id]));
    expect(await graph()).toEqual({
      rels: [`${hub} → ${x} 1 ${t1.m.id}`, `${hub} → ${y1} 1 ${others[0]!.m.id}`, `${hub} → ${y2} 1 ${others[1]!.m.id}`],
      tiers: { [hub]: 0, [x]: 0, [y1]: 0, [y2]: 0, [y3]: null },
    });
  });

  it("is set by the backfill for a graph kept before tiers", async () => {
    const want = await graph();
    await db.write({ name: "test/forget-tiers", text: "MATCH (a:Actor) WHERE a.id STARTS WITH $q REMOVE a.tier" }, { q });
    await db.write({ name: "test/reverse", text: "MATCH (s:Actor {id: $hub})-[c:MET_WITH]->(e:Actor {id: $x}) CREATE (e)-[d:MET_WITH]->(s) SET d = properties(c) DELETE c" }, { hub, x });
    expect(await graph()).not.toEqual(want);
    // A batch of this test's actors only (their ids follow `q`); the shared marker is put back as it was.
    const marker = { name: "test/marker", text: "MATCH (m:ParleyMigration {id: 'co-attendance-tiers'}) RETURN m.complete AS complete, m.after AS after" };
    const [before] = await db.read<{ complete: boolean; after: string | null }>(marker);
    const [first] = await backfillTiers(db, q, 2);
    expect(first!.done).toBe(2);
    const [rest] = await backfillTiers(db, first!.after!, 3);
    expect(rest!.done).toBe(3);
    expect(await graph()).toEqual(want);
    await db.write({ name: "test/marker-back", text: "MATCH (m:ParleyMigration {id: 'co-attendance-tiers'}) SET m.complete = $complete, m.after = $after" }, { complete: before?.complete ?? true, after: before?.after ?? null });
  });

  it("is found by a load however it points, so a pair never gets a second one", async () => {
    const first = gathering(5, [x, y1]);
    await applyPlan(db, planOf([first]));
    expect((await graph()).rels).toContain(`${x} → ${y1} 1 ${first.m.id}`);
    // Pointing against the tiers, as a concurrent load's turn could leave it.
    await db.write({ name: "test/reverse", text: "MATCH (s:Actor {id: $x})-[c:MET_WITH]->(e:Actor {id: $y1}) CREATE (e)-[d:MET_WITH]->(s) SET d = properties(c) DELETE c" }, { x, y1 });
    const second = gathering(6, [x, y1]);
    await applyPlan(db, planOf([second]));
    const between = (await graph()).rels.filter((l) => l.includes(x) && l.includes(y1));
    expect(between).toEqual([`${y1} → ${x} 2 ${second.m.id},${first.m.id}`]);
  });
});
