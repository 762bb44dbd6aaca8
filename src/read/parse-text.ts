import type { Article } from "./article.js";
import { parseHeaderDate } from "./dates.js";
import { articleIdFor, contentHash } from "./identity.js";

// "date 2024-07-23", "Date: July 24, 2024", "Published: 2024-07-23" — then, on the same line, maybe the body.
const DATE_LINE = /^\s*(?:date|dated|published|publication date)\s*:?\s+(\d{4}-\d{2}-\d{2}|[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})\b[ \t]*/i;
const MD_HEADING = /^#{1,6}\s+/;
// A first line longer than this, or ending like a sentence, is body text rather than a headline.
const MAX_TITLE_CHARS = 200;

/**
 * Parses a plain-text or Markdown article: an optional title line, an optional date line (in either order),
 * then the body. Offsets of everything extracted later refer to the returned `text`.
 */
export function parseTextArticle(raw: string, source: string, doc: string): Article {
  let rest = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  let title: string | null = null;
  let published: string | null = null;
  for (let i = 0; i < 2; i++) {
    const dateMatch = published === null ? DATE_LINE.exec(rest) : null;
    if (dateMatch) {
      published = parseHeaderDate(dateMatch[1]!);
      rest = rest.slice(dateMatch[0].length).replace(/^\n+/, "");
      continue;
    }
    if (title === null) {
      const nl = rest.indexOf("\n");
      const first = (nl < 0 ? rest : rest.slice(0, nl)).trim();
      if (first && nl >= 0 && looksLikeTitle(first)) {
        title = first.replace(MD_HEADING, "").trim();
        rest = rest.slice(nl + 1).replace(/^\n+/, "");
        continue;
      }
    }
    break;
  }
  const text = rest.replace(/\s+$/, "");
  return { id: articleIdFor(text), source, doc, title, url: null, published, text, contentHash: contentHash(text) };
}

// A byline ("By Jane Doe", "Of: Jane Doe") or a photo credit is page furniture naming people and outlets, not a headline:
// it stays in the body, where the extractor reads it.
// So is a dateline that opens the body ("LAHORE, Aug 21 (APP): …").
const FURNITURE = /^(?:by|of:|from)\s|\((?:photo|foto|image|file photo)\s*:|photo credits?\s*:|©/i;
const DATELINE = /^[A-Z][A-Z .'-]+,[^()]{0,30}\([A-Za-z0-9 ]{2,30}\)\s*[:–—-]/;

function looksLikeTitle(line: string): boolean {
  if (MD_HEADING.test(line)) return true;
  return line.length <= MAX_TITLE_CHARS && !/[.!?]["”’)]?$/.test(line) && !looksLikeCaption(line) && !FURNITURE.test(line) && !DATELINE.test(line);
}

// A photo caption copied above the text ends with where and when the picture was taken, or with its credit:
// "X with Y in Moscow, Russia, July 24, 2024", "… (Reuters)", "… | Photo: AFP". Headlines almost never do.
const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const CAPTION_DATE = new RegExp(`,\\s*(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\s*$`, "i");
const CAPTION_CREDIT = /(?:\((?:[^()]*\b(?:photo|credit|file|reuters|afp|ap|getty(?: images)?|epa|anadolu)\b[^()]*)\)|\|\s*photo\b.*|\b(?:photo|credit)\s*:.*)$/i;

/** Whether a first line reads as a photo caption rather than a headline. */
export function looksLikeCaption(line: string): boolean {
  return CAPTION_DATE.test(line) || CAPTION_CREDIT.test(line);
}
