/** People added to a meeting already told: delegations, companions, attendees, and a visitor named later. */
import { clauseAround, mentionEnd, parseList } from "../mentions/clauses.js";
import { entitiesOf, sinceTold, type Context, type MeetingDraft } from "./meeting-context.js";
import type { Sentence } from "../text/sentences.js";
import type { AttendanceRole } from "../types.js";
import { addDraft, conjoinedSubject, firstListInClause, mainSubject, modalBefore, phoneCue, plannedCueAt, subjectBefore } from "./triggers.js";
export const DELEGATION_NOUNS = new Set(["side", "delegation", "team", "entourage", "retinue", "party"]);

export const DELEGATION_VERBS = new Set(["included", "includes", "including", "comprised", "comprises", "consisted", "featured"]);

/**
 * People joining the meeting told last (or `into`), when it was told or last given people at most `reach` sentences
 * before: the lists of "Also present were", "Joining the meeting was", "The delegation included" and the like.
 */
function joinTold(ctx: Context, s: Sentence, people: readonly number[], reach: number, role: AttendanceRole = null, into?: MeetingDraft): void {
  const d = into ?? ctx.drafts[ctx.drafts.length - 1];
  if (!d || s.index < d.sentence || sinceTold(d, s.index) > reach) return;
  let added = false;
  for (const e of people) {
    if (d.participants.has(e)) continue;
    d.participants.set(e, role);
    added = true;
  }
  if (added) d.toldUntil = s.index;
}

/**
 * Sentences back that people may join the meeting told: a list opening a sentence ("Joining the meeting was …"), a
 * trip's companions, and people of a meeting named as such ("at the meeting", "the delegation").
 */
const LIST_REACH = 3;
const TRIP_REACH = 4;
const MEETING_REACH = 8;

export function accompanied(ctx: Context, s: Sentence, i: number): void {
  const { doc, st } = ctx;
  const t = doc.tokens;
  // "X was accompanied to the meeting by A and B": the companions sat in it.
  const toMeeting = t[i + 1]?.lower === "to" && t[i + 2]?.lower === "the" && ATTENDED_NOUNS.has(t[i + 3]?.lower ?? "") && t[i + 4]?.lower === "by";
  const by = toMeeting ? i + 4 : i + 1;
  if (t[by]?.lower === "by") {
    // "He is accompanied by A and B": who travels with him on the trip, not who sat in its last meeting; "he will be
    // accompanied by": still to come.
    if (/^(is|are|be)$/.test(t[i - 1]?.lower ?? "")) return;
    // "Accompanied by A and B, X is expected to hold talks with Y": the companions of a trip still to come.
    if (futureAfter(ctx, by + 1, s.tokEnd)) return;
    if (!toMeeting) {
      delegation(ctx, s, by + 1, TRIP_REACH);
      return;
    }
    // Named "the meeting", it reaches further back, but only to a meeting told with two people or more.
    const told = ctx.drafts.findLast((d) => d.participants.size >= 2 && s.index >= d.sentence && sinceTold(d, s.index) <= MEETING_REACH);
    if (told) delegation(ctx, s, by + 1, MEETING_REACH, told);
    return;
  }
  // "Mori, who accompanied Sato, met …": a trip companion, not a participant of Sato's meetings.
  if (st.relative[i]) return;
  const [cs, ce] = clauseAround(doc, st, i);
  let subjects = subjectBefore(ctx, i, cs);
  if (subjects.length === 0) subjects = mainSubject(ctx, s, s.tokStart) ?? firstListInClause(ctx, cs, i);
  const objects = entitiesOf(ctx, parseList(doc, st, i + 1, ce).items);
  const companions = entitiesOf(ctx, subjects).filter((e) => !objects.includes(e));
  if (objects.length === 0 || companions.length === 0) return;
  for (let k = ctx.drafts.length - 1; k >= 0; k--) {
    const d = ctx.drafts[k]!;
    if (s.index - d.sentence > 3) break;
    if (objects.some((o) => d.participants.has(o))) {
      for (const c of companions) if (!d.participants.has(c)) d.participants.set(c, "delegation");
      return;
    }
  }
}

