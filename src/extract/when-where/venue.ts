/** Where and when a meeting took place: the date expression and the place nearest its trigger in the clause. */
import { findDates, type DateExpression } from "./dates.js";
import type { Doc } from "../text/document.js";
import type { Context, MeetingDraft } from "../meetings/meeting-context.js";
import { capitalOf, type Place } from "../entities/places.js";
import { MONTHS, NON_PERSON_HEADS, SEATS_OF_GOVERNMENT } from "../text/lexicon.js";
import type { Sentence } from "../text/sentences.js";
const TRAVEL_WORDS = new Set([
  "visit", "visits", "visited", "visiting", "trip", "trips", "travelled", "traveled", "travel", "travels", "flew", "arrived", "arrival",
  "came", "went", "headed", "returned", "journey", "tour", "toured", "stop", "stopover", "stay",
]);

const PLACE_PREPS = new Set(["in", "at", "inside"]);

const TOPIC_NOUNS = new Set([
  "war", "wars", "crisis", "conflict", "fighting", "situation", "violence", "ceasefire", "cease-fire", "truce", "peace", "election", "elections", "unrest",
  "famine", "developments", "offensive", "operations", "invasion", "occupation", "attacks", "attack", "investment", "investments", "interests", "embassy",
  "presence", "troops", "forces", "role", "influence", "stability", "security", "hostilities", "tensions", "genocide", "bombing", "strikes", "strike",
  "situation", "aid", "reconstruction", "dispute", "protests", "coup", "massacre", "killings", "deaths", "casualties", "hostages", "prisoners", "refugees",
  "operation", "campaign", "fight", "escalation", "detention", "arrest", "drought", "floods", "earthquake", "projects", "project", "growth", "economy",
]);

const DATELINE_SEPARATORS = new Set(["-", "—", "–", ":", "--"]);

export interface Dateline {
  readonly place: Place;
  readonly sentence: number;
  /** Character offset where the lead's text starts, after the dateline. */
  readonly end: number;
}

/** A dateline is at the start of one of the first paragraphs, after captions and bylines. */
const DATELINE_PARAGRAPHS = 6;
const DATELINE_CHARS = 1500;
const DATELINE_MAX_TOKENS = 16;

/**
 * The place a story is filed from: "NAIROBI —", "TOKYO, May 20 (Kyodo) -", "Nairobi, Kenya –", "KUWAIT:", "Phnom Penh (VNA) –",
 * "ASTANA. AGENCY –", "OUTLET.COM, JAKARTA –", "ABU DHABI, (XNA - 02nd May, 2021) Text", "Dar es Salaam. Text", at the
 * start of one of the first paragraphs (captions and bylines come first on real pages).
 */
export function findDateline(doc: Doc): Dateline | null {
  const t = doc.tokens;
  let paragraphs = 0;
  let lastParagraph = -1;
  for (const s of doc.sentences) {
    if (s.start > DATELINE_CHARS || paragraphs > DATELINE_PARAGRAPHS) break;
    if (s.paragraph === lastParagraph) continue;
    lastParagraph = s.paragraph;
    paragraphs++;
    // An outlet's name before the place: "NEWSPORTAL. COM, JAKARTA –", "KINGSTON, JAMAICA, March 3, 2019."
    const starts = [s.tokStart];
    for (let k = s.tokStart; k < Math.min(t.length, s.tokStart + 5); k++) {
      const x = t[k]!;
      if (x.paraBreak && k > s.tokStart) break;
      if (x.text === ",") {
        starts.push(k + 1);
        break;
      }
      if (!(x.allCaps || x.text === ".")) break;
    }
    for (const k of starts) {
      const found = datelineAt(doc, k, s.tokStart);
      if (found) return found;
    }
  }
  return null;
}

