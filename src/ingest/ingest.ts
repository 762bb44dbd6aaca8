import type { Database } from "../database/database.js";
import { ParleyError } from "../errors.js";
import { extractArticle } from "../extract/index.js";
import type { Extraction } from "../extract/types.js";
import { addCounts, emptyCounts, existingArticleIds, type LoadCounts } from "../load/apply.js";
import { loadBatch } from "../load/load-batch.js";
import { planLoad, type ExtractedArticle, type LoadPlan } from "../plan/plan.js";
import type { Article } from "../read/article.js";
import { readArticles, type ParseDocument } from "../read/read-sources.js";
import { isDatabaseDown } from "./database-failure.js";

export interface IngestOptions {
  readonly inputs: readonly string[];
  readonly maxBytes: number;
  /** HTML elements nested deeper than this are read as plain text. */
  readonly maxHtmlDepth?: number;
  /** Plan everything, write nothing. */
  readonly dryRun?: boolean;
  /** Re-apply articles already in the graph (useful after the extractor improves). */
  readonly force?: boolean;
  /** Articles per write transaction. */
  readonly batchSize?: number;
  /**
   * Extracts a batch; defaults to the in-process extractor (the CLI passes a worker pool, which also stops a
   * runaway article). `onDone` hears how many articles finished, for progress.
   */
  readonly extract?: (articles: readonly Article[], onDone?: (count: number) => void) => Promise<Array<Extraction | Error>>;
  /** Parses a document; defaults to this thread (the CLI passes the worker pool's, under its time limit). */
  readonly parse?: ParseDocument;
  /** Documents read and parsed ahead at once. */
  readonly readAhead?: number;
  readonly onEvent?: (event: IngestEvent) => void;
  /** Receives each batch's plan when nothing is written (no database, or a dry run): the bulk load folds them. */
  readonly onPlan?: (plan: LoadPlan) => void;
}

export type IngestEvent =
  | { kind: "planned"; files: number; bytes: number }
  | { kind: "read"; source: string }
  | { kind: "warning"; source: string; message: string }
  | { kind: "rejected"; source: string; reason: string }
  | { kind: "skipped"; source: string; reason: string }
  | { kind: "failed"; source: string; reason: string }
  /** Articles (and the input bytes they stand for) done with: extracted, skipped, failed or rejected. */
  | { kind: "progress"; articles: number; bytes: number }
  | { kind: "loaded"; articles: number; meetings: number; bytes: number }
  | { kind: "stopped"; reason: string };

export interface IngestSummary {
  read: number;
  /** Articles written (or, in a dry run, planned). */
  loaded: number;
  skipped: number;
  failed: number;
  /** Inputs rejected before extraction (unreadable, binary, malformed…). */
  rejected: number;
  meetingsPlanned: number;
  counts: LoadCounts;
  seconds: number;
  /** Set when the database went away or refused Parley, which ends the run early. */
  stopped?: { code: string; message: string; notLoaded: number };
}

const inProcess = async (articles: readonly Article[], onDone?: (count: number) => void) =>
  articles.map((a) => {
    try {
      return extractArticle(a);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    } finally {
      onDone?.(1);
    }
  });

interface Entry {
  readonly article: Article;
  readonly bytes: number;
}

/** A batch ready to write: extracted (it is planned when written, against the graph as it is then). */
interface PreparedBatch {
  readonly entries: readonly Entry[];
  readonly extracted: readonly ExtractedArticle[];
}

/**
 * The ingest job: read → extract (pure) → plan (pure) → apply (one transaction a batch). A batch whose
 * transaction fails is retried one article at a time, so one bad article costs only itself; a database that
 * is down or refuses Parley ends the run at once, with what was loaded so far in the summary. Batches are
 * pipelined: the next batch is checked against the graph and extracted while the one before it is written
 * (planning waits for that write: names and meetings are settled against everything already in the graph), so
 * extraction (on worker threads when a pool is given) and Neo4j's writes overlap. Writes stay in input order,
 * one at a time, and at most two batches wait in memory.
 */
