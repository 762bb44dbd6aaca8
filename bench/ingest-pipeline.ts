/**
 * What `parley ingest` gains from overlapping extraction with writes, on a fresh local Neo4j:
 * `npx tsx bench/ingest-pipeline.ts [--meetings 20000] [--threads 2]`.
 *
 * Generated articles go through the real ingest job (reading JSONL, extraction on a worker pool, planning,
 * writing). In the same run it times the two stages apart: extraction and planning alone (a dry run), and
 * writing alone (the same plans applied with nothing else running). Their sum is what ingest took before it
 * was pipelined; the ratio of the pipelined ingest to it is the figure to watch.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config/config.js";
import { Database } from "../src/database/database.js";
import { migrate } from "../src/database/migrate.js";
import { provideDatabase } from "../src/database/provision.js";
import { createExtractPool } from "../src/ingest/extract-pool.js";
import { ingest } from "../src/ingest/ingest.js";
import { applyPlan } from "../src/load/apply.js";
import { planLoad, type ExtractedArticle } from "../src/plan/plan.js";
import type { Article } from "../src/read/article.js";
import { readArticles } from "../src/read/read-sources.js";
import { articleCount, articles, generateWorld } from "./generate.js";

const { values: f } = parseArgs({ options: { meetings: { type: "string", default: "20000" }, threads: { type: "string" }, batch: { type: "string", default: "200" }, dir: { type: "string", default: "/tmp/parley-ingest-pipeline" } } });
const ROOT = new URL("../", import.meta.url).pathname.replace(/\/$/, "");
const batchSize = Number(f.batch);
const MAX_BYTES = 10 * 1024 * 1024;

const world = generateWorld(Number(f.meetings), 1);
const work = await mkdtemp(join(tmpdir(), "parley-pipeline-"));
const corpus = join(work, "articles.jsonl");
const lines: string[] = [];
for (const { article } of articles(world)) lines.push(JSON.stringify({ id: article.doc, title: article.title, url: article.url, published: article.published, text: article.text }));
await writeFile(corpus, `${lines.join("\n")}\n`);
console.log(`${world.meetings.length} meetings in ${articleCount(world)} articles, ${(lines.join("\n").length / 1e6).toFixed(1)} MB of JSONL`);

await rm(f.dir!, { recursive: true, force: true });
const config = loadConfig({ ...process.env, PARLEY_DATA_DIR: f.dir, LOG_LEVEL: "silent" }, ROOT);
const provided = await provideDatabase(config.neo4j, { projectRoot: ROOT, boltPort: 0, javaOpts: ["-Xms2g", "-Xmx2g"], launcherArgs: ["--page-cache", "2g"] });
const db = Database.open(provided.connection);
const pool = createExtractPool(f.threads ? { threads: Number(f.threads) } : {});
const wipe = async () => {
  for (;;) {
    const [row] = await db.write<{ n: number }>({ name: "bench/wipe", text: "MATCH (n) WHERE NOT n:ParleyMigration WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n" });
    if (!row || Number(row.n) === 0) return;
  }
};
const seconds = (t: number) => (performance.now() - t) / 1000;

try {
  await migrate(db);
  // Warm the pool, the JIT and the statement plans; then start from an empty graph.
  await ingest(db, { inputs: [corpus], maxBytes: MAX_BYTES, extract: pool.extract, batchSize });
  await wipe();

  let t = performance.now();
  const dry = await ingest(null, { inputs: [corpus], maxBytes: MAX_BYTES, extract: pool.extract, batchSize, dryRun: true });
  const extractS = seconds(t);

  // The same plans, written with nothing else running (and without ingest's check for known articles).
  const extracted: ExtractedArticle[] = [];
  const all: Article[] = [];
  for await (const e of readArticles([corpus], { maxBytes: MAX_BYTES })) if (e.kind === "article") all.push(e.article);
  const results = await pool.extract(all);
  all.forEach((article, i) => {
    const r = results[i]!;
    if (!(r instanceof Error)) extracted.push({ article, extraction: r });
  });
  const plans = [];
  for (let i = 0; i < extracted.length; i += batchSize) plans.push(planLoad(extracted.slice(i, i + batchSize)));
  t = performance.now();
  for (const plan of plans) await applyPlan(db, plan);
  const writeS = seconds(t);
  await wipe();

  t = performance.now();
  const run = await ingest(db, { inputs: [corpus], maxBytes: MAX_BYTES, extract: pool.extract, batchSize });
  const ingestS = seconds(t);

  console.log(`extract + plan alone: ${extractS.toFixed(1)} s (${dry.meetingsPlanned} meetings planned)`);
  console.log(`write alone:          ${writeS.toFixed(1)} s`);
  console.log(`sum (sequential):     ${(extractS + writeS).toFixed(1)} s`);
  console.log(`pipelined ingest:     ${ingestS.toFixed(1)} s (${run.counts.meetings.new} meetings, ${Math.round(run.counts.meetings.new / ingestS)} meetings/s, ${run.failed} failed)`);
  console.log(`pipelined / sequential = ${(ingestS / (extractS + writeS)).toFixed(2)}`);
} finally {
  await pool.close();
  await db.close();
  await provided.stop();
  await rm(work, { recursive: true, force: true });
}
