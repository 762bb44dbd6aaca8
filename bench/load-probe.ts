/**
 * Where a load batch's time goes: per statement and the commit, on a fresh local Neo4j.
 * `npx tsx bench/load-probe.ts --meetings 20000 --batch 200 [--no-fulltext] [--baseline]`
 */
import { rm } from "node:fs/promises";
import { parseArgs } from "node:util";
import neo4j from "neo4j-driver";
import { loadConfig } from "../src/config/config.js";
import { Database } from "../src/database/database.js";
import { migrate } from "../src/database/migrate.js";
import { provideDatabase } from "../src/database/provision.js";
import { planLoad } from "../src/plan/plan.js";
import { statement } from "../src/database/cypher.js";
import { articleCount, articles, generateWorld } from "./generate.js";

const { values: f } = parseArgs({ options: { meetings: { type: "string", default: "20000" }, batch: { type: "string", default: "200" }, "no-fulltext": { type: "boolean", default: false }, dir: { type: "string", default: "/tmp/probe/neo4j" } } });
const ROOT = new URL("../", import.meta.url).pathname.replace(/\/$/, "");
await rm(f.dir!, { recursive: true, force: true });
const config = loadConfig({ ...process.env, PARLEY_DATA_DIR: f.dir, LOG_LEVEL: "silent" }, ROOT);
const provided = await provideDatabase(config.neo4j, { projectRoot: ROOT, boltPort: 0, javaOpts: ["-Xms4g", "-Xmx4g"], launcherArgs: ["--page-cache", "4g"] });
const db = Database.open(provided.connection);
await migrate(db);
if (f["no-fulltext"]) await db.write({ name: "x", text: "DROP INDEX name_search IF EXISTS" });
const driver = neo4j.driver(provided.connection.uri, neo4j.auth.basic(provided.connection.user, provided.connection.password));
const S: Record<string, ReturnType<typeof statement>> = {};
for (const k of ["articles", "actors", "organisations", "places", "meetings", "evidence", "attendance", "actor-evidence", "organisation-evidence", "meeting-evidence", "affiliations"]) S[k] = statement(`load/${k}`);
const keyOf: Record<string, string> = { "actor-evidence": "actorEvidence", "organisation-evidence": "organisationEvidence", "meeting-evidence": "meetingEvidence" };
const world = generateWorld(Number(f.meetings), 1);
const batch = Number(f.batch);
const total = articleCount(world);
const times: Record<string, number> = {};
const add = (k: string, ms: number) => (times[k] = (times[k] ?? 0) + ms);
const t0 = performance.now();
for (let from = 0; from < total; from += batch) {
  const b = [...articles(world, from, Math.min(total, from + batch))];
  let t = performance.now();
  const plan = planLoad(b) as unknown as Record<string, unknown[]>;
  add("plan", performance.now() - t);
  const session = driver.session();
  const tx = session.beginTransaction();
  for (const k of Object.keys(S)) {
    const rows = plan[keyOf[k] ?? k]!;
    if (!rows || rows.length === 0) continue;
    t = performance.now();
    const res = await tx.run(S[k]!.text, { rows });
    add(k, performance.now() - t);
    add(`${k}.server`, res.summary.resultAvailableAfter.toNumber() + res.summary.resultConsumedAfter.toNumber());
  }
  t = performance.now();
  await tx.commit();
  add("commit", performance.now() - t);
  await session.close();
  if (from === 0) console.log("rows per batch:", Object.fromEntries(Object.entries(plan).map(([k, v]) => [k, Array.isArray(v) ? v.length : 0])));
}
const secs = (performance.now() - t0) / 1000;
console.log(`${world.meetings.length} meetings, ${total} articles in ${secs.toFixed(1)} s = ${Math.round(world.meetings.length / secs)} meetings/s`);
console.log(Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(v)])));
await driver.close();
await db.close();
await provided.stop();
