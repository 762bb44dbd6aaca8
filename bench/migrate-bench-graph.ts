/**
 * Starts the benchmark's Neo4j on a store imported by bench/bulk-probe.ts (moved into .parley/bench-neo4j)
 * and finishes it as `parley ingest --bulk` does: schema, indexes, the import's finishing statement.
 *
 *   npx tsx bench/migrate-bench-graph.ts
 */
import { Database } from "../src/database/database.js";
import { migrate } from "../src/database/migrate.js";
import { benchConfig, startBenchNeo4j } from "./bench-graph.js";

const provided = await startBenchNeo4j(benchConfig());
const db = Database.open(provided.connection);
try {
  const t = performance.now();
  await migrate(db);
  console.log(`migrated in ${((performance.now() - t) / 1000).toFixed(1)} s`);
} finally {
  await db.close();
  await provided.stop();
}
