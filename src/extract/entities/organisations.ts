/** Organisations: head nouns ("… Ministry", "… Forces"), "of" phrases, acronyms in parentheses, media cues, acronyms used as names. */
import { claimRange, claimedBy, newMention, type Analysis, type Doc } from "../text/document.js";
import { LEADING_ADJECTIVES, MEDIA_CUES, MONTHS, NAME_PARTICLES, WEEKDAYS, NON_ORG_ACRONYMS, ORG_HEADS, ORG_OF_HEADS, ORG_OPENERS, PERSONAL_OFFICES, SPEECH_VERBS, STOPWORDS, TITLE_PRE } from "../text/lexicon.js";
import { isCommonWord, isProperWord } from "../text/words.js";
import { isCapWord, nameChunk, skipInitial } from "../mentions/chunks.js";
import { looksLikePersonName, titleChainAt } from "./names.js";
import type { Sentence } from "../text/sentences.js";
import type { Token } from "../text/tokens.js";


const RANK_WORDS = new Set(["prime", "deputy", "vice", "assistant", "senior", "principal", "chief", "first", "second", "associate", "acting", "under"]);

const ORG_TRAILERS = new Set([
  "delegation", "delegations", "mediators", "negotiators", "fighters", "forces", "rebel", "lawmakers", "legislators", "supporters", "activists",
  "agency", "group", "militia", "party", "movement", "organisation", "organization", "network", "channel", "newspaper", "daily", "broadcaster",
  "television", "outlet", "website", "company", "corporation", "firm", "conglomerate", "bank", "rebels", "militants", "faction", "alliance",
  "forum", "bloc", "grouping", "body", "coalition", "union", "federation", "council", "summit", "ticket", "dissidents", "nations", "press",
]);

const APPOSITION_MEDIA = new Set(["outlet", "agency", "newspaper", "daily", "broadcaster", "channel", "website", "network", "station", "tabloid", "magazine", "weekly", "paper", "wire"]);

/** "(WHO)" right after token `i - 1`: the index of the acronym token, or -1. */
export function parenthesisedAcronym(doc: Doc, i: number): number {
  const t = doc.tokens;
  if (t[i]?.text === "(" && t[i + 1]?.allCaps && t[i + 2]?.text === ")" && /^[A-Z]{2,8}$/.test(t[i + 1]!.text.replace(/-/g, ""))) return i + 1;
  return -1;
}

