/** Personal names: title chains before them, what a name looks like, and when two name forms are one person. */
import { HONORIFIC_PAIRS, HONORIFIC_TAILS, NAME_PARTICLES, NON_PERSON_FIRST, NON_PERSON_HEADS, ORG_HEADS, STOPWORDS, TITLE_CORE, TITLE_MODIFIERS, TITLE_PRE, TRADITIONAL_TITLES } from "../text/lexicon.js";
import type { Token } from "../text/tokens.js";
import { isCommonWord, isKnownWord, isProperWord } from "../text/words.js";
import { fold } from "../../identity/names.js";

export interface TitleChain {
  /** Token range of the title words, modifiers excluded. */
  readonly start: number;
  readonly end: number;
  readonly former: boolean;
}

const DOTTED = new Set(["mr", "mrs", "ms", "dr", "gen", "col", "lt", "sen", "rep", "gov", "capt", "prof", "maj", "adm", "brig", "sgt", "lieut", "engr", "hon"]);
const ABBREVIATED_TITLES = new Set(["gen", "col", "lt", "sen", "rep", "gov", "capt", "prof", "maj", "adm", "brig", "sgt", "lieut", "engr", "hon"]);

/** Title words starting at i ("Foreign Minister", "Supreme Leader Ayatollah", "deputy foreign minister"); must end on a core word. */
export function titleChainAt(tokens: readonly Token[], i: number, limit: number): TitleChain | null {
  let j = i;
  let former = false;
  while (j < limit && tokens[j]!.kind === "word" && TITLE_MODIFIERS.has(tokens[j]!.lower)) {
    former ||= tokens[j]!.lower === "former" || tokens[j]!.lower === "ex" || tokens[j]!.lower === "late";
    j++;
  }
  const start = j;
  let lastCore = -1;
  while (j < limit) {
    const t = tokens[j]!;
    if (t.kind !== "word") {
      if (t.text === "." && lastCore === j - 1 && DOTTED.has(tokens[j - 1]!.lower)) {
        j++;
        continue;
      }
      break;
    }
    let l = t.lower.startsWith("ex-") ? t.lower.slice(3) : t.lower;
    if (t.lower.startsWith("ex-")) former = true;
    // "Chancellor-in-waiting", "Prime Minister-designate", "Secretary-nominee"
    const suffix = /^(.+?)-(elect|designate|in-waiting|nominee|in-chief)$/.exec(l);
    if (suffix && TITLE_CORE.has(suffix[1]!)) l = suffix[1]!;
    // "Tan Sri", "Toh Puan": an honorific of two words that are no title apart.
    const pair = HONORIFIC_PAIRS.get(l);
    if (pair && j + 1 < limit && pair.has(tokens[j + 1]!.lower)) {
      lastCore = j + 1;
      j += 2;
      continue;
    }
    // "Ambassador Extraordinary and Plenipotentiary": the envoy's full rank, not a name.
    if (l === "extraordinary" && lastCore === j - 1 && /^(ambassadors?|envoys?)$/.test(tokens[j - 1]!.lower)) {
      const full = tokens[j + 1]?.lower === "and" && tokens[j + 2]?.lower === "plenipotentiary";
      lastCore = full ? j + 2 : j;
      j = lastCore + 1;
      continue;
    }
    // "Datuk Seri", "Datuk Amar": a tail lengthens the honorific right before it.
    if (lastCore === j - 1 && HONORIFIC_TAILS.has(l)) {
      lastCore = j;
      j++;
      continue;
    }
    // "Tebogo Kgosi": a traditional title after a given name is the family name.
    if (j === start && TRADITIONAL_TITLES.has(l) && tokens[j - 1]?.kind === "word" && tokens[j - 1]!.cap && !isTitleWord(tokens[j - 1]!)) return null;
    // "Gen Sultan bin Khalid": a title word before "bin" is the given name of a patronymic.
    if (TITLE_CORE.has(l) && j > start && /^(bin|ibn|bint|ben)$/.test(tokens[j + 1]?.lower ?? "")) break;
    if (TITLE_CORE.has(l) || ABBREVIATED_TITLES.has(l)) lastCore = j;
    else if (!TITLE_PRE.has(l)) break;
    j++;
  }
  if (lastCore < 0) return null;
  let end = lastCore + 1;
  if (end < limit && tokens[end]!.text === "." && DOTTED.has(tokens[lastCore]!.lower)) end++;
  // "Crown Prince and Prime Minister Karim …": two capitalised titles of one person, joined by "and".
  if (tokens[end]?.lower === "and" && tokens[start]!.cap && tokens[end + 1]?.cap && end + 1 < limit) {
    const more = titleChainAt(tokens, end + 1, limit);
    const after = more ? tokens[more.end] : undefined;
    // "the Governor-General and Mr X" are two people: a courtesy title alone after "and" starts another person.
    const courtesy = more !== null && more.end - more.start <= 2 && /^(mr|mrs|ms|dr|sir|dame|lady|lord|madam|mme|m)$/.test(tokens[more.start]!.lower);
    if (more && after && after.kind === "word" && after.cap && !isTitleWord(after) && !courtesy) end = more.end;
  }
  return { start, end, former };
}

