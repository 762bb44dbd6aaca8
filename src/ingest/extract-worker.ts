/** Piscina worker: parses documents and extracts articles; a failure is returned per document, never thrown. */
import type { MessagePort } from "node:worker_threads";
import { extractArticle } from "../extract/index.js";
import type { Extraction } from "../extract/types.js";
import type { Article } from "../read/article.js";
import { parseDocument, type Parsed, type RawDocument } from "../read/parse-document.js";

export type WorkerResult = { ok: true; extraction: Extraction } | { ok: false; message: string };

/** A task and the port on which the worker says it has started, which starts the task's time limit. */
export interface Timed<T> {
  readonly task: T;
  readonly started: MessagePort;
}

// The extractor loads its lexicons on first use; doing it now keeps that out of the first document's time.
try {
  extractArticle({ id: "warm-up", source: "", doc: "", title: null, url: null, published: null, text: "Ana Kovac met Luis Pardo.", contentHash: "" });
} catch {
  // A broken extractor shows up, with its message, on the first real article.
}

function begin<T>(timed: Timed<T>): T {
  timed.started.postMessage("started");
  timed.started.close();
  return timed.task;
}

/** Extracts a chunk, saying "done" on the port after each article so the caller's progress moves per article. */
export default function extractChunk(timed: Timed<readonly Article[]>): WorkerResult[] {
  timed.started.postMessage("started");
  try {
    return timed.task.map((article): WorkerResult => {
      let result: WorkerResult;
      try {
        result = { ok: true, extraction: extractArticle(article) };
      } catch (error) {
        result = { ok: false, message: error instanceof Error ? error.message : String(error) };
      }
      timed.started.postMessage("done");
      return result;
    });
  } finally {
    timed.started.close();
  }
}

export function parse(timed: Timed<RawDocument>): Parsed {
  return parseDocument(begin(timed));
}
