/** Clause structure inside a sentence: parentheticals, clause bounds, and lists of people ("A, the X of Y, and B"). */
import type { Entities } from "./coreference.js";
import { claimedBy, type Doc, type Mention } from "../text/document.js";

export interface Structure {
  /** Token is inside a parenthetical: (…) or – … –. */
  readonly paren: Uint8Array;
  /** Token is inside a ", who/which …," relative clause. */
  readonly relative: Uint8Array;
  /** Person-referring mention starting at a token (name, resolved role, group, subject pronoun). */
  readonly startAt: Map<number, Mention>;
  /** Person-referring mention ending at a token. */
  readonly endAt: Map<number, Mention>;
  /** Number of person-referring mentions in each sentence. */
  readonly peopleIn: Int32Array;
}

const DASHES = new Set(["–", "—", "-"]);

/** A dash between spaces; a hyphen glued to words ("U.N.-backed") joins them. */
function isDash(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (!DASHES.has(t.text) || t.kind !== "punct") return false;
  if (t.text !== "-") return true;
  const prev = doc.tokens[i - 1];
  const next = doc.tokens[i + 1];
  return !(prev && prev.end === t.start && next && next.start === t.end);
}
const RELATIVES = new Set(["who", "which", "whom", "whose"]);

// Reporters often leave out the comma that closes ", who …": a second finite verb of meeting ends the clause.
const CLOSING_VERBS = new Set(["met", "held", "hosted", "received", "welcomed"]);
const FINITE = /^(is|was|are|were|has|had|have)$/;
const NOT_CLOSING = new Set(["and", "or", "but", "who", "that", "which", "he", "she", "they", "we", "it", "has", "had", "have", "was", "were", "is", "are", "be", "been", "being", "to"]);

/** "X, who is on his first visit abroad met Y": where a relative clause that lost its closing comma ends. */
function relativeEnd(doc: Doc, from: number, to: number): number {
  let finite = false;
  for (let k = from; k < to; k++) {
    const l = doc.tokens[k]!.lower;
    const before = doc.tokens[k - 1]!.lower;
    if (finite && CLOSING_VERBS.has(l) && !NOT_CLOSING.has(before) && !/ly$/.test(before) && before !== "later" && before !== "earlier") return k;
    // The clause's own verb: an auxiliary, or a past form right after "who" ("who assumed office in May").
    if (FINITE.test(l) || (k === from && /[a-z]ed$/.test(l))) finite = true;
  }
  return to;
}

export function buildStructure(doc: Doc, entities: Entities): Structure {
  const paren = new Uint8Array(doc.tokens.length);
  const relative = new Uint8Array(doc.tokens.length);
  for (const s of doc.sentences) {
    const dashes: number[] = [];
    let depth = 0;
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      const t = doc.tokens[i]!.text;
      if (t === "(" || t === "[") depth++;
      else if ((t === ")" || t === "]") && depth > 0) {
        depth--;
        paren[i] = 1;
      }
      if (depth > 0) paren[i] = 1;
      if (isDash(doc, i)) dashes.push(i);
    }
    for (let k = 0; k + 1 < dashes.length; k += 2) for (let i = dashes[k]!; i <= dashes[k + 1]!; i++) paren[i] = 1;
    for (let i = s.tokStart; i < s.tokEnd - 1; i++) {
      if (doc.tokens[i]!.text !== "," || !RELATIVES.has(doc.tokens[i + 1]!.lower)) continue;
      let j = i + 1;
      while (j < s.tokEnd && doc.tokens[j]!.text !== "," && doc.tokens[j]!.text !== ";") j++;
      if (doc.tokens[j]?.text !== ",") j = relativeEnd(doc, i + 2, j);
      for (let k = i + 1; k < j; k++) relative[k] = 1;
    }
  }
  const startAt = new Map<number, Mention>();
  const endAt = new Map<number, Mention>();
  const rank = (m: Mention): number => (m.kind === "person" ? 3 : m.kind === "role" || m.kind === "group" ? 2 : 1);
  const peopleIn = new Int32Array(doc.sentences.length);
  for (const m of doc.mentions) {
    if (!isPersonRef(doc, m, entities)) continue;
    peopleIn[m.sentence]++;
    const end = mentionEnd(doc, m);
    // Of two mentions starting at one token, the better kind, then the longer one ("Retired General X" over "Retired").
    const a = startAt.get(m.spanStart);
    if (!a || rank(m) > rank(a) || (rank(m) === rank(a) && end > mentionEnd(doc, a))) startAt.set(m.spanStart, m);
    const b = endAt.get(end - 1);
    if (!b || rank(m) > rank(b) || (rank(m) === rank(b) && m.spanStart < b.spanStart)) endAt.set(end - 1, m);
  }
  return { paren, relative, startAt, endAt, peopleIn };
}

