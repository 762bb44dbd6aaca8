/**
 * Finds mentions in the text: places (gazetteer), organisations (head nouns, media cues, acronyms), people (titles,
 * capitalisation), role phrases ("the Kenyan president"), pronouns and groups ("the two men").
 */
import { atSentenceStart } from "./chunks.js";
import { findCredits } from "../text/credits.js";
import { claimRange, claimedBy, newMention, type Analysis, type Doc } from "../text/document.js";
import {
  acronymLetters, findAcronymOrganisations, findBrands, findCuedOrganisations, findHeadOrganisations, findParenthesisedAffiliations, findPlatforms, initialsOf,
  parenthesisedAcronym,
} from "../entities/organisations.js";
import { findTitled, findUntitledNames } from "../entities/people.js";
import { demonymCountry, lookupPlace, matchPlace } from "../entities/places.js";
import { splitSentences } from "../text/sentences.js";
import { tokenize } from "../text/tokens.js";

export type { Analysis } from "../text/document.js";
export { atSentenceStart, nameChunk } from "./chunks.js";

/** `title`: the text is a title line, whose capitalisation is read like a sentence's even when title-cased. */
const BARE_TWO_VERBS = /^(met|meet|held|hold|spoke|speak|talked|sat|shook|had|have|last|also|later|then|first|discussed|agreed|signed|exchanged)$/;

export function analyse(text: string, title = false): Analysis {
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens).map((s) => (title && s.headline ? { ...s, headline: false } : s));
  const sentenceOf = new Int32Array(tokens.length);
  for (const s of sentences) for (let i = s.tokStart; i < s.tokEnd; i++) sentenceOf[i] = s.index;
  const doc: Doc = {
    text, tokens, sentences, sentenceOf, mentions: [],
    claim: new Int32Array(tokens.length).fill(-1),
    demonym: new Array(tokens.length).fill(null),
  };
  const a: Analysis = { doc, orgCandidates: [], adjectival: new Uint8Array(tokens.length) };
  findPlaces(a);
  findHeadOrganisations(a);
  findAcronymOrganisations(a);
  findCredits(a);
  for (const s of sentences) if (!s.headline) findTitled(a, s);
  for (const s of sentences) if (!s.headline) findCuedOrganisations(a, s);
  for (const s of sentences) if (!s.headline) findPlatforms(a, s);
  for (const s of sentences) if (!s.headline) findBrands(a, s);
  findParenthesisedAffiliations(a);
  for (const s of sentences) if (!s.headline) findUntitledNames(a, s);
  findPronounsAndGroups(a);
  linkAppositions(doc);
  return a;
}

const LEADING_PREPOSITIONS = new Set(["in", "during", "at", "after", "following", "before", "for", "on", "with", "despite", "amid", "unlike", "like", "according", "ahead"]);

/** "In a separate meeting with Ruto, the Ugandan president …": that comma ends a leading phrase, not a name. */
function closesLeadingPhrase(doc: Doc, comma: number): boolean {
  const s = doc.sentences[doc.sentenceOf[comma]!]!;
  let k = s.tokStart;
  while (k < s.tokEnd && doc.tokens[k]!.kind === "punct") k++;
  if (!LEADING_PREPOSITIONS.has(doc.tokens[k]?.lower ?? "")) return false;
  for (let j = k; j < comma; j++) if (doc.tokens[j]!.text === ",") return false;
  return true;
}

