/**
 * Dates and places of real meetings, whether or not the extractor finds the meeting. For every gold meeting of the real
 * set (../shared/eval/real, read at run time), finds its quote in the article as src/read reads it, and resolves the date
 * and place of that statement the way extraction does: the clause's own date and place (venue.ts), then the story
 * around it (when-where.ts). Prints each miss and the accuracy overall and per region (r1, r2, r3), beside the
 * accuracy of the meetings the extractor itself found there.
 *
 *   npx tsx bench/date-place-probe.ts [--all] [--real DIR]
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { buildStructure } from "../src/extract/mentions/clauses.js";
import { resolveEntities } from "../src/extract/mentions/coreference.js";
import { referenceDate } from "../src/extract/when-where/dates.js";
import { extractArticle } from "../src/extract/index.js";
import type { Context, MeetingDraft } from "../src/extract/meetings/meeting-context.js";
import { findMeetings } from "../src/extract/meetings/meetings.js";
import { analyse } from "../src/extract/mentions/mentions.js";
import { isMeetingVerb, MEETING_NOUNS } from "../src/extract/meetings/triggers.js";
import { findDateline, pickDate, pickPlace } from "../src/extract/when-where/venue.js";
import { settleFromStory, settleWhenWhere } from "../src/extract/when-where/when-where.js";
import type { Article } from "../src/read/article.js";
import { DEFAULT_MAX_BYTES, readArticles } from "../src/read/read-sources.js";

interface GoldMeeting {
  participants: string[];
  kind?: "in_person" | "call";
  date: string | null;
  place: string | null;
  quote: string;
  optional?: boolean;
}

const args = process.argv.slice(2);
const REAL = args.includes("--real") ? args[args.indexOf("--real") + 1]! : join(import.meta.dirname, "..", "..", "shared", "eval", "real");
const showAll = args.includes("--all");
if (!existsSync(join(REAL, "gold"))) {
  console.error(`no real set at ${REAL}: pass --real DIR (a folder with docs/ and gold/)`);
  process.exit(2);
}

// The scorer's rules (../shared/eval/score.mjs): a date agrees when it starts with gold's; places compare loosely.
const norm = (s: string): string =>
  s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").split(" ").filter((w) => w && !["al", "el", "the", "de"].includes(w)).join(" ");
const dateOk = (g: string, p: string | null): boolean => p !== null && p.startsWith(g);
const placeOk = (g: string, p: string | null): boolean => {
  if (!p) return false;
  const a = norm(g);
  const b = norm(p);
  return a === b || a.includes(b) || b.includes(a);
};

const TRIGGER_EXTRA = /^(receiv\w*|welcom\w*|greet\w*|host\w*|visit\w*|talk\w*|discuss\w*|sitting|conver\w*|call\w*|lunch|dinner|joined|joining|spoke|met)$/;

/** The statement's date and place, as extraction would resolve them for a meeting stated by the quote. */
function statementWhenWhere(article: Article, start: number, end: number, kind: string | undefined): { date: string | null; place: string | null } {
  const ref = referenceDate(article.published, article.title, article.text);
  const analysis = analyse(article.text);
  const { doc } = analysis;
  const entities = resolveEntities(analysis);
  const st = buildStructure(doc, entities);
  const told = findMeetings(doc, entities, st, ref);
  const sIndex = doc.sentences.findIndex((s) => s.end > start);
  const s = doc.sentences[sIndex]!;
  const inSpan = (k: number): boolean => doc.tokens[k]!.start >= start && doc.tokens[k]!.end <= end;
  let trigger = -1;
  for (let k = s.tokStart; k < s.tokEnd && trigger < 0; k++) {
    const l = doc.tokens[k]!.lower;
    if (inSpan(k) && (isMeetingVerb(l) || MEETING_NOUNS.has(l) || TRIGGER_EXTRA.test(l))) trigger = k;
  }
  if (trigger < 0) trigger = Math.max(s.tokStart, doc.tokens.findIndex((t) => t.start >= start));
  const participants = new Map<number, null>();
  for (const m of doc.mentions) {
    if ((m.kind === "person" || m.kind === "role" || m.kind === "pronoun") && m.entity >= 0 && inSpan(m.tokStart)) participants.set(m.entity, null);
  }
  const qualifierPlaces = new Set<number>();
  for (const m of doc.mentions) if (m.qualifier && m.qualifier.mention >= 0) qualifierPlaces.add(m.qualifier.mention);
  const ctx: Context = { doc, entities, st, ref, drafts: [], pending: [], qualifierPlaces, dates: [], datesSentence: -1, dateline: findDateline(doc) };
  const clause: [number, number] = [s.tokStart, s.tokEnd];
  const date = pickDate(ctx, s, trigger, clause);
  const call = kind === "call";
  const place = call ? null : pickPlace(ctx, trigger, clause);
  const probe: MeetingDraft = {
    participants, kind: call ? "call" : "in_person", sentence: sIndex, paragraph: s.paragraph, trigger, evStart: start, evEnd: end,
    dateExpr: date, date: date?.date ?? null, place: place?.place ?? null, placeTok: place?.tokStart ?? -1,
    definite: false, distinct: false, separate: false, reference: false, nominal: false, agents: [], objects: [],
  };
  // The meetings told around it, as they stand before the story's last resort (the month of publication) dates them.
  const others = told
    .filter((d) => d.sentence !== sIndex)
    .map((d) => (!d.dateExpr && ref && d.date === ref.slice(0, 7) ? { ...d, date: null } : d));
  const live = [...others.filter((d) => d.sentence < sIndex), probe, ...others.filter((d) => d.sentence > sIndex)];
  settleWhenWhere(ctx, live);
  settleFromStory(ctx, live);
  return { date: probe.date, place: probe.place?.name ?? null };
}

