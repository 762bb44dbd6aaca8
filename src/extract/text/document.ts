/** The analysed article shared by the extraction passes: tokens, sentences and mentions. */
import type { Place } from "../entities/places.js";
import type { Sentence } from "./sentences.js";
import type { Token } from "./tokens.js";

export interface Qualifier {
  readonly kind: "country" | "place" | "org";
  readonly name: string;
  readonly countryCode: string | null;
  /** Mention id when the qualifier is a mention (org or place). */
  readonly mention: number;
}

export type MentionKind = "person" | "org" | "place" | "role" | "pronoun" | "group";

export interface Mention {
  readonly id: number;
  readonly kind: MentionKind;
  /** Token range of the name itself (for role, pronoun and group: the whole phrase). */
  tokStart: number;
  tokEnd: number;
  /** Token range of the whole phrase with title and qualifier ("Kenyan Foreign Minister Musalia Mudavadi"). */
  spanStart: number;
  spanEnd: number;
  readonly sentence: number;
  text: string;
  title: string | null;
  /** Lower-case title words for role matching ("foreign minister"). */
  titleKey: string | null;
  qualifier: Qualifier | null;
  former: boolean;
  /** Role phrases: "the", "a", a possessive place, or a possessive pronoun. */
  determiner: "definite" | "indefinite" | "pronoun" | "possessive" | null;
  place: Place | null;
  /** Resolved entity index (people, organisations or places, by kind); -1 while unresolved. */
  entity: number;
  /** A role phrase restated by a name right after it ("Indonesia's president-elect, Prabowo Subianto"). */
  apposedPerson: number;
  /** An acronym given in parentheses after an organisation or place. */
  acronym: string | null;
}

export interface Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Sentence index of each token. */
  readonly sentenceOf: Int32Array;
  readonly mentions: Mention[];
  /** Mention id claiming each token, or -1. */
  readonly claim: Int32Array;
  /** Country named by a demonym token ("Kenyan"), or null. */
  readonly demonym: (Place | null)[];
}

export interface OrgCandidate {
  readonly tokStart: number;
  readonly tokEnd: number;
  /** Why it is an organisation; "weak" ones are dropped when the word turns out to be a person's name. */
  readonly strength: "strong" | "weak";
  /** Person or role mention the organisation qualifies ("Pentagon spokesman Pat Ryder"). */
  readonly qualifies: number;
}

/** The article with its mentions, while the passes run. */
export interface Analysis {
  readonly doc: Doc;
  readonly orgCandidates: OrgCandidate[];
  readonly adjectival: Uint8Array;
}

export function newMention(doc: Doc, init: Partial<Mention> & Pick<Mention, "kind" | "tokStart" | "tokEnd">): Mention {
  const m: Mention = {
    id: doc.mentions.length,
    spanStart: init.tokStart,
    spanEnd: init.tokEnd,
    sentence: doc.sentenceOf[init.tokStart]!,
    text: surface(doc, init.tokStart, init.tokEnd),
    title: null,
    titleKey: null,
    qualifier: null,
    former: false,
    determiner: null,
    place: null,
    entity: -1,
    apposedPerson: -1,
    acronym: null,
    ...init,
  };
  doc.mentions.push(m);
  return m;
}

export function surface(doc: Doc, from: number, to: number): string {
  if (to <= from) return "";
  const text = doc.text.slice(doc.tokens[from]!.start, doc.tokens[to - 1]!.end);
  // A name broken across lines of a wrapped page is one name.
  return text.includes("\n") ? text.replace(/\s+/g, " ") : text;
}

export function claimRange(doc: Doc, m: Mention, from = m.tokStart, to = m.tokEnd): void {
  for (let i = from; i < to; i++) doc.claim[i] = m.id;
}

/** Mention claiming token i, if any. */
export function claimedBy(doc: Doc, i: number): Mention | null {
  if (i < 0 || i >= doc.claim.length) return null;
  const id = doc.claim[i]!;
  return id >= 0 ? doc.mentions[id]! : null;
}
