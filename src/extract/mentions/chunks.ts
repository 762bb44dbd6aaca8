/** Runs of capitalised words and the checks shared by the mention finders. */
import { claimedBy, type Analysis, type Doc, type Mention, type Qualifier } from "../text/document.js";
import { STOPWORDS, MONTHS, POST_NOMINALS, WEEKDAYS } from "../text/lexicon.js";
import { isBareAbbreviation, isParticle, isTitleWord, titleChainAt } from "../entities/names.js";
import type { Token } from "../text/tokens.js";
import { isCommonWord } from "../text/words.js";

const OPENING = new Set(["“", "\"", "‘", "'", "(", "[", ":", "–", "—", "«", "-"]);

/** Capitalisation says nothing at the start of a sentence or after an opening quote or dash. */
export function atSentenceStart(doc: Doc, i: number): boolean {
  const s = doc.sentences[doc.sentenceOf[i]!]!;
  let k = i - 1;
  while (k >= s.tokStart && OPENING.has(doc.tokens[k]!.text)) k--;
  return k < s.tokStart || k < i - 1;
}

export function isCapWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && t.cap;
}

/** Skips sentence-initial function or common words ("The", "According", "Days"). */
export function skipInitial(a: Analysis, i: number, limit: number): number {
  const { doc } = a;
  while (i < limit && atSentenceStart(doc, i)) {
    const t = doc.tokens[i]!;
    if (t.kind !== "word") break;
    if (!(STOPWORDS.has(t.lower) || (isCommonWord(t.lower) && !isTitleWord(t) && !doc.demonym[i]))) break;
    i++;
    if (i < limit && doc.tokens[i]!.kind !== "word") break;
  }
  return i;
}

/** Honorifics that may stand inside a name: "Abdi Sheikh Warsame", a patronymic "Awang Razak Tun Seman". */
const HONORIFICS_IN_NAMES = new Set(["sheikh", "sheik", "shaikh", "tun"]);

const OPEN_QUOTES = new Set(["“", "\"", "'", "‘"]);
const CLOSE_QUOTES = new Set(["”", "\"", "'", "’"]);

