import neo4j from "neo4j-driver";
import { statement } from "../database/cypher.js";
import type { Database } from "../database/database.js";
import type { Logger } from "../log.js";
import { silentLogger } from "../log.js";
import { keptParams, settleTiers } from "./apply.js";
import { ALL_KEPT_UP_TO } from "./co-attendance-rows.js";

const S = {
  state: statement("maintenance/co-attendance-state"),
  backfill: statement("maintenance/co-attendance-backfill"),
  newestBackfill: statement("maintenance/co-attendance-newest-backfill"),
  actorsAfter: statement("maintenance/actors-after"),
  mark: statement("maintenance/migration-mark"),
};
const BATCH = 2000;
/**
 * The marker of the `newest` backfill (cypher/maintenance/co-attendance-newest-backfill), named for how many
 * meetings a complete list may hold: a graph kept with another bound is filled in again.
 */
export const NEWEST_MARKER = `co-attendance-newest-${ALL_KEPT_UP_TO}`;

/**
 * Makes sure every pair of actors who shared a meeting has its MET_WITH relationship, with its newest
 * meetings, pointing from the less busy actor (src/load/co-attendance-direction.ts). The load keeps them up
 * from the first write, so an empty graph is only marked complete; a graph loaded before (no marker, with
 * meetings) is backfilled in batches that resume after an interruption: the relationships by meetings, their
 * newest meetings by actors, then the actors' tiers and the relationships' directions by actors.
 */
export async function ensureCoAttendance(db: Database, log: Logger = silentLogger): Promise<void> {
  await backfill(db, "co-attendance", "meetings", log, (after) => db.write<Step>(S.backfill, { after, batch: neo4j.int(BATCH) }));
  // Graphs whose `newest` predates complete lists (up to ALL_KEPT_UP_TO) are filled in once more by this marker.
  await backfill(db, NEWEST_MARKER, "actors", log, (after) => db.write<Step>(S.newestBackfill, { after, batch: neo4j.int(BATCH), marker: NEWEST_MARKER, ...keptParams() }));
  await backfill(db, "co-attendance-tiers", "actors", log, (after) => backfillTiers(db, after));
}

/**
 * One batch of the tiers backfill: the next `batch` actors after `after` in id order get their tiers, their
 * relationships are turned if need be (by the load's own statements), and the marker records it, in one
 * transaction. A relationship ends up right when the later of its two ends has its tier.
 */
export function backfillTiers(db: Database, after: string, batch = BATCH): Promise<Step[]> {
  return db.writeTransaction("co-attendance tiers backfill", async (tx) => {
    const ids = (await tx.run<{ id: string }>(S.actorsAfter, { after, batch: neo4j.int(batch) })).map((r) => r.id);
    await settleTiers(tx, ids);
    const last = ids.at(-1) ?? after;
    await tx.run(S.mark, { id: "co-attendance-tiers", after: last, complete: ids.length === 0 });
    return [{ done: ids.length, after: last }];
  });
}

export interface Step extends Record<string, unknown> {
  done: number;
  after: string | null;
}

async function backfill(db: Database, id: string, unit: string, log: Logger, step: (after: string) => Promise<Step[]>): Promise<void> {
  const [state] = await db.read<{ complete: boolean; after: string }>(S.state, { id });
  if (state?.complete) return;
  let after = state?.after ?? "";
  let done = 0;
  for (;;) {
    const [row] = await step(after);
    if (!row || row.done === 0) break;
    done += row.done;
    after = row.after ?? after;
    if (done % 100_000 < BATCH) log.info({ [unit]: done, step: id }, `${id} backfill`);
  }
  if (done > 0) log.info({ [unit]: done }, `${id} backfilled`);
}