/** Whether an office's title word stands in [from, head) with a capitalised non-title word after it, before the head. */
function titledNameBefore(tokens: readonly Token[], from: number, head: number): boolean {
  for (let k = from; k < head - 1; k++) {
    if (!PERSONAL_OFFICES.has(tokens[k]!.lower)) continue;
    return tokens[k + 1]!.cap && !ORG_HEADS.has(tokens[k + 1]!.lower) && !TITLE_PRE.has(tokens[k + 1]!.lower) && tokens[k + 1]!.lower !== "of";
  }
  return false;
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
      while (j < s.tokEnd) {
        if (isCapWord(tokens[j])) j++;
        // "People's Bank", "Prime Minister's Office": a possessive of a common noun inside a name (not "Kiprono's").
        else if (j > i && tokens[j]!.kind === "poss" && isCapWord(tokens[j + 1]) && !claimedBy(doc, j - 1) && isCommonWord(tokens[j - 1]!.lower)) j++;
        else break;
      }
      let head = -1;
      for (let h = j - 1; h > i; h--) {
        // "Parliament House", "Government House": a building named for the body in it.
        if (tokens[h]!.lower === "house" && ORG_HEADS.has(tokens[h - 1]!.lower)) break;
        if (ORG_HEADS.has(tokens[h]!.lower) && (h + 1 === j || titleChainAt(tokens, h + 1, j) !== null || bareAcronymAfter(tokens, i, h) || nameAfterOwner(tokens, i, h, j))) {
          // "Prime Cabinet Secretary", "Deputy Cabinet Secretary": rank words and a head are a title, no organisation.
          let rank = true;
          for (let k = i; k < h && rank; k++) rank = RANK_WORDS.has(tokens[k]!.lower);
          if (rank && h + 1 < j) break;
          // "<Public|Civil> Service <title> X": the service before a title is the title's portfolio.
          if (h + 1 < j && isServicePortfolio(doc, i, h + 1)) break;
          head = h;
          break;
        }
      }
      // "Ministry of External Affairs": a lone head word continued by "of"/"for" and a capitalised phrase.
      if (head < 0 && j - i === 1 && ORG_OF_HEADS.has(tokens[i]!.lower) && /^(of|for)$/.test(tokens[j]?.lower ?? "") && isCapWord(tokens[tokens[j + 1]?.lower === "the" ? j + 2 : j + 1])) head = i;
      // "Grupo Norte", "Banco Sur": a Romance head opens the name.
      if (head < 0 && j - i >= 2 && ORG_OPENERS.has(tokens[i]!.lower)) head = j - 1;
      // "Commerce Minister Ana Council": an office, a given name, and a surname that is also a head word is a person.
      if (head > i + 1 && titledNameBefore(tokens, i, head)) head = -1;
      if (head < 0) {
        i = j;
        continue;
      }
      let start = skipInitial(a, i, head + 1);
      // "Opposition Congress party …" at a sentence start: a description, not the name.
      while (start < head && start === s.tokStart && LEADING_ADJECTIVES.has(tokens[start]!.lower)) start++;
      while (start < head && (a.adjectival[start] || isStackedAdjective(doc, start))) start++;
      if (start > head || (start === head && head + 1 === j && !/^(of|for)$/.test(tokens[j]?.lower ?? ""))) {
        i = j;
        continue;
      }
      let end = head + 1;
      let blocked = false;
      for (;;) {
        const conn = tokens[end];
        if (!conn) break;
        const of = conn.lower === "of" && ORG_OF_HEADS.has(tokens[end - 1]!.lower);
        const forward = conn.lower === "for" && ORG_HEADS.has(tokens[end - 1]!.lower);
        const on = conn.lower === "on" && ORG_HEADS.has(tokens[end - 1]!.lower);
        if (!of && !forward && !on) break;
        let k = end + 1;
        if (tokens[k]?.lower === "the") k++;
        let r = k;
        while (r < s.tokEnd && (isCapWord(tokens[r]) || (r > k && tokens[r]!.lower === "and" && isCapWord(tokens[r + 1])))) {
          // "Bank of China Governor Pan Wei": a title and a name end the organisation.
          if (r > k && isCapWord(tokens[r]) && titleBeforeName(tokens, r, s.tokEnd)) break;
          r++;
        }
        if (r === k) break;
        // "Democratic Party of Korea Jane Kim briefed", "Office for Digital Affairs John Doe attended": a name after the organisation.
        for (let p = k + 1; p <= r - 2; p++) {
          const before = tokens[p - 1]!;
          const ownerEnds = claimedBy(doc, p - 1)?.kind === "place" || before.allCaps || (isCommonWord(before.lower) && !isProperWord(before.lower));
          if (ownerEnds && !isCommonWord(tokens[p]!.lower) && !claimedBy(doc, p) && looksLikePersonName(tokens.slice(p, r), true)) {
            r = p;
            break;
          }
        }
        // "Standing Committee of China's National People's Congress": the possessor is no part of this name.
        if (tokens[r]?.kind === "poss") {
          blocked = true;
          break;
        }
        // "Intergovernmental Authority on Development (IGAD)": "on" only when the acronym confirms it.
        if (on) {
          const acr = parenthesisedAcronym(doc, r);
          if (acr < 0 || initialsOf(tokens, start, r) !== acronymLetters(tokens[acr]!.text)) break;
        }
        end = r;
      }
      // A generic body of another ("Central Committee" after "(CPV)", "Standing Committee of China's …"): no name of its own.
      if ((blocked || tokens[start - 1]?.text === ")") && isGenericName(doc, start, end)) {
        i = Math.max(end, j);
        continue;
      }
      // "Executive Committee of the Palestine Liberation Organization (PLO)": the acronym names the organisation after "of".
      const acrAt = parenthesisedAcronym(doc, end);
      if (acrAt >= 0) {
        const letters = acronymLetters(tokens[acrAt]!.text);
        if (initialsOf(tokens, start, end) !== letters) {
          for (let p = start + 1; p < end; p++) {
            if (tokens[p - 1]!.lower !== "of" && !(tokens[p - 1]!.lower === "the" && tokens[p - 2]?.lower === "of")) continue;
            if (!isCapWord(tokens[p]) || initialsOf(tokens, p, end) !== letters) continue;
            const ofAt = tokens[p - 1]!.lower === "of" ? p - 1 : p - 2;
            if (!isGenericName(doc, start, ofAt)) {
              const pm = newMention(doc, { kind: "org", tokStart: start, tokEnd: ofAt });
              claimRange(doc, pm);
            }
            start = p;
            break;
          }
        }
      }
      // "Republic of Indonesia", "Kingdom of Bahrain": a country's formal name the gazetteer knows is a place.
      const whole = claimedBy(doc, start);
      // (Also its tail: "Republic of China" inside "People's Republic of China".)
      if (whole && whole.kind === "place" && whole.tokStart <= start && whole.tokEnd >= end) {
        i = Math.max(end, j);
        continue;
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
      } else if (bareAcronymAfter(tokens, start, end - 1)) {
        // "the Leader of the Example Development Alliance EDA Jane Doe": its acronym without brackets, then a name.
        m.acronym = tokens[end]!.text;
        const am = newMention(doc, { kind: "org", tokStart: end, tokEnd: end + 1 });
        am.apposedPerson = m.id;
        claimRange(doc, am);
        end += 1;
      }
      i = Math.max(end, j);
    }
  }
}

