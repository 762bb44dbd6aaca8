/**
 * One Cypher statement on the graph `npm run bench` left in .parley/bench-neo4j: time, rows and size of the
 * answer per run, and with --profile the operators of the last run (rows and db hits).
 *
 *   npx tsx bench/statement-probe.ts cypher/query/contacts.cypher --params '{"id":"actor:x","limit":100}' [--runs 3] [--profile] [--print]
 *
 * `{{fragments/x}}` includes are expanded as Parley does; integer parameters go as integers. Filters the
 * statement uses (after, before, kind) default to null.
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import neo4j from "neo4j-driver";
import { statementText } from "../src/database/cypher.js";
import { benchConfig, probeParams, startBenchNeo4j } from "./bench-graph.js";

const { values: f, positionals } = parseArgs({
  allowPositionals: true,
  options: { params: { type: "string", default: "{}" }, runs: { type: "string", default: "3" }, profile: { type: "boolean", default: false }, print: { type: "boolean", default: false } },
});
if (positionals.length !== 1) throw new Error("give one .cypher file, e.g. cypher/query/contacts.cypher");
const config = benchConfig();

const text = statementText(await readFile(positionals[0]!, "utf8"));
const params = probeParams(f.params);

const provided = await startBenchNeo4j(config);
const driver = neo4j.driver(provided.connection.uri, neo4j.auth.basic(provided.connection.user, provided.connection.password));
try {
  const runs = Number(f.runs);
  for (let i = 1; i <= runs; i++) {
    const profile = f.profile && i === runs;
    const t = performance.now();
    const r = await driver.executeQuery(`${profile ? "PROFILE " : ""}${text}`, params, { routing: neo4j.routing.READ });
    const ms = performance.now() - t;
    const bytes = JSON.stringify(r.records.map((x) => x.toObject()), (_k, v: unknown) => (neo4j.isInt(v) ? v.toNumber() : v)).length;
    console.log(`run ${i}: ${ms.toFixed(1)} ms, ${r.records.length} rows, ${bytes.toLocaleString("en")} bytes as JSON`);
    if (f.print && i === runs) for (const rec of r.records) console.log(JSON.stringify(rec.toObject(), (_k, v: unknown) => (neo4j.isInt(v) ? v.toNumber() : v)).slice(0, 300));
    if (profile && r.summary.profile) printPlan(r.summary.profile, 0);
  }
} finally {
  await driver.close();
  await provided.stop();
}

function printPlan(p: { operatorType: string; rows: number; dbHits: number; arguments: Record<string, unknown>; children: unknown[] }, depth: number): void {
  const details = String(p.arguments["Details"] ?? "").replace(/\s+/g, " ").slice(0, 110);
  console.log(`${"  ".repeat(depth)}${p.operatorType.replace(/@.*/, "")} rows=${p.rows} hits=${p.dbHits} ${details}`);
  for (const c of p.children) printPlan(c as typeof p, depth + 1);
}
