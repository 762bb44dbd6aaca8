import type { Logger } from "../log.js";
import { silentLogger } from "../log.js";
import { finishImport } from "../load/bulk.js";
import { ensureCoAttendance } from "../load/co-attendance.js";
import { statements } from "./cypher.js";
import type { Database } from "./database.js";

const SCHEMA_FILES = ["schema/constraints", "schema/indexes"] as const;

/**
 * Applies constraints and indexes. Every statement is `IF NOT EXISTS`, so running it again changes nothing.
 * Waits for indexes to come online so the first queries after start-up use them.
 */
export async function migrate(db: Database, log: Logger = silentLogger): Promise<{ applied: number }> {
  let applied = 0;
  for (const file of SCHEMA_FILES) {
    for (const stmt of statements(file)) {
      // Schema statements cannot share a transaction with each other or with data writes.
      await db.write(stmt);
      applied++;
    }
  }
  await db.write({ name: "schema/await", text: "CALL db.awaitIndexes(120)" });
  // Data the queries rely on that older loads did not keep (a no-op once done).
  await finishImport(db);
  await ensureCoAttendance(db, log);
  log.info({ statements: applied }, "schema up to date");
  return { applied };
}