function isPersonRef(doc: Doc, m: Mention, entities: Entities): boolean {
  if (m.kind === "person") return m.entity >= 0;
  if (m.kind === "group") return true;
  if (m.kind === "role") return m.entity >= 0 && entities.persons[m.entity] !== undefined;
  if (m.kind === "pronoun") {
    const w = doc.tokens[m.tokStart]!.lower;
    const n = doc.tokens[m.tokStart + 1];
    const objectHer = w === "her" && (!n || n.kind !== "word" || /^(and|in|on|at|to|for|with|by|last|this|during|after|before)$/.test(n.lower));
    return m.entity >= 0 && (/^(he|she|him)$/.test(w) || objectHer);
  }
  return false;
}

/** End of a list item: a role phrase restated by a following name ends after the name. */
export function mentionEnd(doc: Doc, m: Mention): number {
  if (m.kind === "role" && m.apposedPerson >= 0) {
    const p = doc.mentions[m.apposedPerson]!;
    if (p.tokStart > m.tokStart) return Math.max(m.spanEnd, p.spanEnd);
  }
  return m.spanEnd;
}

/** Token range of the clause around token i: bounded by ; : and unpaired dashes, skipping parentheticals. */
export function clauseAround(doc: Doc, st: Structure, i: number): [number, number] {
  const s = doc.sentences[doc.sentenceOf[i]!]!;
  const isBound = (k: number): boolean => {
    const t = doc.tokens[k]!;
    return !st.paren[k] && (t.text === ";" || t.text === ":" || isDash(doc, k));
  };
  let a = i;
  while (a > s.tokStart && !isBound(a - 1)) a--;
  let b = i;
  while (b < s.tokEnd && !isBound(b)) b++;
  return [a, b];
}

export interface ListResult {
  readonly items: Mention[];
  readonly end: number;
}

const LIST_OPENERS = new Set(["both", "and"]);
const REPORTING = new Set(["said", "says", "told", "added", "noted", "reported", "stated", "announced", "confirmed", "wrote", "explained", "stressed"]);
/** Words that may stand before a person's title without being part of it ("visiting Kenyan President X"). */
const PRE_NAME_ADJECTIVES = new Set([
  "visiting", "fellow", "embattled", "exiled", "jailed", "ousted", "veteran", "influential", "powerful", "longtime", "long-time",
  "newly-elected", "newly", "elected", "re-elected", "reelected", "outgoing", "incoming", "beleaguered", "embattled",
  "eastern", "western", "northern", "southern", "central", "renegade", "rebel", "powerful", "strongman", "top", "senior", "ailing", "deposed",
  "hardline", "moderate", "military", "self-declared", "self-proclaimed", "self-styled", "breakaway", "separatist", "de", "facto", "caretaker",
  "transitional", "opposition", "exiled", "junta", "coup", "veteran", "popular", "controversial", "far-right", "far-left", "conservative", "liberal",
  "socialist", "centrist", "populist", "nationalist", "reformist", "islamist", "leftist", "rightist", "ruling",
]);

/**
 * Where the person starts when a description comes first: "the UN Secretary-General's personal envoy, X", "businessman X",
 * "Chilean presidential hopeful X". Returns j itself when none.
 */