/** A main verb told as future between from and to: "will", "is expected to", "are due to". */
function futureAfter(ctx: Context, from: number, to: number): boolean {
  const t = ctx.doc.tokens;
  for (let k = from; k < to; k++) if (t[k]!.lower === "will" || t[k]!.lower === "shall" || plannedCueAt(t, k)) return true;
  return false;
}

const ATTENDED_NOUNS = new Set([
  "meeting", "talks", "discussions", "summit", "dinner", "lunch", "luncheon", "breakfast", "session", "consultations", "negotiations", "encounter", "call",
  "delegation", "entourage", "audience", "conference", "videoconference", "banquet", "reception", "ceremony",
]);

/** Where the attended occasion is named after a verb of attendance at i: "attended the", "took part in the", "was present at the". */
export function attendanceObject(t: Context["doc"]["tokens"], i: number): number {
  const l = t[i]!.lower;
  if (l === "attended" || l === "joined" || l === "attend" || l === "join") return i + 1;
  // "A, B and C are among those attending the meeting"
  if (l === "attending" && t[i - 1]?.lower === "those" && t[i - 2]?.lower === "among") return i + 1;
  if ((l === "took" || l === "take" || l === "taking") && t[i + 1]?.lower === "part" && t[i + 2]?.lower === "in") return i + 3;
  if ((l === "participated" || l === "participate") && t[i + 1]?.lower === "in") return i + 2;
  if (l === "present" && /^(at|in|during)$/.test(t[i + 1]?.lower ?? "")) return i + 2;
  if (l === "present") return i + 1;
  // "were part of the President's delegation"
  if (l === "part" && t[i + 1]?.lower === "of" && /^(was|were|is|are)$/.test(t[i - 1]?.lower === "also" ? t[i - 2]?.lower ?? "" : t[i - 1]?.lower ?? "")) return i + 2;
  return -1;
}

/**
 * "Foreign Minister X attended the talks", "X joined the meeting", "X took part in the meeting", "a dinner also attended by
 * X", "X and Y were also present", "Also present were X and Y".
 */
