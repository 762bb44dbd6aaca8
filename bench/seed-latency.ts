/**
 * Traversal latency on the seed articles, over real HTTP: each example operation in examples/ run many times
 * after a warm-up; prints p50/p95/p99 per operation.
 *
 *   npx tsx bench/seed-latency.ts [--runs 200]
 */
import { fileURLToPath } from "node:url";
import { loadConfig } from "../src/config/config.js";
import { Database } from "../src/database/database.js";
import { migrate } from "../src/database/migrate.js";
import { provideDatabase } from "../src/database/provision.js";
import { ingest } from "../src/ingest/ingest.js";
import { DEFAULT_MAX_BYTES } from "../src/read/read-sources.js";
import { loadExamples } from "../src/serve/playground.js";
import { startServer } from "../src/serve/server.js";

const root = fileURLToPath(new URL("../", import.meta.url)).replace(/\/$/, "");
const runsArg = process.argv.indexOf("--runs");
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 200;

const config = loadConfig({ PARLEY_DATA_DIR: `${root}/.parley/bench-seeds`, ...process.env }, root);
const provided = await provideDatabase(config.neo4j, { projectRoot: root, boltPort: 0 });
const db = Database.open(provided.connection);
try {
  await migrate(db);
  await ingest(db, { inputs: [`${root}/seeds`], maxBytes: DEFAULT_MAX_BYTES });
  const server = await startServer({ db, settings: { ...config.server, port: 0 } });
  try {
    process.stdout.write(`seed traversal latency over HTTP (${runs} runs each, after 20 warm-up runs; Neo4j from ${provided.source})\n\n`);
    process.stdout.write("| operation | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|\n");
    for (const example of loadExamples()) {
      const body = JSON.stringify({ query: example.query });
      const once = async () => {
        const started = performance.now();
        const res = await fetch(server.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body });
        const json = (await res.json()) as { errors?: unknown };
        if (json.errors) throw new Error(`${example.name}: ${JSON.stringify(json.errors)}`);
        return performance.now() - started;
      };
      for (let i = 0; i < 20; i++) await once();
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await once());
      times.sort((a, b) => a - b);
      const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
      process.stdout.write(`| ${example.name} | ${p(0.5)} | ${p(0.95)} | ${p(0.99)} |\n`);
    }
  } finally {
    await server.stop();
  }
} finally {
  await db.close();
  await provided.stop();
}
