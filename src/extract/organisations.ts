/** Organisations: head nouns ("… Ministry", "… Forces"), "of" phrases, acronyms in parentheses, media cues, acronyms used as names. */
import { claimRange, claimedBy, newMention, type Analysis, type Doc } from "./document.js";
import { MEDIA_CUES, NON_ORG_ACRONYMS, ORG_HEADS, ORG_OF_HEADS, SPEECH_VERBS, STOPWORDS } from "./lexicon.js";
import { isCapWord, nameChunk, skipInitial } from "./chunks.js";
import { titleChainAt } from "./names.js";
import type { Sentence } from "./sentences.js";
import type { Token } from "./tokens.js";

const ORG_TRAILERS = new Set([
  "agency", "group", "militia", "party", "movement", "organisation", "organization", "network", "channel", "newspaper", "daily", "broadcaster",
  "television", "outlet", "website", "company", "corporation", "firm", "conglomerate", "bank", "rebels", "militants", "faction", "alliance",
]);

const APPOSITION_MEDIA = new Set(["outlet", "agency", "newspaper", "daily", "broadcaster", "channel", "website", "network", "station", "tabloid", "magazine", "weekly", "paper", "wire"]);

/** "(WHO)" right after token `i - 1`: the index of the acronym token, or -1. */
export function parenthesisedAcronym(doc: Doc, i: number): number {
  const t = doc.tokens;
  if (t[i]?.text === "(" && t[i + 1]?.allCaps && t[i + 2]?.text === ")" && /^[A-Z]{2,8}$/.test(t[i + 1]!.text.replace(/-/g, ""))) return i + 1;
  return -1;
}

export function findHeadOrganisations(a: Analysis): void {
  const { doc } = a;
  const { tokens } = doc;
  for (const s of doc.sentences) {
    if (s.headline) continue;
    let i = s.tokStart;
    while (i < s.tokEnd) {
      if (!isCapWord(tokens[i])) {
        i++;
        continue;
      }
      let j = i;
      while (j < s.tokEnd && isCapWord(tokens[j])) j++;
      let head = -1;
      for (let h = j - 1; h > i; h--) {
        if (ORG_HEADS.has(tokens[h]!.lower) && (h + 1 === j || titleChainAt(tokens, h + 1, j) !== null)) {
          head = h;
          break;
        }
      }
      // "Ministry of External Affairs": a lone head word continued by "of"/"for" and a capitalised phrase.
      if (head < 0 && j - i === 1 && ORG_OF_HEADS.has(tokens[i]!.lower) && /^(of|for)$/.test(tokens[j]?.lower ?? "") && isCapWord(tokens[tokens[j + 1]?.lower === "the" ? j + 2 : j + 1])) head = i;
      if (head < 0) {
        i = j;
        continue;
      }
      let start = skipInitial(a, i, head + 1);
      while (start < head && (a.adjectival[start] || isStackedAdjective(doc, start))) start++;
      if (start > head || (start === head && head + 1 === j && !/^(of|for)$/.test(tokens[j]?.lower ?? ""))) {
        i = j;
        continue;
      }
      let end = head + 1;
      for (;;) {
        const conn = tokens[end];
        if (!conn) break;
        const of = conn.lower === "of" && ORG_OF_HEADS.has(tokens[end - 1]!.lower);
        const forward = conn.lower === "for" && ORG_HEADS.has(tokens[end - 1]!.lower);
        if (!of && !forward) break;
        let k = end + 1;
        if (tokens[k]?.lower === "the") k++;
        let r = k;
        while (r < s.tokEnd && (isCapWord(tokens[r]) || (r > k && tokens[r]!.lower === "and" && isCapWord(tokens[r + 1])))) r++;
        if (r === k) break;
        end = r;
      }
      const m = newMention(doc, { kind: "org", tokStart: start, tokEnd: end });
      for (let k = start; k < end; k++) {
        const prev = claimedBy(doc, k);
        if (prev && prev.kind === "place") prev.entity = -2;
      }
      claimRange(doc, m);
      const acr = parenthesisedAcronym(doc, end);
      if (acr >= 0) {
        m.acronym = tokens[acr]!.text;
        const am = newMention(doc, { kind: "org", tokStart: acr, tokEnd: acr + 1 });
        am.apposedPerson = m.id;
        claimRange(doc, am);
        end = acr + 2;
      }
      i = Math.max(end, j);
    }
  }
}

