/**
 * Keeps the benchmark's Neo4j running (on .parley/bench-neo4j, with the bench's heap and page cache) until
 * interrupted, so that probes find it instead of each starting and warming their own.
 *
 *   npx tsx bench/hold-bench-neo4j.ts
 */
import { benchConfig, startBenchNeo4j } from "./bench-graph.js";

const provided = await startBenchNeo4j(benchConfig());
console.log(`bench Neo4j at ${provided.connection.uri}; Ctrl-C stops it`);
const stop = async () => {
  await provided.stop();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
setInterval(() => {}, 1 << 30);
