import type { Article } from "./article.js";
import { parseHeaderDate } from "./dates.js";
import { articleIdFor, contentHash } from "./identity.js";

export type LineResult = { ok: true; article: Article; warning?: string } | { ok: false; reason: string };

/** One JSONL line `{ id, title, url, published, text }` as an article, or why not. */
export function parseJsonlLine(line: string, source: string): LineResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${(error as Error).message}): ${excerpt(line)}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { ok: false, reason: `expected a JSON object, got ${excerpt(line)}` };
  const o = value as Record<string, unknown>;
  if (typeof o["text"] !== "string" || !o["text"].trim()) return { ok: false, reason: `missing "text" (a non-empty string): ${excerpt(line)}` };
  for (const key of ["id", "title", "url", "published"]) {
    if (o[key] !== undefined && o[key] !== null && typeof o[key] !== "string") return { ok: false, reason: `"${key}" must be a string: ${excerpt(line)}` };
  }
  const text = (o["text"] as string).replace(/\r\n?/g, "\n");
  const publishedRaw = (o["published"] as string | undefined) ?? null;
  const published = publishedRaw ? parseHeaderDate(publishedRaw) : null;
  const id = (o["id"] as string | undefined) ?? null;
  const article: Article = {
    id: articleIdFor(text),
    source,
    doc: id ?? source,
    title: (o["title"] as string | undefined) ?? null,
    url: (o["url"] as string | undefined) ?? null,
    published,
    text,
    contentHash: contentHash(text),
  };
  return publishedRaw && !published ? { ok: true, article, warning: `"published" ${JSON.stringify(publishedRaw)} is not a date; read as undated` } : { ok: true, article };
}

function excerpt(s: string): string {
  const t = s.trim();
  return JSON.stringify(t.length > 60 ? `${t.slice(0, 60)}…` : t);
}
