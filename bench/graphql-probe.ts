/**
 * The benchmark's traversal requests, through GraphQL over HTTP and as the raw statement, on the graph
 * `npm run bench` left in .parley/bench-neo4j, without reloading it: `npx tsx bench/graphql-probe.ts --size
 * 1000000 [--draw popularity] [--kinds contacts,network] [--rounds 3]`. Prints p50 / p95 / max per kind and
 * path, and the slowest requests, so a change to a statement or the server can be judged in minutes.
 * --size must be the size the kept graph was loaded with (seed 1). The server is `parley serve` in its own
 * process, as in the benchmark (bench/server-process.ts).
 */
import { parseArgs } from "node:util";
import { Database } from "../src/database/database.js";
import { generateWorld } from "./generate.js";
import { DRAWS, traversalArgs, type Draw } from "./traversal-args.js";
import { traversalCalls } from "./traversal-calls.js";
import { benchConfig, startBenchNeo4j } from "./bench-graph.js";
import { startServerProcess } from "./server-process.js";

const { values: f } = parseArgs({
  options: {
    size: { type: "string", default: "1000000" },
    draw: { type: "string", default: "popularity" },
    kinds: { type: "string", default: "contacts,network,whoMetWhomVia<=3,whoMetWhomVia=4,brokers" },
    rounds: { type: "string", default: "3" },
  },
});
if (!DRAWS.includes(f.draw as Draw)) throw new Error(`--draw is one of ${DRAWS.join(", ")}`);
const kinds = new Set(f.kinds!.split(","));
const config = benchConfig();
const args = traversalArgs(generateWorld(Number(f.size), 1), 1, false).find((a) => a.draw === f.draw)!;

const provided = await startBenchNeo4j(config);
const db = Database.open(provided.connection);
const server = await startServerProcess(provided.connection, "/tmp/parley-graphql-probe/server.log", { PARLEY_TX_TIMEOUT_MS: String(config.server.txTimeoutMs) });
const calls = traversalCalls(args, db, { timeoutMs: config.server.txTimeoutMs }).filter((c) => kinds.has(c.kind));
const post = async (body: unknown) => {
  const res = await fetch(server.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const json = (await res.json()) as { errors?: Array<{ message: string }> };
  if (!res.ok || json.errors) throw new Error(json.errors?.[0]?.message ?? `HTTP ${res.status}`);
};
const quantile = (xs: number[], q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;
try {
  for (let ready = false; !ready; ) {
    ready = (await fetch(`${server.url}/readyz`)).ok;
    if (!ready) await new Promise((r) => setTimeout(r, 500));
  }
  const samples = new Map<string, Array<[string, number]>>();
  for (let round = -1; round < Number(f.rounds); round++) {
    for (const call of calls) {
      for (const path of ["graphql", "cypher"] as const) {
        const t = performance.now();
        await (path === "graphql" ? post(call.graphql) : call.cypher());
        const ms = performance.now() - t;
        if (round < 0) continue; // warm-up
        const key = `${call.kind} ${path}`;
        samples.set(key, [...(samples.get(key) ?? []), [call.label, ms]]);
      }
    }
  }
  for (const [key, xs] of samples) {
    const ms = xs.map(([, m]) => m).sort((a, b) => a - b);
    const slow = [...xs].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([l, m]) => `${l} ${m.toFixed(0)}`);
    console.log(`${key.padEnd(26)} n=${ms.length} p50 ${quantile(ms, 0.5).toFixed(1)} p95 ${quantile(ms, 0.95).toFixed(1)} max ${ms.at(-1)!.toFixed(1)} ms; slowest ${slow.join(", ")}`);
  }
} finally {
  await server.stop();
  await db.close();
  await provided.stop();
}
