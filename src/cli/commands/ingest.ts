import { availableParallelism } from "node:os";
import cliProgress from "cli-progress";
import type { Database } from "../../database/database.js";
import { InputError } from "../../errors.js";
import { createExtractPool, DEFAULT_TIME_LIMIT_MS } from "../../ingest/extract-pool.js";
import { ingest, type IngestEvent, type IngestSummary } from "../../ingest/ingest.js";
import { printable } from "../../read/printable.js";
import { DEFAULT_MAX_BYTES } from "../../read/read-sources.js";
import type { LoadPlan } from "../../plan/plan.js";
import { createRuntime, openDatabase, type Runtime } from "../runtime.js";
import { bulkCommand } from "./bulk.js";

export interface IngestCliOptions {
  dryRun?: boolean;
  force?: boolean;
  maxSize?: string;
  batchSize?: string;
  docTimeout?: string;
  bulk?: boolean;
  csvDir?: string;
}

interface RunOptions {
  maxBytes: number;
  timeLimitMs: number;
  batchSize?: number | undefined;
  dryRun?: boolean;
  force?: boolean | undefined;
  onPlan?: (plan: LoadPlan) => void;
}

export async function ingestCommand(global: { logLevel?: string }, paths: string[], opts: IngestCliOptions): Promise<void> {
  const rt = createRuntime(process.env, global);
  const run: RunOptions = {
    maxBytes: parseSize(opts.maxSize),
    timeLimitMs: parseSeconds("--doc-timeout", opts.docTimeout),
    batchSize: opts.batchSize ? parsePositive("--batch-size", opts.batchSize) : undefined,
  };
  if (opts.dryRun) {
    const summary = await runWithProgress(rt, null, paths, { ...run, dryRun: true });
    printSummary(summary, true);
    if (summary.failed + summary.rejected > 0) process.exitCode = 1;
    return;
  }
  if (opts.csvDir && !opts.bulk) throw new InputError("--csv-dir goes with --bulk: add --bulk to write the import files");
  if (opts.bulk) {
    await bulkCommand(rt, paths, { maxBytes: run.maxBytes, timeLimitMs: run.timeLimitMs, csvDir: opts.csvDir });
    return;
  }
  const open = await openDatabase(rt);
  try {
    const summary = await runWithProgress(rt, open.db, paths, { ...run, force: opts.force });
    printSummary(summary, false);
    if (summary.failed + summary.rejected > 0 || summary.stopped) process.exitCode = 1;
  } finally {
    await open.close();
  }
}

/** Used by `parley start` to load seeds/ before serving. */
export async function ingestPaths(rt: Runtime, db: Database, paths: string[]): Promise<IngestSummary> {
  const summary = await runWithProgress(rt, db, paths, { maxBytes: DEFAULT_MAX_BYTES, timeLimitMs: DEFAULT_TIME_LIMIT_MS });
  printSummary(summary, false);
  return summary;
}

export async function runWithProgress(rt: Runtime, db: Database | null, paths: string[], opts: RunOptions): Promise<IngestSummary> {
  const progress = createProgress(process.stderr);
  const onEvent = (e: IngestEvent) => {
    switch (e.kind) {
      case "planned":
        progress.start(e.bytes);
        break;
      case "progress":
        progress.advance(e.articles, e.bytes);
        break;
      case "loaded":
        progress.loaded(e.articles, e.meetings);
        break;
      case "read":
        break;
      case "warning":
        rt.log.debug({ source: printable(e.source) }, e.message);
        break;
      case "skipped":
        rt.log.debug({ source: printable(e.source) }, `skipped: ${e.reason}`);
        break;
      case "rejected":
      case "failed":
        progress.line(`parley: ${printable(e.source)}: ${e.reason}`);
        break;
      case "stopped":
        progress.line(`parley: stopping: ${e.reason}`);
        break;
    }
  };
  // Every document is parsed and extracted on worker threads, where a time limit can stop a runaway one. One
  // thread starts at once; more (up to one per core) start while there is work for them.
  const pool = createExtractPool({ threads: availableParallelism(), minThreads: 1, timeLimitMs: opts.timeLimitMs });
  try {
    return await ingest(db, {
      inputs: paths,
      maxBytes: opts.maxBytes,
      ...(opts.batchSize ? { batchSize: opts.batchSize } : {}),
      ...(opts.dryRun ? { dryRun: true } : {}),
      ...(opts.force ? { force: true } : {}),
      ...(opts.onPlan ? { onPlan: opts.onPlan } : {}),
      onEvent,
      extract: pool.extract,
      parse: pool.parse,
      readAhead: pool.threads * 2,
    });
  } finally {
    progress.stop();
    await pool.close();
  }
}

