import { availableParallelism } from "node:os";
import { MessageChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import type { Extraction } from "../extract/types.js";
import type { Article } from "../read/article.js";
import type { Parsed, RawDocument } from "../read/parse-document.js";
import type { WorkerResult } from "./extract-worker.js";

export interface ExtractPoolOptions {
  /** Worker threads; defaults to one per core. */
  readonly threads?: number;
  /** Threads started at once (the rest start when there is work for them); defaults to `threads`. */
  readonly minThreads?: number;
  /** Articles sent to a worker at a time: fewer messages, and still every worker busy. */
  readonly chunkSize?: number;
  /** Time a document may take to be parsed, and again to be extracted, before its worker is stopped. */
  readonly timeLimitMs?: number;
  /** Heap a worker may use (MB) before it is stopped, so one document cannot exhaust the process's memory. */
  readonly maxHeapMb?: number;
}

export interface ExtractPool {
  readonly threads: number;
  /**
   * Extracts a batch on all workers, in input order; a failed or stopped article yields its Error. `onDone`
   * hears how many articles each finished chunk held, for progress. Fits `IngestOptions.extract`.
   */
  extract(articles: readonly Article[], onDone?: (count: number) => void): Promise<Array<Extraction | Error>>;
  /** Parses a document on a worker under the time limit. Fits `ReadOptions.parse`. */
  parse(raw: RawDocument): Promise<Parsed>;
  close(): Promise<void>;
}

export const DEFAULT_TIME_LIMIT_MS = 30_000;
const DEFAULT_MAX_HEAP_MB = 2048;
// A worker that has not begun a task by then is taken for stuck (it loads in about a second).
const START_DEADLINE_MS = 120_000;

// Under tsx (tests, benchmarks) this module is TypeScript and so is its worker; built, both are JavaScript.
const WORKER = new URL(import.meta.url.endsWith(".ts") ? "./extract-worker.ts" : "./extract-worker.js", import.meta.url);

/**
 * A pool of worker threads that parse and extract documents, one per core by default. Work that runs past the
 * time limit (or the heap limit) has its worker stopped and replaced, so a runaway document costs only itself.
 * At most one task per thread is handed over at a time, so a task's clock starts when it starts running.
 */
export function createExtractPool(options: ExtractPoolOptions = {}): ExtractPool {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const chunkSize = Math.max(1, options.chunkSize ?? 16);
  const limitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const pool = new Piscina({
    filename: WORKER.href,
    minThreads: Math.max(1, Math.min(threads, options.minThreads ?? threads)),
    maxThreads: threads,
    idleTimeout: 30_000,
    // Workers inherit the parent's loaders (tsx registers itself through --import); under vitest, which
    // transforms in-process, a TypeScript worker needs tsx of its own.
    execArgv: WORKER.pathname.endsWith(".ts") && !process.execArgv.some((a) => a.includes("tsx")) ? [...process.execArgv, "--import", "tsx"] : process.execArgv,
    resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB },
  });
  const slots = new Slots(threads);
  const seconds = `${Math.round(limitMs / 100) / 10} s`;

  /**
   * Runs one task under the time limit: its result, or why there is none. The clock starts when the worker
   * says it has begun, so a worker still starting (or restarting after a stopped task) costs no document time.
   */
  const run = async <T>(name: string, task: unknown, onArticle?: () => void): Promise<{ ok: true; value: T } | { ok: false; timedOut: boolean; message: string }> => {
    await slots.acquire();
    const abort = new AbortController();
    const { port1, port2 } = new MessageChannel();
    let settled = false;
    // When this thread was busy past the deadline, the worker's answer may already be waiting: the abort waits
    // one turn of the event loop (messages are taken in before setImmediate runs) so a finished task is kept.
    const expire = () => setImmediate(() => settled || abort.abort());
    let timer = setTimeout(expire, Math.max(limitMs, START_DEADLINE_MS));
    // "started" starts the clock; "done" follows each article of a chunk, so progress moves per article.
    port1.on("message", (message) => {
      if (message === "done") {
        onArticle?.();
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(expire, limitMs);
    });
    try {
      const running = pool.run({ task, started: port2 }, { name, signal: abort.signal, transferList: [port2] });
      running.then(() => (settled = true), () => (settled = true));
      return { ok: true, value: (await running) as T };
    } catch (error) {
      if (abort.signal.aborted) return { ok: false, timedOut: true, message: `took longer than ${seconds}` };
      return { ok: false, timedOut: false, message: workerFailure(error) };
    } finally {
      clearTimeout(timer);
      port1.close();
      slots.release();
    }
  };

  const extractOne = async (article: Article): Promise<Extraction | Error> => {
    const r = await run<WorkerResult[]>("default", [article]);
    if (!r.ok) return new Error(r.timedOut ? `extraction ${r.message}; left out (raise the limit with --doc-timeout)` : `extraction failed: ${r.message}`);
    const [one] = r.value;
    return one!.ok ? one!.extraction : new Error(one!.message);
  };

  return {
    threads,
    async extract(articles, onDone) {
      const chunks: Article[][] = [];
      for (let i = 0; i < articles.length; i += chunkSize) chunks.push(articles.slice(i, i + chunkSize));
      const results = await Promise.all(
        chunks.map(async (chunk) => {
          let told = 0;
          const r = await run<WorkerResult[]>("default", chunk, () => {
            if (told < chunk.length) {
              told++;
              onDone?.(1);
            }
          });
          // A chunk that ran out of time is run again one article at a time, so only the runaway one is lost.
          const out = r.ok
            ? r.value.map((one) => (one.ok ? one.extraction : new Error(one.message)))
            : r.timedOut && chunk.length > 1
              ? await Promise.all(chunk.map(extractOne))
              : chunk.map(() => new Error(r.timedOut ? `extraction ${r.message}; left out (raise the limit with --doc-timeout)` : `extraction failed: ${r.message}`));
          // Articles whose "done" had not arrived (or a chunk stopped and rerun) are counted now.
          if (told < chunk.length) onDone?.(chunk.length - told);
          return out;
        }),
      );
      return results.flat();
    },
    async parse(raw) {
      const r = await run<Parsed>("parse", raw);
      if (r.ok) return r.value;
      return { ok: false, reason: r.timedOut ? `parsing ${r.message}; left out (raise the limit with --doc-timeout)` : `could not be parsed: ${r.message}` };
    },
    close: () => pool.destroy(),
  };
}

function workerFailure(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ERR_WORKER_OUT_OF_MEMORY") return "it needed more memory than a worker may use";
  return error instanceof Error ? error.message.split("\n")[0]! : String(error);
}

/** A counting semaphore. */
class Slots {
  private readonly waiting: Array<() => void> = [];
  constructor(private free: number) {}

  async acquire(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}