export function describedPerson(doc: Doc, st: Structure, j: number, limit: number): number {
  const t = doc.tokens;
  const isPerson = (k: number): boolean => {
    const m = st.startAt.get(k);
    return m !== undefined && (m.kind === "person" || (m.kind === "role" && m.apposedPerson >= 0));
  };
  const titled = titledApposition(doc, st, j, limit);
  if (titled >= 0) return titled;
  // "governors of <P> region A, <Q> region B and mayors of <City> C": the place each one governs.
  {
    let q = j;
    if (/^(governors|mayors|heads|governor|mayor|akims|akim|chiefs)$/.test(t[q]?.lower ?? "") && t[q + 1]?.lower === "of") q += 2;
    const placeAt = (k: number): Mention | null => {
      const m = claimedBy(doc, k);
      return m && m.kind === "place" && m.tokStart === k ? m : null;
    };
    const named = q > j;
    let place = placeAt(q);
    if (place) {
      // ("North <Country>": a region word and a country, one place.)
      while (place) {
        q = place.tokEnd;
        place = placeAt(q);
      }
      const unit = /^(region|province|state|oblast|district|county|city|governorate|prefecture)$/.test(t[q]?.lower ?? "");
      if (unit) q++;
      if ((named || unit) && isPerson(q)) return q;
    }
  }
  let k = j;
  const possessed = /^(his|her|their)$/.test(t[k]?.lower ?? "");
  if (t[k]?.lower === "the" || possessed) k++;
  // "the United Kingdom's Trade Envoy X": a person's phrase that opens on its possessive place.
  if (k > j && isPerson(k) && !possessed) return k;
  // A possessor: "the UN Secretary-General's …"
  let p = k;
  while (p < limit && p < k + 4 && t[p]!.kind === "word" && t[p]!.cap) p++;
  if (p > k && t[p]?.kind === "poss") k = p + 1;
  else if (t[j]?.lower === "the") return j;
  // Lower-case description words or demonyms, then the person.
  for (let n = 0; n < 4 && k < limit; n++, k++) {
    if (isPerson(k)) return k;
    if (t[k]!.text === "," && isPerson(k + 1)) return k + 1;
    // "his counterpart from that country, X", "his counterpart from Peru, X": where the described one comes from.
    if (t[k]!.lower === "from" && n > 0 && !/s$/.test(t[k - 1]!.lower)) {
      let q = /^(that|the|this)$/.test(t[k + 1]?.lower ?? "") ? k + 2 : k + 1;
      const place = claimedBy(doc, q);
      if (place && place.kind === "place" && place.tokStart === q) q = place.tokEnd;
      else if (/^(country|side|nation)$/.test(t[q]?.lower ?? "")) q++;
      else break;
      k = q - 1;
      continue;
    }
    // "his Fijian counterpart X": after a possessive pronoun, capitalised words describe too.
    if (!describes(doc, k, possessed)) break;
  }
  return j;
}

/** Whether token `k` can describe a person before the name: a lower-case word or a demonym (any capitalised word after "his"). */
function describes(doc: Doc, k: number, possessed = false): boolean {
  const w = doc.tokens[k]!;
  // "India's newly-appointed Minister X": a participle joined to "newly" describes; a bare one ("met") does not.
  return w.kind === "word" && !STOP.has(w.lower) && (!/ed$/.test(w.lower) || /^(newly|recently|re)-/.test(w.lower)) && (!w.cap || !!doc.demonym[k] || possessed);
}

const TITLE_LINKS = new Set(["of", "the", "for", "and", "to", "at", "in", "&"]);

/**
 * "the Chilean Ambassador, Marta Ruiz", "the Speaker of the Federal Council (upper house) of the Kingdom of Example, Dr X":
 * a capitalised title phrase restated by the name after a comma. Returns where the person starts, or -1.
 */
function titledApposition(doc: Doc, st: Structure, j: number, limit: number): number {
  const t = doc.tokens;
  let k = j;
  if (t[k]?.lower === "the") k++;
  // "the visiting Presidents of Benin and Chad, X and Y"
  if (t[k]?.lower === "visiting" || t[k]?.lower === "outgoing" || t[k]?.lower === "new") k++;
  if (!(t[k]?.kind === "word" && t[k]!.cap) || st.startAt.has(k)) return -1;
  let caps = 0;
  for (; k < limit && k < j + 25; k++) {
    const w = t[k]!;
    if (w.text === "(") {
      while (k < limit && t[k]!.text !== ")") k++;
      continue;
    }
    if (w.text === ",") {
      const m = st.startAt.get(k + 1);
      return caps > 0 && m && m.kind === "person" ? k + 1 : -1;
    }
    // "Chairman of the Municipal Council Karim X": the title runs into the name.
    if (st.startAt.has(k) && st.startAt.get(k)!.kind === "person") return caps > 0 && k > j ? k : -1;
    if (st.startAt.has(k) && st.startAt.get(k)!.kind !== "role") return -1;
    if (w.kind === "word" && w.cap) caps++;
    // ("Managing Director/Chair of X, Y": two offices joined by a slash.)
    else if (!(w.kind === "word" && TITLE_LINKS.has(w.lower)) && w.kind !== "poss" && w.text !== "/") return -1;
  }
  return -1;
}

