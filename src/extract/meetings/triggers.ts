/**
 * What states a meeting: verbs ("met with", "hosted", "spoke by phone with") and nouns ("a phone call between", "in a separate
 * meeting with"), their participants, and the cues that a meeting is only planned, denied or hypothetical.
 */
import { clauseAround, descriptionBefore, mentionEnd, parseList } from "../mentions/clauses.js";
import type { Doc, Mention } from "../text/document.js";
import { APART_CUES, DENIAL_CUES, IRREALIS_NOUN_CUES, IRREGULAR_PAST, MODAL_BEFORE_VERB, POST_NOMINALS, VERB_FILLERS } from "../text/lexicon.js";
import { entitiesOf, type Context } from "./meeting-context.js";
import { groupAsSubject, groupObject } from "./named-later.js";
import type { Sentence } from "../text/sentences.js";
import type { Token } from "../text/tokens.js";
import type { AttendanceRole, MeetingKind } from "../types.js";
import { pickDate, pickPlace } from "../when-where/venue.js";
import { envoysByCountry, GROUP_OF_PEOPLE, groupMembers, skipAfterVerb } from "./objects.js";
const MEET_VERBS = new Set(["met", "meet", "meets"]);

const HOST_VERBS = new Set(["hosted", "hosts", "welcomed", "welcomes", "received", "receives", "greeted", "greets", "hosting", "receiving", "welcoming", "accredited"]);

const CALL_VERBS = new Set(["phoned", "telephoned", "rang", "called", "dialled", "dialed", "dials", "phones", "telephones", "rings"]);

// "talking to", "talks to": the present of captions ("X talking to Y during the session").
const SPEAK_VERBS = new Set(["spoke", "speaks", "talked", "spoken", "talking", "talks"]);

/** "conferred with X", "discussed with X the situation": talks with someone, in person unless a phone cue says otherwise. */
const CONFER_VERBS = new Set(["conferred", "confers", "discussed", "discusses", "consulted", "consults", "negotiated", "huddled", "huddles"]);

const HAND_VERBS = new Set(["shook", "shakes", "shake", "shaking"]);

const SIT_VERBS = new Set(["sat", "sits", "sit", "sitting"]);

const VISIT_VERBS = new Set(["visited", "visits"]);

const EMBRACE_VERBS = new Set(["embraced", "hugged", "embraces", "hugs"]);

/** "shared the stage with", "shared a platform with": side by side in one place. */
const SHARE_VERBS = new Set(["shared", "shares", "share"]);

/** "A and B witnessed the signing of …": both in the room. */
const WITNESS_VERBS = new Set(["witnessed", "witness", "witnesses", "oversaw", "attended"]);

/** "exchanged pleasantries with", "A and B exchanged greetings": face to face. */
const EXCHANGE_VERBS = new Set(["exchanged", "exchange", "exchanges"]);

/** "A and B had lunch", "held a working dinner with X": a meal together is a meeting. */
const MEAL_NOUNS = new Set(["lunch", "dinner", "breakfast", "luncheon"]);

export const MEETING_NOUNS = new Set([
  ...MEAL_NOUNS,
  "meeting", "meetings", "talks", "talk", "discussions", "discussion", "summit", "sit-down", "encounter", "conversation", "conversations",
  "call", "calls", "consultations", "audience", "tête-à-tête", "phone-call", "videoconference", "negotiations", "conference", "teleconference",
  "visit", "dialogue",
]);

const CALL_NOUN_CUES = new Set([
  "phone", "telephone", "video", "phone-call", "telephonic", "videoconference", "teleconference", "call", "calls", "conversation", "conference", "virtual",
  "online", "remote", "video-link", "videolink", "zoom",
]);

const AGENT_VERBS = new Set(["held", "had", "holds", "hold", "holding", "having", "conducted", "conducts", "conduct", "has", "paid", "pays", "paying", "made", "makes", "attended", "attends", "attending"]);

const NOUN_IRREALIS_AFTER = new Set([
  "will", "would", "could", "might", "should", "shall", "expected", "scheduled", "planned", "due", "cancelled", "canceled", "postponed",
  "scrapped", "delayed", "called", "never", "proposed", "possible", "rumoured", "rumored",
]);

const DISTINCT_CUES = new Set(["previous", "prior", "earlier", "last", "previously", "former"]);

/** Time words between a subject and its verb ("Ruto on Tuesday met"). */
const TEMPORAL_FILLERS = new Set([
  "on", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "today", "yesterday", "earlier", "later", "this",
  "last", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend",
]);

const LEADING = new Set(["in", "during", "at", "after", "following", "before", "for", "on", "ahead", "throughout", "amid"]);

/** "joined X for dinner", "joining X on a boat ride": together with X at an occasion. */
const JOIN_VERBS = new Set(["joined", "joining", "joins"]);

const JOINT_OCCASIONS = /^(dinner|lunch|luncheon|breakfast|ride|tour|walk|stroll|cruise|meeting|talks|visit|drive|game|round|dinners|meal)$/;

/** After "joined X": "for dinner", "on a scenic boat ride", "at a working lunch". */
function jointOccasion(t: Doc["tokens"], k: number, ce: number): boolean {
  if (!/^(for|on|at|in)$/.test(t[k]?.lower ?? "")) return false;
  for (let p = k + 1; p < ce && p < k + 6; p++) {
    const w = t[p]!;
    if (w.kind !== "word") return false;
    if (JOINT_OCCASIONS.test(w.lower)) return true;
  }
  return false;
}

const ALL_VERBS: ReadonlySet<string> = new Set([
  ...MEET_VERBS, ...HOST_VERBS, ...CALL_VERBS, ...SPEAK_VERBS, ...CONFER_VERBS, ...HAND_VERBS, ...SIT_VERBS, ...VISIT_VERBS, ...EMBRACE_VERBS, ...SHARE_VERBS,
  ...EXCHANGE_VERBS, ...WITNESS_VERBS, ...JOIN_VERBS,
]);

export function isMeetingVerb(l: string): boolean {
  return ALL_VERBS.has(l);
}

/** The people right before a verb: "Tinubu and Mahama last met", "Ghana's president John Mahama spoke". */
export function subjectBefore(ctx: Context, i: number, clauseStart: number): Mention[] {
  const { doc, st } = ctx;
  const t = doc.tokens;
  let k = i - 1;
  for (let guard = 0; guard < 4; guard++) {
    // "Jane Doe AC CVO received": honours after the subject's name.
    // ("X did meet Y": an emphatic auxiliary.)
    while (k >= clauseStart && t[k]!.kind === "word" && (VERB_FILLERS.has(t[k]!.lower) || TEMPORAL_FILLERS.has(t[k]!.lower) || /^(did|does)$/.test(t[k]!.lower) || /^\p{Ll}+ly$/u.test(t[k]!.text) || (t[k]!.allCaps && POST_NOMINALS.has(t[k]!.lower)))) k--;
    // "X and his delegation were welcomed": the person, with his own people.
    if (k - 2 >= clauseStart && /^(delegation|team|entourage|aides|party)$/.test(t[k]!.lower) && /^(his|her|their)$/.test(t[k - 1]!.lower) && t[k - 2]!.lower === "and") k -= 3;
    // "He and his accompanying delegation were received"
    else if (k - 3 >= clauseStart && /^(delegation|team|entourage)$/.test(t[k]!.lower) && /^(accompanying|visiting|official)$/.test(t[k - 1]!.lower) && /^(his|her|their)$/.test(t[k - 2]!.lower) && t[k - 3]!.lower === "and") k -= 4;
    // "X and a delegation of MPs have met Y": the person, with a delegation named later.
    for (let d = k - 1; d >= Math.max(clauseStart + 2, k - 4); d--) {
      if (t[d]!.kind !== "word") break;
      if (t[d]!.lower === "of" && t[d - 1]!.lower === "delegation" && /^(a|the|his|her|their)$/.test(t[d - 2]!.lower) && t[d - 3]?.lower === "and") {
        k = d - 4;
        break;
      }
    }
    // "Beltrão (PT) received": a parenthesis between the subject and its verb.
    if (k > clauseStart && t[k]!.text === ")" && st.paren[k]) {
      let p = k;
      while (p > clauseStart && t[p]!.text !== "(") p--;
      if (t[p]!.text !== "(") break;
      k = p - 1;
      continue;
    }
    break;
  }
  // "…, who later met X": the person before the relative pronoun.
  if (k >= clauseStart && /^(who|whom)$/.test(t[k]!.lower) && t[k - 1]?.text === ",") k -= 2;
  const out: Mention[] = [];
  for (let guard = 0; guard < 8 && k >= clauseStart; guard++) {
    let m = st.endAt.get(k) ?? null;
    // "X, who accompanied Y, met Z": the subject is before the relative clause; so in "X, who is on a visit met Z",
    // whose closing comma was left out.
    const unclosed = !m && out.length === 0 && st.relative[k] === 1 && !st.relative[i];
    if (!m && ((t[k]!.text === "," && st.relative[k - 1]) || unclosed)) {
      let p = unclosed ? k : k - 1;
      while (p > clauseStart && st.relative[p]) p--;
      if (t[p]?.text === ",") {
        m = st.endAt.get(p - 1) ?? null;
        if (m) k = p - 1;
      }
    }
    // "Colombia's foreign minister, Luis Murillo, joined", "led by X, had met", but not "he met X, attended …" nor
    // "talks with X, attended …", where X is an object.
    const apposed = st.endAt.get(k - 1);
    const opener = apposed ? t[apposed.spanStart - 1] : undefined;
    if (!m && t[k]!.text === "," && apposed && !(opener && opener.kind === "word" && !opener.cap && (isPast(opener.lower) || ALL_VERBS.has(opener.lower) || /^(with|to|for|from|about)$/.test(opener.lower)) && apposed.spanStart > clauseStart)) {
      m = apposed;
      k--;
    }
    if (!m && t[k]!.text === ",") {
      let p = k - 1;
      while (p > clauseStart && t[p]!.text !== "," && k - p < 40) p--;
      if (t[p]?.text === ",") {
        m = st.endAt.get(p - 1) ?? null;
        if (m) k = p - 1;
      }
    }
    if (!m) break;
    // "X, the youngest daughter of Y, had meetings with Z": Y only describes X, who acts.
    if (t[m.spanStart - 1]?.lower === "of" || t[m.spanStart - 1]?.kind === "poss") {
      let p = m.spanStart - 1;
      while (p > clauseStart && p > m.spanStart - 8 && t[p]!.text !== ",") p--;
      const before = t[p]?.text === "," ? st.endAt.get(p - 1) : undefined;
      if (before && t[m.spanEnd]?.text === "," && /^(the|a|an)$/.test(t[p + 1]?.lower ?? "")) m = before;
    }
    out.unshift(m);
    // "X and investor Y", "X, and Canadian investor, Y": a description between the conjunction and a name.
    let d = m.spanStart;
    if (t[d - 1]?.text === "," && t[d - 2]?.kind === "word") d--;
    const described = descriptionBefore(doc, d, clauseStart);
    let j = described < d && /^(and|,)$/.test(t[described - 1]?.lower ?? "") ? described - 1 : m.spanStart - 1;
    if (j < clauseStart) break;
    // "A, B as well as C and D held talks"
    if (t[j]!.lower === "as" && t[j - 1]?.lower === "well" && t[j - 2]?.lower === "as" && j - 3 >= clauseStart) {
      k = t[j - 3]!.text === "," ? j - 4 : j - 3;
      continue;
    }
    if (t[j]!.lower === "and" || t[j]!.text === ",") {
      if (t[j]!.lower === "and" && t[j - 1]?.text === ",") j--;
      k = j - 1;
      if (t[j]!.text === "," && !st.endAt.has(k)) break;
      continue;
    }
    break;
  }
  return out;
}

