import type { Article } from "./article.js";
import { boundHtmlDepth } from "./html-depth.js";
import { parseHtmlArticle } from "./parse-html.js";
import { parseTextArticle } from "./parse-text.js";

/** A file's decoded text, ready to be parsed into an article (in this thread or a worker's). */
export interface RawDocument {
  readonly format: "html" | "text";
  readonly text: string;
  readonly source: string;
  readonly doc: string;
  /** Elements nested deeper than this are read as their text (see `boundHtmlDepth`). */
  readonly maxHtmlDepth: number;
}

export type Parsed = { ok: true; article: Article; warnings: string[] } | { ok: false; reason: string };

/** Real pages nest 20–60 deep; Readability's time grows with depth times size, so deeper markup is flattened. */
export const DEFAULT_MAX_HTML_DEPTH = 128;

/** Parses one document; never throws: a document that breaks the parser is a reason, not a crash. */
export function parseDocument(raw: RawDocument): Parsed {
  try {
    const warnings: string[] = [];
    let article: Article | null;
    if (raw.format === "html") {
      const bounded = boundHtmlDepth(raw.text, raw.maxHtmlDepth);
      if (bounded.droppedTags > 0) warnings.push(`HTML nested ${bounded.depth} deep: elements below depth ${raw.maxHtmlDepth} were read as plain text`);
      article = parseHtmlArticle(bounded.html, raw.source, raw.doc);
      if (!article) return { ok: false, reason: "no article text found in the page" };
    } else {
      article = parseTextArticle(raw.text, raw.source, raw.doc);
      if (!article.text.trim()) return { ok: false, reason: "the file has a header but no body text" };
    }
    if (!article.published) warnings.push(NO_DATE);
    return { ok: true, article, warnings };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `could not be parsed (${message.split("\n")[0]!.slice(0, 200)})` };
  }
}

export const NO_DATE = 'no publication date: relative dates ("on Sunday") are resolved only if the text gives a full date';
