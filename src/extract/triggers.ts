/**
 * What states a meeting: verbs ("met with", "hosted", "spoke by phone with") and nouns ("a phone call between", "in a separate
 * meeting with"), their participants, and the cues that a meeting is only planned, denied or hypothetical.
 */
import { clauseAround, mentionEnd, parseList } from "./clauses.js";
import type { Mention } from "./document.js";
import { DENIAL_CUES, IRREALIS_NOUN_CUES, MODAL_BEFORE_VERB, VERB_FILLERS } from "./lexicon.js";
import { entitiesOf, type Context } from "./meeting-context.js";
import type { Sentence } from "./sentences.js";
import type { AttendanceRole, MeetingKind } from "./types.js";
import { pickDate, pickPlace } from "./venue.js";
const MEET_VERBS = new Set(["met", "meet", "meets"]);

const HOST_VERBS = new Set(["hosted", "hosts", "welcomed", "welcomes", "received", "receives", "greeted", "greets", "hosting", "receiving", "welcoming"]);

const CALL_VERBS = new Set(["phoned", "telephoned", "rang", "called"]);

const SPEAK_VERBS = new Set(["spoke", "speaks", "talked", "spoken"]);

const HAND_VERBS = new Set(["shook", "shakes", "shake", "shaking"]);

const SIT_VERBS = new Set(["sat", "sits", "sit"]);

const VISIT_VERBS = new Set(["visited", "visits"]);

const EMBRACE_VERBS = new Set(["embraced", "hugged", "embraces", "hugs"]);

export const MEETING_NOUNS = new Set([
  "meeting", "meetings", "talks", "discussions", "discussion", "summit", "sit-down", "encounter", "conversation", "conversations",
  "call", "calls", "consultations", "audience", "tête-à-tête", "phone-call", "videoconference", "negotiations", "conference", "teleconference",
]);

const CALL_NOUN_CUES = new Set(["phone", "telephone", "video", "phone-call", "telephonic", "videoconference", "teleconference", "call", "calls", "conversation", "conference"]);

const AGENT_VERBS = new Set(["held", "had", "holds", "hold", "holding", "having", "conducted", "conducts", "conduct", "has"]);

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

export function isMeetingVerb(l: string): boolean {
  return MEET_VERBS.has(l) || HOST_VERBS.has(l) || CALL_VERBS.has(l) || SPEAK_VERBS.has(l) || HAND_VERBS.has(l) || SIT_VERBS.has(l) ||
    VISIT_VERBS.has(l) || EMBRACE_VERBS.has(l);
}