function findQuote(text: string, quote: string): [number, number] | null {
  const at = text.indexOf(quote);
  if (at >= 0) return [at, at + quote.length];
  // Quotes written with single spaces where the page has line breaks or double spaces.
  const pattern = quote.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+");
  const m = new RegExp(pattern).exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

type Tally = Record<string, { date: [number, number]; place: [number, number] }>;
const tally = (): Tally => ({});
const add = (t: Tally, region: string, key: "date" | "place", ok: boolean): void => {
  for (const r of ["all", region]) {
    t[r] ??= { date: [0, 0], place: [0, 0] };
    t[r]![key][1]++;
    if (ok) t[r]![key][0]++;
  }
};

const statement = tally();
const extracted = tally();
let missingQuotes = 0;
const articles = new Map<string, Article>();
for await (const e of readArticles([join(REAL, "docs")], { maxBytes: DEFAULT_MAX_BYTES })) if (e.kind === "article") articles.set(e.article.doc, e.article);

for (const file of readdirSync(join(REAL, "gold")).filter((f) => f.endsWith(".json")).sort()) {
  const gold = JSON.parse(readFileSync(join(REAL, "gold", file), "utf8")) as { doc: string; meetings: GoldMeeting[] };
  const article = articles.get(gold.doc);
  if (!article) continue;
  const region = gold.doc.slice(0, 2);
  const x = extractArticle(article);
  for (const g of gold.meetings) {
    if (g.optional || (!g.date && !g.place)) continue;
    const span = findQuote(article.text, g.quote);
    if (!span) {
      missingQuotes++;
      console.log(`${gold.doc}  quote not found: "${g.quote.slice(0, 60)}…"`);
      continue;
    }
    const got = statementWhenWhere(article, span[0], span[1], g.kind);
    const found = x.meetings
      .map((m) => ({ m, overlap: Math.min(m.evidence.end, span[1]) - Math.max(m.evidence.start, span[0]) }))
      .filter((o) => o.overlap > 0)
      .sort((a, b) => b.overlap - a.overlap)[0]?.m;
    const marks: string[] = [];
    if (g.date) {
      const ok = dateOk(g.date, got.date);
      add(statement, region, "date", ok);
      if (found) add(extracted, region, "date", dateOk(g.date, found.date));
      marks.push(`date ${ok ? "ok " : "BAD"} gold ${g.date} got ${got.date ?? "-"}${found ? ` (extracted ${found.date ?? "-"})` : ""}`);
    }
    if (g.place) {
      const ok = placeOk(g.place, got.place);
      add(statement, region, "place", ok);
      if (found) add(extracted, region, "place", placeOk(g.place, found.place?.name ?? null));
      marks.push(`place ${ok ? "ok " : "BAD"} gold ${g.place} got ${got.place ?? "-"}${found ? ` (extracted ${found.place?.name ?? "-"})` : ""}`);
    }
    if (showAll || marks.some((m) => m.includes("BAD"))) console.log(`${gold.doc}  ${marks.join(" | ")}  :: ${g.quote.slice(0, 90)}`);
  }
}

const pct = ([ok, n]: [number, number]): string => (n ? `${(ok / n).toFixed(3)} (${ok}/${n})` : "-");
console.log(`\nstatements (every gold meeting with a date or place; ${missingQuotes} quotes not found)`);
for (const r of ["all", "r1", "r2", "r3"]) {
  const s = statement[r];
  const x = extracted[r];
  console.log(`${r.padEnd(4)} date ${pct(s?.date ?? [0, 0]).padEnd(16)} place ${pct(s?.place ?? [0, 0]).padEnd(16)}` +
    `| found by the extractor: date ${pct(x?.date ?? [0, 0]).padEnd(16)} place ${pct(x?.place ?? [0, 0])}`);
}