/** "Speaker of the Example Parliament Jane Doe": after "of (the)", a body's head word at h and then a person's name to j. */
function nameAfterOwner(tokens: readonly Token[], i: number, h: number, j: number): boolean {
  if (j - h < 2 || j - h > 4 || !/^(of|the)$/.test(tokens[i - 1]?.lower ?? "")) return false;
  if (tokens[i - 1]!.lower === "the" && tokens[i - 2]?.lower !== "of") return false;
  return !isCommonWord(tokens[h + 1]!.lower) && looksLikePersonName(tokens.slice(h + 1, j), true);
}

/** An acronym in capitals right after a head word at h, spelling the name that ends there: "Development Alliance DA". */
function bareAcronymAfter(tokens: readonly Token[], from: number, h: number): boolean {
  const acr = tokens[h + 1];
  if (!acr || acr.kind !== "word" || !/^[A-Z]{2,6}$/.test(acr.text)) return false;
  for (let p = from; p < h; p++) if (initialsOf(tokens, p, h + 1) === acr.text) return true;
  return false;
}

/** A title right before a capitalised name ("Governor Pan Wei"), not a title inside a name ("Office of the Prime Minister"). */
function titleBeforeName(tokens: readonly Token[], r: number, limit: number): boolean {
  const chain = titleChainAt(tokens, r, limit);
  if (!chain) return false;
  const after = tokens[chain.end];
  return after !== undefined && after.kind === "word" && after.cap && !ORG_HEADS.has(after.lower);
}

/** Upper-case letters of an acronym ("M-23" -> "M23"). */
export function acronymLetters(acr: string): string {
  return acr.replace(/[-.&]/g, "").toUpperCase();
}

