/**
 * Meetings whose other side is a group named sentences later: "X received five new ambassadors … The new envoys are A, B
 * and C", "X met a business delegation … The delegation included A and B". Envoys received in turn (a credentials
 * ceremony) meet the host one by one; any other group is one meeting.
 */
import { mentionEnd } from "../mentions/clauses.js";
import type { Mention } from "../text/document.js";
import { entitiesOf, type Context } from "./meeting-context.js";
import type { Sentence } from "../text/sentences.js";
import { addDraft, PLAIN_DRAFT } from "./triggers.js";

/** Plural or singular group nouns, by the class a later sentence may name them with. */
const GROUP_CLASSES: ReadonlyMap<string, string> = new Map([
  ["ambassador", "envoy"], ["ambassadors", "envoy"], ["envoy", "envoy"], ["envoys", "envoy"], ["diplomats", "envoy"],
  ["delegation", "delegation"], ["delegations", "delegation"], ["delegates", "delegation"], ["team", "delegation"], ["group", "delegation"],
  ["leaders", "leaders"], ["governors", "governors"], ["officials", "officials"], ["ministers", "ministers"], ["businessmen", "business"],
  ["executives", "business"], ["businesspeople", "business"], ["representatives", "representatives"], ["members", "members"], ["visitors", "visitors"],
]);

/** The class of a group noun at k, "heads of mission" too. */
function groupClassAt(t: Context["doc"]["tokens"], k: number): string | undefined {
  if (t[k]?.lower === "heads" && t[k + 1]?.lower === "of" && t[k + 2]?.lower === "mission") return "envoy";
  return GROUP_CLASSES.get(t[k]?.lower ?? "");
}

const NAMING_VERBS = new Set(["are", "were", "include", "included", "includes", "including", "comprised", "comprises", "comprising", "comprise", "consisted", "being"]);

const SKIPPABLE = /^(a|an|the|his|her|their|its|some|several|dozen|dozens|many|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|new|visiting|high-level|business|senior|top|foreign|\d+|\d+-member|of|from|credentials|letters|credence)$/;

/** After a meeting verb with no one named as its object: the group it names instead, kept until named. */
export function groupObject(
  ctx: Context, s: Sentence, i: number, j: number, ce: number, subjects: readonly Mention[], opts: { call: boolean; hosting: boolean; each?: boolean },
): void {
  const agents = entitiesOf(ctx, subjects);
  if (agents.length === 0) return;
  const t = ctx.doc.tokens;
  let credentials = false;
  for (let k = j; k < ce && k < j + 10; k++) {
    const w = t[k]!;
    if (w.kind !== "word" && w.kind !== "num") return;
    if (ctx.st.startAt.has(k)) return;
    const noun = groupClassAt(t, k);
    if (noun) {
      ctx.pending.push({
        agents, mentions: subjects.filter((m) => m.sentence === s.index), noun, sentence: s.index, trigger: i, clause: [s.tokStart, ce], call: opts.call, hosting: opts.hosting,
        each: opts.each === true || (noun === "envoy" && (credentials || opts.hosting)), named: false,
      });
      return;
    }
    if (/^(credentials|credence)$/.test(w.lower)) credentials = true;
    if (!(SKIPPABLE.test(w.lower) || (w.cap && ctx.doc.demonym[k]) || /-member$/.test(w.lower) || (!w.cap && /(al|an|ed|ly|ive|ing)$/.test(w.lower)))) return;
  }
}

/**
 * "<Group> welcomed X. Those officials are A, B and C": a group as the subject of a welcome, named later; `objects` are
 * the people it met.
 */
export function groupAsSubject(ctx: Context, s: Sentence, i: number, cs: number, objects: readonly Mention[], call: boolean): void {
  const agents = entitiesOf(ctx, objects);
  if (agents.length === 0) return;
  const t = ctx.doc.tokens;
  for (let k = i - 1; k >= Math.max(cs, i - 8); k--) {
    if (ctx.st.startAt.has(k) || ctx.st.endAt.has(k) || t[k]!.text === ",") return;
    const noun = groupClassAt(t, k);
    if (noun && /s$/.test(t[k]!.lower)) {
      ctx.pending.push({
        agents, mentions: objects.filter((m) => m.sentence === s.index), noun, sentence: s.index, trigger: i, clause: [s.tokStart, s.tokEnd], call, hosting: false,
        each: false, named: false,
      });
      return;
    }
  }
}