const STOP = new Set(["and", "or", "with", "to", "in", "on", "at", "for", "of", "by", "from", "the", "a", "an", "who", "which", "that", "as", "but", "his", "her", "their", "its"]);

/**
 * Where lower-case description words or demonyms right before token `j` begin ("… and Canadian investor X":
 * the index of "Canadian"), read backwards as describedPerson reads them forwards; `j` when there are none.
 */
export function descriptionBefore(doc: Doc, j: number, limit: number): number {
  let k = j;
  for (let n = 0; n < 4 && k - 1 >= limit && describes(doc, k - 1); n++) k--;
  return k;
}

/** Parses "A, the X of Y, and B" from token j: the people listed and where the list ends. */
/** "a visiting Japanese team headed by X": where X starts, after a group noun and "headed/led by"; -1 when none. */
function sideHeadAt(t: Doc["tokens"], k: number, limit: number): number {
  if (!/^(a|an|the)$/.test(t[k]?.lower ?? "")) return -1;
  for (let p = k + 1; p < Math.min(limit, k + 7); p++) {
    if (/^(team|delegation|side|group|mission)$/.test(t[p]!.lower) && /^(headed|led)$/.test(t[p + 1]?.lower ?? "") && t[p + 2]?.lower === "by") return p + 3;
    if (t[p]!.kind !== "word") return -1;
  }
  return -1;
}

