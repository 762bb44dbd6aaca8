import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Neo4jSettings } from "../config/config.js";
import { statement } from "../database/cypher.js";
import { Database } from "../database/database.js";
import { ensureLauncherBuilt, launcherJarPath, localNeo4jStatus } from "../database/local-neo4j.js";
import { provideDatabase } from "../database/provision.js";
import { InputError } from "../errors.js";
import type { LoadPlan } from "../plan/plan.js";
import { runImportTool, writeImportFiles, type ImportFiles } from "./bulk-import.js";
import { BulkGraph } from "./bulk-tables.js";

/**
 * The bulk load: plans folded into one graph in memory (bulk-tables), written as the import tool's CSV files
 * and imported into the local Neo4j's empty store by `neo4j-admin database import full`, at the store's own
 * speed instead of one MERGE at a time. Only for a first load into the local database.
 */
export interface BulkTarget {
  /** The local Neo4j's data dir. */
  readonly dataDir: string;
  /** Whether an empty store is already there, to be replaced. */
  readonly replace: boolean;
}

const TRANSACTIONAL = "Run `parley ingest` without --bulk to load it through transactions";

/**
 * Where a bulk load may go, or one clear line why not: only the local Neo4j (not NEO4J_URI, Docker or a
 * cluster, whose store files Parley cannot write), stopped, and with an empty database.
 */
export async function bulkTarget(settings: Neo4jSettings, projectRoot: string): Promise<BulkTarget> {
  if (settings.uri || settings.provider === "uri") {
    throw new InputError(`--bulk writes the store files of the local Neo4j and cannot load ${settings.uri ?? "NEO4J_URI"}. ${TRANSACTIONAL}, or see the README for neo4j-admin database import on that server.`);
  }
  if (settings.provider === "docker") {
    throw new InputError(`--bulk cannot write into a Docker Neo4j's store. ${TRANSACTIONAL}, or see the README for neo4j-admin database import in the container.`);
  }
  const dataDir = resolve(settings.dataDir);
  const status = await localNeo4jStatus(dataDir);
  if (status.running) throw new InputError(`--bulk needs the local Neo4j stopped (it is running at ${status.uri}): run \`parley db stop\` first, or ${TRANSACTIONAL.replace("Run", "run")}.`);
  if (!existsSync(join(dataDir, "data", "databases", "neo4j"))) return { dataDir, replace: false };
  const nodes = await countNodes(settings, projectRoot);
  if (nodes > 0) throw new InputError(`--bulk loads only an empty database, and the local one in ${dataDir} holds ${nodes} nodes. ${TRANSACTIONAL}.`);
  return { dataDir, replace: true };
}

async function countNodes(settings: Neo4jSettings, projectRoot: string): Promise<number> {
  const provided = await provideDatabase({ ...settings, provider: "local" }, { projectRoot, boltPort: 0 });
  const db = Database.open(provided.connection);
  try {
    const [row] = await db.read<{ n: number }>({ name: "bulk/count-nodes", text: "MATCH (n) RETURN count(n) AS n" });
    return row?.n ?? 0;
  } finally {
    await db.close();
    await provided.stop();
  }
}

export interface BulkResult {
  readonly files: ImportFiles;
  /** Seconds spent writing the CSV files and in the import tool. */
  readonly csvSeconds: number;
  readonly importSeconds: number;
}

/** Writes the folded graph as CSV next to the store and imports it; the CSV files are removed afterwards. */
export async function importGraph(graph: BulkGraph, target: BulkTarget, projectRoot: string, onOutput?: (line: string) => void): Promise<BulkResult> {
  await ensureLauncherBuilt(projectRoot);
  const csvDir = join(target.dataDir, "bulk-csv");
  let t = performance.now();
  try {
    const files = await writeImportFiles(graph, csvDir);
    const csvSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const libDir = join(launcherJarPath(projectRoot), "..", "lib");
    await runImportTool({ libDir, dataDir: target.dataDir, files, overwrite: target.replace, ...(onOutput ? { onOutput } : {}) });
    return { files, csvSeconds, importSeconds: (performance.now() - t) / 1000 };
  } finally {
    await rm(csvDir, { recursive: true, force: true });
  }
}

/** Folds plans, in load order, into the graph the transactional load would make of them. */
export function foldPlans(plans: Iterable<LoadPlan>, into = new BulkGraph()): BulkGraph {
  for (const p of plans) into.add(p);
  return into;
}

/** What the import tool cannot write, on the imported graph once a server runs on it; `migrate` runs it (once). */
export async function finishImport(db: Database): Promise<void> {
  await db.write(statement("load/bulk-finish"));
}