export function attendance(ctx: Context, s: Sentence, i: number): void {
  const { doc, st } = ctx;
  const t = doc.tokens;
  const recent = ctx.drafts[ctx.drafts.length - 1];
  // "The meeting was attended by …" paragraphs after the meeting ("It was attended from the other side by …"): the
  // definite subject reaches further back.
  // "A, B and C attended the meeting, the statement added": the object refers back as well.
  const obj0 = attendanceObject(t, i);
  const definite =
    (t[s.tokStart]!.lower === "the" && /^(meeting|talks|discussions|meetings)$/.test(t[s.tokStart + 1]?.lower ?? "")) ||
    (t[s.tokStart]!.lower === "it" && t[s.tokStart + 1]?.lower === "was" && t[s.tokStart + 2]?.lower === "attended") ||
    (obj0 > 0 && t[obj0]?.lower === "the" && /^(meeting|talks|audience|discussions)$/.test(t[obj0 + 1]?.lower ?? "") && !/^(of|between|on|in)$/.test(t[obj0 + 2]?.lower ?? ""));
  if (!recent || sinceTold(recent, s.index) > (definite ? 8 : 3)) {
    attendedTogether(ctx, s, i);
    return;
  }
  const last = recent;
  // "X and Y also took part remotely": on a call with the people in the room.
  if (/^(took|take|taking)$/.test(t[i]!.lower) && t[i + 1]?.lower === "part" && remoteAt(t, i + 2) > 0) {
    const [cs] = clauseAround(doc, st, i);
    if (!modalBefore(ctx, i, cs)) joinRemotely(ctx, s, i, last, entitiesOf(ctx, subjectBefore(ctx, i, cs)));
    return;
  }
  let obj = attendanceObject(t, i);
  if (obj < 0) return;
  // "It was attended from the Palestinian side by A, B and C"
  if (t[obj]?.lower === "from" && t[obj + 1]?.lower === "the") {
    let k = obj + 2;
    while (k < obj + 5 && t[k] && t[k]!.lower !== "side") k++;
    if (t[k]?.lower === "side" && t[k + 1]?.lower === "by") obj = k + 1;
  }
  if (t[obj]?.lower === "by") {
    // "X will be joined by Y": planned.
    if (modalBefore(ctx, i, clauseAround(doc, st, i)[0]) || /^(be|being)$/.test(t[i - 1]?.lower ?? "") && modalBefore(ctx, i - 1, clauseAround(doc, st, i)[0])) return;
    // "The meeting was attended by A, title; B, title; and C": everyone to the end of the sentence.
    for (const e of peopleIn(ctx, obj + 1, s.tokEnd)) if (!last.participants.has(e)) last.participants.set(e, null);
    return;
  }
  if (t[i]!.lower === "present" && presentWere(ctx, s, i)) return;
  if (t[i]!.lower === "present") {
    // Only "were present" or "Also present were", soon after the meeting was told.
    const [cs, ce] = clauseAround(doc, st, i);
    let people: number[] = [];
    const be = (w: string | undefined): boolean => w === "was" || w === "were";
    if (be(t[i + 1]?.lower) && t[i - 1]?.lower === "also") people = entitiesOf(ctx, parseList(doc, st, i + 2, ce).items);
    else if (be(t[i - 1]?.lower) || (t[i - 1]?.lower === "also" && be(t[i - 2]?.lower))) people = entitiesOf(ctx, subjectBefore(ctx, i, cs));
    if (modalBefore(ctx, i, cs)) return;
    for (const e of people) if (!last.participants.has(e)) last.participants.set(e, null);
    return;
  }
  // "A, and the former minister B, also attended for <country>": with no object, the meeting just told.
  // (Only right after the meeting's sentence: with no object, nothing else ties them.)
  if (t[i]!.lower === "attended" && t[i - 1]?.lower === "also" && s.index - last.sentence === 1 && (/^(for|on)$/.test(t[obj]?.lower ?? "") || t[obj]?.text === "." || obj >= s.tokEnd)) {
    const [cs] = clauseAround(doc, st, i);
    const people = [...firstListInClause(ctx, cs, i), ...subjectBefore(ctx, i, cs), ...conjoinedSubject(ctx, i, cs)];
    for (const e of entitiesOf(ctx, people)) if (!last.participants.has(e)) last.participants.set(e, null);
    return;
  }
  let k = obj;
  if (!/^(the|this|that)$/.test(t[k]?.lower ?? "") && t[k + 1]?.kind !== "poss") return;
  k++;
  while (k < obj + 5 && t[k] && !ATTENDED_NOUNS.has(t[k]!.lower) && (t[k]!.kind === "word" || t[k]!.kind === "poss")) k++;
  if (!ATTENDED_NOUNS.has(t[k]?.lower ?? "")) return;
  const [cs] = clauseAround(doc, st, i);
  if (modalBefore(ctx, i, cs)) return;
  // "joined the call": the last call, even if an older meeting was told after it.
  let target = last;
  if (t[k]!.lower === "call") {
    for (let d = ctx.drafts.length - 1; d >= 0 && s.index - ctx.drafts[d]!.sentence <= 3; d--) {
      if (ctx.drafts[d]!.kind === "call") {
        target = ctx.drafts[d]!;
        break;
      }
    }
  }
  // "joined the talks by video link": on a call with the people in the room.
  if (remoteAt(t, k + 1) > 0 && target.kind === "in_person") {
    joinRemotely(ctx, s, i, target, entitiesOf(ctx, subjectBefore(ctx, i, cs)));
    return;
  }
  for (const e of attendees(ctx, s, i, cs)) if (!target.participants.has(e)) target.participants.set(e, null);
}

/** The subject of "attended": "A, the chairman of B, C and D also attended", a list that opens the clause, or the people just before. */
function attendees(ctx: Context, s: Sentence, i: number, cs: number): number[] {
  const near = entitiesOf(ctx, subjectBefore(ctx, i, cs));
  // "Minister A, Adviser to His Majesty for X B, and Chairman C attended the meeting": when names and titles fill the
  // sentence up to the verb, everyone named there, whatever prepositions the titles hold.
  if (onlyNamesAndTitles(ctx, s.tokStart, i)) {
    const ids = peopleIn(ctx, s.tokStart, i);
    if (ids.length > near.length) return ids;
  }
  let k = cs;
  while (k < i && ctx.doc.tokens[k]!.kind === "punct") k++;
  if (k !== s.tokStart && cs === s.tokStart) return near;
  const m = ctx.st.startAt.get(k);
  if (m?.kind === "pronoun") return near;
  // "The Labour Party's A and the Green Party's B attended": everyone before the verb but the objects of prepositions.
  const all = peopleIn(ctx, k, i).filter((e) => {
    const at = ctx.entities.persons[e]!.mentions.map((id) => ctx.doc.mentions[id]!).find((x) => x.spanStart >= k && x.spanStart < i);
    return at !== undefined && !/^(with|to|by|from|for|after|before|between|against|about|of)$/.test(ctx.doc.tokens[at.spanStart - 1]?.lower ?? "");
  });
  return all.length > near.length ? all : near;
}

