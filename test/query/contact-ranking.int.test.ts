import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyPlan } from "../../src/load/apply.js";
import type { LoadPlan, MeetingRow } from "../../src/plan/plan.js";
import { contactCounts, contacts } from "../../src/query/traversals.js";
import { testDatabase, uniquePrefix } from "../support/db.js";

// The ranking reads counts first and names only for the contacts that can make the list
// (cypher/fragments/contact-ranking.cypher): these pin that a list cut through a tie of counts still takes
// the tied contacts by name, on every statement that ranks from co-attendance.
const db = testDatabase();
const p = uniquePrefix("ranking");
const hub = `${p}hub`;
// Ids in another order than names, so an order by id would show.
const CONTACTS: Array<{ id: string; name: string; meetings: number }> = [
  { id: `${p}c1`, name: "Delta Ranking", meetings: 2 },
  { id: `${p}c2`, name: "Foxtrot Ranking", meetings: 1 },
  { id: `${p}c3`, name: "Bravo Ranking", meetings: 2 },
  { id: `${p}c4`, name: "Echo Ranking", meetings: 3 },
  { id: `${p}c5`, name: "Alpha Ranking", meetings: 2 },
  { id: `${p}c6`, name: "Charlie Ranking", meetings: 2 },
  { id: `${p}c7`, name: "Golf Ranking", meetings: 1 },
];
const expected = [...CONTACTS].sort((x, y) => y.meetings - x.meetings || x.name.localeCompare(y.name)).map((c) => [c.name, c.meetings]);
const noFilter = { after: null, before: null, kind: null };

function plan(): LoadPlan {
  const actors = [{ id: hub, name: "Hub Ranking" }, ...CONTACTS].map((a) => ({ id: a.id, name: a.name, aliases: [], nameKeys: [a.id], aliasText: "" }));
  const meetings: MeetingRow[] = [];
  const attendance: LoadPlan["attendance"] = [];
  for (const c of CONTACTS) {
    for (let i = 0; i < c.meetings; i++) {
      const m: MeetingRow = { id: `${c.id}-m${i}`, groupKey: `${c.id}-g${i}`, kind: "in_person", date: `2024-0${i + 1}-01`, dateFrom: `2024-0${i + 1}-01`, dateTo: `2024-0${i + 1}-01`, placeId: null };
      meetings.push(m);
      attendance.push({ actorId: hub, meetingId: m.id, role: null }, { actorId: c.id, meetingId: m.id, role: null });
    }
  }
  return {
    articles: [], actors, staleActors: [], nameForms: [], nameSeen: [], moves: [], organisations: [], places: [], meetings, staleMeetings: [],
    attendance, affiliations: [], evidence: [], actorEvidence: [], organisationEvidence: [], meetingEvidence: [],
  };
}

beforeAll(async () => {
  await applyPlan(db, plan());
});

afterAll(async () => {
  await db.write({ name: "test/cleanup", text: "MATCH (n) WHERE (n:Actor OR n:Meeting) AND n.id STARTS WITH $p DETACH DELETE n" }, { p });
  await db.close();
});

describe("contacts ranked from co-attendance", () => {
  it("take the most frequent first and tied counts by name, wherever the list is cut", async () => {
    // Cuts inside the tie of four at two meetings (2-4), at its ends (1, 5), inside the last tie (6) and past all.
    for (let limit = 1; limit <= CONTACTS.length + 1; limit++) {
      const want = expected.slice(0, limit);
      const ranking = await contactCounts(db, hub, noFilter, limit);
      const paged = await contacts(db, hub, noFilter, limit, {}, 20);
      const newest = await contacts(db, hub, noFilter, limit, {}, 5);
      // The meetings walk with a filter every meeting passes ranks independently of co-attendance.
      const walked = await contactCounts(db, hub, { ...noFilter, kind: "in_person" }, limit);
      for (const rows of [ranking, paged, newest, walked]) expect(rows.map((r) => [r.actor.name, r.count]), `first ${limit}`).toEqual(want);
      for (const rows of [paged, newest]) for (const r of rows) expect(r.meetings).toHaveLength(r.count);
    }
  });
});
