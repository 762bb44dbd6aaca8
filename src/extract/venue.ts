/** Where and when a meeting took place: the date expression and the place nearest its trigger in the clause. */
import { findDates, type DateExpression } from "./dates.js";
import type { Doc } from "./document.js";
import type { Context, MeetingDraft } from "./meeting-context.js";
import { capitalOf, type Place } from "./places.js";
import type { Sentence } from "./sentences.js";
const TRAVEL_WORDS = new Set([
  "visit", "visits", "visited", "visiting", "trip", "trips", "travelled", "traveled", "travel", "travels", "flew", "arrived", "arrival",
  "came", "went", "headed", "returned", "journey", "tour", "toured", "stop", "stopover", "stay",
]);

const PLACE_PREPS = new Set(["in", "at", "inside"]);

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

export function pickDate(ctx: Context, s: Sentence, i: number, [cs, ce]: [number, number]): DateExpression | null {
  const { doc } = ctx;
  if (ctx.datesSentence !== s.index) {
    ctx.dates = findDates(doc.text, s.start, s.end, ctx.ref);
    ctx.datesSentence = s.index;
  }
  const at = doc.tokens[i]!.start;
  let best: DateExpression | null = null;
  let bestDist = Infinity;
  for (const d of ctx.dates) {
    if (d.bound) continue;
    const tk = tokenAtChar(doc, d.start);
    if (tk < cs || tk >= ce || ctx.st.paren[tk] || (ctx.st.relative[tk] && !ctx.st.relative[i])) continue;
    const dist = d.start >= at ? d.start - at : (at - d.end) * 1.2;
    if (dist < bestDist) {
      bestDist = dist;
      best = d;
    }
  }
  return best;
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
  for (let k = cs; k < ce; k++) {
    if (ctx.st.paren[k] || (ctx.st.relative[k] && !ctx.st.relative[i])) continue;
    const m = doc.claim[k]! >= 0 ? doc.mentions[doc.claim[k]!]! : null;
    if (m && m.kind === "place" && m.tokStart === k && m.entity !== -2 && m.place && m.place.kind !== "region" && !ctx.qualifierPlaces.has(m.id)) {
      if (venuePreposition(t, k)) consider({ place: m.place, tokStart: k, tokEnd: m.tokEnd });
      k = m.tokEnd - 1;
      continue;
    }
    // "the Kenyan capital", "Japan's capital"
    if (t[k]!.lower === "capital" && venuePreposition(t, k - 1)) {
      const d = doc.demonym[k - 1];
      const owner = t[k - 1]?.kind === "poss" ? doc.mentions[doc.claim[k - 2]!] : undefined;
      const code = d?.countryCode ?? (owner?.kind === "place" ? owner.place?.countryCode : null);
      const cap = code ? capitalOf(code) : undefined;
      if (cap) consider({ place: cap, tokStart: k - 1, tokEnd: k + 1 });
    }
  }
  return best;
}

/** Whether the place at token k is where something happened: "in Nairobi", "visit to Tokyo", "visited Kenya". */
function venuePreposition(t: Doc["tokens"], k: number): boolean {
  let p = k - 1;
  while (p >= 0 && (t[p]!.lower === "the" || t[p]!.kind === "poss" || (t[p]!.kind === "word" && t[p]!.cap && p === k - 1 && t[p - 1]?.lower === "the"))) p--;
  const prev = t[p];
  if (!prev) return false;
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