interface Progress {
  start(totalBytes: number): void;
  advance(articles: number, bytes: number): void;
  loaded(articles: number, meetings: number): void;
  /** A report line, printed above the bar on a terminal. */
  line(text: string): void;
  stop(): void;
}

/**
 * On a terminal, a bar that moves as each article is read and extracted (by its share of the input's bytes),
 * with elapsed time, rate and ETA; elsewhere a plain line every 5 s.
 */
function createProgress(stream: NodeJS.WriteStream): Progress {
  const started = performance.now();
  let total = 1;
  let done = 0;
  let articles = 0;
  let loaded = 0;
  let meetings = 0;
  const rate = () => articles / Math.max(0.001, (performance.now() - started) / 1000);
  const payload = () => ({ articles, loaded, meetings, rate: rate().toFixed(rate() < 10 ? 1 : 0) });
  if (stream.isTTY === true) {
    const multi = new cliProgress.MultiBar(
      {
        stream,
        format: "ingest [{bar}] {percentage}% | {articles} articles, {loaded} loaded, {meetings} meetings | {rate} art/s | {duration_formatted} | ETA {eta_formatted}",
        hideCursor: true,
        etaBuffer: 200,
        etaAsynchronousUpdate: true,
        clearOnComplete: false,
      },
      cliProgress.Presets.shades_classic,
    );
    let bar: cliProgress.SingleBar | null = null;
    return {
      start(totalBytes) {
        total = Math.max(1, totalBytes);
        bar = multi.create(total, 0, payload());
      },
      advance(n, bytes) {
        articles += n;
        done = Math.min(total, done + bytes);
        bar?.update(done, payload());
      },
      loaded(n, m) {
        loaded += n;
        meetings += m;
        bar?.update(done, payload());
      },
      line: (text) => (bar ? multi.log(`${text}\n`) : stream.write(`${text}\n`)),
      stop() {
        bar?.update(done, payload());
        multi.stop();
      },
    };
  }
  let last = started;
  const report = () => {
    const seconds = (performance.now() - started) / 1000;
    const share = done / total;
    const eta = share > 0 && share < 1 ? ` | ETA ${clock((seconds / share) * (1 - share))}` : "";
    stream.write(`ingest: ${Math.floor(share * 100)}% | ${articles} articles, ${loaded} loaded, ${meetings} meetings | ${payload().rate} art/s | ${clock(seconds)}${eta}\n`);
  };
  return {
    start(totalBytes) {
      total = Math.max(1, totalBytes);
    },
    advance(n, bytes) {
      articles += n;
      done = Math.min(total, done + bytes);
      if (performance.now() - last >= 5000) {
        last = performance.now();
        report();
      }
    },
    loaded(n, m) {
      loaded += n;
      meetings += m;
    },
    line: (text) => stream.write(`${text}\n`),
    stop() {},
  };
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

function printSummary(s: IngestSummary, dryRun: boolean): void {
  const c = s.counts;
  const fmt = (t: { new: number; known: number }) => (dryRun ? `${t.new}` : `${t.new} new, ${t.known} known`);
  const notLoaded = s.stopped ? `, ${s.stopped.notLoaded} read but not loaded, the rest not read` : "";
  const lines = [
    s.stopped ? "Ingest stopped: the database went away or refused Parley." : dryRun ? "Dry run: nothing was written." : "Ingest finished.",
    `  articles:      ${s.read} read, ${s.loaded} ${dryRun ? "planned" : "loaded"}, ${s.skipped} skipped, ${s.failed + s.rejected} failed${notLoaded} (${s.seconds.toFixed(1)} s)`,
    `  actors:        ${fmt(c.actors)}`,
    `  organisations: ${fmt(c.organisations)}`,
    `  places:        ${fmt(c.places)}`,
    `  meetings:      ${fmt(c.meetings)}`,
    `  evidence:      ${fmt(c.evidence)}`,
  ];
  if (s.stopped) {
    lines.push(
      `  cause:         ${s.stopped.message}`,
      "  to resume:     fix the database and run the same command again; articles already in the graph are skipped.",
    );
  }
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

/** "30", "30s", "1.5s", "2m" → milliseconds. */
export function parseSeconds(flag: string, value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIME_LIMIT_MS;
  const m = /^(\d+(?:\.\d+)?)\s*(s|m)?$/i.exec(value.trim());
  const ms = m ? Number(m[1]) * (m[2]?.toLowerCase() === "m" ? 60_000 : 1000) : NaN;
  if (!(ms >= 100)) throw new InputError(`${flag} ${JSON.stringify(value)} is not a duration of at least 0.1 s; use e.g. 30s or 2m`);
  return Math.round(ms);
}

function parsePositive(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InputError(`${flag} ${JSON.stringify(value)} must be a positive whole number`);
  return n;
}