/** "Kurdish" in "Kurdish Iraqi Security Forces": an ethnic adjective stacked before a demonym. */
function isStackedAdjective(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  return !doc.demonym[i] && doc.demonym[i + 1] !== null && doc.demonym[i + 1] !== undefined && /(?:ish|ian|ese|i|an)$/.test(t.lower);
}

export function findCuedOrganisations(a: Analysis, s: Sentence): void {
  const { doc } = a;
  const { tokens } = doc;
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    if (!isCapWord(tokens[i]) || claimedBy(doc, i) || a.adjectival[i]) continue;
    const start = skipInitial(a, i, s.tokEnd);
    if (start !== i) {
      i = start - 1;
      continue;
    }
    const chunk = nameChunk(a, i, s.tokEnd);
    if (!chunk) continue;
    const [cs, ce] = chunk;
    const prev = tokens[cs - 1];
    let cued = prev !== undefined && prev.kind === "word" && !prev.cap && MEDIA_CUES.has(prev.lower);
    if (!cued && tokens[ce]?.text === ",") {
      // "Ukrinform, a news agency owned by ..."
      for (let k = ce + 1; k < Math.min(ce + 6, s.tokEnd); k++) {
        const w = tokens[k]!;
        if (w.kind !== "word" || w.cap) break;
        if (APPOSITION_MEDIA.has(w.lower)) {
          cued = /^(a|an|the)$/.test(tokens[ce + 1]!.lower);
          break;
        }
      }
    }
    if (!cued) {
      // "the Islamic State group", "Xinhua news agency", "the Mossad spy agency"
      const n1 = tokens[ce];
      const n2 = tokens[ce + 1];
      const trailing = (t: Token | undefined): boolean => t !== undefined && t.kind === "word" && !t.cap && ORG_TRAILERS.has(t.lower);
      if (trailing(n1) || (n1 && n1.kind === "word" && !n1.cap && !STOPWORDS.has(n1.lower) && trailing(n2))) {
        a.orgCandidates.push({ tokStart: cs, tokEnd: ce, strength: "weak", qualifies: -1 });
      }
    }
    if (!cued && prev?.lower === "to" && tokens[cs - 2]?.lower === "according" && (ce - cs === 1 || tokens[cs]!.allCaps)) {
      a.orgCandidates.push({ tokStart: cs, tokEnd: ce, strength: "weak", qualifies: -1 });
    }
    if (!cued && ce - cs === 1 && /^(reported|reports)$/.test(tokens[ce]?.lower ?? "") && !doc.demonym[cs]) {
      a.orgCandidates.push({ tokStart: cs, tokEnd: ce, strength: "weak", qualifies: -1 });
    }
    if (!cued && prev?.lower === "the" && ce - cs === 1 && !doc.demonym[cs] && !tokens[cs]!.allCaps) {
      const next = tokens[ce];
      if (next && (next.kind === "poss" || SPEECH_VERBS.has(next.lower))) a.orgCandidates.push({ tokStart: cs, tokEnd: ce, strength: "weak", qualifies: -1 });
    }
    if (cued) {
      const m = newMention(doc, { kind: "org", tokStart: cs, tokEnd: ce });
      claimRange(doc, m);
    }
    i = ce - 1;
  }
  // Acronyms used as a name: "The IMF has", "state media WAM noted", "according to the UN".
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const t = tokens[i]!;
    if (!t.allCaps || claimedBy(doc, i) || !/^[A-Z][A-Z0-9&-]{1,7}$/.test(t.text) || NON_ORG_ACRONYMS.has(t.lower)) continue;
    if (tokens[i - 1]?.allCaps || tokens[i + 1]?.allCaps) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const cue =
      (prev && (prev.lower === "the" || (prev.kind === "word" && !prev.cap && MEDIA_CUES.has(prev.lower)))) ||
      (next && (next.kind === "poss" || SPEECH_VERBS.has(next.lower) || /^(has|had|is|was|have)$/.test(next.lower)));
    if (cue) a.orgCandidates.push({ tokStart: i, tokEnd: i + 1, strength: "weak", qualifies: -1 });
  }
}
