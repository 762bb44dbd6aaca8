import neo4j from "neo4j-driver";
import { statement } from "../database/cypher.js";
import type { Database } from "../database/database.js";
import type { Logger } from "../log.js";
import { silentLogger } from "../log.js";
import { NEWEST_KEPT } from "./co-attendance-rows.js";

const S = {
  state: statement("maintenance/co-attendance-state"),
  backfill: statement("maintenance/co-attendance-backfill"),
  newestBackfill: statement("maintenance/co-attendance-newest-backfill"),
};

/**
 * Makes sure every pair of actors who shared a meeting has its MET_WITH relationship, with its newest
 * meetings. The load keeps them up from the first write, so an empty graph is only marked complete; a graph
 * loaded before (no marker, with meetings) is backfilled in batches that resume after an interruption: the
 * relationships by meetings, then their newest meetings by actors.
 */
export async function ensureCoAttendance(db: Database, log: Logger = silentLogger): Promise<void> {
  await backfill(db, "co-attendance", S.backfill, "meetings", log);
  await backfill(db, "co-attendance-newest", S.newestBackfill, "actors", log);
}

async function backfill(db: Database, id: string, stmt: typeof S.backfill, unit: string, log: Logger): Promise<void> {
  const [state] = await db.read<{ complete: boolean; after: string }>(S.state, { id });
  if (state?.complete) return;
  let after = state?.after ?? "";
  let done = 0;
  for (;;) {
    const [row] = await db.write<{ done: number; after: string | null }>(stmt, { after, batch: neo4j.int(2000), newest: neo4j.int(NEWEST_KEPT) });
    if (!row || row.done === 0) break;
    done += row.done;
    after = row.after ?? after;
    if (done % 100_000 < 2000) log.info({ [unit]: done, step: id }, `${id} backfill`);
  }
  if (done > 0) log.info({ [unit]: done }, `${id} backfilled`);
}
