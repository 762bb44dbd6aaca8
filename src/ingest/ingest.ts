import type { Database } from "../database/database.js";
import { extractArticle } from "../extract/index.js";
import type { Extraction } from "../extract/types.js";
import { addCounts, emptyCounts, existingArticleIds, type LoadCounts } from "../load/apply.js";
import { loadBatch } from "../load/load-batch.js";
import { planLoad, type ExtractedArticle, type LoadPlan } from "../plan/plan.js";
import type { Article } from "../read/article.js";
import { readArticles, type ReadEvent } from "../read/read-sources.js";

export interface IngestOptions {
  readonly inputs: readonly string[];
  readonly maxBytes: number;
  /** Plan everything, write nothing. */
  readonly dryRun?: boolean;
  /** Re-apply articles already in the graph (useful after the extractor improves). */
  readonly force?: boolean;
  /** Articles per write transaction. */
  readonly batchSize?: number;
  /** Extracts a batch; defaults to the in-process extractor (the CLI may pass a worker pool). */
  readonly extract?: (articles: readonly Article[]) => Promise<Array<Extraction | Error>>;
  readonly onEvent?: (event: IngestEvent) => void;
  /** Receives each batch's plan when nothing is written (no database, or a dry run): the bulk load folds them. */
  readonly onPlan?: (plan: LoadPlan) => void;
}

export type IngestEvent =
  | { kind: "read"; source: string }
  | { kind: "warning"; source: string; message: string }
  | { kind: "rejected"; source: string; reason: string }
  | { kind: "skipped"; source: string; reason: string }
  | { kind: "failed"; source: string; reason: string }
  | { kind: "loaded"; articles: number; meetings: number; bytes: number };

export interface IngestSummary {
  read: number;
  skipped: number;
  failed: number;
  /** Inputs rejected before extraction (unreadable, binary, malformed…). */
  rejected: number;
  meetingsPlanned: number;
  counts: LoadCounts;
  seconds: number;
}

const inProcess = async (articles: readonly Article[]) =>
  articles.map((a) => {
    try {
      return extractArticle(a);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  });

/** A batch ready to write: extracted (it is planned when written, against the graph as it is then). */
interface PreparedBatch {
  readonly articles: readonly Article[];
  readonly extracted: readonly ExtractedArticle[];
}

/**
 * The ingest job: read → extract (pure) → plan (pure) → apply (one transaction a batch). A batch whose
 * transaction fails is retried one article at a time, so one bad article costs only itself. Batches are
 * pipelined: the next batch is checked against the graph and extracted while the one before it is written
 * (planning waits for that write: names and meetings are settled against everything already in the graph), so extraction (on worker threads when a pool is given) and Neo4j's writes overlap. Writes stay in
 * input order, one at a time, and at most two batches wait in memory.
 */
export async function ingest(db: Database | null, options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const emit = options.onEvent ?? (() => {});
  const extract = options.extract ?? inProcess;
  const batchSize = options.batchSize ?? 200;
  const summary: IngestSummary = { read: 0, skipped: 0, failed: 0, rejected: 0, meetingsPlanned: 0, counts: emptyCounts(), seconds: 0 };
  const seen = new Set<string>();
  let batch: Article[] = [];

  const prepare = async (articles: readonly Article[]): Promise<PreparedBatch> => {
    let todo = articles;
    if (db && !options.force) {
      const existing = await existingArticleIds(db, articles.map((a) => a.id));
      todo = articles.filter((a) => {
        if (!existing.has(a.id)) return true;
        summary.skipped++;
        emit({ kind: "skipped", source: a.source, reason: "already in the graph (same content)" });
        return false;
      });
    }
    const results = await extract(todo);
    const extracted: ExtractedArticle[] = [];
    todo.forEach((article, i) => {
      const r = results[i]!;
      if (r instanceof Error) {
        summary.failed++;
        emit({ kind: "failed", source: article.source, reason: `extraction failed: ${r.message}` });
      } else extracted.push({ article, extraction: r });
    });
    return { articles, extracted };
  };

  const write = async ({ articles, extracted }: PreparedBatch): Promise<void> => {
    if (extracted.length === 0) {
      emit({ kind: "loaded", articles: 0, meetings: 0, bytes: textBytes(articles) });
      return;
    }
    if (!db || options.dryRun) {
      const plan = planLoad(extracted);
      summary.meetingsPlanned += plan.meetings.length;
      options.onPlan?.(plan);
      countPlanned(summary.counts, plan);
      emit({ kind: "loaded", articles: extracted.length, meetings: plan.meetings.length, bytes: textBytes(articles) });
      return;
    }
    let meetings = 0;
    try {
      const loaded = await loadBatch(db, extracted);
      meetings = loaded.plan.meetings.length;
      addCounts(summary.counts, loaded.counts);
    } catch (batchError) {
      if (extracted.length === 1) {
        summary.failed++;
        emit({ kind: "failed", source: extracted[0]!.article.source, reason: (batchError as Error).message });
      } else {
        for (const one of extracted) {
          try {
            const loaded = await loadBatch(db, [one]);
            meetings += loaded.plan.meetings.length;
            addCounts(summary.counts, loaded.counts);
          } catch (error) {
            summary.failed++;
            emit({ kind: "failed", source: one.article.source, reason: (error as Error).message });
          }
        }
      }
    }
    summary.meetingsPlanned += meetings;
    emit({ kind: "loaded", articles: extracted.length, meetings, bytes: textBytes(articles) });
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

  try {
    for await (const event of readArticles(options.inputs, { maxBytes: options.maxBytes }) as AsyncIterable<ReadEvent>) {
      if (event.kind === "rejected") {
        summary.rejected++;
        emit({ kind: "rejected", source: event.source, reason: event.reason });
        continue;
      }
      const { article } = event;
      emit({ kind: "read", source: article.source });
      for (const message of event.warnings) emit({ kind: "warning", source: article.source, message });
      summary.read++;
      if (seen.has(article.id)) {
        summary.skipped++;
        emit({ kind: "skipped", source: article.source, reason: "same content as an earlier article in this run" });
        continue;
      }
      seen.add(article.id);
      batch.push(article);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  } finally {
    // Never leave a write running behind the caller's back (it may close the database next).
    await writing.catch(() => {});
  }
  await writing;
  summary.seconds = (performance.now() - started) / 1000;
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

/** Approximate input bytes a batch stands for, for progress by share of input read. */
function textBytes(articles: readonly Article[]): number {
  let n = 0;
  for (const a of articles) n += Buffer.byteLength(a.text) + (a.title?.length ?? 0);
  return n;
}