/** Initials of the capitalised words (and of their hyphenated parts) in [from, to): "Pakistan Tehreek-e-Insaf" -> "PTI". */
export function initialsOf(tokens: readonly Token[], from: number, to: number): string {
  let out = "";
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || !t.cap) continue;
    if (t.allCaps && t.text.length <= 5) {
      out += t.text.replace(/[-.]/g, "");
      continue;
    }
    for (const part of t.text.split(/[-‐‑]/)) if (/^\p{Lu}/u.test(part)) out += part[0]!.toUpperCase();
  }
  return out;
}

/** Only common words and title words, no place or demonym: "Central Committee", "Standing Committee", "General Office". */
function isGenericName(doc: Doc, from: number, to: number): boolean {
  if (to <= from) return true;
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    if (t.kind !== "word") return false;
    if (doc.demonym[k] || claimedBy(doc, k) || t.allCaps) return false;
    if (!isCommonWord(t.lower) && !ORG_HEADS.has(t.lower) && !TITLE_PRE.has(t.lower)) return false;
  }
  return true;
}

/** "Public Service", "Civil Service" right before a title: the title's portfolio, no body's name. */
export function isServicePortfolio(doc: Doc, from: number, to: number): boolean {
  return to - from === 2 && /^(public|civil)$/.test(doc.tokens[from]!.lower) && doc.tokens[to - 1]!.lower === "service";
}

/** "Kurdish" in "Kurdish Iraqi Security Forces": an ethnic adjective stacked before a demonym. */
function isStackedAdjective(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  return !doc.demonym[i] && doc.demonym[i + 1] !== null && doc.demonym[i + 1] !== undefined && /(?:ish|ian|ese|i|an)$/.test(t.lower);
}

const ACRONYM_CONNECTORS = new Set(["of", "the", "and", "for", "on", "de", "du", "des", "la", "le", "e", "del", "da", "do", "dos", "&", "y", "et", "in"]);

/**
 * "Pakistan Tehreek-e-Insaf (PTI)", "Alliance Fleuve Congo (AFC)": capitalised words whose initials spell the acronym in
 * parentheses after them name an organisation, whatever their last word.
 */
export function findAcronymOrganisations(a: Analysis): void {
  const { doc } = a;
  const { tokens } = doc;
  for (const s of doc.sentences) {
    if (s.headline) continue;
    for (let p = s.tokStart + 1; p + 2 < s.tokEnd; p++) {
      if (tokens[p]!.text !== "(" || parenthesisedAcronym(doc, p) < 0 || claimedBy(doc, p + 1)) continue;
      const letters = acronymLetters(tokens[p + 1]!.text);
      let best = -1;
      for (let k = p - 1, words = 0; k >= s.tokStart && words < letters.length + 4; k--) {
        const t = tokens[k]!;
        const owner = claimedBy(doc, k);
        if (owner && owner.kind !== "place") break;
        if (t.kind === "word" && t.cap) {
          words++;
          if (initialsOf(tokens, k, p) === letters) best = k;
          continue;
        }
        if (t.kind === "word" && ACRONYM_CONNECTORS.has(t.lower) && k > s.tokStart && isCapWord(tokens[k - 1])) continue;
        break;
      }
      if (best < 0 || (p - best === 1 && claimedBy(doc, best))) continue;
      const start = skipInitial(a, best, p);
      if (start !== best) continue;
      for (let k = best; k < p; k++) {
        const prev = claimedBy(doc, k);
        if (prev && prev.kind === "place") {
          prev.entity = -2;
          doc.claim[k] = -1;
        }
      }
      const m = newMention(doc, { kind: "org", tokStart: best, tokEnd: p });
      claimRange(doc, m);
      m.acronym = tokens[p + 1]!.text;
      const am = newMention(doc, { kind: "org", tokStart: p + 1, tokEnd: p + 2 });
      am.apposedPerson = m.id;
      claimRange(doc, am);
      p += 2;
    }
  }
}