/** "The new envoys are A, B and C", "The delegation included A; B; and C": the group's people, in this sentence or a list after it. */
export function nameGroup(ctx: Context, s: Sentence): void {
  const { doc, st } = ctx;
  const t = doc.tokens;
  for (const p of ctx.pending) {
    // "Others were A and B", "Also present were …": more of the group just named.
    const more = p.named && p.namedIn === s.index - 1 && /^(others|also)$/.test(t[s.tokStart]!.lower) && NAMING_VERBS.has(t[s.tokStart + 1]?.lower ?? "");
    if ((p.named && !more) || s.index <= p.sentence || s.index - p.sentence > 6) continue;
    let at = more ? s.tokStart + 2 : -1;
    // "They include A, B and C": the group just told, named by a pronoun in the next sentence.
    const first = t[s.tokStart]!;
    // (Or after a sentence about "the envoys" in between: "The envoys presented their credentials. They are A, B and C.")
    const restated = s.index - p.sentence > 1 && s.index > 0 && groupSubject(ctx, doc.sentences[s.index - 1]!) === p.noun;
    // ("This includes the Leader of …": only with a person right after it, not "This included a review of …".)
    const afterVerb = t[s.tokStart + 2]?.lower === "the" ? s.tokStart + 3 : s.tokStart + 2;
    const namesNext = first.lower !== "this" || st.startAt.has(afterVerb) || st.startAt.has(s.tokStart + 2);
    if ((s.index - p.sentence === 1 || restated) && /^(they|these|those|this)$/.test(first.lower) && NAMING_VERBS.has(t[s.tokStart + 1]?.lower ?? "") && namesNext) at = s.tokStart + 2;
    // "Those officials are A, B and C": the group just told, whatever noun names it now.
    if (at < 0 && s.index - p.sentence <= 2 && /^(these|those)$/.test(first.lower) && GROUP_CLASSES.has(t[s.tokStart + 1]?.lower ?? "") && NAMING_VERBS.has(t[s.tokStart + 2]?.lower ?? "")) at = s.tokStart + 3;
    // "Those present in the meeting were A, B and C", "Present at the meeting were …": the group's people.
    const presentAt = first.lower === "present" ? s.tokStart : first.lower === "those" && t[s.tokStart + 1]?.lower === "present" ? s.tokStart + 1 : -1;
    if (at < 0 && presentAt >= 0) {
      for (let v = presentAt + 1; v < Math.min(s.tokEnd, presentAt + 6); v++) {
        if (/^(were|included|are|was)$/.test(t[v]!.lower)) {
          at = v + 1;
          break;
        }
      }
    }
    // "The group was headed by A and B": the group just told, by those at its head.
    if (at < 0 && s.index - p.sentence <= 2 && first.lower === "the" && /^(group|delegation|team)$/.test(t[s.tokStart + 1]?.lower ?? "") &&
      /^(was|were)$/.test(t[s.tokStart + 2]?.lower ?? "") && /^(headed|led)$/.test(t[s.tokStart + 3]?.lower ?? "") && t[s.tokStart + 4]?.lower === "by") at = s.tokStart + 5;
    for (let k = s.tokStart; k < s.tokEnd && at < 0; k++) {
      const noun = groupClassAt(t, k);
      // "Governors at the meeting included A": any group placed at the meeting names its people.
      const atMeeting = noun !== undefined && /^(at|in)$/.test(t[k + 1]?.lower ?? "") && t[k + 2]?.lower === "the" && /^(meeting|talks)$/.test(t[k + 3]?.lower ?? "");
      if (noun !== p.noun && !atMeeting) continue;
      for (let v = k + 1; v < s.tokEnd && v < k + 12; v++) {
        if (NAMING_VERBS.has(t[v]!.lower) || t[v]!.text === ":") {
          at = v + 1;
          break;
        }
        // "The ambassadors received by the President are: …"
        if ((st.startAt.has(v) && t[v - 1]?.lower !== "by") || t[v]!.text === "." || t[v]!.text === ";") break;
      }
    }
    if (at < 0) continue;
    const people = peopleFrom(ctx, s, at);
    if (people.length === 0) continue;
    p.named = true;
    p.namedIn = s.index;
    const trigger = doc.sentences[p.sentence]!;
    const base = {
      nominal: false, mentions: p.mentions, roleAgent: p.hosting ? ("host" as const) : null, roleObject: p.hosting ? ("guest" as const) : null, call: p.call,
      weakCall: false, definite: false, distinct: false, separate: p.each, reference: false, spanStart: p.trigger, spanEnd: p.trigger + 1,
      clause: p.clause,
    };
    const joined = more && p.draft !== undefined ? ctx.drafts[p.draft] : undefined;
    if (joined) {
      for (const e of people) if (!joined.participants.has(e)) joined.participants.set(e, base.roleObject);
    } else if (p.each) for (const e of people) addDraft(ctx, trigger, p.trigger, { ...base, agents: p.agents, objects: [e] });
    else {
      addDraft(ctx, trigger, p.trigger, { ...base, agents: p.agents, objects: people.filter((e) => !p.agents.includes(e)) });
      p.draft = ctx.drafts.length - 1;
    }
  }
}