/** Whether [from, to) holds only names, titles ("Adviser to His Majesty for Media"), commas and "and". */
function onlyNamesAndTitles(ctx: Context, from: number, to: number): boolean {
  const t = ctx.doc.tokens;
  for (let k = from; k < to; k++) {
    const w = t[k]!;
    if (w.kind === "punct" ? /^[,.;]$/.test(w.text) : w.cap || /^(and|of|for|to|the|also|too)$/.test(w.lower)) continue;
    return false;
  }
  return true;
}

/** "A; B; and C were also in attendance": everyone listed before the verb joins the last meeting. */
export function inAttendance(ctx: Context, s: Sentence, i: number): void {
  const { doc } = ctx;
  const t = doc.tokens;
  if (t[i - 1]?.lower !== "in") return;
  let be = i - 2;
  if (t[be]?.lower === "also") be--;
  if (!/^(was|were)$/.test(t[be]?.lower ?? "")) return;
  const last = ctx.drafts[ctx.drafts.length - 1];
  if (!last || s.index - last.sentence > 3 || s.index < last.sentence) return;
  for (const e of peopleIn(ctx, s.tokStart, be)) if (!last.participants.has(e)) last.participants.set(e, null);
}

/** "… in the presence of A and B": they join the meeting of the sentence, or the one just told. */
export function inPresenceOf(ctx: Context, s: Sentence, i: number): void {
  const { doc, st } = ctx;
  const t = doc.tokens;
  if (t[i - 1]?.lower !== "the" || t[i - 2]?.lower !== "in" || t[i + 1]?.lower !== "of") return;
  const last = ctx.drafts[ctx.drafts.length - 1];
  if (!last || s.index - last.sentence > 2 || s.index < last.sentence) return;
  const [, ce] = clauseAround(doc, st, i);
  for (const e of entitiesOf(ctx, parseList(doc, st, i + 2, ce).items)) if (!last.participants.has(e)) last.participants.set(e, null);
}

/** "Present there were A, B", "Present at the meeting were A and B": they join the last meeting. */
export function presentWere(ctx: Context, s: Sentence, i: number): boolean {
  const { doc, st } = ctx;
  const t = doc.tokens;
  let k = i + 1;
  while (k < s.tokEnd && k < i + 6 && !/^(was|were)$/.test(t[k]!.lower) && t[k]!.kind === "word" && !st.startAt.has(k)) k++;
  if (!/^(was|were)$/.test(t[k]?.lower ?? "")) return false;
  const start = t[i - 1]?.lower === "also" || t[i - 1]?.lower === "those" ? i - 1 : i;
  if (start !== s.tokStart && t[start - 1]?.kind !== "punct") return false;
  joinTold(ctx, s, peopleIn(ctx, k + 1, s.tokEnd), LIST_REACH);
  return true;
}

/** "Joining the meeting was Saudi Arabia's Minister of Energy, A and the Minister of Foreign Affairs, B". */
export function joiningWere(ctx: Context, s: Sentence, i: number): boolean {
  const t = ctx.doc.tokens;
  if (t[i + 1]?.lower !== "the" || !ATTENDED_NOUNS.has(t[i + 2]?.lower ?? "") || !/^(was|were)$/.test(t[i + 3]?.lower ?? "")) return false;
  joinTold(ctx, s, peopleIn(ctx, i + 4, s.tokEnd), LIST_REACH);
  return true;
}

