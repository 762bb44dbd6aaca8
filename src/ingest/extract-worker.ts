/** Piscina worker: extracts a chunk of articles; a failure is returned per article, never thrown. */
import { extractArticle } from "../extract/index.js";
import type { Extraction } from "../extract/types.js";
import type { Article } from "../read/article.js";

export type WorkerResult = { ok: true; extraction: Extraction } | { ok: false; message: string };

export default function extractChunk(articles: readonly Article[]): WorkerResult[] {
  return articles.map((article) => {
    try {
      return { ok: true, extraction: extractArticle(article) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });
}