export function parseList(doc: Doc, st: Structure, j: number, limit: number, semicolons = false): ListResult {
  const items: Mention[] = [];
  const t = doc.tokens;
  while (j < limit && (LIST_OPENERS.has(t[j]!.lower) || (PRE_NAME_ADJECTIVES.has(t[j]!.lower) && !st.startAt.has(j)))) j++;
  if (!st.startAt.has(j)) j = describedPerson(doc, st, j, limit);
  let end = j;
  for (;;) {
    const m = st.startAt.get(j);
    if (!m || j >= limit) break;
    // "…, Presidential Spokesman X said": the one who reports, not one more person of the list.
    if (items.length > 0 && t[j - 1]?.text === "," && REPORTING.has(t[mentionEnd(doc, m)]?.lower ?? "")) break;
    const after = mentionEnd(doc, m);
    if (t[after]?.kind === "poss" && (st.startAt.has(after + 1) || (t[after + 1]?.kind === "word" && !t[after + 1]!.cap))) {
      // "Lo's predecessor, Sam Tui", "Kiprono's envoy Jane Wanjiru": the person named after the possessed noun.
      let k = after + 1;
      let next = -1;
      for (; k < limit && k < after + 6; k++) {
        if (st.startAt.get(k)?.kind === "person" || (st.startAt.get(k)?.kind === "role" && st.startAt.get(k)!.apposedPerson >= 0)) {
          next = k;
          break;
        }
        if (t[k]!.text === "," && st.startAt.get(k + 1)?.kind === "person") {
          next = k + 1;
          break;
        }
        if (t[k]!.kind !== "word" || t[k]!.cap) break;
      }
      if (next < 0) break;
      j = next;
      continue;
    }
    items.push(m);
    j = after;
    end = j;
    // "ambassadors A of Brunei, B of Laos": the country after a name.
    if (t[j]?.lower === "of" && m.kind === "person") {
      const k = t[j + 1]?.lower === "the" ? j + 2 : j + 1;
      const place = doc.claim[k]! >= 0 ? doc.mentions[doc.claim[k]!]! : null;
      if (place && place.kind === "place" && place.tokStart === k && place.place?.kind === "country") {
        j = place.tokEnd;
        end = j;
      }
    }
    // "Ana Beltrão (PT) and …": a parenthesis after a name.
    if (t[j]?.text === "(") {
      let k = j;
      while (k < limit && k < j + 12 && t[k]!.text !== ")") k++;
      if (t[k]?.text === ")") j = k + 1;
    }
    let advanced = false;
    for (let guard = 0; guard < 3 && !advanced; guard++) {
      const tok = t[j];
      if (!tok || j >= limit) break;
      // "A, B, as well as the Speaker C": one more of the list.
      const asWellAs = (k: number): boolean => t[k]?.lower === "as" && t[k + 1]?.lower === "well" && t[k + 2]?.lower === "as";
      if (tok.text === "," && asWellAs(j + 1)) {
        j++;
        continue;
      }
      if (asWellAs(j)) {
        // (Not "as well as criticising Z": a verb's object is no item of the list.)
        if (t[j + 3]?.kind === "word" && !t[j + 3]!.cap && /(ing|ed)$/.test(t[j + 3]!.lower)) break;
        let k = j + 3;
        if (!st.startAt.has(k)) k = describedPerson(doc, st, k, limit);
        if (st.startAt.has(k)) {
          j = k;
          advanced = true;
        }
        break;
      }
      if (tok.text === "," || (semicolons && tok.text === ";")) {
        if (t[j + 1]?.lower === "and" && st.startAt.has(j + 2)) {
          j += 2;
          advanced = true;
        } else if (t[j + 1]?.lower === "and" && describedPerson(doc, st, j + 2, limit) > j + 2) {
          // "…, and ambassadors A of X, B of Y"
          j = describedPerson(doc, st, j + 2, limit);
          advanced = true;
        } else if (st.startAt.has(j + 1) && st.startAt.get(j + 1)!.kind === "person") {
          j += 1;
          advanced = true;
        } else if (describedPerson(doc, st, j + 1, limit) > j + 1) {
          // "…, federal ministers A, B": a description in lower case before the next person.
          j = describedPerson(doc, st, j + 1, limit);
          advanced = true;
        } else {
          // An apposition: skip to the next comma and look again; a verb after the comma starts a new predicate
          // ("talks with A, attended separate meetings with B").
          const w = t[j + 1];
          if (w && w.kind === "word" && !w.cap && /[a-z]ed$/.test(w.lower) && !/^(based|appointed|elected|named|designated|accredited|retired|renowned|respected|noted|acclaimed|known|esteemed|celebrated)$/.test(w.lower)) break;
          let k = j + 1;
          while (k < limit && k < j + 40 && t[k]!.text !== "," && t[k]!.text !== ";" && t[k]!.text !== ".") {
            if (t[k]!.kind === "word" && /^(and)$/.test(t[k]!.lower) && st.startAt.get(k + 1)?.kind === "person") break;
            k++;
          }
          if (k >= limit || t[k]!.text === ".") break;
          if (t[k]!.lower === "and") {
            j = k + 1;
            advanced = true;
            break;
          }
          j = k;
        }
      } else if (tok.lower === "and" || tok.text === "&") {
        let k = j + 1;
        // "talks between A and his team and a visiting team headed by B": a side's own people, then its head.
        if (/^(his|her|their)$/.test(t[k]?.lower ?? "") && /^(team|delegation|entourage|aides|staff)$/.test(t[k + 1]?.lower ?? "") && t[k + 2]?.lower === "and") k += 3;
        const head = sideHeadAt(t, k, limit);
        if (head > 0) k = head;
        if (t[k]?.lower === "both") k++;
        // "talks with A and with B": the preposition repeated after the conjunction.
        else if (/^(with|to)$/.test(t[k]?.lower ?? "") && (st.startAt.has(k + 1) || describedPerson(doc, st, k + 1, limit) > k + 1)) k++;
        // "… and Chilean presidential hopeful Tomás Reyes"
        if (!st.startAt.has(k)) k = describedPerson(doc, st, k, limit);
        if (st.startAt.has(k)) {
          j = k;
          advanced = true;
        }
        break;
      } else break;
    }
    if (!advanced) break;
  }
  return { items, end };
}