/** "Jane Wanjiru, the senior adviser to …": a role phrase right after a name (or after such a role and "and") restates it. */
function linkAppositions(doc: Doc): void {
  const roles = doc.mentions.filter((m) => m.kind === "role").sort((x, y) => x.spanStart - y.spanStart);
  for (const r of roles) {
    if (r.apposedPerson >= 0) continue;
    const sep = doc.tokens[r.spanStart - 1];
    const before = claimedBy(doc, r.spanStart - 2);
    if (!sep || !before) continue;
    if (sep.text === "," && before.kind === "person" && before.tokEnd === r.spanStart - 1 && !closesLeadingPhrase(doc, r.spanStart - 1)) {
      r.apposedPerson = before.id;
    }
    else if (sep.lower === "and") {
      const prevRole = roles.find((x) => x.tokEnd === r.spanStart - 1 && x.apposedPerson >= 0 && doc.mentions[x.apposedPerson]!.tokStart < x.tokStart);
      if (prevRole) r.apposedPerson = prevRole.apposedPerson;
    }
  }
}

function findPlaces(a: Analysis): void {
  const { doc } = a;
  const { tokens } = doc;
  for (const s of doc.sentences) {
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      const t = tokens[i]!;
      if (t.kind !== "word" || !t.cap) continue;
      if (t.text.includes("-") && !t.text.startsWith("al-")) {
        const parts = t.text.split(/[-‐‑]/);
        if (/^(pro|anti|non|post|pre|ex|neo|pan)$/i.test(parts[0]!) || parts.some((p) => p && (lookupPlace(p) || demonymCountry(p)))) {
          a.adjectival[i] = 1;
          continue;
        }
      }
      const next = tokens[i + 1];
      const pair = next && next.cap && next.kind === "word" ? demonymCountry(`${t.text} ${next.text}`) : undefined;
      if (pair) {
        // "South Korean", "New Zealander"
        doc.demonym[i] = pair;
        doc.demonym[i + 1] = pair;
        i++;
        continue;
      }
      const m = matchPlace(tokens, i, s.tokEnd);
      if (m) {
        const pm = newMention(doc, { kind: "place", tokStart: i, tokEnd: m.tokEnd, place: m.place });
        claimRange(doc, pm);
        const acr = parenthesisedAcronym(doc, m.tokEnd);
        // "Democratic Republic of Congo (DRC)", "Central African Republic (CAR)", not "Workers' Party of Example (WPE)".
        const spelled = acr >= 0 && initialsOf(tokens, i, m.tokEnd) === acronymLetters(tokens[acr]!.text);
        i = m.tokEnd - 1;
        if (spelled) {
          const am = newMention(doc, { kind: "place", tokStart: acr, tokEnd: acr + 1, place: m.place });
          claimRange(doc, am);
          i = acr + 1;
        }
        continue;
      }
      const d = demonymCountry(t.text);
      if (d) doc.demonym[i] = d;
    }
  }
}

const GROUP_NOUNS = new Set(["men", "leaders", "presidents", "officials", "ministers", "sides", "women", "heads"]);

function findPronounsAndGroups(a: Analysis): void {
  const { doc } = a;
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || claimedBy(doc, i)) continue;
    const l = t.lower;
    if (l === "he" || l === "she" || l === "him" || l === "his" || l === "her") {
      // "Holt and He in Beijing": a capitalised "He" inside a sentence is a name.
      if (t.cap && !atSentenceStart(doc, i) && l === "he") continue;
      const m = newMention(doc, { kind: "pronoun", tokStart: i, tokEnd: i + 1 });
      claimRange(doc, m);
      continue;
    }
    if ((l === "two" && tokens[i - 1]?.lower === "the") || l === "both") {
      const n = tokens[i + 1];
      if (n && GROUP_NOUNS.has(n.lower)) {
        const m = newMention(doc, { kind: "group", tokStart: l === "two" ? i - 1 : i, tokEnd: i + 2 });
        claimRange(doc, m);
        i++;
      } else if (l === "two" && n && atSentenceStart(doc, i - 1) && n.kind === "word" && !n.cap && BARE_TWO_VERBS.test(n.lower)) {
        // "The two met in Helsinki on Monday": the pair without a noun, as the subject of a verb.
        claimRange(doc, newMention(doc, { kind: "group", tokStart: i - 1, tokEnd: i + 1 }));
      }
    }
  }
}
