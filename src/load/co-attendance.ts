import neo4j from "neo4j-driver";
import { statement } from "../database/cypher.js";
import type { Database } from "../database/database.js";
import type { Logger } from "../log.js";
import { silentLogger } from "../log.js";

const S = {
  state: statement("maintenance/co-attendance-state"),
  backfill: statement("maintenance/co-attendance-backfill"),
};

/**
 * Makes sure every pair of actors who shared a meeting has its MET_WITH relationship. The load keeps them up
 * from the first write, so an empty graph is only marked complete; a graph loaded before (no marker, with
 * meetings) is backfilled in batches of meetings that resume after an interruption.
 */
export async function ensureCoAttendance(db: Database, log: Logger = silentLogger): Promise<void> {
  const [state] = await db.read<{ complete: boolean; after: string }>(S.state);
  if (state?.complete) return;
  let after = state?.after ?? "";
  let meetings = 0;
  for (;;) {
    const [row] = await db.write<{ meetings: number; after: string | null }>(S.backfill, { after, batch: neo4j.int(2000) });
    if (!row || row.meetings === 0) break;
    meetings += row.meetings;
    after = row.after ?? after;
    if (meetings % 100_000 < 2000) log.info({ meetings }, "co-attendance backfill");
  }
  if (meetings > 0) log.info({ meetings }, "co-attendance backfilled");
}
