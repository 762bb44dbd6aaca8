import { readdir, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import cliProgress from "cli-progress";
import type { Database } from "../../database/database.js";
import { InputError } from "../../errors.js";
import { createExtractPool, type ExtractPool } from "../../ingest/extract-pool.js";
import { ingest, type IngestEvent, type IngestSummary } from "../../ingest/ingest.js";
import { DEFAULT_MAX_BYTES } from "../../read/read-sources.js";
import type { LoadPlan } from "../../plan/plan.js";
import { createRuntime, openDatabase, type Runtime } from "../runtime.js";
import { bulkCommand } from "./bulk.js";

export interface IngestCliOptions {
  dryRun?: boolean;
  force?: boolean;
  maxSize?: string;
  batchSize?: string;
  bulk?: boolean;
  csvDir?: string;
}

export async function ingestCommand(global: { logLevel?: string }, paths: string[], opts: IngestCliOptions): Promise<void> {
  const rt = createRuntime(process.env, global);
  const maxBytes = parseSize(opts.maxSize);
  const batchSize = opts.batchSize ? parsePositive("--batch-size", opts.batchSize) : undefined;
  if (opts.dryRun) {
    const summary = await runWithProgress(rt, null, paths, { maxBytes, batchSize, dryRun: true });
    printSummary(summary, true);
    if (summary.failed + summary.rejected > 0) process.exitCode = 1;
    return;
  }
  if (opts.csvDir && !opts.bulk) throw new InputError("--csv-dir goes with --bulk: add --bulk to write the import files");
  if (opts.bulk) {
    await bulkCommand(rt, paths, { maxBytes, csvDir: opts.csvDir });
    return;
  }
  const open = await openDatabase(rt);
  try {
    const summary = await runWithProgress(rt, open.db, paths, { maxBytes, batchSize, force: opts.force });
    printSummary(summary, false);
    if (summary.failed + summary.rejected > 0) process.exitCode = 1;
  } finally {
    await open.close();
  }
}

/** Used by `parley start` to load seeds/ before serving. */
export async function ingestPaths(rt: Runtime, db: Database, paths: string[]): Promise<IngestSummary> {
  const summary = await runWithProgress(rt, db, paths, { maxBytes: DEFAULT_MAX_BYTES });
  printSummary(summary, false);
  return summary;
}

export async function runWithProgress(
  rt: Runtime,
  db: Database | null,
  paths: string[],
  opts: { maxBytes: number; batchSize?: number | undefined; dryRun?: boolean; force?: boolean | undefined; onPlan?: (plan: LoadPlan) => void },
): Promise<IngestSummary> {
  const tty = process.stderr.isTTY === true;
  const total = await totalBytes(paths);
  const bar = tty ? new cliProgress.SingleBar({ stream: process.stderr, format: "ingest [{bar}] {percentage}% | {articles} articles | {meetings} meetings | {rate} art/s", hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  const started = performance.now();
  let articles = 0;
  let meetings = 0;
  let bytes = 0;
  let lastLine = started;
  bar?.start(Math.max(total, 1), 0, { articles: 0, meetings: 0, rate: "0" });
  const problems: string[] = [];
  const onEvent = (e: IngestEvent) => {
    switch (e.kind) {
      case "read":
        break;
      case "loaded": {
        articles += e.articles;
        meetings += e.meetings;
        const rate = (articles / ((performance.now() - started) / 1000)).toFixed(0);
        bytes = Math.min(total, bytes + e.bytes);
        bar?.update(bytes, { articles, meetings, rate });
        if (!bar && performance.now() - lastLine > 5000) {
          lastLine = performance.now();
          process.stderr.write(`ingest: ${articles} articles, ${meetings} meetings, ${rate} articles/s\n`);
        }
        break;
      }
      case "warning":
        rt.log.debug({ source: e.source }, e.message);
        break;
      case "skipped":
        rt.log.debug({ source: e.source }, `skipped: ${e.reason}`);
        break;
      case "rejected":
      case "failed":
        problems.push(`${e.source}: ${e.reason}`);
        if (!bar) process.stderr.write(`parley: ${e.source}: ${e.reason}\n`);
        break;
    }
  };
  // Worker threads pay a few seconds to start (each loads the extractor's lexicons); worth it for a corpus of
  // a few hundred articles or more, on a machine with more than one core.
  const pool: ExtractPool | undefined = total >= POOL_MIN_BYTES && availableParallelism() > 1 ? createExtractPool() : undefined;
  if (pool) rt.log.debug({ threads: pool.threads }, "extracting on worker threads");
  try {
    return await ingest(db, { inputs: paths, ...opts, onEvent, ...(pool ? { extract: pool.extract } : {}) });
  } finally {
    await pool?.close();
    bar?.update(total);
    bar?.stop();
    if (bar) for (const p of problems) process.stderr.write(`parley: ${p}\n`);
  }
}

/** Input size from which `ingest` extracts on a worker pool (about 500 news articles). */
const POOL_MIN_BYTES = 2 * 1024 * 1024;

// Without a count of articles up front (JSONL streams), progress is by share of input bytes read.
async function totalBytes(paths: string[]): Promise<number> {
  let sum = 0;
  for (const p of paths) {
    try {
      const s = await stat(p);
      if (s.isFile()) sum += s.size;
      else if (s.isDirectory()) {
        for (const f of await readdir(p, { recursive: true })) {
          const fs = await stat(join(p, f));
          if (fs.isFile()) sum += fs.size;
        }
      }
    } catch {
      // Reported by the reader with the file's name.
    }
  }
  return sum;
}

function printSummary(s: IngestSummary, dryRun: boolean): void {
  const c = s.counts;
  const fmt = (t: { new: number; known: number }) => (dryRun ? `${t.new}` : `${t.new} new, ${t.known} known`);
  const lines = [
    dryRun ? "Dry run: nothing was written." : "Ingest finished.",
    `  articles:      ${s.read} read, ${s.skipped} skipped, ${s.failed + s.rejected} failed (${s.seconds.toFixed(1)} s)`,
    `  actors:        ${fmt(c.actors)}`,
    `  organisations: ${fmt(c.organisations)}`,
    `  places:        ${fmt(c.places)}`,
    `  meetings:      ${fmt(c.meetings)}`,
    `  evidence:      ${fmt(c.evidence)}`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

export function parseSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim());
  if (!m) throw new InputError(`--max-size ${JSON.stringify(value)} is not a size; use e.g. 20MB or 500KB`);
  const unit = (m[2] ?? "b").toLowerCase()[0]!;
  const mult = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  return Math.round(Number(m[1]) * mult);
}

function parsePositive(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InputError(`${flag} ${JSON.stringify(value)} must be a positive whole number`);
  return n;
}