const DASH_TOKENS = new Set(["-", "—", "–", ":"]);
const PARTICIPLE_AFTER = /^(led|backed|brokered|sponsored|mediated|funded|run|owned|affiliated|aligned|allied|linked|controlled|supported)$/;
const TOLD_CUES = new Set(["told", "telling", "tells"]);

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
      // "the Islamic State group", "the Nova news agency", "the Mossad spy agency"
      const n1 = tokens[ce];
      const n2 = tokens[ce + 1];
      const trailing = (t: Token | undefined): boolean => t !== undefined && t.kind === "word" && !t.cap && ORG_TRAILERS.has(t.lower);
      if (trailing(n1) || (n1 && n1.kind === "word" && !n1.cap && !STOPWORDS.has(n1.lower) && trailing(n2))) {
        a.orgCandidates.push({ tokStart: cs, tokEnd: ce, strength: "weak", qualifies: -1 });
      }
    }
    // "according to the Press Trust of India", "according to Nova": a source that is no person.
    const accPrev = prev?.lower === "the" ? tokens[cs - 2] : prev;
    const accBefore = prev?.lower === "the" ? tokens[cs - 3] : tokens[cs - 2];
    // Not "according to Hebrew media reports": a language or region describing the source.
    const describes = /^(media|reports?|sources?|officials?|outlets?|press|state|news|television|tv|radio)$/.test(tokens[ce]?.lower ?? "");
    if (!cued && !describes && accPrev?.lower === "to" && accBefore?.lower === "according" && (ce - cs === 1 || tokens[cs]!.allCaps || !looksLikePersonName(tokens.slice(cs, ce)))) {
      a.orgCandidates.push({ tokStart: cs, tokEnd: ce, strength: "weak", qualifies: -1 });
    }
    // "told Rudaw", "told Al Jazeera": a one-word outlet, unless a person has that name.
    if (!cued && prev && TOLD_CUES.has(prev.lower) && !doc.demonym[cs] && (ce - cs === 1 ? !isCommonWord(tokens[cs]!.lower) : /^(al|el)$/i.test(tokens[cs]!.text))) {
      a.orgCandidates.push({ tokStart: cs, tokEnd: ce, strength: "weak", qualifies: -1 });
    }
    // "Taliban-led", "Wagner-backed": who leads or backs something.
    const glued = tokens[ce];
    if (!cued && ce - cs === 1 && glued?.text === "-" && glued.start === tokens[cs]!.end && !doc.demonym[cs] && PARTICIPLE_AFTER.test(tokens[ce + 1]?.lower ?? "")) {
      a.orgCandidates.push({ tokStart: cs, tokEnd: ce, strength: "weak", qualifies: -1 });
    }
    if (!cued && ce - cs === 1 && /^(reported|reports|cites|cited|quoted|quotes)$/.test(tokens[ce]?.lower ?? "") && !doc.demonym[cs]) {
      a.orgCandidates.push({ tokStart: cs, tokEnd: ce, strength: "weak", qualifies: -1 });
    }
    if (!cued && prev?.lower === "the" && ce - cs === 1 && !doc.demonym[cs] && !tokens[cs]!.allCaps && !isCommonWord(tokens[cs]!.lower)) {
      const next = tokens[ce];
      if (next && (next.kind === "poss" || SPEECH_VERBS.has(next.lower))) a.orgCandidates.push({ tokStart: cs, tokEnd: ce, strength: "weak", qualifies: -1 });
    }
    if (cued) {
      const m = newMention(doc, { kind: "org", tokStart: cs, tokEnd: ce });
      claimRange(doc, m);
    }
    i = ce - 1;
  }
  // A news agency in a dateline: "TOKYO, May 20 (Kyodo) -", "KUWAIT, Oct 2 (KUNA) --".
  // Also a paragraph opening on a place in capitals or a known place: "MANILA (PNA) –", "Phnom Penh (VNA) –".
  const opener = tokens[s.tokStart]!;
  const datelineStart = opener.paraBreak && (opener.allCaps || claimedBy(doc, s.tokStart)?.kind === "place");
  if (s.index === 0 || doc.sentences[s.index - 1]!.headline || datelineStart) {
    for (let p = s.tokStart; p + 3 < s.tokEnd && p < s.tokStart + 12; p++) {
      if (tokens[p]!.text !== "(") continue;
      // "(Kyodo)", "(Agência Brasil)", "(EFE).-", "(Kurdistan 24)": a parenthesis of capitalised words before the dash.
      let q = p + 1;
      while (q < s.tokEnd && q < p + 5 && (isCapWord(tokens[q]) || (q > p + 1 && tokens[q]!.kind === "num")) && (!claimedBy(doc, q) || claimedBy(doc, q)!.kind === "place")) q++;
      if (q === p + 1 || tokens[q]?.text !== ")") continue;
      const after = tokens[q + 1]?.text === "." ? tokens[q + 2] : tokens[q + 1];
      if (!after || !DASH_TOKENS.has(after.text) || (q === p + 2 && (NON_ORG_ACRONYMS.has(tokens[p + 1]!.lower) || claimedBy(doc, p + 1)))) continue;
      for (let k = p + 1; k < q; k++) {
        const place = claimedBy(doc, k);
        if (place) place.entity = -2;
      }
      const m = newMention(doc, { kind: "org", tokStart: p + 1, tokEnd: q });
      claimRange(doc, m);
    }
  }
  // "Ana Beltrão (PT)": an acronym in parentheses after a person is the party, unless it spells the name.
  for (let p = s.tokStart + 1; p + 2 < s.tokEnd; p++) {
    if (tokens[p]!.text !== "(") continue;
    const acr = parenthesisedAcronym(doc, p);
    const person = claimedBy(doc, p - 1);
    if (acr < 0 || claimedBy(doc, acr) || !person || person.kind !== "person" || /[-\d]/.test(tokens[acr]!.text)) continue;
    if (initialsOf(tokens, person.tokStart, person.tokEnd) === acronymLetters(tokens[acr]!.text)) continue;
    const m = newMention(doc, { kind: "org", tokStart: acr, tokEnd: acr + 1 });
    claimRange(doc, m);
  }
  // Acronyms used as a name: "The IMF has", "state media WAM noted", "according to the UN".
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const t = tokens[i]!;
    if (!t.allCaps || claimedBy(doc, i) || !/^(?:[A-Z][A-Z0-9&-]{1,7}|(?:[A-Z]\.){2,4})$/.test(t.text) || NON_ORG_ACRONYMS.has(t.lower.replace(/[.\d-]/g, ""))) continue;
    if (tokens[i - 1]?.allCaps || tokens[i + 1]?.allCaps) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // "a U.N.-backed mission", "an AU-led force": an organisation behind something.
    if (next?.text === "-" && next.start === t.end && PARTICIPLE_AFTER.test(tokens[i + 2]?.lower ?? "")) {
      a.orgCandidates.push({ tokStart: i, tokEnd: i + 1, strength: "weak", qualifies: -1 });
      continue;
    }
    const placePoss = prev?.kind === "poss" && claimedBy(doc, i - 2)?.kind === "place";
    // "shunned by LFI and …", "on a PKR ticket": in running text an acronym of three or more letters is a body's name.
    const bare = /^[A-Z]{3,6}[0-9]?$/.test(t.text) && !isCommonWord(t.lower) && !shouting(tokens, s) && !(prev && ((prev.kind === "word" && prev.cap && !STOPWORDS.has(prev.lower)) || prev.text === "(" || prev.text === "@")) && !placeInitials(doc, t.text);
    const cue =
      bare ||
      placePoss ||
      (prev && (prev.lower === "the" || (prev.kind === "word" && !prev.cap && MEDIA_CUES.has(prev.lower)))) ||
      (next && (next.kind === "poss" || SPEECH_VERBS.has(next.lower) || /^(has|had|is|was|have)$/.test(next.lower)));
    if (cue) a.orgCandidates.push({ tokStart: i, tokEnd: i + 1, strength: "weak", qualifies: -1 });
  }
}