/** "Accompanying the two leaders at the meeting were A, B and C": more people at the meeting told. */
export function accompanyingWere(ctx: Context, s: Sentence, i: number): boolean {
  const t = ctx.doc.tokens;
  let k = i + 1;
  while (k < s.tokEnd && k < i + 10 && !/^(was|were)$/.test(t[k]!.lower)) k++;
  if (k >= s.tokEnd || !/^(was|were)$/.test(t[k]!.lower)) return false;
  let atMeeting = false;
  let trip = false;
  for (let p = i + 1; p < k; p++) {
    atMeeting ||= t[p]!.lower === "at" && t[p + 1]?.lower === "the" && ATTENDED_NOUNS.has(t[p + 2]?.lower ?? "");
    trip ||= /^(trip|tour|visit|journey|travels)$/.test(t[p]!.lower);
  }
  // "Accompanying X on the three-nation tour were A and B": companions of a trip, not of its last meeting.
  if (trip && !atMeeting) return true;
  joinTold(ctx, s, peopleIn(ctx, k + 1, s.tokEnd), atMeeting ? MEETING_REACH : LIST_REACH, "delegation");
  return true;
}

/** "Representing Belize were A and B": more people at the meeting just told, each for a country or body. */
export function representingWere(ctx: Context, s: Sentence, i: number): void {
  const t = ctx.doc.tokens;
  if (i !== s.tokStart) return;
  let k = i + 1;
  while (k < s.tokEnd && k < i + 6 && !/^(was|were)$/.test(t[k]!.lower)) k++;
  if (k >= s.tokEnd || !/^(was|were)$/.test(t[k]!.lower)) return;
  // "Representing the opposition at the rally were …": another occasion.
  for (let p = i + 1; p < k; p++) if (t[p]!.lower === "at" && t[p + 1]?.lower === "the" && !ATTENDED_NOUNS.has(t[p + 2]?.lower ?? "")) return;
  joinTold(ctx, s, peopleIn(ctx, k + 1, s.tokEnd), LIST_REACH);
}

/** "The event brought together A (B), C (D) and E", "The lunch gathered A and B": they join the meeting just told. */
export function broughtTogether(ctx: Context, s: Sentence, i: number): void {
  const t = ctx.doc.tokens;
  const l = t[i]!.lower;
  const at = l === "together" && /^(brought|brings|bring|gathered)$/.test(t[i - 1]?.lower ?? "") ? i + 1 : -1;
  if (at < 0) return;
  const last = ctx.drafts[ctx.drafts.length - 1];
  if (!last || s.index - last.sentence > 3 || s.index < last.sentence) return;
  const [cs] = clauseAround(ctx.doc, ctx.st, i);
  if (modalBefore(ctx, i - 1, cs)) return;
  for (const e of peopleIn(ctx, at, s.tokEnd)) if (!last.participants.has(e)) last.participants.set(e, null);
}

/** "Alongside A and B were C and D": C and D were at the meeting of A and B just told. */
export function alongside(ctx: Context, s: Sentence, i: number): void {
  const t = ctx.doc.tokens;
  if (i !== s.tokStart) return;
  let be = i + 1;
  while (be < s.tokEnd && be < i + 15 && !/^(was|were)$/.test(t[be]!.lower)) be++;
  if (!/^(was|were)$/.test(t[be]?.lower ?? "")) return;
  const with_ = peopleIn(ctx, i + 1, be);
  const last = [...ctx.drafts].reverse().find((d) => s.index - d.sentence <= 3 && with_.some((e) => d.participants.has(e)));
  if (!last) return;
  for (const e of peopleIn(ctx, be + 1, s.tokEnd)) if (!last.participants.has(e)) last.participants.set(e, null);
}

/** Every named person between two tokens, in a list of any shape (titles, appositions, semicolons). */
export function peopleIn(ctx: Context, from: number, to: number, skipRelative = true): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) {
    const m = ctx.st.startAt.get(k);
    if (!m || m.kind === "pronoun" || m.kind === "group" || m.entity < 0 || (skipRelative && ctx.st.relative[k]) || ctx.st.paren[k]) continue;
    if (m.kind === "role" && m.apposedPerson < 0) continue;
    if (ctx.entities.persons[m.entity]?.placeholder) continue;
    const end = mentionEnd(ctx.doc, m);
    k = end - 1;
    // "Plaid Nua's Jane Doe": the possessor names who the next person belongs to.
    if (ctx.doc.tokens[end]?.kind === "poss" && (ctx.st.startAt.has(end + 1) || ctx.st.startAt.has(end + 2))) continue;
    if (!out.includes(m.entity)) out.push(m.entity);
  }
  return out;
}

