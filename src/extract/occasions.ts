/** From meeting statements to occasions: references, shared dates and places, duplicates merged, "separate" meetings split. */
import type { Context, MeetingDraft } from "./meeting-context.js";
import { tripDestination } from "./venue.js";
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
  // A meeting told without a date shares the date of the meeting before it (in the paragraph, or in the sentence or two
  // before: wire copy has one-sentence paragraphs) when they share someone; "later" keeps only the month.
  // "Earlier in the day", "the next day": days counted from the meeting told before.
  for (let k = 1; k < live.length; k++) {
    const d = live[k]!;
    const shift = d.dateExpr ? EVENT_RELATIVE.get(d.dateExpr.text.toLowerCase().replace(/\s+/g, " ")) : undefined;
    if (shift === undefined) continue;
    const prev = live.slice(0, k).reverse().find((p) => !p.reference && p.date && p.date.length === 10 && d.sentence - p.sentence <= 4);
    if (!prev) continue;
    d.date = shiftDay(prev.date!, shift);
  }
  for (let k = 1; k < live.length; k++) {
    const d = live[k]!;
    if (d.reference || d.dateExpr || d.distinct) continue;
    const later = laterCue(ctx, d);
    for (let p = k - 1; p >= 0; p--) {
      const prev = live[p]!;
      if (prev.paragraph !== d.paragraph && d.sentence - prev.sentence > 4) break;
      if (prev.reference) continue;
      if ([...d.participants.keys()].some((e) => prev.participants.has(e))) {
        if (!later) {
          d.dateExpr = prev.dateExpr;
          d.date = prev.date;
        } else if (prev.date && prev.date.length === 10 && ctx.ref && prev.date.slice(0, 7) === ctx.ref.slice(0, 7)) {
          // "later" on a recent occasion: the same month at least.
          d.dateExpr = prev.dateExpr;
          d.date = prev.date.slice(0, 7);
        }
      }
      break;
    }
  }
  // A meeting without a place takes the destination of a trip told just before by one of its people (and its date).
  for (const d of live) {
    if (d.place || d.reference) continue;
    const trip = tripDestination(ctx, d);
    if (!trip) continue;
    d.place = trip.place;
    if (!d.dateExpr && trip.date) {
      d.dateExpr = trip.date;
      d.date = trip.date.date;
    }
  }
  // "The minister also held talks with X", "the envoy was later received by Y": on the same trip as the meeting just told.
  for (let k = 1; k < live.length; k++) {
    const d = live[k]!;
    if (d.place || d.reference || d.distinct || d.kind !== "in_person") continue;
    const prev = live[k - 1]!;
    if (prev.reference || !prev.place || prev.kind !== "in_person" || d.sentence - prev.sentence > 2) continue;
    if (d.dateExpr && prev.dateExpr && d.date && prev.date && !d.date.startsWith(prev.date.slice(0, 7)) && !prev.date.startsWith(d.date.slice(0, 7))) continue;
    if ([...d.participants.keys()].some((e) => prev.participants.has(e))) d.place = prev.place;
  }
  // The lead's dateline ("CAIRO, April 14 (MENA) -") is where a meeting told in the first sentence took place.
  const dateline = ctx.dateline;
  if (dateline) {
    for (const d of live) {
      if (d.sentence !== dateline.sentence || d.kind !== "in_person") continue;
      // "PORT-AU-PRINCE, Haiti — X visited Haiti": the city is the closer place.
      const wider = d.place && d.place.kind === "country" && dateline.place.kind === "city" && d.place.countryCode === dateline.place.countryCode;
      if (!d.place || wider) d.place = dateline.place;
    }
  }
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
  const persons = ctx.entities.persons;
  return out.filter((d) => {
    for (const e of [...d.participants.keys()]) {
      const p = persons[e]!;
      if (p.placeholder) d.participants.delete(e);
    }
    return d.participants.size >= 2;
  });
}

const EVENT_RELATIVE: ReadonlyMap<string, number> = new Map([
  ["earlier in the day", 0], ["later in the day", 0], ["later that day", 0], ["later the same day", 0], ["the same day", 0], ["earlier that day", 0], ["that evening", 0],
  ["the next day", 1], ["the following day", 1], ["a day later", 1], ["the day before", -1], ["the previous day", -1], ["a day earlier", -1],
]);

function shiftDay(day: string, n: number): string {
  const t = new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10) + n));
  return t.toISOString().slice(0, 10);
}

/** "Scholz later flew to …": another moment than the meeting told before. */
function laterCue(ctx: Context, d: MeetingDraft): boolean {
  const s = ctx.doc.sentences[d.sentence]!;
  for (let k = s.tokStart; k < d.trigger; k++) if (/^(later|afterwards|afterward|subsequently|then|next|earlier)$/.test(ctx.doc.tokens[k]!.lower)) return true;
  return false;
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

function mergeable(a: MeetingDraft, b: MeetingDraft): boolean {
  const subset = sameSet(b.participants, a.participants, true) || sameSet(a.participants, b.participants, true);
  if (!subset || Math.min(a.participants.size, b.participants.size) < 2) return false;
  if (a.dateExpr && b.dateExpr && a.date !== b.date) return false;
  if (a.dateExpr && b.dateExpr && a.date === null && a.dateExpr.text.toLowerCase() !== b.dateExpr.text.toLowerCase()) return false;
  if (a.place && b.place && a.place.name !== b.place.name && a.place.countryCode !== b.place.countryCode) return false;
  return a.kind === b.kind || b.definite;
}