/** A sentence written mostly in capitals (a heading, a speaker's label): its acronyms are ordinary words. */
function shouting(tokens: readonly Token[], s: Sentence): boolean {
  let words = 0;
  let caps = 0;
  for (let k = s.tokStart; k < s.tokEnd; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") continue;
    words++;
    if (t.allCaps) caps++;
  }
  return caps * 3 > words;
}

/** "NovaX", "LiDem", "WhatsApp": a capital inside a word marks a brand, not a person ("McKenna", "DeLuca" excepted). */
export function findBrands(a: Analysis, s: Sentence): void {
  const { doc } = a;
  const { tokens } = doc;
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || !t.cap || t.allCaps || claimedBy(doc, i) || !BRAND_RE.test(t.text) || tokens[i - 1]?.text === "@" || NON_ORG_ACRONYMS.has(t.lower) || /^(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|Fitz|O)\p{Lu}/u.test(t.text)) continue;
    a.orgCandidates.push({ tokStart: i, tokEnd: i + 1, strength: "weak", qualifies: -1 });
  }
}
// The part after the inner capital is short: "NovaX", "PayPal", "LiDem"; not two names run together ("JaneDoe").
const BRAND_RE = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}{0,3}$/u;

/** An acronym that spells a place named in the article ("CAR" after "Central African Republic"). */
function placeInitials(doc: Doc, acr: string): boolean {
  for (const m of doc.mentions) {
    if (m.kind !== "place") continue;
    if (m.text === acr || initialsOf(doc.tokens, m.tokStart, m.tokEnd) === acr) return true;
  }
  return false;
}

