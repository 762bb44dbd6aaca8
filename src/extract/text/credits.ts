/**
 * Page furniture that names people and outlets without any sentence around them: photo credits ("(Photo: Jane Doe/AFP)",
 * "Wire Photo/Jane Doe", "Agency/File"), bylines ("By Jane Doe", "Of: Jane Doe", "Agency reporter, Jane Doe"),
 * sign-offs ("– Agency", "(XNA)" at the end of a paragraph) and agency slugs ("XNA: 06 March 2024", "XNA – …").
 */
import { claimRange, claimedBy, newMention, type Analysis, type Doc } from "./document.js";
import { MEDIA_CUES, MONTHS, NON_ORG_ACRONYMS, ORG_HEADS, WEEKDAYS } from "./lexicon.js";
import { looksLikePersonName, titleChainAt } from "../entities/names.js";
import type { Token } from "./tokens.js";
import { isCommonWord } from "./words.js";

/** Words that mark a credit and separate its parts. */
const CREDIT_WORDS = new Set(["photo", "photos", "foto", "fotos", "image", "images", "picture", "pictures", "file", "credit", "credits", "source", "courtesy", "handout", "video", "illustration", "photograph", "photographer"]);
const SEPARATOR_WORDS = new Set(["by", "and", "via", "of", "from", "with"]);
const SEPARATORS = new Set(["/", ",", ";", ":", "|", "©", "-", "–", "—", "(", ")", "[", "]"]);
const DASHES = new Set(["-", "–", "—"]);
const DOMAIN_ENDS = /^(com|net|org|co|info|news|tv|fm|gov)$/;
const BYLINE_ROLE_MODIFIERS = new Set(["senior", "chief", "special", "political", "diplomatic", "foreign", "economic", "business", "news", "associate", "deputy", "assistant", "contributing"]);
const BYLINE_ROLES = new Set(["reporter", "correspondent", "writer", "journalist", "editor", "photographer", "staff"]);

function paragraphEnd(tokens: readonly Token[], i: number): number {
  let k = i + 1;
  while (k < tokens.length && !tokens[k]!.paraBreak) k++;
  return k;
}

function free(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const m = claimedBy(doc, k);
    if (m && m.kind !== "place") return false;
  }
  return true;
}

function unclaimPlaces(doc: Doc, from: number, to: number): void {
  for (let k = from; k < to; k++) {
    const m = claimedBy(doc, k);
    if (m && m.kind === "place") {
      m.entity = -2;
      doc.claim[k] = -1;
    }
  }
}

function addMention(doc: Doc, kind: "person" | "org", from: number, to: number): void {
  if (to <= from || !free(doc, from, to)) return;
  unclaimPlaces(doc, from, to);
  claimRange(doc, newMention(doc, { kind, tokStart: from, tokEnd: to }));
}

/** "example.com": a word followed by a dot and a domain ending. */
function domainAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.kind === "word" && tokens[k + 1]?.text === "." && DOMAIN_ENDS.test(tokens[k + 2]?.lower ?? "") && tokens[k + 1]!.start === tokens[k]!.end;
}

/** A token that can be part of a name in a credit: capitalised words, numbers after them, a domain. */
function isNameToken(tokens: readonly Token[], k: number, first: boolean): boolean {
  const t = tokens[k]!;
  if (t.kind === "word") return t.cap || domainAt(tokens, k) || (!first && DOMAIN_ENDS.test(t.lower) && tokens[k - 1]?.text === ".");
  if (t.kind === "num") return !first;
  return (t.text === "." && domainAt(tokens, k - 1)) || t.text === "&";
}

/** Organisation head nouns, also as the last part of a hyphenated word ("Presse-Agentur"). */
function orgHead(t: Token): boolean {
  const parts = t.lower.split("-");
  return ORG_HEADS.has(t.lower) || ORG_HEADS.has(parts[parts.length - 1]!);
}

