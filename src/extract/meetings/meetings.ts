/**
 * Meetings in person and by call: verb patterns ("met with", "hosted", "spoke by phone with"), meeting nouns ("a
 * phone call between", "in a separate meeting with"), delegations, and the filters for planned, denied or
 * hypothetical meetings. Each meeting keeps the clause that states it.
 */
import { accompanied, accompanyingWere, amongThose, joiningWere, representingWere, bindVisitor, delegation, delegationNamed, DELEGATION_NOUNS, DELEGATION_VERBS, alongside, attendance, broughtTogether, inAttendance, inPresenceOf } from "./attendance.js";
import type { Structure } from "../mentions/clauses.js";
import type { Entities } from "../mentions/coreference.js";
import type { Doc } from "../text/document.js";
import type { Context, MeetingDraft } from "./meeting-context.js";
import { postProcess } from "./occasions.js";
import { credentialsTrigger, farewellTrigger, isMeetingVerb, MEETING_NOUNS, nounTrigger, verbTrigger, welcomeAccorded } from "./triggers.js";
import { nameGroup, thoseMeetingWere } from "./named-later.js";
import { findDateline } from "../when-where/venue.js";

export type { MeetingDraft } from "./meeting-context.js";

export function findMeetings(doc: Doc, entities: Entities, st: Structure, ref: string | null): MeetingDraft[] {
  const qualifierPlaces = new Set<number>();
  for (const m of doc.mentions) if (m.qualifier && m.qualifier.mention >= 0) qualifierPlaces.add(m.qualifier.mention);
  const ctx: Context = { doc, entities, st, ref, drafts: [], qualifierPlaces, dates: [], datesSentence: -1, dateline: findDateline(doc), pending: [], planned: [] };
  for (const s of doc.sentences) {
    if (s.headline) continue;
    const last = doc.tokens[s.tokEnd - 1]!;
    if (last.text === "?") continue;
    if (ctx.pending.length > 0) nameGroup(ctx, s);
    thoseMeetingWere(ctx, s);
    if (st.peopleIn[s.index] === 0) {
      // "The meeting on Monday focused on …": no one named, but the date of the meeting just told.
      for (let i = s.tokStart; i < s.tokEnd; i++) if (MEETING_NOUNS.has(doc.tokens[i]!.lower) && !st.paren[i]) nounTrigger(ctx, s, i);
      continue;
    }
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      const t = doc.tokens[i]!;
      if (t.kind !== "word" || st.paren[i]) continue;
      if (/^(attended|joined|took|participated|present|part|attending)$/.test(t.lower)) attendance(ctx, s, i);
      else if (t.lower === "attendance") inAttendance(ctx, s, i);
      else if (t.lower === "presence") inPresenceOf(ctx, s, i);
      else if (t.lower === "together") broughtTogether(ctx, s, i);
      else if (t.lower === "alongside") alongside(ctx, s, i);
      else if (t.lower === "representing") representingWere(ctx, s, i);
      const l = t.lower;
      if (l === "joining" && i === s.tokStart && joiningWere(ctx, s, i)) continue;
      if (l === "accompanying" && i === s.tokStart && accompanyingWere(ctx, s, i)) continue;
      // "The meeting included A, B and C", paragraphs after the meeting was told.
      if (i === s.tokStart + 1 && doc.tokens[s.tokStart]!.lower === "the" && /^(meeting|gathering|talks|discussions|luncheon|lunch|dinner)$/.test(l) && /^(included|includes)$/.test(doc.tokens[i + 1]?.lower ?? "")) {
        delegation(ctx, s, i + 2, 8);
        continue;
      }
      // "had a talk with X", but not "gave a talk at the university".
      if (MEETING_NOUNS.has(l)) {
        if (l !== "talk" || /^(with|between)$/.test(doc.tokens[i + 1]?.lower ?? "")) nounTrigger(ctx, s, i);
      } else if (isMeetingVerb(l)) verbTrigger(ctx, s, i);
      else if (l === "accompanied") accompanied(ctx, s, i);
      else if (l === "farewell") farewellTrigger(ctx, s, i);
      else if (/^(presented|presents|presenting|present|handed|hands|handing|submitted)$/.test(l)) credentialsTrigger(ctx, s, i);
      else if (/^(accorded|given)$/.test(l)) welcomeAccorded(ctx, s, i);
      else if (l === "among" && i === s.tokStart) amongThose(ctx, s, i);
      else if (DELEGATION_NOUNS.has(l) && DELEGATION_VERBS.has(doc.tokens[i + 1]?.lower ?? "")) delegation(ctx, s, i + 2);
      // "X led a delegation that included A, B and C"
      else if (DELEGATION_NOUNS.has(l) && /^(that|which)$/.test(doc.tokens[i + 1]?.lower ?? "") && DELEGATION_VERBS.has(doc.tokens[i + 2]?.lower ?? "")) delegation(ctx, s, i + 3);
      else if (l === "delegation") delegationNamed(ctx, s, i);
      else if ((l === "visit" || l === "trip") && doc.tokens[i + 1]?.lower === "by") bindVisitor(ctx, s, i + 2, false);
      else if ((l === "visit" || l === "trip") && doc.tokens[i - 1]?.kind === "poss") bindVisitor(ctx, s, i - 2, true);
    }
  }
  return postProcess(ctx);
}
