/** Tokens with offsets into the article text. */

export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** word: letters (with inner hyphens/apostrophes); num: digits; poss: the possessive 's; punct: anything else. */
  readonly kind: "word" | "num" | "poss" | "punct";
  /** First letter is upper case (or a lower-case name particle joined to a capitalised part: "al-Sharaa"). */
  readonly cap: boolean;
  /** Two or more letters, all upper case. */
  readonly allCaps: boolean;
  /** A newline run (paragraph break) precedes this token. */
  readonly paraBreak: boolean;
}

const UPPER_RE = /^\p{Lu}/u;
const PARTICLE_CAP_RE = /^(?:al|el|ad|as|an|ar|at|az|ash|bin|ibn|bint|abu|abd|ben|de|di|da|del|van|von|le|la|du)[-‐‑'’]\p{Lu}/u;

// Character classes of the Basic Multilingual Plane, computed once: 1 letter or mark, 2 digit.
let classes: Uint8Array | null = null;
function charClass(c: number): number {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : c >= 48 && c <= 57 ? 2 : 0;
  if (c > 0xffff) return 0;
  if (!classes) {
    classes = new Uint8Array(0x10000);
    const letter = /[\p{L}\p{M}]/u;
    const digit = /\p{N}/u;
    for (let k = 128; k < 0x10000; k++) {
      if (k >= 0xd800 && k <= 0xdfff) continue;
      const ch = String.fromCharCode(k);
      classes[k] = letter.test(ch) ? 1 : digit.test(ch) ? 2 : 0;
    }
  }
  return classes[c]!;
}

const DOTTED_RE = /(?:[A-Z]\.){2,}(?![A-Za-z])/y;

const PARTICIPLES = new Set(["led", "backed", "brokered", "sponsored", "mediated", "funded", "run", "owned", "affiliated", "aligned", "allied", "linked", "controlled", "held", "supported", "organised", "organized", "hosted", "chaired"]);

/** A participle word starting at i and ending at a non-letter. */
function participleAt(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && j - i < 12 && charClass(text.charCodeAt(j)) === 1) j++;
  return j - i >= 3 && j - i <= 11 && PARTICIPLES.has(text.slice(i, j).toLowerCase()) && charClass(j < text.length ? text.charCodeAt(j) : 32) !== 1;
}
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
const isHyphen = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x200b || c === 0x202f || c === 12 || c === 11;

