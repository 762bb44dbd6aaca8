/**
 * The benchmark's own Neo4j: where `npm run bench` keeps its graph, and the heap and page cache it runs with.
 * bench/run.ts loads the graph; the probes (chain-probe, cold-start, statement-probe) measure on it.
 */
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";
import { loadConfig, type Config } from "../src/config/config.js";
import { provideDatabase, type ProvidedDatabase } from "../src/database/provision.js";

export const ROOT = fileURLToPath(new URL("../", import.meta.url)).replace(/\/$/, "");
/** The full run's graph (the 1M graph after a full run). */
export const BENCH_GRAPH_DIR = `${ROOT}/.parley/bench-neo4j`;
// Heap and page cache for a 24 GiB machine: the 1M graph is ~4 GB on disk, so the page cache holds it.
export const NEO4J_JAVA_OPTS = ["-Xms4g", "-Xmx4g"];
export const NEO4J_LAUNCHER_ARGS = ["--page-cache", "6g"];

/** Parley's config with the benchmark's data dir (NEO4J_URI, when set, still wins). */
export function benchConfig(dataDir = BENCH_GRAPH_DIR): Config {
  return loadConfig({ ...process.env, PARLEY_DATA_DIR: dataDir, LOG_LEVEL: "silent" }, ROOT);
}

/** Starts (or finds) the benchmark's Neo4j on a free port. */
export function startBenchNeo4j(config: Config): Promise<ProvidedDatabase> {
  return provideDatabase(config.neo4j, { projectRoot: ROOT, boltPort: 0, javaOpts: NEO4J_JAVA_OPTS, launcherArgs: NEO4J_LAUNCHER_ARGS });
}

/**
 * A probe's --params JSON as statement parameters: the filters a statement may use (after, before, kind)
 * default to null, and whole numbers, in lists too, go as integers (as Parley sends them; JSON numbers would
 * reach Cypher as floats, and a plan cached for other parameter types).
 */
export function probeParams(json: string | undefined): Record<string, unknown> {
  const asInt = (v: unknown): unknown => (typeof v === "number" && Number.isInteger(v) ? neo4j.int(v) : Array.isArray(v) ? v.map(asInt) : v);
  const given = JSON.parse(json ?? "{}") as Record<string, unknown>;
  return { after: null, before: null, kind: null, ...Object.fromEntries(Object.entries(given).map(([k, v]) => [k, asInt(v)])) };
}