/** "He had visited Kyiv days earlier and held talks with X": the subject of the first verb of the coordination. */
export function conjoinedSubject(ctx: Context, i: number, cs: number): Mention[] {
  const t = ctx.doc.tokens;
  let k = i - 1;
  while (k >= cs && t[k]!.kind === "word" && (VERB_FILLERS.has(t[k]!.lower) || /^\p{Ll}+ly$/u.test(t[k]!.text))) k--;
  // "…, holding talks with X": a participle after a comma has the sentence's subject.
  const participle = t[k]?.text === "," && /ing$/.test(t[i]!.lower);
  // "he met A, attended separate meetings with B, C and D": a series of past predicates of the clause's subject.
  if (t[k]?.text === "," && isPast(t[i]!.lower) && t[i + 1]?.lower !== "by") {
    const start = afterLeadingPhrase(ctx, cs, k);
    const first = firstListInClause(ctx, start, k);
    if (first.length > 0) {
      let v = mentionEnd(ctx.doc, first[first.length - 1]!);
      while (v < k && t[v]!.kind === "word" && (VERB_FILLERS.has(t[v]!.lower) || /^\p{Ll}+ly$/u.test(t[v]!.text))) v++;
      if (v < k && isPast(t[v]!.lower) && first[0]!.spanStart >= start) return first;
    }
  }
  if (k < cs || !(t[k]!.lower === "and" || participle) || ctx.st.endAt.has(k - 1) || ctx.st.relative[k]) return [];
  const first = firstListInClause(ctx, afterLeadingPhrase(ctx, cs, k), k);
  if (first.length === 0) return [];
  // The coordination must follow a verb of the same subject: no other person between the subject and "and".
  const firstEnd = mentionEnd(ctx.doc, first[first.length - 1]!);
  for (let p = firstEnd; p < k; p++) if (ctx.st.startAt.has(p)) return [];
  return first;
}

/**
 * Where the main clause starts after a leading phrase ("After being welcomed by the X dancers, Y made a visit … and
 * met Z"): the people of the leading phrase are not the coordination's subject. The clause start when there is none.
 */
function afterLeadingPhrase(ctx: Context, cs: number, limit: number): number {
  const t = ctx.doc.tokens;
  let k = cs;
  while (k < limit && t[k]!.kind === "punct") k++;
  if (!LEADING.has(t[k]?.lower ?? "")) return cs;
  for (let p = k + 1; p < limit; p++) if (t[p]!.text === "," && !ctx.st.paren[p]) return p + 1;
  return cs;
}

/** After a leading phrase ("In a separate meeting with X, the Ugandan president …"), the main clause's subject. */
export function mainSubject(ctx: Context, s: Sentence, i: number): Mention[] | null {
  const t = ctx.doc.tokens;
  let k = s.tokStart;
  while (k < s.tokEnd && t[k]!.kind === "punct") k++;
  if (!LEADING.has(t[k]?.lower ?? "")) return null;
  const commaFrom = (p: number): number => {
    while (p < s.tokEnd && t[p]!.text !== ",") p++;
    return p;
  };
  let comma = commaFrom(k);
  // "After talks with A in P, and meetings with B in Q, the leader …": one leading phrase.
  while (comma < i && t[comma + 1]?.lower === "and" && commaFrom(comma + 1) < s.tokEnd && commaFrom(comma + 1) > i) comma = commaFrom(comma + 1);
  if (comma < i) return null;
  if (comma >= s.tokEnd || (/^(with|between)$/.test(t[i + 1]?.lower ?? "") && comma > i + 2)) {
    // "During the meeting with X the Head of State noted …": no comma after the leading phrase.
    const listed = parseList(ctx.doc, ctx.st, i + 2, s.tokEnd);
    const next = ctx.st.startAt.get(listed.end);
    if (listed.items.length === 0 || !next || listed.end >= comma) return comma >= s.tokEnd ? null : mainSubjectAfter(ctx, s, comma);
    return parseList(ctx.doc, ctx.st, listed.end, s.tokEnd).items;
  }
  return mainSubjectAfter(ctx, s, comma);
}

function mainSubjectAfter(ctx: Context, s: Sentence, comma: number): Mention[] {
  const t = ctx.doc.tokens;
  let j = comma + 1;
  while (j < s.tokEnd && t[j]!.kind === "punct") j++;
  return parseList(ctx.doc, ctx.st, j, s.tokEnd).items;
}

export function modalBefore(ctx: Context, i: number, clauseStart: number): boolean {
  const t = ctx.doc.tokens;
  // "made a visit to the museum and met X": a verb in the past is no infinitive, so a "to" or a modal with other
  // words between governs something else.
  const past = isPast(t[i]!.lower);
  let crossed = false;
  let seen = 0;
  // "will visit the museum and meet X": a base form joined by "and" shares the first verb's modal.
  let reach = 4;
  for (let k = i - 1; k >= clauseStart && seen < reach; k--) {
    const w = t[k]!;
    if (w.kind === "punct") break;
    if (w.lower === "to" && k === i - 1 && travelledTo(ctx, k)) return false;
    // "in May met X": the month, not the modal.
    if (MODAL_BEFORE_VERB.has(w.lower) && !(w.text === "May" && k > clauseStart)) return !(past && crossed);
    if (w.lower === "and" && !past) reach = seen + 6;
    if (!VERB_FILLERS.has(w.lower)) crossed = true;
    if (ctx.st.endAt.has(k)) break;
    if (!VERB_FILLERS.has(w.lower) || w.lower === "not" || w.lower === "never") {
      if (w.lower === "not" || w.lower === "never") return true;
    }
    seen++;
  }
  return futureFrame(ctx, i, clauseStart);
}

/**
 * "He will be greeted by X, before he has meetings with Y", "will arrive on Monday before meeting Y", "will tour the port
 * and then hold talks with Y": a clause of time after a future main clause is future too, unless it holds a past verb
 * of its own ("will visit Oslo, two days after he met Y").
 */
