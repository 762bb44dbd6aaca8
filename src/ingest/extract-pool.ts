import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { Extraction } from "../extract/types.js";
import type { Article } from "../read/article.js";
import type { WorkerResult } from "./extract-worker.js";

export interface ExtractPoolOptions {
  /** Worker threads; defaults to one per core. */
  readonly threads?: number;
  /** Articles sent to a worker at a time: fewer messages, and still every worker busy. */
  readonly chunkSize?: number;
}

export interface ExtractPool {
  readonly threads: number;
  /** Extracts a batch on all workers, in input order; a failed article yields its Error. Fits `IngestOptions.extract`. */
  extract(articles: readonly Article[]): Promise<Array<Extraction | Error>>;
  close(): Promise<void>;
}

// Under tsx (tests, benchmarks) this module is TypeScript and so is its worker; built, both are JavaScript.
const WORKER = new URL(import.meta.url.endsWith(".ts") ? "./extract-worker.ts" : "./extract-worker.js", import.meta.url);

/** A pool of worker threads running the extractor, one per core by default. */
export function createExtractPool(options: ExtractPoolOptions = {}): ExtractPool {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const chunkSize = Math.max(1, options.chunkSize ?? 16);
  const pool = new Piscina({
    filename: WORKER.href,
    minThreads: threads,
    maxThreads: threads,
    // Workers inherit the parent's loaders (tsx registers itself through --import).
    execArgv: process.execArgv,
  });
  return {
    threads,
    async extract(articles) {
      const chunks: Article[][] = [];
      for (let i = 0; i < articles.length; i += chunkSize) chunks.push(articles.slice(i, i + chunkSize));
      const results = await Promise.all(chunks.map((chunk) => pool.run(chunk) as Promise<WorkerResult[]>));
      return results.flat().map((r) => (r.ok ? r.extraction : new Error(r.message)));
    },
    close: () => pool.destroy(),
  };
}