/** Meetings people attend together; a summit, a session or a debate attended together is no meeting. */
const SHARED_MEETINGS = /^(meeting|talks|discussions|discussion|consultations|negotiations|call|videoconference|teleconference|dinner|lunch|luncheon|breakfast)$/;
const CALL_WORDS = /^(call|teleconference|videoconference|phone|telephone|video)$/;

/**
 * With no meeting told yet: "A and B attended the meeting, along with C and D", "X, who participated in the meeting together
 * with A and B": the people who attended one meeting met. Its date and kind come from the sentence that told the meeting
 * without naming anyone ("The three governors held a video call on Monday"), if there is one.
 */
function attendedTogether(ctx: Context, s: Sentence, i: number): void {
  const { doc, st } = ctx;
  const t = doc.tokens;
  const obj = attendanceObject(t, i);
  if (obj < 0 || !/^(the|this|that)$/.test(t[obj]?.lower ?? "")) return;
  let k = obj + 1;
  while (k < obj + 4 && t[k] && t[k]!.kind === "word" && !SHARED_MEETINGS.test(t[k]!.lower)) k++;
  if (!SHARED_MEETINGS.test(t[k]?.lower ?? "")) return;
  const [cs] = clauseAround(doc, st, i);
  if (modalBefore(ctx, i, cs)) return;
  const people = attendees(ctx, s, i, cs);
  for (let p = k + 1; p < s.tokEnd && p < k + 12; p++) {
    const l = t[p]!.lower;
    if (!(l === "with" && /^(along|together)$/.test(t[p - 1]?.lower ?? ""))) continue;
    for (const e of peopleIn(ctx, p + 1, s.tokEnd, false)) if (!people.includes(e)) people.push(e);
    break;
  }
  if (people.length < 2) return;
  // The sentence that told the meeting, within the three before.
  let at = s;
  let trigger = k;
  let call = CALL_WORDS.test(t[k]!.lower);
  for (let n = s.index - 1; n >= Math.max(0, s.index - 3) && at === s; n--) {
    const x = doc.sentences[n]!;
    for (let p = x.tokStart; p < x.tokEnd; p++) {
      if (!SHARED_MEETINGS.test(t[p]!.lower) && !/^(conference)$/.test(t[p]!.lower)) continue;
      at = x;
      trigger = p;
      call = call || CALL_WORDS.test(t[p]!.lower) || CALL_WORDS.test(t[p - 1]?.lower ?? "") || CALL_WORDS.test(t[p + 1]?.lower ?? "");
      break;
    }
  }
  addDraft(ctx, at, trigger, {
    nominal: true, mentions: [], agents: people, objects: [], roleAgent: null, roleObject: null, call, weakCall: false, definite: false,
    distinct: false, separate: false, reference: false, spanStart: at === s ? i : trigger, spanEnd: trigger + 1,
    clause: at === s ? [cs, s.tokEnd] : [at.tokStart, at.tokEnd],
  });
}

/** "by video link", "remotely", "virtually", "via videoconference": the token after the cue, or -1. */
function remoteAt(t: Context["doc"]["tokens"], k: number): number {
  if (/^(remotely|virtually|online)$/.test(t[k]?.lower ?? "")) return k + 1;
  return phoneCue(t, k);
}

/** People who joined a meeting from elsewhere: a call with everyone at the meeting. */
function joinRemotely(ctx: Context, s: Sentence, i: number, room: MeetingDraft, joiners: readonly number[]): void {
  if (joiners.length === 0) return;
  const base = room.remoteOf ?? room;
  let call = ctx.drafts.find((d) => d.remoteOf === base);
  if (!call) {
    const tok = ctx.doc.tokens[i]!;
    call = {
      ...base, participants: new Map(base.participants), kind: "call", sentence: s.index, paragraph: s.paragraph, trigger: i,
      evStart: ctx.doc.tokens[s.tokStart]!.start, evEnd: Math.max(tok.end, ctx.doc.tokens[s.tokEnd - 1]!.end), place: null, placeTok: -1,
      nominal: false, reference: false, definite: false, distinct: true, separate: false, remoteOf: base,
    };
    ctx.drafts.push(call);
  }
  for (const e of joiners) if (!call.participants.has(e)) call.participants.set(e, null);
}

