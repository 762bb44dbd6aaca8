/**
 * Chain and broker latency on a graph already loaded by `npm run bench` (kept in .parley/bench-neo4j):
 * `npx tsx bench/chain-probe.ts --size 1000000 [--draw popularity] [--runs 3] [--first 10] [--min-hops 1]
 * FILE.cypher…`. Prints per-pair ms for each statement (fragments included, as Parley runs them; brokers:
 * --first 1000 --min-hops 2), p50 / p95 / max of each pair's best run, and a digest of every pair's rows, so
 * two versions of a statement can be checked to give the same answers.
 */
import { parseArgs } from "node:util";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import neo4j from "neo4j-driver";
import { statementText } from "../src/database/cypher.js";
import { OUT_PER_CONTACT } from "../src/query/traversals.js";
import { generateWorld } from "./generate.js";
import { DRAWS, traversalArgs, type Draw } from "./traversal-args.js";
import { benchConfig, startBenchNeo4j } from "./bench-graph.js";

const { values: f, positionals } = parseArgs({ allowPositionals: true, options: { size: { type: "string", default: "1000000" }, runs: { type: "string", default: "2" }, hops: { type: "string" }, "max-dist": { type: "string", default: "4" }, first: { type: "string", default: "10" }, "min-hops": { type: "string", default: "1" }, draw: { type: "string" } } });
if (f.draw && !DRAWS.includes(f.draw as Draw)) throw new Error(`--draw is one of ${DRAWS.join(", ")}`);
const config = benchConfig();
const world = generateWorld(Number(f.size), 1);
// Every draw's pairs (heads of state and ordinary actors alike), or one draw's.
const args = { pairs: traversalArgs(world, 1, false).filter((a) => !f.draw || a.draw === f.draw).flatMap((a) => a.pairs) };
const provided = await startBenchNeo4j(config);
const driver = neo4j.driver(provided.connection.uri, neo4j.auth.basic(provided.connection.user, provided.connection.password));
try {
  for (const file of positionals) {
    const text = statementText(await readFile(file, "utf8"));
    console.log(`== ${file}`);
    const all: number[] = [];
    const answers = createHash("sha256");
    for (const [from, to, dist] of args.pairs) {
      if (dist > Number(f["max-dist"])) continue;
      const maxHops = f.hops ? Number(f.hops) : Math.max(3, dist);
      const q = text.replaceAll("{{MAXHOPS}}", String(maxHops));
      const times: number[] = [];
      let rows = 0;
      let err = "";
      for (let i = 0; i < Number(f.runs); i++) {
        const t = performance.now();
        try {
          const r = await driver.executeQuery(q, { from, to, maxHops, first: neo4j.int(Number(f.first)), minHops: neo4j.int(Number(f["min-hops"])), limit: neo4j.int(20), timeRespecting: false, after: null, before: null, kind: null, outPerContact: neo4j.int(OUT_PER_CONTACT) }, { routing: neo4j.routing.READ, transactionConfig: { timeout: 5000 } });
          rows = r.records.length;
          if (i === 0) answers.update(JSON.stringify(r.records.map((x) => x.toObject()), (_, v) => (typeof v === "bigint" ? Number(v) : v?.low !== undefined && v?.high !== undefined ? neo4j.int(v).toNumber() : v)) + "\n");
        } catch (e) {
          err = String((e as Error).message).slice(0, 60);
          break;
        }
        times.push(performance.now() - t);
      }
      const best = times.length ? Math.min(...times) : NaN;
      if (dist <= 3 && times.length) all.push(best);
      console.log(`${from.slice(0, 18)}→${to.slice(0, 18)} d=${dist} h=${maxHops}: ${best.toFixed(1)} ms, ${rows} rows ${err}`);
    }
    all.sort((a, b) => a - b);
    const q = (p: number) => all[Math.min(all.length - 1, Math.floor(p * all.length))]?.toFixed(1);
    console.log(`d<=3, best of ${f.runs} per pair: n ${all.length} p50 ${q(0.5)} p95 ${q(0.95)} max ${all.at(-1)?.toFixed(1)}; answers digest ${answers.digest("hex").slice(0, 16)}`);
  }
} finally {
  await driver.close();
  await provided.stop();
}