/** The class of the group a sentence opens on ("The envoys, representing …, presented"), if any. */
function groupSubject(ctx: Context, s: Sentence): string | undefined {
  const t = ctx.doc.tokens;
  if (t[s.tokStart]!.lower !== "the") return undefined;
  const k = /^(new|visiting|foreign)$/.test(t[s.tokStart + 1]?.lower ?? "") ? s.tokStart + 2 : s.tokStart + 1;
  return groupClassAt(t, k);
}

/** "Those heads of state meeting with the US President were: A; B; C": the people listed met the one named. */
export function thoseMeetingWere(ctx: Context, s: Sentence): void {
  const { doc, st } = ctx;
  const t = doc.tokens;
  if (t[s.tokStart]!.lower !== "those") return;
  let v = s.tokStart + 1;
  while (v < s.tokEnd && v < s.tokStart + 6 && !(/^(meeting|met)$/.test(t[v]!.lower) && t[v + 1]?.lower === "with")) v++;
  if (v >= s.tokEnd || v >= s.tokStart + 6) return;
  // "Those meeting with X tomorrow are: …": a programme.
  for (let k = s.tokStart; k < s.tokEnd; k++) if (/^(will|tomorrow|expected|scheduled)$/.test(t[k]!.lower)) return;
  const host = st.startAt.get(v + 2) ?? st.startAt.get(v + 3);
  if (!host || host.entity < 0 || host.kind === "pronoun" || host.kind === "group") return;
  let at = mentionEnd(doc, host);
  if (!/^(were|are)$/.test(t[at]?.lower ?? "")) return;
  at++;
  if (t[at]?.text === ":") at++;
  const hostIds = entitiesOf(ctx, [host]);
  const people = peopleFrom(ctx, s, at).filter((e) => !hostIds.includes(e));
  if (hostIds.length === 0 || people.length === 0) return;
  addDraft(ctx, s, v, {
    ...PLAIN_DRAFT, mentions: [host], agents: hostIds, objects: people, roleAgent: "host", roleObject: "guest", spanStart: s.tokStart,
    spanEnd: mentionEnd(doc, host), clause: [s.tokStart, s.tokEnd],
  });
}

/** People named from token `at` to the end of the sentence, and on through a list that the sentence opens with a colon. */
function peopleFrom(ctx: Context, s: Sentence, at: number): number[] {
  const { doc, st } = ctx;
  const out: number[] = [];
  const collect = (from: number, to: number, first = false): number => {
    let n = 0;
    for (let k = from; k < to && !(first && n > 0); k++) {
      const m = st.startAt.get(k);
      if (!m || m.kind === "pronoun" || m.kind === "group" || m.entity < 0) continue;
      if (m.kind === "role" && m.apposedPerson < 0) continue;
      if (ctx.entities.persons[m.entity]?.placeholder) continue;
      if (!out.includes(m.entity)) out.push(m.entity);
      n++;
      k = mentionEnd(doc, m) - 1;
    }
    return n;
  };
  collect(at, s.tokEnd);
  const last = doc.tokens[s.tokEnd - 1]!;
  if (last.text !== ":") return out;
  // "… are:" then "1." and one item a line.
  for (let n = s.index + 1; n < doc.sentences.length && n < s.index + 60; n++) {
    const x = doc.sentences[n]!;
    const marker = x.tokEnd - x.tokStart <= 2 && doc.tokens[x.tokStart]!.kind === "num";
    if (marker) continue;
    // One item a line: its first person ("A B, Ambassador of … to …;").
    if (collect(x.tokStart, x.tokEnd, true) === 0) break;
  }
  return out;
}
