import { Database } from "../../database/database.js";
import { migrate } from "../../database/migrate.js";
import { provideDatabase } from "../../database/provision.js";
import { bulkTarget, importGraph } from "../../load/bulk.js";
import { BulkGraph } from "../../load/bulk-tables.js";
import { importCommandLine, writeImportFiles } from "../../load/bulk-import.js";
import { resolve } from "node:path";
import type { Runtime } from "../runtime.js";
import { runWithProgress } from "./ingest.js";

/**
 * `parley ingest --bulk`: read, extract and plan as `ingest` does, then write the whole graph with Neo4j's
 * import tool into the local database, which must be empty (checked before anything is read).
 */
export async function bulkCommand(rt: Runtime, paths: string[], opts: { maxBytes: number; timeLimitMs: number; csvDir?: string | undefined }): Promise<void> {
  const { config, log } = rt;
  // With --csv-dir only the files are written, for an import where the database is (Docker, a server).
  const target = opts.csvDir ? undefined : await bulkTarget(config.neo4j, config.projectRoot);
  const started = performance.now();
  const graph = new BulkGraph();
  // One plan for the whole corpus: identity is settled across all of it at once, as the transactional load
  // settles it batch by batch against the graph, so neither moves nor removals arise.
  const summary = await runWithProgress(rt, null, paths, { maxBytes: opts.maxBytes, timeLimitMs: opts.timeLimitMs, batchSize: Number.MAX_SAFE_INTEGER, dryRun: true, onPlan: (plan) => graph.add(plan) });
  const c = summary.counts;
  process.stdout.write(
    `Planned: ${summary.read} articles read, ${summary.skipped} skipped, ${summary.failed + summary.rejected} failed; ` +
      `${graph.actors.size} actors, ${graph.organisations.size} organisations, ${graph.places.size} places, ${graph.meetings.size} meetings, ${graph.evidence.size} evidence (${c.meetings.new} meeting reports).\n`,
  );
  if (!target) {
    const dir = resolve(opts.csvDir!);
    const files = await writeImportFiles(graph, dir);
    process.stdout.write(
      `Wrote ${files.nodes} nodes and ${files.relationships} relationships as CSV in ${dir}. With the database stopped and empty, run there:\n` +
        `  ${importCommandLine(files).replaceAll(dir, "/import")}\n` +
        "(paths as seen from the database's machine, here the folder mounted at /import), then start Neo4j and run `parley migrate`.\n",
    );
    if (summary.failed + summary.rejected > 0) process.exitCode = 1;
    return;
  }
  process.stderr.write("bulk: writing the import files and running neo4j-admin database import…\n");
  const imported = await importGraph(graph, target, config.projectRoot, (line) => log.debug(line));
  process.stderr.write("bulk: starting Neo4j on the imported store and building its indexes…\n");
  const provided = await provideDatabase({ ...config.neo4j, provider: "local" }, { projectRoot: config.projectRoot, log });
  const db = Database.open(provided.connection, log);
  try {
    await migrate(db, log);
  } finally {
    await db.close();
    await provided.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `Bulk load finished: ${imported.files.nodes} nodes and ${imported.files.relationships} relationships in ${seconds.toFixed(1)} s ` +
      `(CSV ${imported.csvSeconds.toFixed(1)} s, import ${imported.importSeconds.toFixed(1)} s) into ${target.dataDir}.\n`,
  );
  if (summary.failed + summary.rejected > 0) process.exitCode = 1;
}
