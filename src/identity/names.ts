/**
 * Name folding and the name key: the one definition of "these two spellings are the same name", used by
 * extraction (within an article), the load plan (across the corpus) and queries (lookups by any name form).
 */
import { NAME_PARTICLES } from "../extract/text/lexicon.js";

// Words that vary between spellings of one name ("Samir Qabbani" / "Samir al-Qabbani", "Yusuf bin Tarek" /
// "Yusuf Tarek", "the Pentagon" / "Pentagon") and so carry no identity.
const KEY_DROPPED: ReadonlySet<string> = new Set([...NAME_PARTICLES, "ad", "the"]);

/** Folds case, diacritics and curly apostrophes: "Çavuşoğlu" and "cavusoglu" compare equal. */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  if (/^[a-z0-9 '-]*$/.test(lower)) return lower;
  return lower.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[’`]/g, "'");
}

const wordsCache = new Map<string, readonly string[]>();

/**
 * The words of a name's key: folded, possessive and apostrophes dropped, particles ("al-", "bin", "von")
 * dropped, a hyphenated given name kept as one word. Empty when the name is only particles or punctuation.
 */
export function nameWords(name: string): string[] {
  const hit = wordsCache.get(name);
  if (hit) return hit as string[];
  if (wordsCache.size > 50_000) wordsCache.clear();
  const words = computeWords(name);
  wordsCache.set(name, words);
  return words;
}

function computeWords(name: string): string[] {
  const out: string[] = [];
  for (const raw of name.split(/\s+/)) {
    // A nickname in quotes ("Ramon “Bongo” Castel") is no part of the name's key: the plain form is the same person.
    if (/^["“‘'].+["”’']$/u.test(raw)) continue;
    let w = fold(raw).replace(/'s$/, "");
    const dash = w.indexOf("-");
    if (dash > 0 && KEY_DROPPED.has(w.slice(0, dash))) w = w.slice(dash + 1);
    w = w.replace(/'/g, "").replace(/[^\p{L}\p{N}-]+/gu, "").replace(/^-+|-+$/g, "");
    if (!w || KEY_DROPPED.has(w)) continue;
    out.push(w);
  }
  return out;
}

/** The identity key of a name: two forms with the same key are the same entity. */
export function nameKey(name: string): string {
  const words = nameWords(name);
  if (words.length > 0) return words.join(" ");
  // Only particles ("Al"): keep them rather than give every such name the empty key.
  return fold(name).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** Plain search terms of a name (every word, particles included), for full-text lookups. */
export function searchTerms(name: string): string[] {
  return fold(name)
    .replace(/['’`]s\b/g, "")
    .replace(/['’`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
}

/** Whether a name form carries a particle ("al-Sharaa", "von der Leyen"): the fuller spelling of two with one key. */
export function hasParticle(name: string): boolean {
  return name.split(/\s+/).some((w) => {
    const f = fold(w);
    const dash = f.indexOf("-");
    return NAME_PARTICLES.has(f) || (dash > 0 && NAME_PARTICLES.has(f.slice(0, dash)));
  });
}

/** Particles that make the next word a parent's name: "Omar bin Khalid", "Sidi Ahmed Ould Salem". */
const PATRONYMIC: ReadonlySet<string> = new Set(["bin", "ibn", "bint", "ben", "ould", "binti", "walad"]);

/**
 * Whether a name form can name a father inside it ("bin", "ould", or an "Al" before the family's "Al"): only then
 * may `wordRole` find one, so callers skip the split for most names.
 */
export function namesAFather(form: string): boolean {
  return PATRONYMIC_RE.test(form) || DOUBLE_AL_RE.test(form);
}
const PATRONYMIC_RE = /\b(bin|ibn|bint|ben|ould|binti|walad)\b/i;
const DOUBLE_AL_RE = /\bal\b.*\bal\b/i;

/**
 * Where the word `first` stands in the name form `form`: "absent" when it is not there, else whether a
 * patronymic particle comes right before it ("father") or not ("own"). "Khalid bin Saif" is the father named in
 * "Omar bin Khalid bin Saif", not a shorter form of it.
 */
export function wordRole(first: string, form: string): "absent" | "father" | "own" {
  const words = form.split(/[\s-]+/).map((w) => fold(w).replace(/[^\p{L}]+/gu, ""));
  const i = words.indexOf(first);
  if (i < 0) return "absent";
  if (i > 0 && PATRONYMIC.has(words[i - 1]!)) return "father";
  // "Karim Al Hasan Al Fadil": between a given name and the family's "Al", an "Al" names the father's line.
  if (i > 1 && words[i - 1] === "al" && words.indexOf("al", i + 1) > i) return "father";
  return "own";
}

/**
 * Whether the shorter key `a` can be another form of the name with key `b` (both as words): equal, a surname,
 * or an ordered subset that keeps the surname or at least two words from the start. A shared given name alone
 * is never enough ("Samir al-Rifai" is not "Samir al-Qabbani").
 */
export function nameCompatible(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  // "Abdel-Karim X" and "Abdel Karim X": a hyphenated given name is its parts.
  if (a.some(hyphenated) || b.some(hyphenated)) return nameCompatible(a.flatMap(parts), b.flatMap(parts));
  if (a.length > b.length) return nameCompatible(b, a);
  if (a.length === 1) return b.indexOf(a[0]!) > 0;
  let k = 0;
  for (const w of b) if (k < a.length && sameWord(a[k]!, w, k < a.length - 1)) k++;
  if (k < a.length) return false;
  return a[a.length - 1] === b[b.length - 1] || a.every((w, i) => b[i] === w);
}

const hyphenated = (w: string): boolean => w.length > 2 && w.indexOf("-", 1) > 0 && !w.endsWith("-");
const parts = (w: string): string[] => (hyphenated(w) ? w.split("-").filter(Boolean) : [w]);

/** A word of a name, or before the last word an initial of it ("Maria R. X" and "Maria Rosa X"). */
function sameWord(w: string, x: string, initialAllowed: boolean): boolean {
  return w === x || (initialAllowed && w.length === 1 && x.startsWith(w));
}