interface Segment {
  readonly from: number;
  readonly to: number;
  /** First named part of its credit, or right after "and": an agency's place. */
  readonly lead: boolean;
}

/** Splits [from, to) at separators and credit words into runs of name tokens. */
function segments(tokens: readonly Token[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let start = -1;
  let lead = true;
  let afterAnd = false;
  const close = (end: number): void => {
    if (start < 0) return;
    let e = end;
    while (e > start && tokens[e - 1]!.kind === "punct") e--;
    if (e > start) out.push({ from: start, to: e, lead: lead || afterAnd });
    lead = false;
    afterAnd = false;
    start = -1;
  };
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const sep = SEPARATORS.has(t.text) || (t.kind === "word" && (CREDIT_WORDS.has(t.lower) || SEPARATOR_WORDS.has(t.lower)));
    if (sep || !isNameToken(tokens, k, start < 0)) {
      close(k);
      if (t.lower === "and") afterAnd = true;
      if (!sep) lead = false;
      continue;
    }
    if (start < 0) start = k;
  }
  close(to);
  return out;
}

/** Reads a credit's parts: two or more name words are a person, an agency is one word, an acronym or a domain. */
function readCredit(a: Analysis, from: number, to: number): void {
  const { doc } = a;
  const { tokens } = doc;
  for (const seg of segments(tokens, from, to)) {
    const words = tokens.slice(seg.from, seg.to).filter((t) => t.kind === "word");
    if (words.length === 0) continue;
    const domain = tokens.slice(seg.from, seg.to).some((t, k, all) => t.text === "." && DOMAIN_ENDS.test(all[k + 1]?.lower ?? ""));
    const place = claimedBy(doc, seg.from);
    if (place && place.kind === "place" && place.tokStart === seg.from && place.tokEnd >= seg.to) continue;
    // "Image: JANE DOE": a name in capitals, every word a name word.
    const shouted = words.length >= 2 && words.every((w) => w.allCaps && w.text.length >= 3 && !isCommonWord(w.lower) && !NON_ORG_ACRONYMS.has(w.lower));
    // "Daily Online", "Metro Radio": a medium's word ends an outlet's name, not a person's.
    const medium = MEDIA_CUES.has(words[words.length - 1]!.lower);
    if (!domain && !medium && words.length >= 2 && words.length <= 4 && !words.some(orgHead) && (shouted || looksLikePersonName(words, true))) {
      addMention(doc, "person", seg.from, seg.to);
    } else if (domain || words.every((w) => w.allCaps) || orgHead(words[words.length - 1]!) || (seg.lead && words.length <= 3)) {
      if (words.length === 1 && NON_ORG_ACRONYMS.has(words[0]!.lower)) continue;
      addMention(doc, "org", seg.from, seg.to);
    }
  }
}

function creditWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && CREDIT_WORDS.has(t.lower);
}