/** "(L)", "(left)", "(centre)": where someone stands in a photo. */
const POSITIONS = new Set(["left", "right", "centre", "center", "front", "back", "top", "bottom", "middle", "file", "photo", "pictured"]);
const PAREN_TOKENS = new Set(["-", "/", "!", "&", "+"]);

/** Start of the person's name that ends right before token p (found, or a run that reads as a full name), else null. */
function personEndingAt(a: Analysis, p: number): number | null {
  const { doc } = a;
  const { tokens } = doc;
  const owner = claimedBy(doc, p - 1);
  if (owner) return owner.kind === "person" && owner.tokEnd === p ? owner.tokStart : null;
  let b = p;
  while (b > 0 && p - b < 5 && (isCapWord(tokens[b - 1]) || (tokens[b - 1]!.kind === "word" && NAME_PARTICLES.has(tokens[b - 1]!.lower))) && !claimedBy(doc, b - 1)) b--;
  while (b < p && !isCapWord(tokens[b])) b++;
  if (p - b < 2 || a.doc.sentenceOf[b] !== a.doc.sentenceOf[p]) return null;
  if (b === a.doc.sentences[a.doc.sentenceOf[b]!]!.tokStart && isCommonWord(tokens[b]!.lower)) b++;
  return p - b >= 2 && looksLikePersonName(tokens.slice(b, p), true) ? b : null;
}

/**
 * "Jane Doe (Green Party)", "John Roe (Acme)", "Ann Poe (President of Acme)": a parenthesis right after a person's name
 * names the party or company the person speaks for. A nickname ("Budi Wirawan (Budiwi)") or a place is not one.
 */
