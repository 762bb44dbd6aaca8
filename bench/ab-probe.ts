/**
 * A/B of Cypher statements on the graph `npm run bench` left in .parley/bench-neo4j, alternating, through
 * Parley's Database (as the server runs them): `npx tsx bench/ab-probe.ts --params '{"id":"actor:x"}'
 * [--runs 12] A.cypher B.cypher…`. Prints min and median ms per statement; JSON text columns are parsed, as
 * the server would.
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { Database } from "../src/database/database.js";
import { statementText } from "../src/database/cypher.js";
import { benchConfig, probeParams, startBenchNeo4j } from "./bench-graph.js";

const { values: f, positionals } = parseArgs({ allowPositionals: true, options: { params: { type: "string", default: "{}" }, runs: { type: "string", default: "12" } } });
if (positionals.length === 0) throw new Error("give one or more .cypher files");
const params = probeParams(f.params);
const provided = await startBenchNeo4j(benchConfig());
const db = Database.open(provided.connection);
try {
  const stmts = await Promise.all(positionals.map(async (name) => ({ name, text: statementText(await readFile(name, "utf8")) })));
  const times = new Map<string, number[]>(stmts.map((s) => [s.name, []]));
  for (let r = 0; r < Number(f.runs); r++) {
    for (const s of stmts) {
      const t = performance.now();
      const rows = await db.read(s, params);
      for (const row of rows) for (const v of Object.values(row)) if (typeof v === "string" && (v.startsWith("[") || v.startsWith("{"))) JSON.parse(v);
      times.get(s.name)!.push(performance.now() - t);
    }
  }
  for (const [name, xs] of times) {
    xs.sort((a, b) => a - b);
    console.log(`${name}: min ${xs[0]!.toFixed(1)} median ${xs[Math.floor(xs.length / 2)]!.toFixed(1)} ms`);
  }
} finally {
  await db.close();
  await provided.stop();
}
