import { readFile } from "node:fs/promises";
import type { Article } from "./article.js";
import { parseHeaderDate } from "./dates.js";

/**
 * The metadata file beside an article file: `name.meta.json` next to `name.txt` (or `.md`, `.html`), holding
 * `{ "url", "title", "published" }`. A plain-text article has no place for its address or headline; this is
 * where they are kept. What it gives wins over what the file itself suggests.
 */
export function sidecarPath(file: string): string {
  return file.replace(/\.[^./\\]+$/, "") + ".meta.json";
}

export type SidecarResult = { ok: true; article: Article } | { ok: false; reason: string };

/** The article with its sidecar's metadata applied, the article unchanged when there is none. */
export async function withSidecar(article: Article, file: string): Promise<SidecarResult> {
  const path = sidecarPath(file);
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") return { ok: true, article };
    return { ok: false, reason: `its metadata file ${path} cannot be read: ${(error as Error).message}` };
  }
  return applySidecar(article, raw, path);
}

/** Pure part: parses the sidecar's JSON and merges it. */
export function applySidecar(article: Article, raw: string, path: string): SidecarResult {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { ok: false, reason: `its metadata file ${path} is not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { ok: false, reason: `its metadata file ${path} must hold a JSON object` };
  const o = value as Record<string, unknown>;
  for (const key of ["url", "title", "published"]) {
    if (o[key] !== undefined && o[key] !== null && typeof o[key] !== "string") return { ok: false, reason: `"${key}" in ${path} must be a string` };
  }
  const url = typeof o["url"] === "string" && o["url"].trim() ? o["url"].trim() : article.url;
  const title = typeof o["title"] === "string" && o["title"].trim() ? o["title"].trim() : article.title;
  const published = typeof o["published"] === "string" ? parseHeaderDate(o["published"]) ?? article.published : article.published;
  return { ok: true, article: { ...article, url, title, published } };
}