/** "Among those at the meeting were A, B and C", "Among those present were …": people added to the last meeting. */
export function amongThose(ctx: Context, s: Sentence, i: number): void {
  const { doc, st } = ctx;
  const t = doc.tokens;
  if (!/^(those|the|them)$/.test(t[i + 1]?.lower ?? "")) return;
  let k = i + 2;
  while (k < s.tokEnd && k < i + 10 && !/^(were|was|included)$/.test(t[k]!.lower)) k++;
  if (!/^(were|was|included)$/.test(t[k]?.lower ?? "")) return;
  const [, ce] = clauseAround(doc, st, k);
  const people = entitiesOf(ctx, parseList(doc, st, k + 1, ce).items);
  const last = ctx.drafts[ctx.drafts.length - 1];
  if (!last || s.index - last.sentence > 3 || people.length === 0) return;
  for (const e of people) if (!last.participants.has(e)) last.participants.set(e, null);
}

/** "The Kenyan side included A; B; and C": people added to the last meeting. */
export function delegation(ctx: Context, s: Sentence, from: number, reach = 4, into?: MeetingDraft): void {
  const { doc } = ctx;
  const people: number[] = [];
  for (let k = from; k < s.tokEnd; k++) {
    const m = ctx.st.startAt.get(k);
    if (!m || m.kind === "pronoun" || m.kind === "group") continue;
    if (m.kind === "role" && m.apposedPerson < 0) continue;
    const e = m.entity;
    if (e >= 0 && !people.includes(e)) people.push(e);
    k = mentionEnd(doc, m) - 1;
  }
  if (people.length === 0) return;
  joinTold(ctx, s, people, reach, "delegation", into);
}

/**
 * "X and a delegation of MPs met Y" … "X was leading a delegation of MPs, including A, B and C": the members of a
 * delegation that met someone, named paragraphs later.
 */
export function delegationNamed(ctx: Context, s: Sentence, i: number): void {
  const t = ctx.doc.tokens;
  let k = i + 1;
  while (k < s.tokEnd && k < i + 6 && !/^(including|comprising|includes|included)$/.test(t[k]!.lower) && t[k]!.text !== ".") k++;
  if (!/^(including|comprising|includes|included)$/.test(t[k]?.lower ?? "")) return;
  const [cs] = clauseAround(ctx.doc, ctx.st, i);
  if (modalBefore(ctx, i, cs)) return;
  for (let d = ctx.drafts.length - 1; d >= 0; d--) {
    const draft = ctx.drafts[d]!;
    if (sinceTold(draft, s.index) > MEETING_REACH) return;
    if (draft.sentence === s.index) continue;
    // The meeting whose own sentence has a delegation among those who met.
    // (or in the sentence before, which "They were greeted by Y" follows)
    const ds = ctx.doc.sentences[draft.sentence]!;
    const from = t[ds.tokStart]!.lower === "they" && draft.sentence > 0 ? ctx.doc.sentences[draft.sentence - 1]!.tokStart : ds.tokStart;
    let named = false;
    for (let p = from; p < draft.trigger && !named; p++) named = t[p]!.lower === "delegation";
    if (!named) continue;
    delegation(ctx, s, k + 1, MEETING_REACH, draft);
    return;
  }
}

/** "The visit by X" / "X's visit": the unnamed visitor of the last visit gets a name. */
export function bindVisitor(ctx: Context, s: Sentence, at: number, possessive: boolean): void {
  const m = possessive ? ctx.st.endAt.get(at) : ctx.st.startAt.get(at);
  if (!m || m.entity < 0 || m.kind === "pronoun") return;
  const person = ctx.entities.persons[m.entity]!;
  if (person.placeholder) return;
  for (let k = ctx.drafts.length - 1; k >= 0; k--) {
    const d = ctx.drafts[k]!;
    if (s.index - d.sentence > 3) return;
    for (const e of d.participants.keys()) {
      const p = ctx.entities.persons[e]!;
      if (!p.placeholder || p.mergedInto >= 0) continue;
      p.mergedInto = person.index;
      for (const x of ctx.drafts) {
        const role = x.participants.get(e);
        if (role === undefined) continue;
        x.participants.delete(e);
        if (!x.participants.has(person.index)) x.participants.set(person.index, role);
      }
      return;
    }
  }
}
