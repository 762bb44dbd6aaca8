/**
 * Hand patterns (src/extract/dates.ts) against chrono-node on the sentences that state the real set's gold meetings:
 * the first event date each finds in the sentence, scored as the scorer scores dates (a prediction agrees when it starts
 * with gold's date). Reads ../shared/eval/real at run time. npx tsx bench/date-chrono-compare.ts
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as chrono from "chrono-node";
import { findDates, referenceDate } from "../src/extract/when-where/dates.js";
import { DEFAULT_MAX_BYTES, readArticles } from "../src/read/read-sources.js";
import type { Article } from "../src/read/article.js";

const REAL = join(import.meta.dirname, "..", "..", "shared", "eval", "real");
const articles = new Map<string, Article>();
for await (const e of readArticles([join(REAL, "docs")], { maxBytes: DEFAULT_MAX_BYTES })) if (e.kind === "article") articles.set(e.article.doc, e.article);

const pad = (n: number): string => String(n).padStart(2, "0");
function chronoDate(sentence: string, ref: string | null): string | null {
  const refDate = ref ? new Date(`${ref}T12:00:00Z`) : new Date();
  for (const r of chrono.parse(sentence, { instant: refDate, timezone: 0 }, { forwardDate: false })) {
    const s = r.start;
    if (!ref && !s.isCertain("year")) continue;
    const y = s.get("year")!;
    if (s.isCertain("day") || s.isCertain("weekday")) return `${y}-${pad(s.get("month")!)}-${pad(s.get("day")!)}`;
    if (s.isCertain("month")) return `${y}-${pad(s.get("month")!)}`;
    return String(y);
  }
  return null;
}

let n = 0;
let hand = 0;
let chr = 0;
const t0 = { hand: 0, chrono: 0 };
for (const f of readdirSync(join(REAL, "gold")).filter((x) => x.endsWith(".json")).sort()) {
  const g = JSON.parse(readFileSync(join(REAL, "gold", f), "utf8")) as { doc: string; meetings: { date: string | null; quote: string; optional?: boolean }[] };
  const a = articles.get(g.doc);
  if (!a) continue;
  const ref = referenceDate(a.published, a.title, a.text);
  for (const m of g.meetings) {
    if (!m.date || m.optional) continue;
    const at = a.text.indexOf(m.quote);
    if (at < 0) continue;
    // The sentence around the quote: from the previous full stop to the next.
    const from = Math.max(0, a.text.lastIndexOf(". ", at) + 1, a.text.lastIndexOf("\n", at) + 1);
    const next = a.text.slice(at + m.quote.length).search(/[.\n]/);
    const sentence = a.text.slice(from, next < 0 ? a.text.length : at + m.quote.length + next);
    let s = performance.now();
    const h = findDates(sentence, 0, sentence.length, ref).find((d) => !d.bound && d.date)?.date ?? null;
    t0.hand += performance.now() - s;
    s = performance.now();
    const c = chronoDate(sentence, ref);
    t0.chrono += performance.now() - s;
    n++;
    if (h?.startsWith(m.date)) hand++;
    if (c?.startsWith(m.date)) chr++;
    if (!h?.startsWith(m.date) || !c?.startsWith(m.date)) console.log(`${g.doc} gold ${m.date} hand ${h ?? "-"} chrono ${c ?? "-"} :: ${sentence.slice(0, 100).replace(/\n/g, " ")}`);
  }
}
console.log(`\n${n} dated gold statements, the sentence alone (no story around it):`);
console.log(`hand patterns ${(hand / n).toFixed(3)} (${hand}/${n}) in ${t0.hand.toFixed(1)} ms; chrono-node ${(chr / n).toFixed(3)} (${chr}/${n}) in ${t0.chrono.toFixed(1)} ms`);
