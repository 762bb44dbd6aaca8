/** Clause structure inside a sentence: parentheticals, clause bounds, and lists of people ("A, the X of Y, and B"). */
import type { Entities } from "./coreference.js";
import type { Doc, Mention } from "./document.js";

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
const RELATIVES = new Set(["who", "which", "whom", "whose"]);

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
      if (DASHES.has(t) && doc.tokens[i]!.kind === "punct") dashes.push(i);
    }
    for (let k = 0; k + 1 < dashes.length; k += 2) for (let i = dashes[k]!; i <= dashes[k + 1]!; i++) paren[i] = 1;
    for (let i = s.tokStart; i < s.tokEnd - 1; i++) {
      if (doc.tokens[i]!.text !== "," || !RELATIVES.has(doc.tokens[i + 1]!.lower)) continue;
      let j = i + 1;
      while (j < s.tokEnd && doc.tokens[j]!.text !== "," && doc.tokens[j]!.text !== ";") j++;
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
    const a = startAt.get(m.spanStart);
    if (!a || rank(m) > rank(a)) startAt.set(m.spanStart, m);
    const b = endAt.get(end - 1);
    if (!b || rank(m) > rank(b)) endAt.set(end - 1, m);
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
    return !st.paren[k] && (t.text === ";" || t.text === ":" || (DASHES.has(t.text) && t.kind === "punct"));
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
/** Words that may stand before a person's title without being part of it ("visiting Kenyan President X"). */
const PRE_NAME_ADJECTIVES = new Set([
  "visiting", "fellow", "embattled", "exiled", "jailed", "ousted", "veteran", "influential", "powerful", "longtime", "long-time",
  "newly-elected", "newly", "elected", "re-elected", "reelected", "outgoing", "incoming", "beleaguered", "embattled",
]);

/** Parses "A, the X of Y, and B" from token j: the people listed and where the list ends. */
export function parseList(doc: Doc, st: Structure, j: number, limit: number, semicolons = false): ListResult {
  const items: Mention[] = [];
  const t = doc.tokens;
  while (j < limit && (LIST_OPENERS.has(t[j]!.lower) || (PRE_NAME_ADJECTIVES.has(t[j]!.lower) && !st.startAt.has(j)))) j++;
  let end = j;
  for (;;) {
    const m = st.startAt.get(j);
    if (!m || j >= limit) break;
    items.push(m);
    j = mentionEnd(doc, m);
    end = j;
    let advanced = false;
    for (let guard = 0; guard < 3 && !advanced; guard++) {
      const tok = t[j];
      if (!tok || j >= limit) break;
      if (tok.text === "," || (semicolons && tok.text === ";")) {
        if (t[j + 1]?.lower === "and" && st.startAt.has(j + 2)) {
          j += 2;
          advanced = true;
        } else if (st.startAt.has(j + 1) && st.startAt.get(j + 1)!.kind === "person") {
          j += 1;
          advanced = true;
        } else {
          // An apposition: skip to the next comma and look again.
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
        if (t[k]?.lower === "both") k++;
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
