/**
 * When and where each meeting happened, once the meetings of an article are told: the date and place its own clause
 * gives (picked in venue.ts), else what the story around it gives: the meeting told before, the trip, the dateline.
 */
import type { Context, MeetingDraft } from "./meeting-context.js";
import { tripDestination } from "./venue.js";

/** Fills the dates and places that the meetings' own clauses left open. Drafts are in text order. */
export function settleWhenWhere(ctx: Context, live: MeetingDraft[]): void {
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