/** HTML entities that scraping left without their "&" ("ldquo;"), and the marks they stand for. */
const ENTITY_MARKS: Readonly<Record<string, string>> = { ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", quot: '"', laquo: "«", raquo: "»", ndash: "–", mdash: "—" };
const ENTITY_RE = /(ldquo|rdquo|lsquo|rsquo|quot|laquo|raquo|ndash|mdash)$/;

/**
 * Words keep inner hyphens and apostrophes but leave a possessive 's as its own token; numbers keep their inner
 * separators ("400,000"); URLs are one punctuation token; a run of newlines marks a paragraph break.
 */
const SECOND_CAP_RE = /^\p{Ll}\p{Lu}\p{Ll}{2,}$/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let mark: string | undefined;
  const n = text.length;
  const wrapped = isHardWrapped(text);
  let paraBreak = true;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (!(wrapped && softNewline(text, i))) paraBreak = true;
      i++;
      continue;
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    let kind: Token["kind"] = "punct";
    const cls = charClass(c);
    if ((c === 104 && (text.startsWith("http://", i) || text.startsWith("https://", i))) || (c === 119 && text.startsWith("www.", i))) {
      while (i < n && !isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 10) i++;
    } else if (cls === 1 && c >= 65 && c <= 90 && text.charCodeAt(i + 1) === 46 && (DOTTED_RE.lastIndex = i, DOTTED_RE.test(text))) {
      // "U.S.", "U.N.": one word.
      kind = "word";
      i = DOTTED_RE.lastIndex;
    } else if (cls === 1) {
      kind = "word";
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        const k = charClass(d);
        if (k !== 0) {
          i++;
          continue;
        }
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (isApostrophe(d) && charClass(next) === 1) {
          // Keep "O'Brien", leave "Kenya's" to the possessive rule.
          const after = i + 2 < n ? text.charCodeAt(i + 2) : 0;
          if ((next === 115 || next === 83) && charClass(after) === 0) break;
          i++;
          continue;
        }
        if (isHyphen(d) && charClass(next) !== 0) {
          // "Taliban-led", "Kenya-backed": the name and the participle are two words.
          if (c >= 65 && c <= 90 && charClass(next) === 1 && participleAt(text, i + 1)) break;
          i++;
          continue;
        }
        // "Workers' Party": a plural possessive inside a capitalised name.
        if (isApostrophe(d) && text.charCodeAt(i - 1) === 115 && next === 32 && c >= 65 && c <= 90 && charClass(i + 2 < n ? text.charCodeAt(i + 2) : 0) === 1) {
          const after = text.charCodeAt(i + 2);
          if (after >= 65 && after <= 90) i++;
        }
        break;
      }
      // "ldquo;Green Gatheringrdquo;": an HTML entity that lost its "&" on the way, read as the mark it stood for.
      if (text.charCodeAt(i) === 59) {
        const entity = ENTITY_RE.exec(text.slice(start, i));
        if (entity && entity.index === 0) {
          kind = "punct";
          mark = ENTITY_MARKS[entity[1]!]!;
          i++;
        } else if (entity) i = start + entity.index;
      }
    } else if (cls === 2) {
      kind = "num";
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (charClass(d) === 2) i++;
        else if ((d === 46 || d === 44 || d === 58 || d === 47) && charClass(i + 1 < n ? text.charCodeAt(i + 1) : 0) === 2) i++;
        else break;
      }
      const suffix = text.slice(i, i + 2).toLowerCase();
      if ((suffix === "st" || suffix === "nd" || suffix === "rd" || suffix === "th") && charClass(i + 2 < n ? text.charCodeAt(i + 2) : 0) !== 1) i += 2;
    } else if (isApostrophe(c) && (text.charCodeAt(i + 1) === 115 || text.charCodeAt(i + 1) === 83) && charClass(i + 2 < n ? text.charCodeAt(i + 2) : 0) === 0) {
      kind = "poss";
      i += 2;
    } else {
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    const t = mark ?? text.slice(start, i);
    mark = undefined;
    const lower = t.toLowerCase();
    let cap = false;
    let allCaps = false;
    if (kind === "word") {
      const upperFirst = c < 128 ? c >= 65 && c <= 90 : UPPER_RE.test(t);
      // "eSwatini", "iTaukei": a proper name whose capital comes second.
      cap = upperFirst || ((t.includes("-") || t.includes("'") || t.includes("’")) && PARTICLE_CAP_RE.test(t)) || SECOND_CAP_RE.test(t);
      allCaps = upperFirst && t.length >= 2 && lower !== t && t.toUpperCase() === t;
    }
    out.push({ text: t, lower, start, end: i, kind, cap, allCaps, paraBreak });
    paraBreak = false;
  }
  return out;
}

const SOFT_BREAK_RE = /[^\n]\n[ \t]*[a-z]/g;
const SINGLE_BREAK_RE = /[^\n]\n[ \t]*[^\s]/g;

/** Text wrapped at a fixed width ("… Chief Minister\nJane Doe, …"): many single newlines run on in lower case. */
function isHardWrapped(text: string): boolean {
  if (text.indexOf("\n") < 0) return false;
  const soft = text.match(SOFT_BREAK_RE)?.length ?? 0;
  if (soft < 3) return false;
  const single = text.match(SINGLE_BREAK_RE)?.length ?? 0;
  return soft * 4 >= single;
}

/** A single newline inside a wrapped sentence: no blank line follows and the line does not end a sentence. */
function softNewline(text: string, i: number): boolean {
  let k = i + 1;
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  if (k >= text.length || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13) return false;
  let b = i - 1;
  while (b >= 0 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9 || text.charCodeAt(b) === 13)) b--;
  return b >= 0 && !/[.!?:;”"')\]]/.test(text[b]!);
}
