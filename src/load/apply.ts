import { statement } from "../database/cypher.js";
import type { Database, Transaction } from "../database/database.js";
import type { LoadPlan } from "../plan/plan.js";

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
  evidence: statement("load/evidence"),
  actorEvidence: statement("load/actor-evidence"),
  organisationEvidence: statement("load/organisation-evidence"),
  meetingEvidence: statement("load/meeting-evidence"),
  affiliations: statement("load/affiliations"),
  existing: statement("load/existing-articles"),
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
  return db.writeTransaction(`loading ${plan.articles.length} article(s)`, async (tx) => {
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
    await nodes("meetings", plan.meetings);
    await nodes("evidence", plan.evidence);
    // Before attendance: it counts the attendance the graph does not have yet.
    await rels("coAttendance", attendeesByMeeting(plan));
    await rels("attendance", plan.attendance);
    await rels("actorEvidence", plan.actorEvidence);
    await rels("organisationEvidence", plan.organisationEvidence);
    await rels("meetingEvidence", plan.meetingEvidence);
    await rels("affiliations", plan.affiliations);
    return counts;
  });
}

async function runRels(tx: Transaction, stmt: (typeof S)[keyof typeof S], rows: readonly unknown[]): Promise<void> {
  await tx.update(stmt, { rows });
}

/** The plan's attendance as one row per meeting with its distinct actors (for load/co-attendance). */
export function attendeesByMeeting(plan: LoadPlan): Array<{ id: string; actorIds: string[] }> {
  const byMeeting = new Map<string, Set<string>>();
  for (const r of plan.attendance) {
    const ids = byMeeting.get(r.meetingId) ?? new Set<string>();
    byMeeting.set(r.meetingId, ids.add(r.actorId));
  }
  return [...byMeeting].map(([id, ids]) => ({ id, actorIds: [...ids] }));
}
