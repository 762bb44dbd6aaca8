import neo4j from "neo4j-driver";
import { statement } from "../database/cypher.js";
import type { Database, Transaction } from "../database/database.js";
import type { LoadPlan } from "../plan/plan.js";
import { ALL_KEPT_UP_TO, coAttendanceChanges, NEWEST_KEPT } from "./co-attendance-rows.js";

/** How many of a pair's meetings `newest` keeps (src/load/co-attendance-rows.ts, keptOf), for the statements. */
export const keptParams = () => ({ newest: neo4j.int(NEWEST_KEPT), allKept: neo4j.int(ALL_KEPT_UP_TO) });

/** What a load added: new rows, and rows that were already in the graph. */
export interface LoadCounts {
  articles: Tally;
  actors: Tally;
  organisations: Tally;
  places: Tally;
  meetings: Tally;
  evidence: Tally;
}
export interface Tally {
  new: number;
  known: number;
}

export const emptyCounts = (): LoadCounts => ({
  articles: { new: 0, known: 0 },
  actors: { new: 0, known: 0 },
  organisations: { new: 0, known: 0 },
  places: { new: 0, known: 0 },
  meetings: { new: 0, known: 0 },
  evidence: { new: 0, known: 0 },
});

export function addCounts(into: LoadCounts, more: LoadCounts): LoadCounts {
  for (const k of Object.keys(into) as Array<keyof LoadCounts>) {
    into[k].new += more[k].new;
    into[k].known += more[k].known;
  }
  return into;
}

const S = {
  articles: statement("load/articles"),
  actors: statement("load/actors"),
  organisations: statement("load/organisations"),
  places: statement("load/places"),
  meetings: statement("load/meetings"),
  attendance: statement("load/attendance"),
  coAttendance: statement("load/co-attendance"),
  coAttendanceAdd: statement("load/co-attendance-add"),
  actorTiers: statement("load/actor-tiers"),
  coAttendanceTurn: statement("load/co-attendance-turn"),
  knownMeetings: statement("load/known-meetings"),
  meetingAttendees: statement("load/meeting-attendees"),
  evidence: statement("load/evidence"),
  actorEvidence: statement("load/actor-evidence"),
  organisationEvidence: statement("load/organisation-evidence"),
  meetingEvidence: statement("load/meeting-evidence"),
  affiliations: statement("load/affiliations"),
  existing: statement("load/existing-articles"),
  nameForms: statement("load/name-forms"),
  nameSeen: statement("load/name-seen"),
  moves: statement("load/moves"),
  staleActors: statement("load/stale-actors"),
  staleMeetings: statement("load/stale-meetings"),
};

/** Ids of the given articles that are already in the graph. */
export async function existingArticleIds(db: Database, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.read<{ id: string }>(S.existing, { ids });
  return new Set(rows.map((r) => r.id));
}

/**
 * Writes a plan in one transaction (all its articles' facts or none), node kinds first, then relationships.
 * Every statement is UNWIND + MERGE on constrained keys, so applying the same plan again changes nothing.
 */
export async function applyPlan(db: Database, plan: LoadPlan): Promise<LoadCounts> {
  return db.writeTransaction(`loading ${plan.articles.length} article(s)`, (tx) => writePlan(tx, plan));
}

/** Writes a plan inside a transaction the caller holds (the load step reads the graph in it first). */
export async function writePlan(tx: Transaction, plan: LoadPlan): Promise<LoadCounts> {
  {
    const counts = emptyCounts();
    const nodes = async (key: keyof LoadCounts, rows: readonly unknown[]) => {
      if (rows.length === 0) return;
      const { nodesCreated } = await tx.update(S[key], { rows });
      counts[key] = { new: nodesCreated, known: rows.length - nodesCreated };
    };
    const rels = (stmt: keyof typeof S, rows: readonly unknown[]) => (rows.length === 0 ? Promise.resolve() : runRels(tx, S[stmt], rows));
    await nodes("articles", plan.articles);
    await nodes("actors", plan.actors);
    await nodes("organisations", plan.organisations);
    await nodes("places", plan.places);
    const known = plan.meetings.length > 0 ? new Set((await tx.run<{ id: string }>(S.knownMeetings, { ids: plan.meetings.map((m) => m.id) })).map((r) => r.id)) : new Set<string>();
    await nodes("meetings", plan.meetings);
    await nodes("evidence", plan.evidence);
    // Identity settled across the corpus: name keys, the actors they moved between, meetings re-clustered.
    if (plan.nameForms.length > 0) await tx.update(S.nameForms, { rows: plan.nameForms });
    await rels("nameSeen", plan.nameSeen);
    await rels("moves", plan.moves);
    if (plan.staleActors.length > 0) counts.actors.new -= (await tx.update(S.staleActors, { ids: plan.staleActors })).nodesDeleted;
    // Pairs whose co-attendance this load may change: those of the meetings it removes, read before they go.
    const stalePairs = plan.staleMeetings.length > 0 ? await tx.run<{ meetingId: string; actorIds: string[] }>(S.meetingAttendees, { ids: plan.staleMeetings }) : [];
    if (plan.staleMeetings.length > 0) counts.meetings.new -= (await tx.update(S.staleMeetings, { ids: plan.staleMeetings })).nodesDeleted;
    await rels("attendance", plan.attendance);
    // Tiers before co-attendance, so the relationships it creates point the right way from the start.
    await settleTiers(tx, [...plan.attendance.map((r) => r.actorId), ...stalePairs.flatMap((p) => p.actorIds)]);
    const coAttendance = coAttendanceChanges(attendeesByMeeting(plan), stalePairs, known, plan.meetings);
    if (coAttendance.recompute.length > 0) await tx.update(S.coAttendance, { rows: coAttendance.recompute, ...keptParams() });
    if (coAttendance.gains.length > 0) await tx.update(S.coAttendanceAdd, { rows: coAttendance.gains, ...keptParams() });
    await rels("actorEvidence", plan.actorEvidence);
    await rels("organisationEvidence", plan.organisationEvidence);
    await rels("meetingEvidence", plan.meetingEvidence);
    await rels("affiliations", plan.affiliations);
    return counts;
  }
}

/**
 * The tiers of the actors whose attendance this load changed, and the co-attendance relationships of those
 * whose tier moved turned to match (src/load/co-attendance-direction.ts).
 */
export async function settleTiers(tx: Transaction, actorIds: readonly string[]): Promise<number> {
  if (actorIds.length === 0) return 0;
  const moved = (await tx.run<{ id: string }>(S.actorTiers, { ids: [...new Set(actorIds)] })).map((r) => r.id);
  if (moved.length > 0) await tx.update(S.coAttendanceTurn, { ids: moved });
  return moved.length;
}

async function runRels(tx: Transaction, stmt: (typeof S)[keyof typeof S], rows: readonly unknown[]): Promise<void> {
  await tx.update(stmt, { rows });
}

/** The plan's attendance as one row per meeting with its distinct actors. */
export function attendeesByMeeting(plan: LoadPlan): Array<{ meetingId: string; actorIds: string[] }> {
  const byMeeting = new Map<string, Set<string>>();
  for (const r of plan.attendance) {
    const ids = byMeeting.get(r.meetingId) ?? new Set<string>();
    byMeeting.set(r.meetingId, ids.add(r.actorId));
  }
  return [...byMeeting].map(([meetingId, ids]) => ({ meetingId, actorIds: [...ids] }));
}
