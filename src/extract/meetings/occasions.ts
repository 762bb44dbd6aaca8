/** From meeting statements to occasions: references, shared dates and places, duplicates merged, "separate" meetings split. */
import type { Context, MeetingDraft } from "./meeting-context.js";
import { settleFromStory, settleWhenWhere } from "../when-where/when-where.js";
function sameSet(a: ReadonlySet<number> | Map<number, unknown>, b: Map<number, unknown>, subset: boolean): boolean {
  for (const k of a.keys()) if (!b.has(k)) return false;
  return subset || a.size === b.size;
}

export function postProcess(ctx: Context): MeetingDraft[] {
  const out: MeetingDraft[] = [];
  // "X met Y in Jeddah, … in talks mediated by Z": a meeting noun beside a meeting verb names the same occasion.
  const live = ctx.drafts.filter((d, k) => {
    if (!d.nominal || d.reference || d.separate) return true;
    const host = ctx.drafts.slice(0, k).find((p) => p.sentence === d.sentence && !p.nominal && [...d.participants.keys()].some((e) => p.participants.has(e)));
    if (!host) return true;
    for (const [e, r] of d.participants) if (!host.participants.has(e)) host.participants.set(e, r);
    return false;
  });
  // People added by "In this meeting, X …" or "During the talks, X …".
  for (let k = 0; k < live.length; k++) {
    const d = live[k]!;
    if (!d.reference) continue;
    const target = referencedMeeting(live, k);
    if (target) for (const [e, r] of d.participants) if (!target.participants.has(e)) target.participants.set(e, r);
  }
  settleWhenWhere(ctx, live);
  for (const d of live) {
    if (d.reference) continue;
    if (d.separate) {
      // Already told as its own meeting ("met A and B … In a separate meeting with A, B …"): the same occasion.
      const same = out.find((a) => !a.separate && a.participants.size === d.participants.size && sameSet(d.participants, a.participants, true));
      if (same) {
        same.place ??= d.place;
        if (!same.dateExpr && d.dateExpr) {
          same.dateExpr = d.dateExpr;
          same.date = d.date;
        }
      } else out.push(d);
      continue;
    }
    const target = d.distinct ? null : out.find((a) => !a.separate && mergeable(a, d));
    if (target) {
      for (const [e, r] of d.participants) if (!target.participants.has(e)) target.participants.set(e, r);
      target.place ??= d.place;
      if (!target.dateExpr && d.dateExpr) {
        target.dateExpr = d.dateExpr;
        target.date = d.date;
      }
      if (target.kind !== d.kind && d.kind === "call" && !d.definite) target.kind = "call";
      continue;
    }
    out.push(d);
  }
  // "In a separate meeting with X, Y …": Y leaves X's other meeting and this one happened on the same trip.
  for (const d of out) {
    if (!d.separate || d.agents.length === 0 || d.objects.length === 0) continue;
    const everyone = [...d.objects, ...d.agents];
    const others = out.filter((x) => x !== d && !x.separate && everyone.every((o) => x.participants.has(o)));
    const prev = others.filter((x) => x.sentence <= d.sentence).pop() ?? others[0];
    if (!prev) continue;
    for (const a of d.agents) if (prev.participants.size > 2) prev.participants.delete(a);
    d.place ??= prev.place;
    if (!d.dateExpr) {
      d.dateExpr = prev.dateExpr;
      d.date = prev.date;
    }
  }
  settleFromStory(ctx, out);
  const persons = ctx.entities.persons;
  return out.filter((d) => {
    for (const e of [...d.participants.keys()]) {
      const p = persons[e]!;
      if (p.placeholder) d.participants.delete(e);
    }
    return d.participants.size >= 2;
  });
}




function referencedMeeting(live: readonly MeetingDraft[], k: number): MeetingDraft | null {
  const d = live[k]!;
  const word = d.dateExpr?.text.toLowerCase().match(/[a-z]+day|january|february|march|april|may|june|july|august|september|october|november|december/)?.[0];
  for (let p = k - 1; p >= 0; p--) {
    const prev = live[p]!;
    if (prev.reference) continue;
    if (word) {
      if (prev.dateExpr?.text.toLowerCase().includes(word)) return prev;
      continue;
    }
    return d.sentence - prev.sentence <= 3 ? prev : null;
  }
  return null;
}

/**
 * "today (Wednesday)" in a quote means the day it was said, which the article may report a day later: two reports of one
 * pair a day apart, one of them dated by "today", "tonight" or "yesterday", are one occasion.
 */
function speechDay(a: MeetingDraft, b: MeetingDraft): boolean {
  if (!a.date || !b.date || a.date.length !== 10 || b.date.length !== 10) return false;
  const days = Math.abs(Date.parse(a.date) - Date.parse(b.date)) / 86_400_000;
  const spoken = (d: MeetingDraft): boolean => /\b(today|tonight|yesterday|last night)\b/i.test(d.dateExpr?.text ?? "");
  return days === 1 && (spoken(a) || spoken(b));
}

function mergeable(a: MeetingDraft, b: MeetingDraft): boolean {
  const subset = sameSet(b.participants, a.participants, true) || sameSet(a.participants, b.participants, true);
  if (!subset || Math.min(a.participants.size, b.participants.size) < 2) return false;
  if (a.dateExpr && b.dateExpr && a.date !== b.date && !speechDay(a, b)) return false;
  if (a.dateExpr && b.dateExpr && a.date === null && a.dateExpr.text.toLowerCase() !== b.dateExpr.text.toLowerCase()) return false;
  if (a.place && b.place && a.place.name !== b.place.name && a.place.countryCode !== b.place.countryCode) return false;
  return a.kind === b.kind || b.definite;
}
