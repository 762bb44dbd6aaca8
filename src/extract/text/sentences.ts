/** Sentence and paragraph boundaries over tokens. */
import { STOPWORDS } from "./lexicon.js";
import type { Token } from "./tokens.js";

export interface Sentence {
  readonly index: number;
  /** Token range [tokStart, tokEnd). */
  readonly tokStart: number;
  readonly tokEnd: number;
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  /** Title-cased line without closing punctuation (headings, teasers): capitalisation says nothing there. */
  readonly headline: boolean;
}

const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep", "prof", "jr", "sr", "inc", "ltd",
  "co", "corp", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "e.g", "i.e", "adm", "maj", "brig", "cmdr", "rev", "hon", "mt", "ft", "lieut", "engr", "amb", "pres", "supt", "insp",
]);
const CLOSERS = new Set(["”", "\"", "’", "'", ")", "]", "»"]);
const ENDERS = new Set([".", "!", "?", "…"]);

export function splitSentences(tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = -1;
  let begin = 0;
  const close = (endTok: number): void => {
    if (endTok <= begin) return;
    const first = tokens[begin]!;
    const last = tokens[endTok - 1]!;
    out.push({
      index: out.length,
      tokStart: begin,
      tokEnd: endTok,
      start: first.start,
      end: last.end,
      paragraph,
      headline: isHeadline(tokens, begin, endTok),
    });
    begin = endTok;
  };
  const wrapped = hardWrapped(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.paraBreak && !(wrapped && i > 0 && softBreak(tokens, i))) {
      close(i);
      paragraph++;
      begin = i;
    }
    if (!ENDERS.has(t.text)) continue;
    const prev = tokens[i - 1];
    if (t.text === "." && prev && prev.kind === "word") {
      // "… met Lo Sen. The talks …": an abbreviation's dot still ends a sentence before a capitalised function word.
      const after = tokens[i + 1];
      if (ABBREVIATIONS.has(prev.lower) && !(after?.kind === "word" && after.cap && STOPWORDS.has(after.lower))) continue;
      // An initial ("J. Doe"), unless a function word follows: "King Tonu V. The visit …".
      if (prev.text.length === 1 && /\p{Lu}/u.test(prev.text) && !(after?.kind === "word" && after.cap && STOPWORDS.has(after.lower))) continue;
      // "Kh.Bat": an initial of two letters glued to the name by its dot.
      if (/^\p{Lu}\p{Ll}$/u.test(prev.text) && prev.end === t.start && after?.start === t.end && after.kind === "word" && after.cap) continue;
    }
    let j = i + 1;
    // A straight quote after a space that touches the next word opens the next sentence (`. "Borders`).
    while (j < tokens.length && CLOSERS.has(tokens[j]!.text) && !tokens[j]!.paraBreak && !opensNext(tokens, j)) j++;
    const next = tokens[j];
    if (next && (!next.paraBreak || (wrapped && softBreak(tokens, j)))) {
      const opensSentence = next.cap || next.kind === "num" || /^[“"‘'(\[«]$/.test(next.text) || next.allCaps;
      if (!opensSentence) continue;
    }
    close(j);
    i = j - 1;
  }
  close(tokens.length);
  return out;
}

function opensNext(tokens: readonly Token[], j: number): boolean {
  const q = tokens[j]!;
  if (q.text !== '"' && q.text !== "'") return false;
  const next = tokens[j + 1];
  return q.start > tokens[j - 1]!.end && next !== undefined && next.start === q.end;
}

/** A line break inside a sentence: the line before ends without closing punctuation. */
function softBreak(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]!;
  return !(ENDERS.has(prev.text) || CLOSERS.has(prev.text) || prev.text === ":" || prev.text === ";");
}

/**
 * Wire copy hard-wrapped at a fixed width ("… attended by Chief Minister Northland⏎Ali Raza Khan, …"): most line
 * breaks fall inside sentences, so only breaks after closing punctuation end a paragraph.
 */
function hardWrapped(tokens: readonly Token[]): boolean {
  let breaks = 0;
  let soft = 0;
  let lower = 0;
  for (let i = 1; i < tokens.length; i++) {
    if (!tokens[i]!.paraBreak) continue;
    breaks++;
    if (!softBreak(tokens, i)) continue;
    soft++;
    if ((tokens[i]!.kind === "word" && !tokens[i]!.cap) || (tokens[i - 1]!.kind === "word" && !tokens[i - 1]!.cap)) lower++;
  }
  return soft >= 4 && lower >= 2 && soft * 5 >= breaks * 3;
}

function isHeadline(tokens: readonly Token[], from: number, to: number): boolean {
  const last = tokens[to - 1]!;
  // A line ending in ";" or "," is an item of a list, not a heading ("2. Jane Doe, Ambassador of …;").
  if (last.text === ";" || last.text === ",") return false;
  if (ENDERS.has(last.text) || (CLOSERS.has(last.text) && to - 2 >= from && ENDERS.has(tokens[to - 2]!.text))) return false;
  // An item of a list ("2.⏎A B, Ambassador of …;"): a line ending in a list separator, or after a numbered marker.
  if (last.text === ";" || last.text === "," || last.lower === "and") return false;
  const before = tokens[from - 1];
  if (before && (before.text === ":" || (before.text === "." && tokens[from - 2]?.kind === "num" && tokens[from - 2]!.paraBreak))) return false;
  let words = 0;
  let caps = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || STOPWORDS.has(t.lower)) continue;
    words++;
    if (t.cap) caps++;
  }
  // Headings are short; a long title-cased run is a sentence crowded with names and titles.
  return words >= 2 && words <= 16 && caps / words >= 0.7;
}
