/**
 * Where a transactional load's time goes, per statement, on a fresh local Neo4j: Parley's load path as the
 * benchmark and `ingest` run it (skip known articles, read the graph context, plan, write, commit, one batch a
 * transaction), then the hand-written baseline (bench/baseline.ts) into another fresh database, in one run.
 *
 *   npx tsx bench/load-probe.ts [--meetings 20000] [--batch 200] [--only parley|baseline] [--slow-ms 1000]
 *
 * Prints each step's total ms and share, and meetings/s of both loads with their ratio; a single statement
 * slower than --slow-ms as it happens.
 */
import { rm } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config/config.js";
import { Database, Transaction } from "../src/database/database.js";
import { migrate } from "../src/database/migrate.js";
import { provideDatabase } from "../src/database/provision.js";
import { existingArticleIds, writePlan } from "../src/load/apply.js";
import { readContext } from "../src/load/load-batch.js";
import { planLoad } from "../src/plan/plan.js";
import { baselineLoad } from "./baseline.js";
import { articleCount, articles, generateWorld, type World } from "./generate.js";

const { values: f } = parseArgs({
  options: {
    meetings: { type: "string", default: "20000" },
    batch: { type: "string", default: "200" },
    only: { type: "string" },
    dir: { type: "string", default: "/tmp/probe/neo4j" },
    "slow-ms": { type: "string", default: "1000" },
  },
});
const ROOT = new URL("../", import.meta.url).pathname.replace(/\/$/, "");

const SLOW_MS = Number(f["slow-ms"]);
// Every statement a load runs goes through Transaction.run/update: time them by name.
let times = new Map<string, number>();
const add = (k: string, ms: number) => times.set(k, (times.get(k) ?? 0) + ms);
for (const method of ["run", "update"] as const) {
  const original = Transaction.prototype[method] as (this: Transaction, ...args: unknown[]) => Promise<unknown>;
  (Transaction.prototype as unknown as Record<string, unknown>)[method] = async function (this: Transaction, ...args: unknown[]) {
    const t = performance.now();
    try {
      return await original.apply(this, args);
    } finally {
      const ms = performance.now() - t;
      add((args[0] as { name: string }).name, ms);
      // A statement that is slow only now and then shows here, with how far the load was.
      if (ms > SLOW_MS) {
        const rows = (args[1] as { rows?: unknown[] } | undefined)?.rows?.length;
        console.log(`slow: ${(args[0] as { name: string }).name} ${ms.toFixed(0)} ms at ${(performance.now() / 1000).toFixed(1)} s${rows === undefined ? "" : ` (${rows} rows)`}`);
      }
    }
  };
}

type Load = (db: Database, batch: ReturnType<typeof batchOf>) => Promise<void>;
const batchOf = (world: World, from: number, to: number) => [...articles(world, from, to)];

const parley: Load = async (db, batch) => {
  let t = performance.now();
  const known = await existingArticleIds(db, batch.map((b) => b.article.id));
  add("(skip known articles)", performance.now() - t);
  const todo = batch.filter((b) => !known.has(b.article.id));
  const started = performance.now();
  let inside = 0;
  await db.writeTransaction("probe", async (tx) => {
    const t0 = performance.now();
    const context = await readContext(tx, todo);
    t = performance.now();
    const plan = planLoad(todo, context);
    add("(plan, in process)", performance.now() - t);
    await writePlan(tx, plan);
    inside = performance.now() - t0;
  });
  add("(begin + commit)", performance.now() - started - inside);
};

const baseline: Load = (db, batch) => baselineLoad(db, batch);

async function measure(name: string, load: Load, world: World): Promise<number> {
  await rm(f.dir!, { recursive: true, force: true });
  const config = loadConfig({ ...process.env, PARLEY_DATA_DIR: f.dir, LOG_LEVEL: "silent" }, ROOT);
  const provided = await provideDatabase(config.neo4j, { projectRoot: ROOT, boltPort: 0, javaOpts: ["-Xms4g", "-Xmx4g"], launcherArgs: ["--page-cache", "4g"] });
  const db = Database.open(provided.connection);
  try {
    await migrate(db);
    const batch = Number(f.batch);
    const total = articleCount(world);
    // Warm the server's plans and JIT on a world of its own first, as bench/run.ts does.
    const warm = generateWorld(2000, 1001);
    for (let from = 0; from < articleCount(warm); from += batch) await load(db, batchOf(warm, from, Math.min(articleCount(warm), from + batch)));
    for (;;) {
      const [row] = await db.write<{ n: number }>({ name: "probe/wipe", text: "MATCH (n) WHERE NOT n:ParleyMigration WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n" });
      if (!row || row.n === 0) break;
    }
    times = new Map();
    let seconds = 0;
    for (let from = 0; from < total; from += batch) {
      const b = batchOf(world, from, Math.min(total, from + batch));
      const t = performance.now();
      await load(db, b);
      seconds += (performance.now() - t) / 1000;
    }
    const ms = seconds * 1000;
    console.log(`\n${name}: ${world.meetings.length} meetings in ${seconds.toFixed(1)} s = ${Math.round(world.meetings.length / seconds)} meetings/s`);
    const rows = [...times].sort((a, b) => b[1] - a[1]);
    const accounted = rows.reduce((s, [, v]) => s + v, 0);
    for (const [k, v] of rows) if (v > 0) console.log(`  ${String(Math.round(v)).padStart(7)} ms ${((100 * v) / ms).toFixed(1).padStart(5)}%  ${k}`);
    console.log(`  ${String(Math.round(ms - accounted)).padStart(7)} ms ${((100 * (ms - accounted)) / ms).toFixed(1).padStart(5)}%  (other)`);
    return seconds;
  } finally {
    await db.close();
    await provided.stop();
  }
}

const world = generateWorld(Number(f.meetings), 1);
const p = f.only === "baseline" ? NaN : await measure("parley", parley, world);
const b = f.only === "parley" ? NaN : await measure("baseline", baseline, world);
if (Number.isFinite(p) && Number.isFinite(b)) console.log(`\nparley / baseline time: ${(p / b).toFixed(2)}`);