export function futureFrame(ctx: Context, i: number, clauseStart: number): boolean {
  const t = ctx.doc.tokens;
  let conj = -1;
  for (let k = i - 1; k > clauseStart && k >= i - 8; k--) {
    const l = t[k]!.lower;
    if (/^(before|after|until|once)$/.test(l) || (l === "then" && /^(and|,)$/.test(t[k - 1]?.lower ?? ""))) {
      conj = k;
      break;
    }
    if (t[k]!.kind === "punct" && t[k]!.text !== ",") return false;
  }
  if (conj < 0) return false;
  // "after last week's talks": a meeting dated in the past.
  const noun = t[i]!;
  if (t[i - 1]?.kind === "poss" && /^(week|month|year|yesterday|weekend)$|day$/.test(t[i - 2]?.lower ?? "") && MEETING_NOUNS.has(noun.lower)) return false;
  const pastAt = (k: number): boolean => {
    const l = t[k]!.lower;
    if (!isPast(l) || t[k]!.cap) return false;
    // "will be formally greeted", "is expected to": a participle after a form of "be" or "have".
    let b = k - 1;
    while (b > clauseStart && /ly$/.test(t[b]!.lower)) b--;
    return !/^(be|been|being|is|are|am|was|were|has|have|had)$/.test(t[b]?.lower ?? "");
  };
  for (let k = conj + 1; k <= i; k++) if (pastAt(k)) return false;
  for (let k = conj - 1; k >= clauseStart && k >= conj - 25; k--) {
    // ("X, who will retire in June, agreed …": a relative clause's future is not the main clause's.)
    if (ctx.st.relative[k]) continue;
    const l = t[k]!.lower;
    if (/^(will|shall|'ll|’ll)$/.test(l) || plannedCueAt(t, k)) return true;
    if (pastAt(k) || /^(said|says|told)$/.test(l)) return false;
  }
  return false;
}

/** Words that put two people's discussing apart: each on their own, or in a medium of their own. */
function apartCue(t: Doc["tokens"], cs: number, ce: number): boolean {
  for (let k = cs; k < ce; k++) if (APART_CUES.has(t[k]!.lower)) return true;
  return false;
}

/** "travelled to Riyadh to meet X", "flew to Oslo to hold talks": a trip made for the meeting, so it took place. */
function travelledTo(ctx: Context, to: number): boolean {
  const { doc } = ctx;
  const place = doc.claim[to - 1]! >= 0 ? doc.mentions[doc.claim[to - 1]!]! : null;
  if (!place || place.kind !== "place" || place.tokEnd !== to) return false;
  const t = doc.tokens;
  const p = place.tokStart - 1;
  return /^(to|in)$/.test(t[p]?.lower ?? "") && /^(travelled|traveled|flew|went|came|headed|drove|journeyed|arrived)$/.test(t[p - 1]?.lower ?? "");
}

/** A past tense or participle: "-ed" (not "proceed", "need"), or an irregular one ("met", "flew", "agreed"). */
function isPast(w: string): boolean {
  return (/[a-z]ed$/.test(w) && !/eed$/.test(w)) || w === "had" || IRREGULAR_PAST.has(w);
}

/** "a meeting between A and B has not been planned", "talks with X were cancelled": the verb after the participants. */
function negatedAfter(t: Doc["tokens"], k: number, ce: number): boolean {
  for (let p = k; p < ce && p < k + 6; p++) {
    const l = t[p]!.lower;
    if (/^(not|n't|n’t|never)$/.test(l) || NOUN_IRREALIS_AFTER.has(l)) return true;
    if (t[p]!.kind === "punct") return false;
  }
  return false;
}

/** "The premier was to attend a roundtable discussion", "is due to hold talks", "are set to have a call": planned, not told. */
function plannedBefore(ctx: Context, cs: number, i: number): boolean {
  for (let k = Math.max(cs, i - 12); k < i - 1; k++) if (plannedCueAt(ctx.doc.tokens, k)) return true;
  return false;
}

/** "is to", "was due to", "are expected to", "is set to" at k: what follows is planned. */
export function plannedCueAt(t: Doc["tokens"], k: number): boolean {
  if (!/^(is|are|was|were|be|been)$/.test(t[k]?.lower ?? "")) return false;
  const n = t[k + 1]?.lower ?? "";
  return n === "to" || (/^(due|set|expected|scheduled|slated|poised|going|likely|supposed)$/.test(n) && t[k + 2]?.lower === "to");
}

/** "X is hosting a lunch for Y later this afternoon", "is meeting Y tomorrow": a present progressive told as future. */
function futureProgressive(t: Doc["tokens"], i: number, cs: number, ce: number): boolean {
  // "Mr A meets Foreign Minister B today": a present tense with today's or a later time is the day's programme.
  if (/^(meets|hosts|receives|welcomes)$/.test(t[i]!.lower)) {
    for (let p = i + 1; p < ce; p++) if (/^(today|tonight|tomorrow)$/.test(t[p]!.lower)) return true;
    return false;
  }
  if (!/ing$/.test(t[i]!.lower)) return false;
  let k = i - 1;
  while (k >= cs && VERB_FILLERS.has(t[k]!.lower) && !/^(is|are|am)$/.test(t[k]!.lower)) k--;
  if (!/^(is|are|am|'s|'re)$/.test(t[k]?.lower ?? "")) return false;
  for (let p = i + 1; p < ce; p++) {
    const w = t[p]!.lower;
    if (w === "tomorrow" || w === "tonight") return true;
    if (w === "later" && /^(today|tonight|this)$/.test(t[p + 1]?.lower ?? "")) return true;
    if (w === "next" && /^(week|month|year|weekend)$|day$/.test(t[p + 1]?.lower ?? "")) return true;
  }
  return false;
}

function denied(ctx: Context, s: Sentence, i: number): boolean {
  for (let k = s.tokStart; k < i; k++) if (DENIAL_CUES.has(ctx.doc.tokens[k]!.lower)) return true;
  const t = ctx.doc.tokens;
  // "Outlets claimed that A had called B, but B rejected this as false": a claim, denied after it.
  let claimed = false;
  for (let k = s.tokStart; k < i && !claimed; k++) claimed = /^(claimed|claims|claim|alleged|reported|reports|said|says)$/.test(t[k]!.lower) && t[k + 1]?.lower === "that";
  for (let k = i + 1; claimed && k < s.tokEnd; k++) {
    if (t[k]!.lower !== "but") continue;
    for (let p = k + 1; p < Math.min(s.tokEnd, k + 6); p++) {
      const what = t[p + 1]?.lower ?? "";
      const claimNoun = what === "the" && /^(claim|claims|report|reports|allegation|allegations)$/.test(t[p + 2]?.lower ?? "");
      if (/^(rejected|denied|dismissed|refuted|rejects|denies|dismisses)$/.test(t[p]!.lower) && (/^(this|it|that|these|such)$/.test(what) || claimNoun)) return true;
    }
  }
  for (let k = s.tokStart; k < i; k++) {
    const l = t[k]!.lower;
    if (l === "whether") return true;
    if (l !== "if" && l !== "unless") continue;
    // "As if to make the point, X met Y", "If elected, …, he met": the condition ends before the meeting is told.
    if (t[k - 1]?.lower === "as") continue;
    let comma = false;
    for (let p = k + 1; p < i; p++) if (t[p]!.text === ",") comma = true;
    if (!comma) return true;
  }
  return false;
}

/** "by phone", "over the phone", "via video link", "by videoconference", "telephonically": the token after the cue, or -1. */
export function phoneCue(t: Doc["tokens"], j: number): number {
  const w = t[j]?.lower ?? "";
  if (/^(telephonically|virtually|remotely)$/.test(w)) return j + 1;
  if (!/^(by|on|over|via|through)$/.test(w)) return -1;
  let k = j + 1;
  if (/^(the|a)$/.test(t[k]?.lower ?? "")) k++;
  if (!/^(phone|telephone|video|videolink|video-link|videoconference|video-conference|teleconference|telephone-call|phone-call|zoom|conference-call)$/.test(t[k]?.lower ?? "")) return -1;
  k++;
  if (/^(link|call|conference|conferencing|line)$/.test(t[k]?.lower ?? "")) k++;
  return k;
}

const PASSIVE_AUX = new Set(["was", "were", "been", "being", "is", "are", "be"]);

/** "was received by", "were hosted by": a passive meeting verb. */
function passiveBefore(t: Doc["tokens"], i: number, cs: number): boolean {
  for (let k = i - 1; k >= Math.max(cs, i - 3); k--) {
    const l = t[k]!.lower;
    if (PASSIVE_AUX.has(l)) return true;
    if (!(VERB_FILLERS.has(l) || /^\p{Ll}+ly$/u.test(t[k]!.text))) return false;
  }
  return false;
}

const CONDUCT_NOUNS = new Set([
  "ceremony", "meeting", "talks", "summit", "dinner", "lunch", "luncheon", "banquet", "reception", "breakfast", "session", "event", "signing", "call",
  "conference", "negotiations", "consultations", "discussions", "gathering", "forum", "round",
]);

export function verbTrigger(ctx: Context, s: Sentence, i: number): void {
  const { doc, st } = ctx;
  const t = doc.tokens;
  const l = t[i]!.lower;
  const [cs, ce] = clauseAround(doc, st, i);
  let j = skipAfterVerb(doc, i + 1, ce);
  let call = false;
  let hosting = false;
  let visit = false;
  let phone = false;
  /** The object may be missing: "A and B met", "A and B spoke by phone", "A and B shook hands". */
  let reciprocal = false;
  let together = false;
  // "was received by X", "a ceremony hosted by X": the people after "by" act.
  if ((HOST_VERBS.has(l) || MEET_VERBS.has(l)) && t[j]?.lower === "by") {
    passiveTrigger(ctx, s, i, j + 1, [cs, ce], HOST_VERBS.has(l));
    return;
  }
  if (MEET_VERBS.has(l)) {
    // "met and had a talk with X": the meeting is told by what follows "and", which takes the object.
    if (t[i + 1]?.lower === "and") {
      for (let k = i + 2; k < Math.min(ce, i + 6); k++) if ((MEETING_NOUNS.has(t[k]!.lower) || ALL_VERBS.has(t[k]!.lower)) && /^(with|between)$/.test(t[k + 1]?.lower ?? "")) return;
    }
    if (t[j]?.lower === "up" && t[j + 1]?.lower === "with") j += 2;
    else if (t[j]?.lower === "with" || t[j]?.lower === "privately") j++;
    j = skipAfterVerb(doc, j, ce);
    if (t[j]?.lower === "with") j++;
  } else if (HOST_VERBS.has(l)) {
    hosting = true;
    // "he received a warm welcome from X": X welcomed him.
    if (/^receiv/.test(l) && welcomeAccorded(ctx, s, i, "from")) return;
    // "received a courtesy call from X", "received a visit from X": the visitor came in person.
    const visitAt = /^receiv/.test(l) && /^(a|an)$/.test(t[j]?.lower ?? "") ? (t[j + 1]?.lower === "courtesy" ? j + 2 : j + 1) : -1;
    if (visitAt > 0 && ((t[j + 1]?.lower === "courtesy" && /^(call|visit)$/.test(t[visitAt]?.lower ?? "")) || t[visitAt]?.lower === "visit") && t[visitAt + 1]?.lower === "from") {
      j = visitAt + 2;
    } else if (/^receiv/.test(l) && /^(a|an)$/.test(t[j]?.lower ?? "")) {
      // "received a phone call from X"
      let k = j + 1;
      while (k < j + 4 && CALL_NOUN_CUES.has(t[k]?.lower ?? "")) k++;
      // "received a phone call on Monday from X"
      if (k > j + 1 && t[k]?.lower !== "from") k = skipAfterVerb(doc, k, ce);
      if (k > j + 1 && t[k]?.lower === "from") {
        call = true;
        hosting = false;
        j = k + 1;
      } else if (k > j + 1) return;
      // "received a number of foreign leaders including X": not a call; the group's members follow.
    }
  } else if (CALL_VERBS.has(l)) {
    call = true;
    if (l === "called" && t[j]?.lower === "on") {
      // "called on the Prime Minister": a visit, not a phone call.
      call = false;
      visit = true;
      j++;
    } else if (/^(called|rang|phoned)$/.test(l) && t[j]?.lower === "up") j++;
    if (l === "called" && !st.startAt.has(j)) return;
  } else if (WITNESS_VERBS.has(l)) {
    // Only "witnessed the signing (ceremony)" by two or more together.
    if (t[j]?.lower !== "the" || !/^(signing|signature|exchange)$/.test(t[j + 1]?.lower ?? "")) return;
    reciprocal = true;
    j += 2;
  } else if (EXCHANGE_VERBS.has(l)) {
    // "exchanged views with X on …", "A and B have exchanged views": talks, in person unless the story tells a call.
    const views = /^(views|ideas|opinions)$/.test(t[j]?.lower ?? "");
    if (!/^(pleasantries|greetings|handshakes|hugs)$/.test(t[j]?.lower ?? "") && !views) return;
    if (views) {
      call = true;
      together = true;
    }
    if (t[j + 1]?.lower === "with") j += 2;
    else {
      j++;
      reciprocal = true;
    }
  } else if (SHARE_VERBS.has(l)) {
    if (!/^(the|a)$/.test(t[j]?.lower ?? "") || !/^(stage|platform|podium|dais|table)$/.test(t[j + 1]?.lower ?? "") || t[j + 2]?.lower !== "with") return;
    j += 3;
  } else if (SPEAK_VERBS.has(l)) {
    call = true;
    const cue = phoneCue(t, j);
    if (cue > 0) {
      phone = true;
      j = skipAfterVerb(doc, cue, ce);
    }
    if (/^(to|with)$/.test(t[j]?.lower ?? "")) j++;
    else if (phone) reciprocal = true;
    else return;
  } else if (CONFER_VERBS.has(l)) {
    const cue = phoneCue(t, j);
    if (cue > 0) {
      phone = true;
      call = true;
      j = skipAfterVerb(doc, cue, ce);
    }
    // Only "with" a person: "discussed the budget" or "consulted the report" tells no meeting, unless two people discuss
    // it together ("Prime Minister A and President B discussed issues of cooperation").
    if (t[j]?.lower === "with") j++;
    else if (/^discuss/.test(l)) {
      // (In person or by phone as the story tells: a story that speaks of a call makes it that call.)
      reciprocal = true;
      call = true;
      together = true;
    }
    else return;
  } else if (HAND_VERBS.has(l)) {
    if (t[j]?.lower !== "hands") return;
    if (t[j + 1]?.lower === "with") j += 2;
    else {
      j++;
      reciprocal = true;
    }
  } else if (SIT_VERBS.has(l)) {
    if (t[j]?.lower !== "down" || t[j + 1]?.lower !== "with") return;
    j += 2;
  } else if (VISIT_VERBS.has(l)) {
    visit = true;
  } else if (JOIN_VERBS.has(l)) {
    if (!st.startAt.has(j) || st.startAt.get(j)!.kind === "group") return;
  } else if (EMBRACE_VERBS.has(l)) {
    /* object follows */
  }
  if (denied(ctx, s, i)) return;
  if (modalBefore(ctx, i, cs) || futureProgressive(t, i, cs, ce)) {
    // "X was invited to meet with Y": kept, in case "The meeting took place on Monday" follows.
    if (MEET_VERBS.has(l) && !reciprocal) {
      const ids = [...entitiesOf(ctx, firstListInClause(ctx, cs, i)), ...entitiesOf(ctx, parseList(doc, st, j, ce).items)];
      if (new Set(ids).size >= 2) ctx.lastPlanned = { ids: [...new Set(ids)], sentence: s.index };
    }
    return;
  }
  let objects = reciprocal ? { items: [], end: j } : parseList(doc, st, j, ce);
  if (hosting && objects.items.length === 0) {
    // "hosted a welcome ceremony for X", "hosted a dinner in honour of X"
    // ("hosted a reception in <city> on <date> for a delegation led by X": the group's head.)
    for (let k = j; k < Math.min(ce, j + 12); k++) {
      const w = t[k]!.lower;
      if (t[k]!.kind === "punct") break;
      if (w === "for" || ((w === "honour" || w === "honor") && t[k + 1]?.lower === "of")) {
        objects = parseList(doc, st, w === "for" ? k + 1 : k + 2, ce);
        if (objects.items.length === 0 && w === "for") objects = groupMembers(ctx, k + 1, ce);
        break;
      }
    }
  }
  // "received the credentials of the new ambassadors of Uruguay, A, Chile, B and Australia, C": each envoy by country.
  let byCountry = false;
  if (objects.items.length === 0 && (hosting || MEET_VERBS.has(l))) {
    const listed = envoysByCountry(ctx, j, s.tokEnd);
    if (listed.items.length > 0) [objects, byCountry] = [listed, true];
  }
  if (objects.items.length === 0 && !visit) objects = groupMembers(ctx, j, ce);
  if (visit && objects.items.length === 0) return;
  if (JOIN_VERBS.has(l) && !jointOccasion(t, objects.end, ce)) return;
  if (objects.items.length === 0 && !reciprocal && (hosting || MEET_VERBS.has(l))) {
    // "received five new ambassadors": people named in a later sentence.
    if (!modalBefore(ctx, i, cs) && !denied(ctx, s, i)) {
      const agents = subjectBefore(ctx, i, cs);
      groupObject(ctx, s, i, j, ce, agents.length > 0 ? agents : conjoinedSubject(ctx, i, cs), { call, hosting });
    }
  }
  if (l === "called" && objects.items.length > 0) {
    const after = t[objects.end];
    // "called on X to resign": a demand; "called X a liar": a name, not a call.
    if (visit && (after?.lower === "to" || after?.kind === "poss")) return;
    if (!visit && after && after.kind === "word" && !after.cap && !/^(on|in|at|from|during|after|before|last|this|earlier|later|yesterday|today|and|to|about|over|by|via|with|for|early|late|shortly|twice|again|amid|while|when|as|following|ahead)$/.test(after.lower)) return;
  }
  let subjects = subjectBefore(ctx, i, cs);
  if (subjects.length === 0) subjects = conjoinedSubject(ctx, i, cs);
  // "X travelled to Riyadh to meet Y": the traveller.
  if (subjects.length === 0 && t[i - 1]?.lower === "to" && travelledTo(ctx, i - 1)) {
    const place = doc.mentions[doc.claim[i - 2]!]!;
    subjects = subjectBefore(ctx, place.tokStart - 2, cs);
  }
  // "The premier ended the tour by joining X on a river cruise": the gerund has the clause's subject.
  if (subjects.length === 0 && /ing$/.test(l) && GERUND_CONJ.test(t[i - 1]?.lower ?? "")) subjects = gerundSubject(ctx, s, i - 1, cs);
  // "Both sides discussed …", "The two leaders discussed …": the meeting just told, not one of its own. And only office
  // holders discussing together, in no interview, paper or speech of each ("A and B each discussed it on television").
  if (together && reciprocal && (subjects.some((m) => m.kind === "group" || m.kind === "pronoun" || !m.titleKey) || apartCue(t, cs, ce))) return;
  const agentIds = entitiesOf(ctx, subjects);
  // ("Protesting officials greeted X with boos" is no welcome: only welcomed, received, hosted or met.)
  if (agentIds.length === 0 && !reciprocal && objects.items.length > 0 && (/^(welcomed|received|hosted)$/.test(l) || MEET_VERBS.has(l))) groupAsSubject(ctx, s, i, cs, objects.items, call);
  if (reciprocal && agentIds.length < 2) return;
  // "A and B discussed …" after their meeting or call was told: what they discussed in it.
  if (together && reciprocal && ctx.drafts.some((d) => s.index - d.sentence <= 8 && agentIds.every((e) => d.participants.has(e)))) return;
  const objectIds = entitiesOf(ctx, objects.items).filter((e) => !agentIds.includes(e));
  if (agentIds.length + objectIds.length === 0) return;
  // "…, meets MP A, former Minister B": with no one found to meet them, the people met did not meet each other;
  // "A, B and a delegation, receives a message": hosts with no one received did not meet each other either (one host
  // alone may still be joined by those who "attended the meeting").
  if (agentIds.length === 0 && !reciprocal && objects.items.length > 1) return;
  if (hosting && objectIds.length === 0 && agentIds.length > 1) return;
  // "spoke with X by phone"
  if (call && !phone && phoneCue(t, objects.end) > 0) phone = true;
  const distinct = hasDistinctCue(ctx, i, cs);
  const roleAgent: AttendanceRole = hosting ? "host" : visit ? "guest" : null;
  const roleObject: AttendanceRole = hosting ? "guest" : visit ? "host" : null;
  const spanStart = subjects.length > 0 ? Math.min(subjects[0]!.spanStart, i) : i;
  const spanEnd = Math.max(objects.end, i + 1);
  const base = {
    nominal: false, roleAgent, roleObject, call, weakCall: (SPEAK_VERBS.has(l) || together) && !phone, definite: false, distinct, separate: false,
    reference: false, spanStart, clause: [cs, ce] as [number, number],
  };
  // "met ambassador A, and ambassadors B of X, C of Y": envoys are received in turn, one meeting each;
  // "received in audience A, B and C": audiences are given one by one.
  // "conferred individually with A, B and C": one meeting each.
  let envoys = byCountry || (t[i + 1]?.lower === "in" && t[i + 2]?.lower === "audience") || /^(individually|separately)$/.test(t[i + 1]?.lower ?? "");
  for (let k = j; k < objects.end && !envoys; k++) envoys = /^(ambassadors|envoys|commissioners)$/.test(t[k]!.lower);
  // "talked with Ambassador of X A, Ambassador of Y B": each envoy by their own title.
  if (!envoys && objects.items.length > 1) envoys = objects.items.every((m) => /\b(ambassador|envoy|high commissioner)$/.test(m.titleKey ?? ""));
  if (agentIds.length > 0 && (allPrincipals(ctx, objectIds) || (envoys && objectIds.length > 1) || (hosting && fromDistinctCountries(ctx, objects.items))) && !jointCue(ctx, cs, ce)) {
    // "met Dubai's ruler A and Abu Dhabi's crown prince B": one audience with each leader.
    for (const m of objects.items) {
      if (!objectIds.includes(m.entity)) continue;
      addDraft(ctx, s, i, { ...base, mentions: [...subjects, m], agents: agentIds, objects: [m.entity], spanEnd: Math.max(i + 1, mentionEnd(ctx.doc, m)) });
    }
    return;
  }
  // "A and B separately called on C": one meeting each.
  // ("A and B hosted separate receptions for C" too.)
  if (agentIds.length > 1 && objectIds.length > 0 && (t[i - 1]?.lower === "separately" || t[i + 1]?.lower === "separately" || (hosting && t[j]?.lower === "separate"))) {
    for (const m of subjects) {
      if (!agentIds.includes(m.entity)) continue;
      addDraft(ctx, s, i, { ...base, mentions: [m, ...objects.items], agents: [m.entity], objects: objectIds, spanEnd, separate: true });
    }
    return;
  }
  addDraft(ctx, s, i, { ...base, mentions: [...subjects, ...objects.items], agents: agentIds, objects: objectIds, spanEnd });
}

/**
 * "X and his delegation were accorded a warm welcome by Y", "X received a warm welcome from Y": a welcome told
 * from the guest's side, Y the host. Whether it was one.
 */
export function welcomeAccorded(ctx: Context, s: Sentence, i: number, from: "by" | "from" = "by"): boolean {
  const t = ctx.doc.tokens;
  let k = i + 1;
  if (!/^(a|an)$/.test(t[k]?.lower ?? "")) return false;
  k++;
  while (k < i + 5 && t[k]?.kind === "word" && !t[k]!.cap && !/^(welcome|reception)$/.test(t[k]!.lower)) k++;
  if (!/^(welcome|reception)$/.test(t[k]?.lower ?? "") || t[k + 1]?.lower !== from) return false;
  passiveTrigger(ctx, s, i, k + 2, clauseAround(ctx.doc, ctx.st, i), true, from === "from");
  return true;
}

/**
 * "A and B also presented their letters of credence to the president", a caption's "X presenting credentials to
 * President Y": each envoy meets the one who receives the credentials, in turn.
 */
export function credentialsTrigger(ctx: Context, s: Sentence, i: number): void {
  const { doc, st } = ctx;
  const t = doc.tokens;
  const [cs, ce] = clauseAround(doc, st, i);
  let j = i + 1;
  while (j < ce && /^(his|her|their|its|the|a|copies|copy|of|letters|letter|formal)$/.test(t[j]!.lower)) j++;
  if (!/^(credentials|credence)$/.test(t[j]?.lower ?? "")) return;
  j = skipAfterVerb(doc, j + 1, ce);
  if (t[j]?.lower !== "to") return;
  const objects = parseList(doc, st, j + 1, ce);
  const hosts = entitiesOf(ctx, objects.items.slice(0, 1));
  if (hosts.length === 0 || modalBefore(ctx, i, cs) || denied(ctx, s, i)) return;
  let envoys = subjectBefore(ctx, i, cs);
  // "X (right), Chilean Ambassador to Kenya presenting …": a caption's subject before its apposition.
  if (entitiesOf(ctx, envoys).length === 0) envoys = firstListInClause(ctx, cs, i);
  const envoyIds = entitiesOf(ctx, envoys).filter((e) => !hosts.includes(e));
  const spanStart = envoys.length > 0 ? Math.min(envoys[0]!.spanStart, i) : i;
  for (const e of envoyIds) {
    addDraft(ctx, s, i, {
      nominal: false, mentions: [...envoys, ...objects.items], agents: hosts, objects: [e], roleAgent: "host", roleObject: "guest", call: false,
      weakCall: false, definite: false, distinct: false, separate: envoyIds.length > 1, reference: false, spanStart, spanEnd: objects.end, clause: [cs, ce],
    });
  }
}

/**
 * "X was received by Y" (Y hosts X), "X was met by Y"; and "… at a ceremony hosted by Y", "talks mediated by Y": the
 * people after "by" join the meeting told just before in the sentence.
 */
function passiveTrigger(ctx: Context, s: Sentence, i: number, byAt: number, [cs, ce]: [number, number], hosting: boolean, guestActs = false): void {
  const { doc, st } = ctx;
  const t = doc.tokens;
  if (modalBefore(ctx, i, cs) || denied(ctx, s, i)) return;
  const by = parseList(doc, st, byAt, ce);
  const byIds = entitiesOf(ctx, by.items);
  if (byIds.length === 0) return;
  if (guestActs || passiveBefore(t, i, cs)) {
    let k = i - 1;
    while (k >= cs && (PASSIVE_AUX.has(t[k]!.lower) || VERB_FILLERS.has(t[k]!.lower) || /^\p{Ll}+ly$/u.test(t[k]!.text))) k--;
    let subjects = subjectBefore(ctx, k + 1, cs);
    // "A delegation … led by Senator X arrived. They were greeted by Y": the delegation, by its head for now.
    if (entitiesOf(ctx, subjects).length === 0 && t[k]?.lower === "they" && k === cs) subjects = delegationHeadBefore(ctx, s);
    const guestIds = entitiesOf(ctx, subjects).filter((e) => !byIds.includes(e));
    if (guestIds.length === 0) return;
    const spanStart = subjects[0]!.sentence === s.index ? Math.min(subjects[0]!.spanStart, i) : k;
    addDraft(ctx, s, i, {
      mentions: [...subjects, ...by.items], agents: byIds, objects: guestIds, nominal: false, roleAgent: hosting ? "host" : null,
      roleObject: hosting ? "guest" : null, call: false, weakCall: false, definite: false, distinct: hasDistinctCue(ctx, k + 1, cs), separate: false,
      reference: false, spanStart, spanEnd: Math.max(by.end, i + 1), clause: [cs, ce],
    });
    return;
  }
  if (guestAtHostedMeal(ctx, s, i, by, byIds)) return;
  conductedBy(ctx, s, i, byIds);
}

/** The head of a delegation the sentence before tells of ("A delegation of six members led by Senator X arrived"). */
function delegationHeadBefore(ctx: Context, s: Sentence): Mention[] {
  const prev = ctx.doc.sentences[s.index - 1];
  if (!prev) return [];
  const t = ctx.doc.tokens;
  let d = prev.tokStart;
  while (d < prev.tokEnd && t[d]!.lower !== "delegation") d++;
  if (d >= prev.tokEnd) return [];
  return groupMembers(ctx, d + 1, prev.tokEnd).items.filter((m) => m.kind !== "pronoun" && m.entity >= 0);
}

const MEALS = new Set(["dinner", "lunch", "luncheon", "banquet", "breakfast", "reception"]);

/** "Y attended a dinner hosted by X": a guest at a meal meets its host, when no meeting of the sentence came before. */
function guestAtHostedMeal(ctx: Context, s: Sentence, i: number, by: { items: Mention[]; end: number }, byIds: readonly number[]): boolean {
  const { doc } = ctx;
  const t = doc.tokens;
  const last = ctx.drafts[ctx.drafts.length - 1];
  if (last && last.sentence === s.index) return false;
  let meal = -1;
  for (let k = i - 1; k >= Math.max(s.tokStart, i - 4) && meal < 0; k--) if (MEALS.has(t[k]!.lower)) meal = k;
  if (meal < 0) return false;
  let v = meal - 1;
  while (v >= s.tokStart && v > meal - 5 && !/^(attended|joined)$/.test(t[v]!.lower)) {
    if (t[v]!.kind !== "word") return false;
    v--;
  }
  if (!/^(attended|joined)$/.test(t[v]?.lower ?? "")) return false;
  const [cs, ce] = clauseAround(doc, ctx.st, v);
  if (modalBefore(ctx, v, cs) || denied(ctx, s, v)) return false;
  const guests = subjectBefore(ctx, v, cs);
  const guestIds = entitiesOf(ctx, guests).filter((e) => !byIds.includes(e));
  if (guestIds.length === 0) return false;
  addDraft(ctx, s, i, {
    mentions: [...guests, ...by.items], agents: [...byIds], objects: guestIds, nominal: false, roleAgent: "host", roleObject: "guest", call: false,
    weakCall: false, definite: false, distinct: false, separate: false, reference: false, spanStart: Math.min(guests[0]!.spanStart, v),
    spanEnd: Math.max(by.end, i + 1), clause: [cs, ce],
  });
  return true;
}

/** "a ceremony hosted by X", "talks mediated by X", "a meeting chaired by X": X joins the meeting just told in the sentence. */
export function conductedBy(ctx: Context, s: Sentence, i: number, byIds: readonly number[]): void {
  const t = ctx.doc.tokens;
  let noun = false;
  for (let k = i - 1; k >= Math.max(s.tokStart, i - 4); k--) if (CONDUCT_NOUNS.has(t[k]!.lower)) noun = true;
  const last = ctx.drafts[ctx.drafts.length - 1];
  if (!noun || !last || last.sentence !== s.index) return;
  for (const e of byIds) if (!last.participants.has(e)) last.participants.set(e, null);
}

const HONORIFIC_WORDS = new Set(["sheikh", "sheik", "shaikh", "ayatollah", "hojatoleslam", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady"]);
const PRINCIPAL_TITLES = ["president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "monarch", "crown prince", "supreme leader", "ruler", "pope"];

/** "for a trilateral summit", "together", "jointly": one meeting of all, not an audience with each. */
function jointCue(ctx: Context, cs: number, ce: number): boolean {
  for (let k = cs; k < ce; k++) if (/^(trilateral|three-way|four-way|quadrilateral|tripartite|joint|jointly|together|summit|multilateral)$/.test(ctx.doc.tokens[k]!.lower)) return true;
  return false;
}

/** Two or more heads of state or government as objects of one verb. */
function allPrincipals(ctx: Context, ids: readonly number[]): boolean {
  if (ids.length < 2) return false;
  return ids.every((e) => {
    const p = ctx.entities.persons[e];
    return p !== undefined && p.titles.some((t) => {
      if (t.former || /\b(deputy|vice|former|opposition)\b/.test(t.key)) return false;
      const key = t.key.split(" ").filter((w) => !HONORIFIC_WORDS.has(w)).join(" ");
      return PRINCIPAL_TITLES.some((h) => key === h || key.endsWith(` ${h}`));
    });
  });
}

/**
 * "received Vietnamese Vice President A, Laos's Deputy Foreign Minister B and Cambodian Minister C": three or more
 * guests, each from a country of their own, are courtesy calls in turn, not one meeting of them all.
 */
function fromDistinctCountries(ctx: Context, items: readonly Mention[]): boolean {
  if (items.length < 3) return false;
  const seen = new Set<string>();
  for (const m of items) {
    const c = countryBefore(ctx, m);
    if (c === null || seen.has(c)) return false;
    seen.add(c);
  }
  return true;
}

/** The country that opens a person's phrase: "Cambodian Minister X", "the United Kingdom's Trade Envoy X". */
function countryBefore(ctx: Context, m: Mention): string | null {
  const { doc } = ctx;
  const t = doc.tokens;
  const placeBefore = (k: number): string | null => {
    const place = doc.claim[k]! >= 0 ? doc.mentions[doc.claim[k]!]! : null;
    return place && place.kind === "place" ? place.text.toLowerCase() : null;
  };
  for (let k = m.spanStart - 1; k < m.tokStart; k++) {
    const d = doc.demonym[k];
    if (d && (k >= m.spanStart || t[k]!.cap)) return d.name;
    // "Brunei's Second Minister X", inside the phrase or just before it.
    if (t[k]?.kind === "poss" && placeBefore(k - 1)) return placeBefore(k - 1);
    // "the Prime Minister of Australia X"
    if (k > m.spanStart && t[k - 1]?.lower === "of" && placeBefore(k)) return placeBefore(k);
  }
  return null;
}

/** "Ambassador X bid farewell to President Y at State House": a leave-taking call, in person. */
export function farewellTrigger(ctx: Context, s: Sentence, i: number): void {
  const { doc, st } = ctx;
  const t = doc.tokens;
  if (!/^(bid|bade|bids|bidding)$/.test(t[i - 1]?.lower ?? "") || t[i + 1]?.lower !== "to") return;
  const [cs, ce] = clauseAround(doc, st, i);
  if (modalBefore(ctx, i - 1, cs) || denied(ctx, s, i - 1)) return;
  const subjects = subjectBefore(ctx, i - 1, cs);
  const objects = parseList(doc, st, i + 2, ce);
  const agentIds = entitiesOf(ctx, subjects);
  const objectIds = entitiesOf(ctx, objects.items).filter((e) => !agentIds.includes(e));
  if (agentIds.length === 0 || objectIds.length === 0) return;
  addDraft(ctx, s, i, {
    ...PLAIN_DRAFT, mentions: [...subjects, ...objects.items], agents: agentIds, objects: objectIds, roleAgent: "guest", roleObject: "host",
    spanStart: Math.min(i - 1, subjects[0]!.spanStart), spanEnd: objects.end, clause: [cs, ce],
  });
}

/** "The Sultan gave an audience at the palace on Wednesday to Prince X": the one who gave it hosts the one who had it. */
function gaveAudience(ctx: Context, s: Sentence, i: number): boolean {
  const { doc, st } = ctx;
  const t = doc.tokens;
  const v = /^(an|a)$/.test(t[i - 1]?.lower ?? "") ? i - 2 : i - 1;
  if (!/^(gave|granted|gives|grants|accorded)$/.test(t[v]?.lower ?? "")) return false;
  const [cs, ce] = clauseAround(doc, st, i);
  const to = skipAfterVerb(doc, i + 1, ce);
  if (t[to]?.lower !== "to") return false;
  if (modalBefore(ctx, v, cs) || denied(ctx, s, v)) return true;
  const hosts = subjectBefore(ctx, v, cs);
  const guests = parseList(doc, st, to + 1, ce);
  const hostIds = entitiesOf(ctx, hosts);
  const guestIds = entitiesOf(ctx, guests.items).filter((e) => !hostIds.includes(e));
  if (hostIds.length === 0 || guestIds.length === 0) return true;
  addDraft(ctx, s, i, {
    ...PLAIN_DRAFT, mentions: [...hosts, ...guests.items], agents: hostIds, objects: guestIds, roleAgent: "host", roleObject: "guest",
    spanStart: Math.min(i, hosts[0]?.spanStart ?? i), spanEnd: guests.end, clause: [cs, ce],
  });
  return true;
}

function hasDistinctCue(ctx: Context, i: number, cs: number): boolean {
  const t = ctx.doc.tokens;
  for (let k = i - 1; k >= Math.max(cs, i - 3); k--) if (DISTINCT_CUES.has(t[k]!.lower) || t[k]!.lower === "had") return true;
  return false;
}

export function nounTrigger(ctx: Context, s: Sentence, i: number): void {
  const { doc, st } = ctx;
  const t = doc.tokens;
  const noun = t[i]!.lower;
  // "paid a courtesy call on the Prime Minister": a visit.
  const courtesy = (noun === "call" && t[i - 1]?.lower === "courtesy" && t[i + 1]?.lower === "on") || paidVisitTo(t, i);
  // A visit is a meeting only when it is paid to a person ("paid a visit to President X"); "his visit to Kenya" is travel.
  if (noun === "visit" && !courtesy) return;
  // "they do not dialogue with X": the verb, not the noun.
  if (noun === "dialogue" && (MODAL_BEFORE_VERB.has(t[i - 1]?.lower ?? "") || /^(do|does|did|don['’]t|doesn['’]t|didn['’]t|they|we|i|you|he|she|who)$/.test(t[i - 1]?.lower ?? ""))) return;
  const { at: linkAt, medium, heldBy } = partnersLink(ctx, s, i);
  // (A dialogue that is a process or a forum is none: only a dialogue with or between people is a meeting.)
  if (noun === "dialogue" && !/^(with|between)$/.test(t[linkAt]?.lower ?? "")) return;
  // "took calls from A, B and C", "the phone calls from A, B and C" after calls from a group: a call from each.
  if (/^(call|calls)$/.test(noun) && t[i + 1]?.lower === "from") {
    callsFrom(ctx, s, i);
    return;
  }
  const linked = /^(with|between)$/.test(t[linkAt]?.lower ?? "") || courtesy;
  if (plannedTookPlace(ctx, s, i, linked && !courtesy ? linkAt : -1)) return;
  // "A and B held a phone call on Monday": without "with", only a reciprocal subject makes it a call.
  const meal = MEAL_NOUNS.has(noun);
  const reciprocal = !linked && (/^(call|calls|conversation|conversations)$/.test(noun) || meal);
  // "held a joint press conference", "a news conference with X": together in one room.
  const press = noun === "conference" && /^(press|news)$/.test(t[i - 1]?.lower ?? "");
  if (press && !linked && !/^(joint)$/.test(t[i - 2]?.lower ?? "")) return;
  if (noun === "conference" && !press && !/^(video|phone|telephone)$/.test(t[i - 1]?.lower ?? "")) return;
  const [cs, ce] = clauseAround(doc, st, i);
  let call = (CALL_NOUN_CUES.has(noun) && noun !== "conversation" && noun !== "conversations" && !press && !courtesy) || medium;
  // "after meeting Scholz": the gerund takes its object directly.
  const gerund = noun === "meeting" && ctx.st.startAt.has(i + 1) && GERUND_CONJ.test(t[i - 1]?.lower ?? "");
  if (noun === "audience" && gaveAudience(ctx, s, i)) return;
  if (noun === "audience" && t[i + 1]?.lower !== "with") return;
  let definite = false;
  let separate = false;
  let distinct = false;
  let possessor: Mention | null = null;
  let agentVerb = -1;
  for (let k = i - 1; k >= Math.max(cs, i - 6); k--) {
    const w = t[k]!;
    const lw = w.lower;
    if (w.kind === "poss") {
      definite = true;
      possessor = st.endAt.get(k - 1) ?? null;
      break;
    }
    if (lw === "his" || lw === "her" || lw === "their") {
      definite = true;
      possessor = doc.mentions[doc.claim[k]!] ?? null;
      if (possessor && possessor.kind !== "pronoun") possessor = null;
      break;
    }
    if (lw === "a" || lw === "an") {
      // "held a video conference with X"
      if (AGENT_VERBS.has(t[k - 1]?.lower ?? "") && k - 1 >= cs) agentVerb = k - 1;
      break;
    }
    if (/^(the|this|that|these|those)$/.test(lw)) {
      definite = true;
      break;
    }
    if (AGENT_VERBS.has(lw)) {
      agentVerb = k;
      break;
    }
    if (/^(was|were|is|are|been)$/.test(lw) && noun === "meeting" && k === i - 1) {
      agentVerb = k;
      break;
    }
    if (IRREALIS_NOUN_CUES.has(lw)) return;
    if (lw === "separate") separate = true;
    if (DISTINCT_CUES.has(lw)) distinct = true;
    if (CALL_NOUN_CUES.has(lw) && !press && !courtesy) call = true;
    if (w.kind !== "word") break;
  }
  if (heldBy && !possessor) possessor = heldBy;
  // Irrealis right before the determiner: "pursuing a meeting", "open to talks", "called for a meeting".
  for (let k = i - 1; k >= Math.max(cs, i - 5); k--) {
    const lw = t[k]!.lower;
    if (IRREALIS_NOUN_CUES.has(lw)) return;
    if (st.endAt.has(k)) break;
  }
  // "X wanted an opportunity to exchange views and have discussions with Y": what was wanted, further back.
  for (let k = i - 2; k >= Math.max(cs + 1, i - 12); k--) {
    if (t[k]!.lower !== "to" || t[k]!.kind !== "word") continue;
    const before = /^(opportunity|chance)$/.test(t[k - 1]!.lower) && /^(an|a|the)$/.test(t[k - 2]?.lower ?? "") ? k - 3 : k - 1;
    if (/^(want|wants|wanted|hope|hopes|hoped|hoping|seek|seeks|sought|seeking|wish|wishes|wished)$/.test(t[before]?.lower ?? "")) return;
  }
  for (let k = i + 1; k < Math.min(ce, i + 12); k++) {
    const lw = t[k]!.lower;
    if (NOUN_IRREALIS_AFTER.has(lw)) return;
    if (lw === "did" && /^(not|n't|n’t)$/.test(t[k + 1]?.lower ?? "")) return;
    if (t[k]!.kind === "punct" && t[k]!.text !== ",") break;
  }
  if (denied(ctx, s, i)) return;
  if (plannedBefore(ctx, cs, i) || futureFrame(ctx, agentVerb >= 0 ? agentVerb : i, cs)) {
    const w = skipAfterVerb(doc, i + 1, ce);
    const told = /^(with|between)$/.test(t[w]?.lower ?? "") ? parseList(doc, st, w + 1, ce).items : [];
    notePlanned(ctx, [...entitiesOf(ctx, firstListInClause(ctx, cs, i)), ...entitiesOf(ctx, told)]);
    return;
  }
  const plural = /s$/.test(noun) && noun !== "talks" && noun !== "discussions" && noun !== "consultations" && noun !== "negotiations";
  const next = t[linkAt]?.lower;
  let objects: Mention[] = [];
  let between = false;
  let listEnd = i + 1;
  let ofPeople: Mention[] = [];
  if (next === "with" && t[i + 2]?.lower === "each" && plural) {
    separateWithEach(ctx, s);
    return;
  }
  if (next === "between" || next === "with" || courtesy) {
    let r = parseList(doc, st, linkAt + 1, ce);
    if (r.items.length === 0 && next === "with") r = groupMembers(ctx, linkAt + 1, ce);
    // "talks between the two countries' presidents, A of X and B of Y": the group, then who they are.
    if (r.items.length === 0 && next === "between") {
      let c = linkAt + 1;
      let group = false;
      for (; c < Math.min(ce, linkAt + 9) && t[c]!.text !== "," && !st.startAt.has(c); c++) {
        if (GROUP_OF_PEOPLE.test(t[c]!.lower) || /^(presidents|premiers|prime)$/.test(t[c]!.lower)) group = true;
      }
      if (group && t[c]?.text === ",") r = parseList(doc, st, c + 1, ce);
    }
    objects = r.items;
    listEnd = r.end;
    between = next === "between";
  } else if (next === "of" && !plural) {
    // "a meeting of X and Y with (a delegation headed by) Z": the people named between "of" and "with" (their
    // titles may hold "and": "trade and industry commissioner X"), and the list after "with".
    let at = i + 2;
    while (at < Math.min(ce, i + 40) && t[at]!.lower !== "with" && !/^[.;:]$/.test(t[at]!.text)) at++;
    const people = t[at]?.lower === "with" ? mentionsIn(doc, i + 2, at).filter((m) => m.kind === "person") : [];
    if (people.length > 0) {
      let w = parseList(doc, st, at + 1, ce);
      if (w.items.length === 0) w = groupMembers(ctx, at + 1, ce);
      if (w.items.length > 0) [ofPeople, objects, listEnd] = [people, w.items, w.end];
    }
  } else if (gerund) {
    const r = parseList(doc, st, i + 1, ce);
    objects = r.items;
    listEnd = r.end;
  }
  if (noun === "visit") objects = objects.filter((m) => m.kind === "person" || m.kind === "role" || m.kind === "pronoun" || m.kind === "group");
  if (objects.length > 0 && negatedAfter(t, listEnd, ce)) return;
  // "agreed to hold talks with X", "slipped away for a while to hold a meeting": a purpose or a plan, not a meeting told.
  if (agentVerb >= 0 && t[agentVerb - 1]?.lower === "to") {
    notePlanned(ctx, [...entitiesOf(ctx, firstListInClause(ctx, cs, agentVerb)), ...entitiesOf(ctx, objects)]);
    return;
  }
  // "Mr A's meeting with Mrs B was designed to …" after "A is due to have talks with B": the planned meeting again.
  if (possessor && objects.length > 0) {
    const ids = [...entitiesOf(ctx, [possessor]), ...entitiesOf(ctx, objects)];
    if ((ctx.planned ?? []).some((p) => ids.length >= 2 && ids.every((e) => p.includes(e)))) return;
  }
  let agents: Mention[] = [];
  let reference = false;
  const leading = mainSubject(ctx, s, i);
  if (ofPeople.length > 0) agents = ofPeople;
  else if (reciprocal || (press && !linked)) {
    // "A and B held a (joint) phone call": the verb before the determiner.
    let v = agentVerb;
    for (let k = i - 1; v < 0 && k >= Math.max(cs, i - 5); k--) {
      if (AGENT_VERBS.has(t[k]!.lower)) v = k;
      else if (t[k]!.kind !== "word") break;
    }
    // "In a phone call on <day>, A and B spoke …": the main clause's subjects.
    const subjects = v >= 0 ? subjectBefore(ctx, v, cs) : (leading ?? []);
    if (entitiesOf(ctx, subjects).length < 2) return;
    agents = subjects;
  } else if (possessor?.kind === "pronoun" && leading && leading.length > 0) {
    // "In his meeting with X, the president discussed …": the pronoun of a leading phrase is the main clause's subject.
    agents = leading;
  } else if (possessor) agents = [possessor];
  else if (agentVerb >= 0) {
    agents = subjectBefore(ctx, agentVerb, cs);
    if (agents.length === 0) agents = conjoinedSubject(ctx, agentVerb, cs);
    // "X toured the port before paying a courtesy call on Y": the gerund's subject is the sentence's.
    if (agents.length === 0 && /ing$/.test(t[agentVerb]!.lower) && GERUND_CONJ.test(t[agentVerb - 1]?.lower ?? "")) agents = gerundSubject(ctx, s, agentVerb - 1, cs);
  }
  else if (!between && leading) {
    agents = leading;
    if (objects.length === 0 && definite) reference = true;
    else if (objects.length === 0) objects = toldObjects(ctx, s, agents);
  } else if (gerund || (noun === "meeting" && GERUND_CONJ.test(t[i - 1]?.lower ?? "") && objects.length > 0 && !between)) agents = gerundSubject(ctx, s, i - 1, cs);
  else if (!between && objects.length === 0 && !definite) agents = firstListInClause(ctx, cs, i);
  else if (!between && objects.length > 0) agents = clauseStartSubject(ctx, s, cs, i);
  // "held a meeting with a delegation of investors … The delegation was led by X": a group named later.
  if (objects.length === 0 && next === "with" && agents.length > 0 && !definite) groupObject(ctx, s, i, linkAt + 1, ce, agents, { call, hosting: false });
  // "The two held their first talks", "a phone call between the two": the two people just named.
  const pair = agents.length === 0 && objects.length === 0 ? pairSubject(ctx, s, i, agentVerb, cs) : [];
  if (objects.length === 0 && !reference && pair.length < 2 && (definite || agents.length === 0)) {
    if (definite && agents.length === 0) dateOfToldMeeting(ctx, s, i, [cs, ce]);
    return;
  }
  let agentIds = pair.length === 2 ? pair : entitiesOf(ctx, agents);
  if (agentIds.length === 0 && objects.length > 0) agentIds = pendingHost(ctx, s);
  const objectIds = entitiesOf(ctx, objects).filter((e) => !agentIds.includes(e));
  // "both men proceeded for an indoor meeting": the quote opens on the pair.
  const pairAt = pair.length === 2 ? pairPhraseStart(t, cs, i) : i;
  const spanStart = Math.min(i, pairAt, ...agents.filter((m) => m.sentence === s.index).map((m) => m.spanStart));
  const spanEnd = Math.max(listEnd, i + 1);
  const common = {
    mentions: [...agents, ...objects], nominal: true, call, weakCall: false, definite, distinct, separate, reference, spanStart, spanEnd,
    clause: [cs, ce] as [number, number], roleAgent: null, roleObject: null,
  };
  if (plural && !between && objectIds.length > 1) {
    if (agentIds.length === 0) return;
    for (const o of objectIds) addDraft(ctx, s, i, { ...common, agents: agentIds, objects: [o] });
    return;
  }
  addDraft(ctx, s, i, { ...common, agents: agentIds, objects: objectIds });
}

/** The mentions that lie wholly within tokens [from, to), in order. */
function mentionsIn(doc: Doc, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  for (let k = from; k < to; k++) {
    const m = doc.mentions[doc.claim[k]!];
    if (m && m.tokStart >= from && m.tokEnd <= to && !out.includes(m)) out.push(m);
  }
  return out;
}

/** "paid a (courtesy | brief | surprise …) visit to X", "pays a visit on X": the visitor meets whom they visit. */
function paidVisitTo(t: readonly Token[], i: number): boolean {
  if (t[i]?.lower !== "visit" || !/^(to|on)$/.test(t[i + 1]?.lower ?? "")) return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const lw = t[k]!.lower;
    if (lw === "a" || lw === "an") return /^(paid|pays|paying|pay)$/.test(t[k - 1]?.lower ?? "");
    if (t[k]!.kind !== "word") return false;
  }
  return false;
}

/**
 * Where a meeting noun at i meets its partners ("with" or "between"; else i + 1), past what may stand between: "was
 * held", "took place" ("a telephone conversation was held between A and B"), a participle ("negotiations carried out
 * between", "talks held on Monday with", not after "the"), "he held" ("a meeting he held with X", whose pronoun is
 * `heldBy`), a closing quote and a time ("“dialogue” on <day> between"), or a medium ("a conversation by phone with X";
 * `medium` says one was there).
 */
function partnersLink(ctx: Context, s: Sentence, i: number): { at: number; medium: boolean; heldBy: Mention | null } {
  const { doc } = ctx;
  const t = doc.tokens;
  const linkAfter = (k: number): number => {
    const w = skipAfterVerb(doc, k, s.tokEnd);
    return /^(with|between)$/.test(t[w]?.lower ?? "") ? w : -1;
  };
  const none = { at: i + 1, medium: false, heldBy: null };
  if (/^(with|between)$/.test(t[i + 1]?.lower ?? "")) return none;
  const passive = /^(was|were)$/.test(t[i + 1]?.lower ?? "") && /^(held|conducted|organi[sz]ed|arranged)$/.test(t[i + 2]?.lower ?? "");
  const tookPlace = t[i + 1]?.lower === "took" && t[i + 2]?.lower === "place";
  const definite = /^(the|this|that)$/.test(t[i - 1]?.lower ?? "");
  const participle = definite ? -1 : t[i + 1]?.lower === "carried" && t[i + 2]?.lower === "out" ? i + 3 : /^(held|conducted)$/.test(t[i + 1]?.lower ?? "") ? i + 2 : -1;
  const structural = passive || tookPlace ? linkAfter(i + 3) : participle > 0 ? linkAfter(participle) : -1;
  if (structural > 0) return { ...none, at: structural };
  const pronoun = /^(held|had)$/.test(t[i + 2]?.lower ?? "") && t[i + 3]?.lower === "with" ? ctx.st.startAt.get(i + 1) : undefined;
  if (pronoun?.kind === "pronoun") return { ...none, at: i + 3, heldBy: pronoun };
  const quoted = linkAfter(/^[”"’]$/.test(t[i + 1]?.text ?? "") ? i + 2 : i + 1);
  if (quoted > i + 1) return { ...none, at: quoted };
  const cue = /^(conversation|conversations|talks|talk|discussion|discussions|meeting|meetings)$/.test(t[i]!.lower) ? phoneCue(t, i + 1) : -1;
  if (cue < 0) return none;
  return { at: /^(with|between)$/.test(t[cue]?.lower ?? "") ? cue : i + 1, medium: true, heldBy: null };
}

/**
 * "X took calls from A, B and C": one call from each to the one who took them. "X has taken calls from foreign
 * leaders. … the phone calls from A, B and C": the callers named in a later sentence.
 */
function callsFrom(ctx: Context, s: Sentence, i: number): void {
  const { doc, st } = ctx;
  const t = doc.tokens;
  const [cs, ce] = clauseAround(doc, st, i);
  let verb = -1;
  for (let k = i - 1; k >= Math.max(cs, i - 8) && verb < 0; k--) if (/^(took|taken|takes|take|taking|received|receives|had|got|fielded)$/.test(t[k]!.lower)) verb = k;
  if (verb >= 0 && (modalBefore(ctx, verb, cs) || denied(ctx, s, verb))) return;
  const callers = parseList(doc, st, i + 2, ce);
  let agents = verb >= 0 ? subjectBefore(ctx, verb, cs) : [];
  if (verb >= 0 && agents.length === 0) agents = conjoinedSubject(ctx, verb, cs);
  let agentIds = entitiesOf(ctx, agents);
  if (callers.items.length === 0) {
    // "calls from foreign leaders": named later.
    if (agentIds.length > 0) groupObject(ctx, s, verb, i + 2, ce, agents, { call: true, hosting: false, each: true });
    return;
  }
  if (agentIds.length === 0 && verb < 0) {
    const p = ctx.pending.findLast((g) => g.call && !g.named && s.index - g.sentence <= 2 && s.index > g.sentence);
    if (!p) return;
    p.named = true;
    agentIds = p.agents;
  }
  const callerIds = entitiesOf(ctx, callers.items).filter((e) => !agentIds.includes(e));
  if (agentIds.length === 0 || callerIds.length === 0) return;
  for (const m of callers.items) {
    if (!callerIds.includes(m.entity)) continue;
    addDraft(ctx, s, i, {
      ...PLAIN_DRAFT, nominal: true, call: true, separate: callerIds.length > 1, mentions: [...agents, m], agents: agentIds, objects: [m.entity],
      spanStart: agents[0]?.sentence === s.index ? Math.min(agents[0]!.spanStart, i) : i, spanEnd: mentionEnd(doc, m), clause: [cs, ce],
    });
  }
}

/** "The meeting (in fact two) with the King took place on the 7th": "took place" or "was held" after a meeting noun. */
function heldAfter(t: Doc["tokens"], i: number, end: number, paren: Uint8Array): boolean {
  for (let k = i + 1; k < Math.min(end, i + 16); k++) {
    if (paren[k]) continue;
    if (t[k]!.lower === "took" && t[k + 1]?.lower === "place") return true;
    if (/^(was|were)$/.test(t[k]!.lower) && t[k + 1]?.lower === "held") return true;
    if (t[k]!.text === "," || t[k]!.text === ";") return false;
  }
  return false;
}

/** "X was invited to meet Y in Washington. The meeting took place on Monday": the planned meeting, told as held. */
function plannedTookPlace(ctx: Context, s: Sentence, i: number, withAt: number): boolean {
  const t = ctx.doc.tokens;
  const planned = ctx.lastPlanned;
  if (!planned || s.index - planned.sentence > 2 || s.index === planned.sentence) return false;
  if (i !== s.tokStart + 1 || t[s.tokStart]!.lower !== "the" || !heldAfter(t, i, s.tokEnd, ctx.st.paren)) return false;
  const [cs, ce] = clauseAround(ctx.doc, ctx.st, i);
  // "The meeting with the King took place": whoever it was with was among those planned.
  if (withAt >= 0) {
    const named = entitiesOf(ctx, parseList(ctx.doc, ctx.st, withAt + 1, ce).items);
    if (named.length === 0 || !named.every((e) => planned.ids.includes(e))) return false;
  }
  if (denied(ctx, s, i) || plannedBefore(ctx, cs, i)) return false;
  for (let k = i + 1; k < ce; k++) if (MODAL_BEFORE_VERB.has(t[k]!.lower) && t[k]!.lower !== "to") return false;
  const [first, ...rest] = planned.ids;
  ctx.lastPlanned = undefined;
  addDraft(ctx, s, i, { ...PLAIN_DRAFT, nominal: true, mentions: [], agents: [first!], objects: rest, spanStart: s.tokStart, spanEnd: ce, clause: [cs, ce] });
  return true;
}

const REMOTE_CONTACT = /\b(phone|telephone|telephoned|phoned|video|videoconference|virtually|online|remotely|teleconference|zoom|dialled|dialed|rang)\b|\bcalls?\b(?! (on|for|upon)\b)|\bcalled\b(?! (on|for|upon)\b)/i;
const remoteContact = new WeakMap<Doc, boolean>();

/** Whether a story speaks of contact at a distance anywhere ("called for closer ties" is no contact), once per story. */
function mentionsRemoteContact(doc: Doc): boolean {
  let v = remoteContact.get(doc);
  if (v === undefined) remoteContact.set(doc, (v = REMOTE_CONTACT.test(doc.text)));
  return v;
}

/** People of a meeting only planned, kept so that a later "their meeting" is not taken for one that happened. */
function notePlanned(ctx: Context, ids: readonly number[]): void {
  if (ids.length >= 2) (ctx.planned ??= []).push([...new Set(ids)]);
}

/** "The two held talks", "Both held a call", "a call between the two": the last two people named before, if they are two. */
function pairSubject(ctx: Context, s: Sentence, i: number, verb: number, cs: number): number[] {
  const t = ctx.doc.tokens;
  const words = (from: number, to: number): string => t.slice(from, to).map((x) => x.lower).join(" ");
  for (let k = i - 1; verb < 0 && k >= Math.max(cs, i - 6); k--) if (AGENT_VERBS.has(t[k]!.lower)) verb = k;
  const between = t[i + 1]?.lower === "between" && /^(the two|them|both|the pair|the two sides|the two leaders|the two men)$/.test(words(i + 2, Math.min(i + 5, s.tokEnd)).replace(/ [,.].*$/, ""));
  // "both men proceeded for an indoor meeting", "the two went into a meeting"
  if (verb < 0) for (let k = i - 1; k >= Math.max(cs, i - 6); k--) if (/^(proceeded|went|retreated|moved)$/.test(t[k]!.lower)) verb = k;
  const subject = verb >= 0 && /^(the two|both|the pair|the duo|the two leaders|the two men|the two sides|both leaders|both men)$/.test(words(cs, verb).replace(/^.*[,;] /, "").replace(/^[^a-z]+/, "").trim());
  if (!between && !subject) return [];
  // "The meeting between the two leaders" after a meeting of two: those two, not whoever attended with them.
  for (let d = ctx.drafts.length - 1; between && t[i - 1]?.lower === "the" && d >= 0; d--) {
    const draft = ctx.drafts[d]!;
    if (s.index - draft.sentence > 5) break;
    const principals = [...new Set([...draft.agents, ...draft.objects])];
    if (principals.length === 2 && principals.every((e) => draft.participants.has(e))) return principals;
  }
  const seen: number[] = [];
  for (let k = ctx.doc.mentions.length - 1; k >= 0 && seen.length < 3; k--) {
    const m = ctx.doc.mentions[k]!;
    if (m.sentence >= s.index || s.index - m.sentence > 3 || m.entity < 0 || (m.kind !== "person" && m.kind !== "role")) continue;
    const p = ctx.entities.persons[m.entity];
    if (!p || p.placeholder || seen.includes(m.entity)) continue;
    seen.push(m.entity);
  }
  return seen.length >= 2 ? seen.slice(0, 2) : [];
}

/** Where "both men", "the two leaders" opens before a meeting noun at i, or i. */
function pairPhraseStart(t: Doc["tokens"], cs: number, i: number): number {
  for (let k = i - 1; k >= Math.max(cs, i - 8); k--) {
    if (t[k]!.text === "," || t[k]!.text === ";") return i;
    if (/^(both|the)$/.test(t[k]!.lower) && /^(men|leaders|two|sides|women)$/.test(t[k + 1]?.lower ?? "")) return k;
  }
  return i;
}

/** "X received the ambassadors of A and B. At the meeting with the first, the sides …": the host of the group just received. */
function pendingHost(ctx: Context, s: Sentence): number[] {
  const p = ctx.pending[ctx.pending.length - 1];
  if (!p || s.index - p.sentence > 4 || s.index <= p.sentence) return [];
  p.named = true;
  return p.agents;
}

/** "In separate meetings with each ambassador, …": the last meeting with several guests was one meeting with each. */
function separateWithEach(ctx: Context, s: Sentence): void {
  for (let k = ctx.drafts.length - 1; k >= 0; k--) {
    const d = ctx.drafts[k]!;
    if (s.index - d.sentence > 4) return;
    if (d.agents.length === 0 || d.objects.length < 2) continue;
    ctx.drafts.splice(k, 1);
    for (const o of d.objects) {
      const participants = new Map([...d.agents].map((a) => [a, d.participants.get(a) ?? null] as const));
      participants.set(o, d.participants.get(o) ?? null);
      ctx.drafts.splice(k++, 0, { ...d, participants, objects: [o], separate: true });
    }
    return;
  }
}

/** "The meeting on Monday focused on …", "Sunday's talks …": the date of the meeting told just before, if it had none. */
function dateOfToldMeeting(ctx: Context, s: Sentence, i: number, clause: [number, number]): void {
  const last = ctx.drafts[ctx.drafts.length - 1];
  if (!last || last.dateExpr || s.index - last.sentence > 2 || s.index < last.sentence) return;
  const date = pickDate(ctx, s, i, clause);
  if (!date || date.date === null) return;
  const t = ctx.doc.tokens;
  const near = t.findIndex((x, k) => k >= clause[0] && x.start >= date.start);
  if (near < 0 || Math.abs(near - i) > 4) return;
  last.dateExpr = date;
  last.date = date.date;
}

const TOLD_VERBS = new Set(["told", "assured", "urged", "asked", "informed", "warned", "thanked", "congratulated", "invited", "briefed", "reassured", "pressed"]);

/** "In a phone call on Monday, Xi told Biden …": the person the main verb addresses. */
function toldObjects(ctx: Context, s: Sentence, agents: readonly Mention[]): Mention[] {
  const last = agents[agents.length - 1];
  if (!last) return [];
  let k = last.spanEnd;
  const t = ctx.doc.tokens;
  while (k < s.tokEnd && t[k]!.kind === "word" && (VERB_FILLERS.has(t[k]!.lower) || /^\p{Ll}+ly$/u.test(t[k]!.text))) k++;
  if (!TOLD_VERBS.has(t[k]?.lower ?? "")) return [];
  return parseList(ctx.doc, ctx.st, k + 1, s.tokEnd).items.slice(0, 1);
}

/** "back in April, A, the X of Y, and B emphasized … during a meeting": the first list of people in the clause. */
export function firstListInClause(ctx: Context, cs: number, i: number): Mention[] {
  for (let k = cs; k < i; k++) {
    if (ctx.st.paren[k]) continue;
    const m = ctx.st.startAt.get(k);
    if (!m) continue;
    const prev = ctx.doc.tokens[k - 1]?.lower ?? "";
    if (/^(with|to|by|from|for|against|of|between|about|telling|told)$/.test(prev)) continue;
    return parseList(ctx.doc, ctx.st, k, i).items;
  }
  return [];
}

const GERUND_CONJ = /^(after|before|while|since|when|by|on|upon)$/;

/**
 * Who does what a gerund after a conjunction at `conj` tells: "President X said after meeting with Y" (the subject of the
 * verb before it), "X toured the port before paying a call on Y"; else the sentence's first list.
 */
function gerundSubject(ctx: Context, s: Sentence, conj: number, cs: number): Mention[] {
  const t = ctx.doc.tokens;
  // "X urged Y to tour the port before paying a call on Z": the gerund is Y's, and only urged.
  for (let k = conj - 1; k > Math.max(cs, conj - 10); k--) if (t[k]!.lower === "to" && t[k + 1]?.kind === "word" && !t[k + 1]!.cap && !ctx.st.startAt.has(k + 1)) return [];
  const v = t[conj - 1];
  let subject: Mention[] = [];
  if (v && v.kind === "word" && !v.cap && !ctx.st.endAt.has(conj - 1)) subject = subjectBefore(ctx, conj - 1, cs);
  if (subject.length === 0) subject = firstListInClause(ctx, s.tokStart, conj);
  // "The wife of X said after meeting Y": the subject is the one "of" whom, not X.
  if (subject.length > 0 && /^(of|for|to)$/.test(t[subject[0]!.spanStart - 1]?.lower ?? "")) return [];
  return subject;
}

function clauseStartSubject(ctx: Context, s: Sentence, cs: number, i: number): Mention[] {
  const t = ctx.doc.tokens;
  let k = cs;
  while (k < i && (t[k]!.kind === "punct" || /^(and|but|then|also)$/.test(t[k]!.lower))) k++;
  if (!(k === s.tokStart || cs > s.tokStart)) return [];
  // 'Mao made the claims …, "X was in talks with Y"': the speaker is not a participant of what the quote tells.
  for (let p = k; p < i; p++) if (/^[“"]$/.test(t[p]!.text)) return [];
  const items = parseList(ctx.doc, ctx.st, k, i).items;
  if (items.length > 0) return items;
  // "Jane Doe's first task was a meeting with X", "The chairman's remarks followed a meeting with X": the possessor.
  const m = ctx.st.startAt.get(k);
  if (m && t[mentionEnd(ctx.doc, m)]?.kind === "poss" && m.kind !== "pronoun") return [m];
  return [];
}

/** A meeting told plainly: in person, by a verb, no roles, nothing that sets it apart. */
export const PLAIN_DRAFT = {
  nominal: false, roleAgent: null, roleObject: null, call: false, weakCall: false, definite: false, distinct: false, separate: false, reference: false,
} as const satisfies Partial<DraftInit>;

export interface DraftInit {
  nominal: boolean;
  /** The mentions naming the participants, for the evidence span. */
  mentions: readonly Mention[];
  agents: number[];
  objects: number[];
  roleAgent: AttendanceRole;
  roleObject: AttendanceRole;
  call: boolean;
  weakCall: boolean;
  definite: boolean;
  distinct: boolean;
  separate: boolean;
  reference: boolean;
  spanStart: number;
  spanEnd: number;
  clause: [number, number];
}

export function addDraft(ctx: Context, s: Sentence, i: number, d: DraftInit): void {
  const { doc } = ctx;
  const participants = new Map<number, AttendanceRole>();
  for (const e of d.agents) participants.set(e, d.roleAgent);
  for (const e of d.objects) if (!participants.has(e)) participants.set(e, d.roleObject);
  const date = pickDate(ctx, s, i, d.clause, d.spanEnd);
  let place = d.call && !d.weakCall ? null : pickPlace(ctx, i, d.clause);
  let kind: MeetingKind = d.call ? "call" : "in_person";
  if (d.weakCall && place) kind = "in_person";
  // "The president talked with Ambassador X" after he received the envoys: in a story that speaks of no phone, video
  // or call at all, talk is in person.
  if (d.weakCall && kind === "call" && !mentionsRemoteContact(doc)) kind = "in_person";
  // A call joins people in different places: no venue.
  if (kind === "call") place = null;
  let evStart = doc.tokens[d.spanStart]!.start;
  let evEnd = doc.tokens[Math.min(d.spanEnd, s.tokEnd) - 1]!.end;
  for (const m of d.mentions) {
    if (m.sentence !== s.index) continue;
    evStart = Math.min(evStart, doc.tokens[m.spanStart]!.start);
    evEnd = Math.max(evEnd, doc.tokens[Math.min(mentionEnd(doc, m), s.tokEnd) - 1]!.end);
  }
  if (date && !date.bound) {
    evStart = Math.min(evStart, date.start);
    evEnd = Math.max(evEnd, date.end);
  }
  if (place) {
    evStart = Math.min(evStart, doc.tokens[place.tokStart]!.start);
    evEnd = Math.max(evEnd, doc.tokens[place.tokEnd - 1]!.end);
  }
  ctx.drafts.push({
    participants, kind, sentence: s.index, paragraph: s.paragraph, trigger: i, evStart, evEnd,
    dateExpr: date, date: date?.date ?? null, place: place?.place ?? null, placeTok: place?.tokStart ?? -1,
    definite: d.definite, distinct: d.distinct, separate: d.separate, reference: d.reference, nominal: d.nominal, agents: d.agents,
    objects: d.objects,
  });
}