function datelineAt(doc: Doc, k: number, lineStart: number): Dateline | null {
  const t = doc.tokens;
  const m = doc.claim[k]! >= 0 ? doc.mentions[doc.claim[k]!]! : null;
  if (!m || m.kind !== "place" || !m.place || m.place.kind === "region" || m.tokStart !== k) return null;
  const shouting = t[k]!.allCaps;
  let q = m.tokEnd;
  if (!shouting) {
    const next = t[q];
    // "Nairobi, Kenya –", "Phnom Penh (VNA) –", "Washington, Mar 1 (efe-epa).-", "Dar es Salaam. President …"
    if (!next || !(next.text === "," || next.text === "(" || next.text === "." || next.text === ":")) return null;
    if (next.text === "." && (m.place.kind !== "city" || k !== lineStart)) return null;
  }
  let depth = 0;
  let opened = false;
  for (let guard = 0; guard < DATELINE_MAX_TOKENS && q < t.length; guard++, q++) {
    const x = t[q]!;
    if (x.paraBreak && q > k) return null;
    if (depth === 0 && (DATELINE_SEPARATORS.has(x.text) || x.text === ":")) return { place: m.place, sentence: doc.sentenceOf[k]!, end: x.end };
    if (x.text === "(") {
      depth++;
      opened = true;
      continue;
    }
    if (x.text === ")") {
      depth = Math.max(0, depth - 1);
      // "ABU DHABI, (XNA - 14th June, 2019) The Sheikh …": the agency's parenthesis closes the dateline.
      const after = t[q + 1];
      if (depth === 0 && opened && after && after.kind === "word" && after.cap && !DATELINE_SEPARATORS.has(after.text) && t[q + 1]!.text !== ".") {
        return { place: m.place, sentence: doc.sentenceOf[k]!, end: x.end };
      }
      continue;
    }
    if (depth > 0) continue;
    // "Dar es Salaam. President …", "KINGSTON, JAMAICA, March 3, 2019. The premier …"
    if (x.text === ".") {
      const after = t[q + 1];
      if (after && after.kind === "word" && after.cap && doc.sentenceOf[q + 1] !== doc.sentenceOf[k]) return { place: m.place, sentence: doc.sentenceOf[k]!, end: x.end };
      continue;
    }
    if (x.text === "," || x.text === "/" || x.kind === "num" || x.allCaps || (x.kind === "word" && x.cap) || MONTHS.has(x.lower)) continue;
    return null;
  }
  return null;
}

