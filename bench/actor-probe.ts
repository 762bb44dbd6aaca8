/**
 * One actor-centred statement (network, contacts) over a draw's actors on the graph `npm run bench` left in
 * .parley/bench-neo4j: `npx tsx bench/actor-probe.ts --size 1000000 [--draw popularity] [--kind network]
 * [--runs 2] [--params '{"limit":501}'] FILE.cypher…`. Prints the slowest actors and p50 / p95 / max of the
 * best run per actor, per statement, so two versions of a statement can be compared in one process.
 */
import { parseArgs } from "node:util";
import { readFile } from "node:fs/promises";
import neo4j from "neo4j-driver";
import { statementText } from "../src/database/cypher.js";
import { generateWorld } from "./generate.js";
import { DRAWS, traversalArgs, type Draw } from "./traversal-args.js";
import { benchConfig, probeParams, startBenchNeo4j } from "./bench-graph.js";

const { values: f, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    size: { type: "string", default: "1000000" },
    draw: { type: "string", default: "popularity" },
    kind: { type: "string", default: "network" },
    runs: { type: "string", default: "2" },
    params: { type: "string", default: '{"limit":501}' },
  },
});
if (!DRAWS.includes(f.draw as Draw)) throw new Error(`--draw is one of ${DRAWS.join(", ")}`);
if (f.kind !== "network" && f.kind !== "contacts") throw new Error("--kind is network or contacts");
if (positionals.length === 0) throw new Error("give one or more .cypher files");
const config = benchConfig();
const draw = traversalArgs(generateWorld(Number(f.size), 1), 1, false).find((a) => a.draw === f.draw)!;
const actors = [...new Set(f.kind === "network" ? draw.network : draw.contacts)];
const extra = probeParams(f.params);

const provided = await startBenchNeo4j(config);
const driver = neo4j.driver(provided.connection.uri, neo4j.auth.basic(provided.connection.user, provided.connection.password));
const quantile = (xs: number[], q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
try {
  for (const file of positionals) {
    const text = statementText(await readFile(file, "utf8"));
    const best: Array<[string, number]> = [];
    for (const id of actors) {
      let ms = Infinity;
      for (let i = 0; i < Number(f.runs); i++) {
        const t = performance.now();
        await driver.executeQuery(text, { ...extra, id }, { routing: neo4j.routing.READ, transactionConfig: { timeout: 10_000 } });
        ms = Math.min(ms, performance.now() - t);
      }
      best.push([id, ms]);
    }
    const times = best.map(([, ms]) => ms).sort((a, b) => a - b);
    const slowest = [...best].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([id, ms]) => `${id} ${ms.toFixed(0)}`);
    console.log(`${file}: ${actors.length} actors, p50 ${quantile(times, 0.5).toFixed(1)} p95 ${quantile(times, 0.95).toFixed(1)} max ${times.at(-1)!.toFixed(1)} ms; slowest ${slowest.join(", ")}`);
  }
} finally {
  await driver.close();
  await provided.stop();
}