/** Photo credits: a parenthesis with a slash or a credit word, "Photo: …" to the end of its line, "Reuters/File". */
function findPhotoCredits(a: Analysis): void {
  const { tokens } = a.doc;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === "(" || t.text === "[") {
      const close = t.text === "(" ? ")" : "]";
      let k = i + 1;
      while (k < tokens.length && k - i <= 14 && tokens[k]!.text !== close && !tokens[k]!.paraBreak) k++;
      if (tokens[k]?.text !== close) continue;
      let credit = false;
      for (let q = i + 1; q < k; q++) if (creditWord(tokens[q]) || tokens[q]!.text === "/" || tokens[q]!.text === "©") credit = true;
      // "(Agency/Jane Doe)", "(Photo: XYZ)", "(ABC photo)", but never a sentence in brackets.
      const prose = (q: number): boolean => {
        const x = tokens[q]!;
        return x.kind === "word" && !x.cap && !CREDIT_WORDS.has(x.lower) && !SEPARATOR_WORDS.has(x.lower) && !isNameToken(tokens, q, false);
      };
      let anyProse = false;
      for (let q = i + 1; q < k; q++) anyProse ||= prose(q);
      if (credit && !anyProse) {
        readCredit(a, i + 1, k);
        i = k;
      }
      continue;
    }
    // "Photo: …", "Photo credits: …", "Foto: Wire Photo/…", "© Agency/…": to the end of the line, a number or a bracket.
    const opens = (creditWord(t) && (tokens[i + 1]?.text === ":" || (creditWord(tokens[i + 1]) && tokens[i + 2]?.text === ":"))) || t.text === "©";
    // "Agency Photo/Jane Doe", "Reuters/File": a slash right after a credit word or before one.
    const slash = tokens[i + 1]?.text === "/" && (creditWord(t) || creditWord(tokens[i + 2])) && t.kind === "word" && t.cap;
    if (!opens && !slash) continue;
    let from = i;
    if (slash && !creditWord(t)) from = i;
    else if (slash) {
      // "AP Photo/Jane Doe": the agency stands before the credit word.
      from = i;
      while (from > 0 && !tokens[from]!.paraBreak && tokens[from - 1]!.kind === "word" && tokens[from - 1]!.allCaps) from--;
    }
    let end = i + 1;
    while (end < tokens.length && !tokens[end]!.paraBreak && end - i < 16 && tokens[end]!.kind !== "num" && tokens[end]!.text !== ")" && !(tokens[end]!.text === "." && !DOMAIN_ENDS.test(tokens[end + 1]?.lower ?? ""))) end++;
    readCredit(a, from, end);
    i = end - 1;
  }
}