/** A run of capitalised name words from i (particles allowed inside); [start, end) or null. */
export function nameChunk(a: Analysis, i: number, limit: number): [number, number] | null {
  const { doc } = a;
  const { tokens } = doc;
  let j = i;
  while (j < limit) {
    const t = tokens[j]!;
    const owner = claimedBy(doc, j);
    // An honorific inside a name ("Abdi Sheikh Warsame") is part of it; other title words end the name.
    const inner = j > i && HONORIFICS_IN_NAMES.has(t.lower) && isCapWord(tokens[j + 1]) && !titleChainAt(tokens, j + 1, limit);
    if (isCapWord(t) && !a.adjectival[j] && (inner || !(j > i && titleChainAt(tokens, j, limit) && !isBareAbbreviation(tokens, j))) && !WEEKDAYS.has(t.lower)) {
      if (MONTHS.has(t.lower) && tokens[j + 1]?.kind === "num") break;
      // A headline's "Prime Minister X Invited to Meeting": a participle before "to" ends the name.
      if (j > i && /^[a-z]{3,}ed$/.test(t.lower) && isCommonWord(t.lower) && /^(to|by|for|with|as|in|at)$/.test(tokens[j + 1]?.lower ?? "")) break;
      const onePlace = owner !== null && owner.kind === "place" && owner.tokEnd === j + 1 && owner.tokStart === j;
      const city = onePlace && owner.place?.kind === "city";
      // A one-word place inside a name ("Israel Katz", "Luís Montenegro"), or a city first when a name word
      // follows ("Victoria Nuland").
      // (Not after "of", "in" or "from": "mayors of <City> Jan Doe" is the city and a name of its own.)
      const ofPlace = j === i && /^(of|in|from)$/.test(tokens[i - 1]?.lower ?? "") && isCapWord(tokens[j + 2]);
      if (owner && !((onePlace && j > i) || (city && !ofPlace && isCapWord(tokens[j + 1]) && !claimedBy(doc, j + 1) && !titleChainAt(tokens, j + 1, limit)))) break;
      // A demonym starts no name, and ends one before a title ("in Cairo Egyptian President …").
      if (doc.demonym[j] && (j === i || titleChainAt(tokens, j + 1, limit))) break;
      j++;
      continue;
    }
    // A middle initial: "Anna J. Berg", and "Milo J. Leeds" with a one-word place as the surname.
    const afterInitial = claimedBy(doc, j + 1);
    const surnamePlace = afterInitial !== null && afterInitial.kind === "place" && afterInitial.tokStart === j + 1 && afterInitial.tokEnd === j + 2;
    if (j > i && j + 1 < limit && t.kind === "punct" && t.text === "." && tokens[j - 1]!.text.length === 1 && tokens[j - 1]!.cap && isCapWord(tokens[j + 1]) && (!afterInitial || surnamePlace)) {
      j++;
      continue;
    }
    // "Kh.Bat", "Ts.Dorj": a father's initial of two letters glued to the name by its full stop.
    if (t.kind === "punct" && t.text === "." && j > i && j + 1 < limit && j - 1 === i && /^[A-Z][a-z]$/.test(tokens[i]!.text) && tokens[i]!.end === t.start && tokens[j + 1]?.start === t.end && isCapWord(tokens[j + 1])) {
      j++;
      continue;
    }
    // A nickname in quotes between given name and surname: "Ramon “Bongo” Castel".
    if (j > i && t.kind !== "word" && OPEN_QUOTES.has(t.text) && isCapWord(tokens[j + 1]) && CLOSE_QUOTES.has(tokens[j + 2]?.text ?? "") && isCapWord(tokens[j + 3]) && !claimedBy(doc, j + 3) && j + 3 < limit) {
      j += 3;
      continue;
    }
    if (j > i && isParticle(t)) {
      // "von der Leyen", "bin Salman": particles, possibly several, then a capitalised word.
      let k = j;
      while (k < limit && isParticle(tokens[k]!)) k++;
      // ("Given del <City> Family": a one-word city after the particle, with more of the name after it.)
      const owner = claimedBy(doc, k);
      // ("Given Middle Family de <City>": or closing a name of two words or more before the particle.)
      const oneCity = owner !== null && owner.kind === "place" && owner.place?.kind === "city" && owner.tokStart === k && owner.tokEnd === k + 1;
      const cityInName = oneCity && ((isCapWord(tokens[k + 1]) && !claimedBy(doc, k + 1) && k + 1 < limit) || j - i >= 2);
      if (isCapWord(tokens[k]) && (!owner || cityInName)) {
        j = k;
        continue;
      }
    }
    break;
  }
  // "Jane Doe AC CVO", "John Roe MP": honours written after the name are no part of it.
  while (j - i > 2 && tokens[j - 1]!.allCaps && POST_NOMINALS.has(tokens[j - 1]!.lower)) j--;
  // "Ferdinand Marcos Jr."
  if (j > i && j < limit && /^(jr|sr|ii|iii|iv)$/i.test(tokens[j]!.text)) j++;
  if (j - 1 > i && /^(jr|sr)$/i.test(tokens[j - 1]!.text) && tokens[j]?.text === "." && j < limit) j++;
  return j > i ? [i, j] : null;
}

export function unclaimPlaces(doc: Doc, from: number, to: number): void {
  for (let k = from; k < to; k++) {
    const m = claimedBy(doc, k);
    if (m && m.kind === "place") {
      m.entity = -2;
      doc.claim[k] = -1;
    }
  }
}

export function lastCountryBefore(doc: Doc, i: number): Mention | null {
  for (let k = doc.mentions.length - 1; k >= 0; k--) {
    const m = doc.mentions[k]!;
    if (m.kind === "place" && m.place?.kind === "country" && m.tokEnd <= i && m.entity !== -2) return m;
  }
  return null;
}

export function qualifierOf(m: Mention): Qualifier {
  if (m.kind === "place" && m.place) {
    return { kind: m.place.kind === "country" ? "country" : "place", name: m.place.name, countryCode: m.place.countryCode, mention: m.id };
  }
  return { kind: "org", name: m.text, countryCode: null, mention: m.id };
}

/** "…, also known as X" / "… (aka X)": the index of the comma or parenthesis before the cue when token `at` starts X, else -1. */
export function aliasCue(doc: Doc, at: number): number {
  const t = doc.tokens;
  let k = at - 1;
  if (t[k]?.lower === "as" && /^(known|called|dubbed|nicknamed|named)$/.test(t[k - 1]?.lower ?? "")) k -= 2;
  else if (/^(aka|alias)$/.test(t[k]?.lower ?? "")) k -= 1;
  else return -1;
  while (k >= 0 && /^(also|widely|better|popularly|locally|commonly|formerly|officially|more)$/.test(t[k]!.lower)) k--;
  return t[k]?.text === "," || t[k]?.text === "(" ? k : -1;
}

/** The mention right before ", (also) known as" when token `at` starts the other name, if any. */
export function aliasAntecedent(doc: Doc, at: number): Mention | null {
  const k = aliasCue(doc, at);
  return k > 0 ? claimedBy(doc, k - 1) : null;
}
