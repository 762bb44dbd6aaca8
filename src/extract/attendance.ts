/** People added to a meeting already told: delegations, companions, attendees, and a visitor named later. */
import { clauseAround, mentionEnd, parseList } from "./clauses.js";
import { entitiesOf, type Context } from "./meeting-context.js";
import type { Sentence } from "./sentences.js";
import { firstListInClause, mainSubject, modalBefore, subjectBefore } from "./triggers.js";
export const DELEGATION_NOUNS = new Set(["side", "delegation", "team", "entourage", "retinue", "party"]);

export const DELEGATION_VERBS = new Set(["included", "includes", "including", "comprised", "comprises", "consisted", "featured"]);

export function accompanied(ctx: Context, s: Sentence, i: number): void {
  const { doc, st } = ctx;
  if (doc.tokens[i + 1]?.lower === "by") {
    delegation(ctx, s, i + 2);
    return;
  }
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

const ATTENDED_NOUNS = new Set(["meeting", "talks", "discussions", "summit", "dinner", "lunch", "luncheon", "breakfast", "session", "consultations", "negotiations", "encounter", "call"]);

/** "Foreign Minister X attended the talks", "X joined the meeting", "a dinner also attended by X". */
export function attendance(ctx: Context, s: Sentence, i: number): void {
  const { doc, st } = ctx;
  const t = doc.tokens;
  const last = ctx.drafts[ctx.drafts.length - 1];
  if (!last || s.index - last.sentence > 3) return;
  if (t[i + 1]?.lower === "by") {
    const [, ce] = clauseAround(doc, st, i);
    for (const e of entitiesOf(ctx, parseList(doc, st, i + 2, ce).items)) if (!last.participants.has(e)) last.participants.set(e, null);
    return;
  }
  let k = i + 1;
  if (!/^(the|this|that)$/.test(t[k]?.lower ?? "") && t[k + 1]?.kind !== "poss") return;
  k++;
  while (k < i + 5 && t[k] && !ATTENDED_NOUNS.has(t[k]!.lower) && t[k]!.kind === "word") k++;
  if (!ATTENDED_NOUNS.has(t[k]?.lower ?? "")) return;
  const [cs] = clauseAround(doc, st, i);
  if (modalBefore(ctx, i, cs)) return;
  for (const e of entitiesOf(ctx, subjectBefore(ctx, i, cs))) if (!last.participants.has(e)) last.participants.set(e, null);
}

/** "The Kenyan side included A; B; and C": people added to the last meeting. */
export function delegation(ctx: Context, s: Sentence, from: number): void {
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
  const d = ctx.drafts[ctx.drafts.length - 1];
  if (!d || s.index - d.sentence > 4) return;
  for (const e of people) if (!d.participants.has(e)) d.participants.set(e, "delegation");
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
