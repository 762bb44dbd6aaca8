import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Article } from "./article.js";
import { parseHeaderDate } from "./dates.js";
import { articleIdFor, contentHash } from "./identity.js";

/**
 * The main text of an HTML page, navigation and boilerplate dropped (Mozilla Readability, as Firefox's reader
 * view), with title, canonical URL and publication date from the page's metadata. Null when no article is found.
 */
export function parseHtmlArticle(html: string, source: string, doc: string): Article | null {
  const { document } = parseHTML(html);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute("content")?.trim() || null;
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() || meta('meta[property="og:url"]');
  const publishedRaw =
    meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]') ??
    document.querySelector("time[datetime]")?.getAttribute("datetime") ?? null;
  // Readability mutates the document it reads.
  const parsed = new Readability(document as never, { charThreshold: 200 }).parse();
  const body = parsed?.textContent ? normaliseText(parsed.textContent) : "";
  if (!body) return null;
  const title = parsed?.title?.trim() || meta('meta[property="og:title"]') || null;
  return {
    id: articleIdFor(body),
    source,
    doc,
    title,
    url,
    published: publishedRaw ? parseHeaderDate(publishedRaw) : null,
    text: body,
    contentHash: contentHash(body),
  };
}

/** Paragraph breaks kept, runs of spaces collapsed, so sentences and offsets are clean. */
function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
}