/** The people right before a verb: "Tinubu and Mahama last met", "Ghana's president John Mahama spoke". */
export function subjectBefore(ctx: Context, i: number, clauseStart: number): Mention[] {
  const { doc, st } = ctx;
  const t = doc.tokens;
  let k = i - 1;
  while (k >= clauseStart && t[k]!.kind === "word" && (VERB_FILLERS.has(t[k]!.lower) || TEMPORAL_FILLERS.has(t[k]!.lower) || /^\p{Ll}+ly$/u.test(t[k]!.text))) k--;
  // "…, who later met X": the person before the relative pronoun.
  if (k >= clauseStart && /^(who|whom)$/.test(t[k]!.lower) && t[k - 1]?.text === ",") k -= 2;
  const out: Mention[] = [];
  for (let guard = 0; guard < 8 && k >= clauseStart; guard++) {
    let m = st.endAt.get(k) ?? null;
    if (!m && t[k]!.text === "," && st.endAt.has(k - 1)) {
      // "Colombia's foreign minister, Luis Murillo, joined"
      m = st.endAt.get(k - 1)!;
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
    out.unshift(m);
    let j = m.spanStart - 1;
    if (j < clauseStart) break;
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

/** After a leading phrase ("In a separate meeting with X, the Ugandan president …"), the main clause's subject. */
export function mainSubject(ctx: Context, s: Sentence, i: number): Mention[] | null {
  const t = ctx.doc.tokens;
  let k = s.tokStart;
  while (k < s.tokEnd && t[k]!.kind === "punct") k++;
  if (!LEADING.has(t[k]?.lower ?? "")) return null;
  let comma = k;
  while (comma < s.tokEnd && t[comma]!.text !== ",") comma++;
  if (comma >= s.tokEnd || comma < i) return null;
  let j = comma + 1;
  while (j < s.tokEnd && t[j]!.kind === "punct") j++;
  return parseList(ctx.doc, ctx.st, j, s.tokEnd).items;
}

export function modalBefore(ctx: Context, i: number, clauseStart: number): boolean {
  const t = ctx.doc.tokens;
  let seen = 0;
  for (let k = i - 1; k >= clauseStart && seen < 4; k--) {
    const w = t[k]!;
    if (w.kind === "punct") break;
    if (MODAL_BEFORE_VERB.has(w.lower)) return true;
    if (ctx.st.endAt.has(k)) break;
    if (!VERB_FILLERS.has(w.lower) || w.lower === "not" || w.lower === "never") {
      if (w.lower === "not" || w.lower === "never") return true;
    }
    seen++;
  }
  return false;
}

function denied(ctx: Context, s: Sentence, i: number): boolean {
  for (let k = s.tokStart; k < i; k++) if (DENIAL_CUES.has(ctx.doc.tokens[k]!.lower)) return true;
  const t = ctx.doc.tokens;
  for (let k = s.tokStart; k < i; k++) if (t[k]!.lower === "if" || t[k]!.lower === "unless" || t[k]!.lower === "whether") return true;
  return false;
}

export function verbTrigger(ctx: Context, s: Sentence, i: number): void {
  const { doc, st } = ctx;
  const t = doc.tokens;
  const l = t[i]!.lower;
  const [cs, ce] = clauseAround(doc, st, i);
  let j = i + 1;
  let call = false;
  let hosting = false;
  let visit = false;
  if (MEET_VERBS.has(l)) {
    if (t[j]?.lower === "up" && t[j + 1]?.lower === "with") j += 2;
    else if (t[j]?.lower === "with" || t[j]?.lower === "privately") j++;
  } else if (HOST_VERBS.has(l)) {
    hosting = true;
    if (/^receiv/.test(l) && /^(a|an)$/.test(t[j]?.lower ?? "")) {
      // "received a phone call from X"
      let k = j + 1;
      while (k < j + 4 && CALL_NOUN_CUES.has(t[k]?.lower ?? "")) k++;
      if (k > j + 1 && t[k]?.lower === "from") {
        call = true;
        hosting = false;
        j = k + 1;
      } else return;
    }
  } else if (CALL_VERBS.has(l)) {
    call = true;
    if (l === "called" && !st.startAt.has(j)) return;
  } else if (SPEAK_VERBS.has(l)) {
    call = true;
    for (let k = 0; k < 2; k++) {
      if (/^(by|on|over|via)$/.test(t[j]?.lower ?? "")) {
        j++;
        if (t[j]?.lower === "the") j++;
        if (/^(phone|telephone|video|videolink|videoconference)$/.test(t[j]?.lower ?? "")) j++;
        else return;
      }
      if (/^(to|with)$/.test(t[j]?.lower ?? "")) j++;
      else if (k === 0 && !/^(by|on|over|via)$/.test(t[j]?.lower ?? "")) return;
    }
  } else if (HAND_VERBS.has(l)) {
    if (t[j]?.lower !== "hands" || t[j + 1]?.lower !== "with") return;
    j += 2;
  } else if (SIT_VERBS.has(l)) {
    if (t[j]?.lower !== "down" || t[j + 1]?.lower !== "with") return;
    j += 2;
  } else if (VISIT_VERBS.has(l)) {
    visit = true;
  } else if (EMBRACE_VERBS.has(l)) {
    /* object follows */
  }
  if (modalBefore(ctx, i, cs) || denied(ctx, s, i)) return;
  let objects = parseList(doc, st, j, ce);
  if (objects.items.length === 0 && !visit) {
    // "met with members of the party, including its leader X"
    for (let k = j; k < Math.min(ce, j + 15); k++) {
      if (/^(including|among)$/.test(t[k]!.lower)) {
        objects = parseList(doc, st, t[k + 1]?.lower === "them" ? k + 2 : k + 1, ce);
        break;
      }
      if (t[k]!.text === "." || t[k]!.text === ";") break;
    }
  }
  if (visit && objects.items.length === 0) return;
  const subjects = subjectBefore(ctx, i, cs);
  const agentIds = entitiesOf(ctx, subjects);
  const objectIds = entitiesOf(ctx, objects.items).filter((e) => !agentIds.includes(e));
  if (agentIds.length + objectIds.length === 0) return;
  const distinct = hasDistinctCue(ctx, i, cs);
  const roleAgent: AttendanceRole = hosting ? "host" : visit ? "guest" : null;
  const roleObject: AttendanceRole = hosting ? "guest" : visit ? "host" : null;
  const spanStart = subjects.length > 0 ? Math.min(subjects[0]!.spanStart, i) : i;
  const spanEnd = Math.max(objects.end, i + 1);
  const base = {
    nominal: false, roleAgent, roleObject, call, weakCall: SPEAK_VERBS.has(l), definite: false, distinct, separate: false,
    reference: false, spanStart, clause: [cs, ce] as [number, number],
  };
  if (agentIds.length > 0 && allPrincipals(ctx, objectIds)) {
    // "met Dubai's ruler A and Abu Dhabi's crown prince B": one audience with each leader.
    for (const m of objects.items) {
      if (!objectIds.includes(m.entity)) continue;
      addDraft(ctx, s, i, { ...base, mentions: [...subjects, m], agents: agentIds, objects: [m.entity], spanEnd: Math.max(i + 1, mentionEnd(ctx.doc, m)) });
    }
    return;
  }
  addDraft(ctx, s, i, { ...base, mentions: [...subjects, ...objects.items], agents: agentIds, objects: objectIds, spanEnd });
}

const HONORIFIC_WORDS = new Set(["sheikh", "sheik", "shaikh", "ayatollah", "hojatoleslam", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady"]);
const PRINCIPAL_TITLES = ["president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "monarch", "crown prince", "supreme leader", "ruler", "pope"];

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

function hasDistinctCue(ctx: Context, i: number, cs: number): boolean {
  const t = ctx.doc.tokens;
  for (let k = i - 1; k >= Math.max(cs, i - 3); k--) if (DISTINCT_CUES.has(t[k]!.lower) || t[k]!.lower === "had") return true;
  return false;
}

export function nounTrigger(ctx: Context, s: Sentence, i: number): void {
  const { doc, st } = ctx;
  const t = doc.tokens;
  const noun = t[i]!.lower;
  if ((noun === "call" || noun === "calls") && !/^(with|between)$/.test(t[i + 1]?.lower ?? "")) return;
  if (noun === "conference" && !/^(video|phone|telephone)$/.test(t[i - 1]?.lower ?? "")) return;
  const [cs, ce] = clauseAround(doc, st, i);
  let call = CALL_NOUN_CUES.has(noun) && noun !== "conversation" && noun !== "conversations";
  // "after meeting Scholz": the gerund takes its object directly.
  const gerund = noun === "meeting" && ctx.st.startAt.has(i + 1) && /^(after|before|while|since|when|by|on)$/.test(t[i - 1]?.lower ?? "");
  if (noun === "audience" && t[i + 1]?.lower !== "with") return;
  let definite = false;
  let separate = false;
  let distinct = false;
  let possessor: Mention | null = null;
  let agentVerb = -1;
  let be = false;
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
    if (lw === "a" || lw === "an") break;
    if (/^(the|this|that|these|those)$/.test(lw)) {
      definite = true;
      break;
    }
    if (AGENT_VERBS.has(lw)) {
      agentVerb = k;
      break;
    }
    if (/^(was|were|is|are|been)$/.test(lw) && noun === "meeting" && k === i - 1) {
      be = true;
      agentVerb = k;
      break;
    }
    if (IRREALIS_NOUN_CUES.has(lw)) return;
    if (lw === "separate") separate = true;
    if (DISTINCT_CUES.has(lw)) distinct = true;
    if (CALL_NOUN_CUES.has(lw)) call = true;
    if (w.kind !== "word") break;
  }
  // Irrealis right before the determiner: "pursuing a meeting", "open to talks", "called for a meeting".
  for (let k = i - 1; k >= Math.max(cs, i - 5); k--) {
    const lw = t[k]!.lower;
    if (IRREALIS_NOUN_CUES.has(lw)) return;
    if (st.endAt.has(k)) break;
  }
  for (let k = i + 1; k < Math.min(ce, i + 12); k++) {
    const lw = t[k]!.lower;
    if (NOUN_IRREALIS_AFTER.has(lw)) return;
    if (lw === "did" && /^(not|n't|n’t)$/.test(t[k + 1]?.lower ?? "")) return;
    if (t[k]!.kind === "punct" && t[k]!.text !== ",") break;
  }
  if (denied(ctx, s, i)) return;
  const plural = /s$/.test(noun) && noun !== "talks" && noun !== "discussions" && noun !== "consultations" && noun !== "negotiations";
  const next = t[i + 1]?.lower;
  let objects: Mention[] = [];
  let between = false;
  let listEnd = i + 1;
  if (next === "between" || next === "with") {
    const r = parseList(doc, st, i + 2, ce);
    objects = r.items;
    listEnd = r.end;
    between = next === "between";
  } else if (gerund) {
    const r = parseList(doc, st, i + 1, ce);
    objects = r.items;
    listEnd = r.end;
  }
  let agents: Mention[] = [];
  let reference = false;
  const leading = mainSubject(ctx, s, i);
  if (possessor) agents = [possessor];
  else if (agentVerb >= 0) agents = subjectBefore(ctx, agentVerb, cs);
  else if (!between && leading) {
    agents = leading;
    if (objects.length === 0 && definite) reference = true;
    else if (objects.length === 0) objects = toldObjects(ctx, s, agents);
  } else if (gerund) agents = firstListInClause(ctx, s.tokStart, i);
  else if (!between && objects.length === 0 && !definite) agents = firstListInClause(ctx, cs, i);
  else if (!between && objects.length > 0) agents = clauseStartSubject(ctx, s, cs, i);
  if (objects.length === 0 && !reference && (definite || agents.length === 0)) return;
  if (be) distinct = distinct || false;
  const agentIds = entitiesOf(ctx, agents);
  const objectIds = entitiesOf(ctx, objects).filter((e) => !agentIds.includes(e));
  const spanStart = Math.min(i, ...agents.filter((m) => m.sentence === s.index).map((m) => m.spanStart));
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

function clauseStartSubject(ctx: Context, s: Sentence, cs: number, i: number): Mention[] {
  const t = ctx.doc.tokens;
  let k = cs;
  while (k < i && (t[k]!.kind === "punct" || /^(and|but|then|also)$/.test(t[k]!.lower))) k++;
  if (k === s.tokStart || cs > s.tokStart) return parseList(ctx.doc, ctx.st, k, i).items;
  return [];
}

interface DraftInit {
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

function addDraft(ctx: Context, s: Sentence, i: number, d: DraftInit): void {
  const { doc } = ctx;
  const participants = new Map<number, AttendanceRole>();
  for (const e of d.agents) participants.set(e, d.roleAgent);
  for (const e of d.objects) if (!participants.has(e)) participants.set(e, d.roleObject);
  const date = pickDate(ctx, s, i, d.clause);
  const place = pickPlace(ctx, i, d.clause);
  let kind: MeetingKind = d.call ? "call" : "in_person";
  if (d.weakCall && place) kind = "in_person";
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