export async function ingest(db: Database | null, options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const emit = options.onEvent ?? (() => {});
  const extract = options.extract ?? inProcess;
  const batchSize = options.batchSize ?? 200;
  const summary: IngestSummary = { read: 0, loaded: 0, skipped: 0, failed: 0, rejected: 0, meetingsPlanned: 0, counts: emptyCounts(), seconds: 0 };
  const seen = new Set<string>();
  let batch: Entry[] = [];
  let stopped: ParleyError | null = null;
  const stop = (error: ParleyError) => {
    if (stopped) return;
    stopped = error;
    emit({ kind: "stopped", reason: error.message });
  };

  const prepare = async (entries: readonly Entry[]): Promise<PreparedBatch> => {
    const nothing: PreparedBatch = { entries, extracted: [] };
    if (stopped) return nothing;
    let todo = entries;
    if (db && !options.force) {
      let existing: Set<string>;
      try {
        existing = await existingArticleIds(db, entries.map((e) => e.article.id));
      } catch (error) {
        if (!(error instanceof ParleyError)) throw error;
        stop(error); // without knowing what is in, nothing can be written safely
        return nothing;
      }
      todo = entries.filter(({ article, bytes }) => {
        if (!existing.has(article.id)) return true;
        summary.skipped++;
        emit({ kind: "skipped", source: article.source, reason: "already in the graph (same content)" });
        emit({ kind: "progress", articles: 1, bytes });
        return false;
      });
    }
    const perArticle = todo.length === 0 ? 0 : todo.reduce((n, e) => n + e.bytes, 0) / todo.length;
    const results = await extract(
      todo.map((e) => e.article),
      (count) => emit({ kind: "progress", articles: count, bytes: count * perArticle }),
    );
    const extracted: ExtractedArticle[] = [];
    todo.forEach(({ article }, i) => {
      const r = results[i]!;
      if (r instanceof Error) {
        summary.failed++;
        emit({ kind: "failed", source: article.source, reason: r.message.startsWith("extraction") ? r.message : `extraction failed: ${r.message}` });
      } else extracted.push({ article, extraction: r });
    });
    return { entries, extracted };
  };

  const write = async ({ entries, extracted }: PreparedBatch): Promise<void> => {
    const bytes = textBytes(entries);
    if (extracted.length === 0 || stopped) {
      emit({ kind: "loaded", articles: 0, meetings: 0, bytes });
      return;
    }
    if (!db || options.dryRun) {
      const plan = planLoad(extracted);
      summary.meetingsPlanned += plan.meetings.length;
      options.onPlan?.(plan);
      countPlanned(summary.counts, plan);
      summary.loaded += extracted.length;
      emit({ kind: "loaded", articles: extracted.length, meetings: plan.meetings.length, bytes });
      return;
    }
    let written = 0;
    let meetings = 0;
    const settle = () => {
      summary.loaded += written;
      summary.meetingsPlanned += meetings;
    };
    try {
      const loaded = await loadBatch(db, extracted);
      meetings = loaded.plan.meetings.length;
      addCounts(summary.counts, loaded.counts);
      written = extracted.length;
    } catch (batchError) {
      if (isDatabaseDown(batchError)) return stop(batchError);
      if (extracted.length === 1) {
        summary.failed++;
        emit({ kind: "failed", source: extracted[0]!.article.source, reason: (batchError as Error).message });
      } else {
        for (const one of extracted) {
          try {
            const loaded = await loadBatch(db, [one]);
            meetings += loaded.plan.meetings.length;
            addCounts(summary.counts, loaded.counts);
            written++;
          } catch (error) {
            if (isDatabaseDown(error)) {
              settle();
              return stop(error);
            }
            summary.failed++;
            emit({ kind: "failed", source: one.article.source, reason: (error as Error).message });
          }
        }
      }
    }
    settle();
    emit({ kind: "loaded", articles: written, meetings, bytes });
  };

  // The write in flight (or the last one). A failure surfaces at the next flush or at the end.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (batch.length === 0) return;
    const prepared = prepare(batch);
    batch = [];
    prepared.catch(() => {}); // awaited below; this only keeps Node from reporting it unhandled meanwhile
    await writing;
    writing = prepared.then(write);
    writing.catch(() => {});
  };

  const reading = readArticles(options.inputs, {
    maxBytes: options.maxBytes,
    ...(options.maxHtmlDepth !== undefined ? { maxHtmlDepth: options.maxHtmlDepth } : {}),
    ...(options.parse ? { parse: options.parse } : {}),
    ...(options.readAhead !== undefined ? { concurrency: options.readAhead } : {}),
  });
  try {
    for await (const event of reading) {
      if (stopped) break;
      if (event.kind === "plan") {
        emit({ kind: "planned", files: event.files, bytes: event.bytes });
        continue;
      }
      if (event.kind === "rejected") {
        summary.rejected++;
        emit({ kind: "rejected", source: event.source, reason: event.reason });
        emit({ kind: "progress", articles: 0, bytes: event.bytes });
        continue;
      }
      const { article } = event;
      emit({ kind: "read", source: article.source });
      for (const message of event.warnings) emit({ kind: "warning", source: article.source, message });
      summary.read++;
      if (seen.has(article.id)) {
        summary.skipped++;
        emit({ kind: "skipped", source: article.source, reason: "same content as an earlier article in this run" });
        emit({ kind: "progress", articles: 1, bytes: event.bytes });
        continue;
      }
      seen.add(article.id);
      batch.push({ article, bytes: event.bytes });
      if (batch.length >= batchSize) await flush();
    }
    if (!stopped) await flush();
  } finally {
    // Never leave a write running behind the caller's back (it may close the database next).
    await writing.catch(() => {});
  }
  await writing;
  summary.seconds = (performance.now() - started) / 1000;
  const stoppedBy = stopped as ParleyError | null;
  if (stoppedBy) {
    summary.stopped = { code: stoppedBy.code, message: stoppedBy.message, notLoaded: summary.read - summary.loaded - summary.skipped - summary.failed };
  }
  return summary;
}

/** In a dry run nothing is looked up, so everything planned counts as new. */
function countPlanned(counts: LoadCounts, plan: LoadPlan): void {
  counts.articles.new += plan.articles.length;
  counts.actors.new += plan.actors.length;
  counts.organisations.new += plan.organisations.length;
  counts.places.new += plan.places.length;
  counts.meetings.new += plan.meetings.length;
  counts.evidence.new += plan.evidence.length;
}

/** Input bytes a batch stands for. */
function textBytes(entries: readonly Entry[]): number {
  let n = 0;
  for (const e of entries) n += e.bytes;
  return n;
}