/** Bylines and sign-offs at the edges of paragraphs. */
function findBylines(a: Analysis): void {
  const { doc } = a;
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const lineStart = t.paraBreak || tokens[i - 1]?.text === "|";
    if (!lineStart) continue;
    const end = paragraphEnd(tokens, i);
    const next = tokens[i + 1];
    // "By Jane Doe", "Of: Jane Doe" (a translated byline), "From AFP": a line of its own.
    if (t.kind === "word" && /^(by|of|from)$/.test(t.lower) && t.cap && next) {
      const at = next.text === ":" ? i + 2 : i + 1;
      let k = at;
      while (k < end && isNameToken(tokens, k, k === at) && tokens[k]!.kind !== "num") k++;
      const words = tokens.slice(at, k).filter((w) => w.kind === "word");
      const person = t.lower !== "from" && words.length >= 2 && words.length <= 4 && !words.some(orgHead) && looksLikePersonName(words, true);
      if (person && (k === end || tokens[k]!.text === "," || tokens[k]!.text === "|")) addMention(doc, "person", at, k);
      else if (!person && t.lower !== "of" && k > at && k - at <= 4 && (k === end || tokens[k]!.text === "|")) addMention(doc, "org", at, k);
      continue;
    }
    // A transcript's speaker: "JANE DOE, PRIME MINISTER: Thank you …".
    if (t.allCaps && t.kind === "word") {
      let r = i;
      while (r < end && tokens[r]!.kind === "word" && tokens[r]!.allCaps) r++;
      let c = r + 1;
      while (c < end && tokens[c]!.kind === "word" && tokens[c]!.allCaps) c++;
      const words = tokens.slice(i, r);
      const named = words.length >= 2 && words.length <= 4 && words.every((w) => w.text.length >= 2 && !isCommonWord(w.lower) && !NON_ORG_ACRONYMS.has(w.lower));
      if (named && tokens[r]?.text === "," && c > r + 1 && tokens[c]?.text === ":" && titleChainAt(tokens, r + 1, c)) {
        addMention(doc, "person", i, r);
        continue;
      }
    }
    // "Agency reporter, Jane Doe", "Staff Correspondent, example.com".
    let r = i;
    while (r < end && tokens[r]!.kind === "word" && tokens[r]!.cap && !BYLINE_ROLES.has(tokens[r]!.lower)) r++;
    let role = r;
    while (role < end && tokens[role]!.kind === "word" && BYLINE_ROLES.has(tokens[role]!.lower)) role++;
    // "Senior Correspondent", "Diplomatic Editor": the role's own adjective is no outlet.
    while (r > i && role > r && BYLINE_ROLE_MODIFIERS.has(tokens[r - 1]!.lower)) r--;
    if (role > r && tokens[role]?.text === "," && end - r <= 8) {
      if (r > i) addMention(doc, "org", i, r);
      readCredit(a, role + 1, end);
      continue;
    }
    // "Agency, Dubai", "Daily Online , Tuesday 13 Jun 2017": a line of its own naming its source, then only a place or a date.
    let n = i;
    while (n < end && n - i < 5 && isNameToken(tokens, n, n === i) && !claimedBy(doc, n) && !dateWord(tokens[n]!)) n++;
    const plain = n === i + 1 && !t.allCaps && isCommonWord(t.lower);
    if (n > i && !plain && tokens[n]?.text === "," && dateOrPlaceOnly(doc, n + 1, end)) {
      readCredit(a, i, n);
      continue;
    }
    // "NNA – House Speaker …", "MAP: 06 March 2024": an agency's short acronym opening a line (a city there is longer);
    // before a date even a word's letters ("MAP") are one.
    const dated = next?.text === ":" && tokens[i + 2]?.kind === "num";
    if (t.allCaps && t.kind === "word" && t.text.length <= 4 && !claimedBy(doc, i) && !CREDIT_WORDS.has(t.lower) && !NON_ORG_ACRONYMS.has(t.lower) && (dated || !isCommonWord(t.lower)) && next && (DASHES.has(next.text) || next.text === ":")) {
      addMention(doc, "org", i, i + 1);
    }
  }
  // Sign-offs: "… – Agency", "-- AGENCY", "(XNA)" closing a paragraph.
  for (let e = 1; e <= tokens.length; e++) {
    if (e < tokens.length && !tokens[e]!.paraBreak) continue;
    let k = e;
    if (tokens[k - 1]?.text === ")" && tokens[k - 3]?.text === "(" && tokens[k - 2]!.kind === "word" && tokens[k - 2]!.cap && /^[.!?”"]$/.test(tokens[k - 4]?.text ?? "")) {
      if (!NON_ORG_ACRONYMS.has(tokens[k - 2]!.lower)) addMention(doc, "org", k - 2, k - 1);
      continue;
    }
    if (tokens[k - 1]?.text === ".") k--;
    let s = k;
    while (s > 0 && k - s < 3 && tokens[s - 1]!.kind === "word" && tokens[s - 1]!.cap) {
      s--;
      if (tokens[s]!.paraBreak) break;
    }
    if (s === k || tokens[s]!.paraBreak || !DASHES.has(tokens[s - 1]?.text ?? "")) continue;
    // A dash that opens the line or follows a sentence's end.
    const before = tokens[s - 2];
    if (!tokens[s - 1]!.paraBreak && before && !/^[.!?”"\-]$/.test(before.text) && !(tokens[s - 1]!.start > before.end)) continue;
    addMention(doc, "org", s, k);
  }
}

function dateWord(t: Token): boolean {
  return t.kind === "word" && (MONTHS.has(t.lower) || WEEKDAYS.has(t.lower) || /^(am|pm|gmt|utc)$/.test(t.lower));
}

/** Whether [from, to) holds a place or a date and time and nothing else ("Dubai", "Tuesday 13 Jun 2017", "15 Nov, 2023 05:15 PM"). */
function dateOrPlaceOnly(doc: Doc, from: number, to: number): boolean {
  if (from >= to || to - from > 10) return false;
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    const place = claimedBy(doc, k);
    if (place && place.kind === "place") continue;
    if (t.kind === "num" || /^[,.:/-]$/.test(t.text)) continue;
    if (dateWord(t)) continue;
    return false;
  }
  return true;
}

export function findCredits(a: Analysis): void {
  findPhotoCredits(a);
  findBylines(a);
}