function tokenAtChar(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.tokens[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** `listEnd`: the token after the participants named after the trigger; a date after them is as near as one right after the verb. */
export function pickDate(ctx: Context, s: Sentence, i: number, [cs, ce]: [number, number], listEnd = i + 1): DateExpression | null {
  const { doc } = ctx;
  if (ctx.datesSentence !== s.index) {
    ctx.dates = findDates(doc.text, s.start, s.end, ctx.ref);
    ctx.datesSentence = s.index;
  }
  const at = doc.tokens[i]!.start;
  let best: DateExpression | null = null;
  let bestDist = Infinity;
  let aside: DateExpression | null = null;
  for (const d of ctx.dates) {
    // "TOKYO, May 14 (Agency) --": the day the story was filed.
    if (d.bound || (ctx.dateline && ctx.dateline.sentence === s.index && d.start < ctx.dateline.end)) continue;
    const tk = tokenAtChar(doc, d.start);
    // "invited Doe to see him next week": a meeting told as having happened is never dated in the future.
    if (tk < cs || tk >= ce || ctx.st.paren[tk] || otherEvent(doc.tokens, tk, cs) || /^(next|tomorrow)\b/i.test(d.text)) continue;
    if (ctx.st.relative[tk] && !ctx.st.relative[i]) {
      // "X, who visited Damascus on Dec. 12, met Y then": the subject's relative clause, when nothing else dates the verb.
      if (tk < i && d.date) aside = d;
      continue;
    }
    const after = doc.tokens[Math.max(i, Math.min(listEnd, ce) - 1)]!.end;
    const dist = d.start >= after ? d.start - after : d.start >= at ? d.start - at : (at - d.end) * 1.2;
    if (dist < bestDist) {
      bestDist = dist;
      best = d;
    }
  }
  if (!best && aside) {
    // The verb right after the relative clause, or "met Y then".
    const t = doc.tokens;
    let k = i - 1;
    while (k > cs && t[k]!.kind === "word" && /^(also|then|later|had|has|have)$/.test(t[k]!.lower)) k--;
    if (t[k]?.text === "," && ctx.st.relative[k - 1]) return aside;
    for (let q = i + 1; q < Math.min(ce, i + 8); q++) if (t[q]!.lower === "then") return aside;
  }
  return best;
}

const FUTURE_CUES = new Set(["upcoming", "forthcoming", "scheduled", "planned", "future", "next", "expected", "proposed"]);

/** "the upcoming summit in Xian in May 2023", "the scheduled visit to China": when and where of another, future event. */
function otherEvent(t: Doc["tokens"], k: number, cs: number): boolean {
  for (let q = k - 1; q >= Math.max(cs, k - 8); q--) {
    const x = t[q]!;
    if (x.text === "," || x.text === ";" || x.lower === "and") return false;
    if (FUTURE_CUES.has(x.lower)) return true;
  }
  return false;
}

export interface PlacePick {
  readonly place: Place;
  readonly tokStart: number;
  readonly tokEnd: number;
}

export function pickPlace(ctx: Context, i: number, [cs, ce]: [number, number]): PlacePick | null {
  const { doc } = ctx;
  const t = doc.tokens;
  let best: PlacePick | null = null;
  let bestDist = Infinity;
  const consider = (p: PlacePick): void => {
    const dist = p.tokStart >= i ? p.tokStart - i : (i - p.tokStart) * 1.5;
    if (dist < bestDist) {
      bestDist = dist;
      best = p;
    }
  };
  // "travelled to Bamako, where he met X": the place "where" stands for.
  for (let k = i - 1; k >= Math.max(cs, i - 4); k--) {
    if (t[k]!.lower !== "where") continue;
    const before = t[k - 1]?.text === "," ? k - 2 : k - 1;
    const m = before >= 0 && doc.claim[before]! >= 0 ? doc.mentions[doc.claim[before]!]! : null;
    if (m && m.kind === "place" && m.tokEnd === before + 1 && m.entity !== -2 && m.place && m.place.kind !== "region") {
      return { place: m.place, tokStart: m.tokStart, tokEnd: m.tokEnd };
    }
    break;
  }
  for (let k = cs; k < ce; k++) {
    if (ctx.st.paren[k]) continue;
    if (ctx.st.relative[k] && !ctx.st.relative[i]) {
      // "X welcomed Y, who is on a visit to Australia": the host country of a participant's visit.
      const v = visitHost(ctx, k);
      if (v) {
        consider({ ...v, tokStart: k });
        k = v.tokEnd - 1;
      }
      continue;
    }
    // "at Seri Mutiara here": the town the story is filed from.
    if (t[k]!.lower === "here" && ctx.dateline && !/^(in|at|is|are|was|were)$/.test(t[k + 1]?.lower ?? "")) {
      consider({ place: ctx.dateline.place, tokStart: k, tokEnd: k + 1 });
      continue;
    }
    const m = doc.claim[k]! >= 0 ? doc.mentions[doc.claim[k]!]! : null;
    if (m && m.kind === "place" && m.tokStart === k && otherEvent(t, k, cs)) {
      k = m.tokEnd - 1;
      continue;
    }
    if (m && m.kind === "place" && m.tokStart === k && m.entity !== -2 && m.place && m.place.kind !== "region" && !ctx.qualifierPlaces.has(m.id)) {
      const next = t[m.tokEnd];
      // "at Bellevue Palace": a building named after a town is no visit to the town.
      const building = next !== undefined && next.kind === "word" && next.cap && NON_PERSON_HEADS.has(next.lower);
      // "the Saudi capital": the country's capital.
      const capital = next?.lower === "capital" && m.place.kind === "country" && m.place.countryCode ? capitalOf(m.place.countryCode) : undefined;
      if (capital && venuePreposition(t, k)) consider({ place: capital, tokStart: k, tokEnd: m.tokEnd + 1 });
      else if (!building && (venuePreposition(t, k) || venueApposition(ctx, k))) consider({ place: m.place, tokStart: k, tokEnd: m.tokEnd });
      k = m.tokEnd - 1;
      continue;
    }
    // "the Kenyan capital", "Japan's capital"; "in the capital" of the country the story is filed from.
    if (t[k]!.lower === "capital" && venuePreposition(t, k - 1)) {
      const d = doc.demonym[k - 1];
      const owner = t[k - 1]?.kind === "poss" ? doc.mentions[doc.claim[k - 2]!] : undefined;
      const bare = t[k - 1]?.lower === "the" && !(doc.claim[k + 1]! >= 0 && doc.mentions[doc.claim[k + 1]!]!.kind === "place");
      const code = d?.countryCode ?? (owner?.kind === "place" ? owner.place?.countryCode : null) ?? (bare ? ctx.dateline?.place.countryCode : null);
      const cap = code ? capitalOf(code) : undefined;
      if (cap) consider({ place: cap, tokStart: k - 1, tokEnd: k + 1 });
    }
    // "talks at the Kremlin", "received at Malacañang Palace": the capital the seat of government is in.
    if (t[k]!.kind === "word" && t[k]!.cap && venuePreposition(t, k)) {
      const seat = seatAt(t, k);
      const cap = seat ? capitalOf(seat.countryCode) : undefined;
      if (seat && cap) {
        consider({ place: cap, tokStart: k, tokEnd: seat.tokEnd });
        k = seat.tokEnd - 1;
      }
    }
  }
  return best;
}

const fold = (w: string): string => w.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

/** The longest seat of government named from token k ("the Kremlin", "Great Hall of the People"). */
function seatAt(t: Doc["tokens"], k: number): { countryCode: string; tokEnd: number } | null {
  let key = "";
  let found: { countryCode: string; tokEnd: number } | null = null;
  for (let q = k; q < Math.min(t.length, k + 5); q++) {
    const x = t[q]!;
    if (x.kind !== "word" && x.kind !== "num") break;
    key = q === k ? fold(x.text) : `${key} ${fold(x.text)}`;
    const code = SEATS_OF_GOVERNMENT.get(key);
    if (code) found = { countryCode: code, tokEnd: q + 1 };
  }
  return found;
}

/** "a visit to Australia", "visiting Kenya" at token k: the place visited. */
function visitHost(ctx: Context, k: number): { place: Place; tokEnd: number } | null {
  const { doc } = ctx;
  const m = doc.claim[k]! >= 0 ? doc.mentions[doc.claim[k]!]! : null;
  if (!m || m.kind !== "place" || m.tokStart !== k || m.entity === -2 || !m.place || m.place.kind === "region") return null;
  const t = doc.tokens;
  const prev = t[k - 1]?.lower ?? "";
  if (/^visit(ing|ed)?$/.test(prev) || (prev === "to" && /^(visit|trip|tour)$/.test(t[k - 2]?.lower ?? ""))) return { place: m.place, tokEnd: m.tokEnd };
  return null;
}

/**
 * "at the Presidential Villa, Abuja", "at State House, Nairobi", "at State House Port Lemaire": the town after a named
 * venue. Not the country after a town ("in Doha, Qatar"): the town is the nearer place.
 */
function venueApposition(ctx: Context, k: number): boolean {
  const { doc } = ctx;
  const t = doc.tokens;
  const comma = t[k - 1]?.text === ",";
  let p = comma ? k - 2 : k - 1;
  const before = p >= 0 && doc.claim[p]! >= 0 ? doc.mentions[doc.claim[p]!]! : null;
  if (before && before.kind === "place" && before.place?.kind === "city") return false;
  const last = p;
  let building = false;
  while (p >= 0 && t[p]!.kind === "word" && t[p]!.cap) {
    if (NON_PERSON_HEADS.has(t[p]!.lower) || VENUE_HEADS.has(t[p]!.lower)) building = true;
    p--;
  }
  if (p === last || (!comma && !building)) return false;
  if (t[p]?.lower === "the") p--;
  return t[p] !== undefined && PLACE_PREPS.has(t[p]!.lower);
}

/** Words that end the name of a building where leaders receive visitors: "State House", "Merdeka Palace". */
const VENUE_HEADS = new Set(["house", "palace", "villa", "office", "offices", "residence", "lodge", "ministry", "building", "headquarters", "hall", "secretariat", "chancellery", "mansion", "castle"]);

/** Whether the place at token k is where something happened: "in Nairobi", "visit to Tokyo", "visited Kenya". */
function venuePreposition(t: Doc["tokens"], k: number): boolean {
  let p = k - 1;
  while (p >= 0 && (t[p]!.lower === "the" || t[p]!.kind === "poss" || (t[p]!.kind === "word" && t[p]!.cap && p === k - 1 && t[p - 1]?.lower === "the"))) p--;
  const prev = t[p];
  if (!prev) return false;
  // "the war in Gaza", "the crisis in Sudan": what happens there, not where they met.
  if (prev.lower === "in" && TOPIC_NOUNS.has(t[p - 1]?.lower ?? "")) return false;
  if (PLACE_PREPS.has(prev.lower)) return true;
  if (/^visit(ed|ing|s)?$/.test(prev.lower)) return true;
  if (prev.lower === "to" || prev.lower === "into") {
    for (let q = p - 1; q >= Math.max(0, p - 4); q--) if (TRAVEL_WORDS.has(t[q]!.lower)) return true;
  }
  return false;
}

export function tripDestination(ctx: Context, d: MeetingDraft): { place: Place; date: DateExpression | null } | null {
  const { doc } = ctx;
  const s = doc.sentences[d.sentence]!;
  const prev = doc.sentences[d.sentence - 1];
  if (!prev || prev.paragraph !== s.paragraph) return null;
  const subject = ctx.entities.subjects[prev.index]!;
  if (subject < 0 || !d.participants.has(subject)) return null;
  for (let k = prev.tokStart; k < prev.tokEnd; k++) {
    const m = doc.claim[k]! >= 0 ? doc.mentions[doc.claim[k]!]! : null;
    if (!m || m.kind !== "place" || m.tokStart !== k || m.entity === -2 || !m.place || m.place.kind === "region") continue;
    const before = doc.tokens[k - 1]?.lower;
    const before2 = doc.tokens[k - 2]?.lower ?? "";
    if ((before === "to" || before === "in") && TRAVEL_WORDS.has(before2)) {
      const date = findDates(doc.text, prev.start, prev.end, ctx.ref).find((x) => !x.bound) ?? null;
      return { place: m.place, date };
    }
  }
  return null;
}

/**
 * "met X at the State House" after "sworn in at State House, Nairobi" earlier: the town a named building was placed in
 * elsewhere in the article.
 */
export function namedVenueTown(ctx: Context, sentence: number): Place | null {
  const { doc } = ctx;
  const t = doc.tokens;
  const s = doc.sentences[sentence]!;
  for (let k = s.tokStart; k < s.tokEnd; k++) {
    if (!VENUE_HEADS.has(t[k]!.lower) || !t[k]!.cap) continue;
    let a = k;
    while (a - 1 >= s.tokStart && t[a - 1]!.kind === "word" && t[a - 1]!.cap) a--;
    const prep = t[a - 1]?.lower === "the" ? t[a - 2] : t[a - 1];
    if (!prep || !PLACE_PREPS.has(prep.lower)) continue;
    const name = t.slice(a, k + 1).map((x) => x.lower);
    for (let q = 0; q + name.length < t.length; q++) {
      if (doc.sentenceOf[q] === sentence || !name.every((w, n) => t[q + n]!.lower === w)) continue;
      let r = q + name.length;
      if (t[r]?.text === "," || t[r]?.lower === "in") r++;
      else continue;
      const m = doc.claim[r]! >= 0 ? doc.mentions[doc.claim[r]!]! : null;
      if (m && m.kind === "place" && m.tokStart === r && m.place && m.place.kind === "city") return m.place;
    }
  }
  return null;
}