/**
 * "Chairman Lo Sen met", "… met Lo Sen. The talks": an abbreviated title with no name after it (nor after its dot)
 * is a word of the name before.
 */
export function isBareAbbreviation(tokens: readonly Token[], j: number): boolean {
  if (!ABBREVIATED_TITLES.has(tokens[j]!.lower) || tokens[j]!.allCaps) return false;
  const next = tokens[j + (tokens[j + 1]?.text === "." ? 2 : 1)];
  return !(next?.kind === "word" && next.cap && !STOPWORDS.has(next.lower));
}

export function isTitleWord(t: Token): boolean {
  return t.kind === "word" && (TITLE_CORE.has(t.lower) || TITLE_PRE.has(t.lower));
}

export function isParticle(t: Token): boolean {
  return t.kind === "word" && !t.cap && NAME_PARTICLES.has(t.lower);
}

// Folding and the name key live in src/identity, so extraction, the load and queries agree on them.
// `nameKey` here is the key as words (what the extractor compares); src/identity's `nameKey` joins them.
export { fold, hasParticle, nameCompatible, namesAFather, nameWords as nameKey, wordRole } from "../../identity/names.js";

/** Short family names that are also function words: capitalised inside a sentence they are names ("To Duc Anh", "He Jianguo"). */
const NAME_STOPWORDS = new Set(["to", "he", "do", "so", "no", "an", "yu", "hu", "un", "ha"]);

/** A capitalised function word starting a name of two or more words, away from a sentence start ("Vice Premier He Jianguo"). */
export function isNameStopword(words: readonly Token[], k: number): boolean {
  // "Jane May", "Ali Will": a capitalised modal after a given name is a surname.
  if (k === words.length - 1 && k >= 1 && words[k]!.cap && !words[k]!.allCaps && /^(may|will|can|shall|should|must)$/.test(words[k]!.lower) && words[k - 1]!.cap) return true;
  return k === 0 && words.length >= 2 && words[0]!.cap && !words[0]!.allCaps && NAME_STOPWORDS.has(words[0]!.lower) && words[1]!.cap;
}

/**
 * A run read as a name without the marks inside it: the quotes of a one-word nickname ("Given “Nick” Family") and a
 * middle initial's full stop ("Given M. Family").
 */
function withoutNameMarks(run: readonly Token[]): readonly Token[] {
  const quote = (t: Token | undefined, re: RegExp): boolean => t !== undefined && t.kind === "punct" && re.test(t.text);
  const nickname = run.length >= 5 && run.some((t, k) => k > 0 && quote(t, /^[“"]$/) && quote(run[k + 2], /^[”"]$/));
  const initialStop = (t: Token, k: number): boolean => t.text === "." && k > 1 && k < run.length - 1 && /^[A-Z]$/.test(run[k - 1]!.text);
  return run.filter((t, k) => !(nickname && quote(t, /^[“”"]$/)) && !initialStop(t, k));
}

/** Whether an untitled run of capitalised words reads as a personal name; `midSentence`: capitalisation is meaningful. */
export function looksLikePersonName(run: readonly Token[], midSentence = false): boolean {
  const words = withoutNameMarks(run);
  const core = words.filter((t) => !isParticle(t));
  if (core.length < 2) return false;
  if (core.some((t) => t.kind !== "word" || /\d/.test(t.text))) return false;
  const last = core[core.length - 1]!.lower;
  if (ORG_HEADS.has(last) || NON_PERSON_HEADS.has(last) || NON_PERSON_FIRST.has(fold(words[0]!.text))) return false;
  if (core.filter((t) => t.allCaps).length >= 2) return false;
  // "NATO Allies", "ACME-Wire London": an acronym before ordinary words opens no personal name.
  if (core[0]!.allCaps && core.some((t) => !t.allCaps)) return false;
  if (core.some((t, k) => (STOPWORDS.has(t.lower) && !(midSentence && isNameStopword(core, k))) || (isTitleWord(t) && !(k > 0 && TRADITIONAL_TITLES.has(t.lower))))) return false;
  if (words.some((t) => isParticle(t)) || core.some((t) => /^(?:al|el|bin|ibn|abu|abd)-/i.test(t.text))) return true;
  const common = core.filter((t, k) => isCommonWord(t.lower) && !(midSentence && isNameStopword(core, k)));
  if (common.length === 0) return true;
  // "George Baker": a given name first makes a common surname acceptable; so does a first word no English list knows
  // ("Ivo Strand", "Dele Cole").
  const first = core[0]!.lower;
  // (A plural people, "Mauritanians Abroad", is no given name.)
  return (isProperWord(first) || (!isKnownWord(first) && /^\p{L}+$/u.test(first) && !/(?:ans|ese)$/.test(first))) && !isCommonWord(first) && common.length === 1 && common[0] !== core[0] && !isCommonWord(last, 2000);
}

/** Whether a single capitalised word after a title can be a surname ("President Ruto", not "General Motors"). */
export function looksLikeSurname(t: Token): boolean {
  if (t.kind !== "word" || !t.cap || /\d/.test(t.text)) return false;
  if (STOPWORDS.has(t.lower) || isTitleWord(t) || ORG_HEADS.has(t.lower)) return false;
  return !isCommonWord(t.lower, 3000);
}