export function findParenthesisedAffiliations(a: Analysis): void {
  const { doc } = a;
  const { tokens } = doc;
  for (let p = 1; p + 2 < tokens.length; p++) {
    if (tokens[p]!.text !== "(") continue;
    const nameEnd = personEndingAt(a, p);
    if (nameEnd === null) continue;
    let q = p + 1;
    while (q < tokens.length && q - p <= 8 && !tokens[q]!.paraBreak && tokens[q]!.text !== ")") q++;
    if (tokens[q]?.text !== ")") continue;
    // "(President of Acme)", "(Chief Executive of Acme)": the organisation after "of".
    let from = p + 1;
    if (titleChainAt(tokens, from, q)?.start === from) {
      let of = from;
      while (of < q && tokens[of]!.lower !== "of") of++;
      if (of >= q) continue;
      from = tokens[of + 1]?.lower === "the" ? of + 2 : of + 1;
    }
    if (from >= q || !isCapWord(tokens[from])) continue;
    let ok = true;
    for (let k = from; k < q && ok; k++) {
      const t = tokens[k]!;
      ok = (t.kind === "word" && (t.cap || /^(of|the|and|for|with)$/.test(t.lower))) || (t.kind === "num" && k > from) || PAREN_TOKENS.has(t.text);
      const owner = claimedBy(doc, k);
      if (owner && owner.kind !== "org" && !(owner.kind === "place" && (owner.tokStart > from || owner.tokEnd < q))) ok = false;
    }
    if (!ok || claimedBy(doc, from)?.kind === "org") continue;
    const words = tokens.slice(from, q).filter((t) => t.kind === "word");
    if (words.length === 1 && (NON_ORG_ACRONYMS.has(words[0]!.lower) || words[0]!.text.length === 1 || POSITIONS.has(words[0]!.lower))) continue;
    // A nickname opens like the name it shortens ("Budiwi" for "Budi Wirawan").
    const nameWords = tokens.slice(nameEnd, p).map((t) => t.lower);
    if (words.length === 1 && !words[0]!.allCaps && nameWords.some((w) => w.slice(0, 3) === words[0]!.lower.slice(0, 3))) continue;
    if (words.length === 1 && isCommonWord(words[0]!.lower, 3000) && !words[0]!.allCaps) continue;
    for (let k = from; k < q; k++) {
      const place = claimedBy(doc, k);
      if (place && place.kind === "place") {
        place.entity = -2;
        doc.claim[k] = -1;
      }
    }
    const m = newMention(doc, { kind: "org", tokStart: from, tokEnd: q });
    claimRange(doc, m);
    p = q;
  }
}

const POSTING_VERBS = new Set(["said", "wrote", "posted", "tweeted", "shared", "announced", "stated", "added", "says", "writes", "posts", "shares", "published", "declared", "revealed"]);
const POST_NOUNS = new Set(["post", "posts", "video", "tweet", "tweets", "message", "statement", "account", "page", "handle", "spaces", "live", "livestream", "story", "thread", "broadcast", "channel"]);

/** Social platforms: "wrote on platform X", "said on Twitter", "in a Facebook post", "a Twitter Spaces session", "[Twitter: @handle]". */
export function findPlatforms(a: Analysis, s: Sentence): void {
  const { doc } = a;
  const { tokens } = doc;
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || !t.cap || claimedBy(doc, i) || doc.demonym[i] || t.lower.length > 20 || WEEKDAYS.has(t.lower) || MONTHS.has(t.lower)) continue;
    let k = i - 1;
    if (tokens[k]?.lower === "platform" || tokens[k]?.lower === "network") k--;
    if (tokens[k]?.lower === "media" && tokens[k - 1]?.lower === "social") k -= 2;
    // "said on Twitter", not "said on Capitol Hill".
    const onAfterVerb = tokens[k]?.lower === "on" && POSTING_VERBS.has(tokens[k - 1]?.lower ?? "") && !isCapWord(tokens[i + 1]);
    const next = tokens[i + 1];
    const postAfter = next !== undefined && POST_NOUNS.has(next.lower) && (!next.cap || next.lower === "spaces");
    const det = /^(a|an|his|her|their|its|our|my|the)$/.test(tokens[i - 1]?.lower ?? "");
    const handle = tokens[i + 1]?.text === ":" && tokens[i + 2]?.text === "@";
    if (!(onAfterVerb || (postAfter && det) || handle)) continue;
    if (!onAfterVerb && !handle && (t.allCaps || isCommonWord(t.lower))) continue;
    const m = newMention(doc, { kind: "org", tokStart: i, tokEnd: i + 1 });
    claimRange(doc, m);
  }
}
