/**
 * When and where each meeting happened, once the meetings of an article are told: the date and place its own clause
 * gives (picked in venue.ts), else what the story around it gives: the meeting told before, the trip, the dateline.
 */
import { findDates } from "./dates.js";
import type { Context, MeetingDraft } from "../meetings/meeting-context.js";
import type { Place } from "../entities/places.js";
import type { Sentence } from "../text/sentences.js";
import { isMeetingVerb, MEETING_NOUNS } from "../meetings/triggers.js";
import { namedVenueTown, pickDate, pickPlace, tripDestination } from "./venue.js";

/** Fills the dates and places that the meetings' own clauses left open from the meetings told around them (drafts in text order). */
export function settleWhenWhere(ctx: Context, live: MeetingDraft[]): void {
  // A meeting told without a date shares the date of the meeting before it (in the paragraph, or in the sentence or two
  // before: wire copy has one-sentence paragraphs) when they share someone; "X later met Y" is the same day, as in
  // "Doe later met a delegation"; "earlier" is another occasion.
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
    const earlier = earlierCue(ctx, d);
    for (let p = k - 1; p >= 0; p--) {
      const prev = live[p]!;
      if (prev.paragraph !== d.paragraph && d.sentence - prev.sentence > 4) break;
      if (prev.reference) continue;
      if ([...d.participants.keys()].some((e) => prev.participants.has(e))) {
        if (!earlier) {
          d.dateExpr = prev.dateExpr;
          d.date = prev.date;
        } else if (prev.date && prev.date.length === 10 && ctx.ref && prev.date.slice(0, 7) === ctx.ref.slice(0, 7)) {
          // "Earlier, X held talks with Y" on a recent occasion: another day, the same month at least.
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
      if (d.sentence !== dateline.sentence || d.kind !== "in_person" || !recent(d.date, ctx.ref)) continue;
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

/** "X had earlier met Y", "previously": another occasion than the one told before. */
function earlierCue(ctx: Context, d: MeetingDraft): boolean {
  const s = ctx.doc.sentences[d.sentence]!;
  for (let k = s.tokStart; k < d.trigger; k++) if (/^(earlier|previously|formerly|once)$/.test(ctx.doc.tokens[k]!.lower)) return true;
  return false;
}

/** When and where the events of one sentence happen, as far as the sentence itself says. */
interface Scene {
  readonly sentence: number;
  /** A date was stated (even one that cannot be resolved): the story moved to another time. */
  readonly dated: boolean;
  readonly date: string | null;
  readonly place: Place | null;
}

const EVENT_WORDS = new Set([
  "held", "place", "visit", "visits", "visited", "visiting", "arrived", "arrival", "received", "receives", "welcomed", "hosted", "ceremony", "presided",
  "trip", "toured", "tour", "travelled", "traveled", "flew", "landed", "touched", "audience", "opened", "swore", "sworn", "inaugurated", "chaired",
  "attended", "addressed", "launched",
]);

/** The scene a sentence sets: the date and place nearest its first event word (a meeting, a visit, a ceremony). */
function sceneOf(ctx: Context, s: Sentence): Scene | null {
  const t = ctx.doc.tokens;
  let ev = -1;
  for (let k = s.tokStart; k < s.tokEnd && ev < 0; k++) {
    const l = t[k]!.lower;
    if (t[k]!.kind === "word" && !ctx.st.paren[k] && (isMeetingVerb(l) || MEETING_NOUNS.has(l) || EVENT_WORDS.has(l))) ev = k;
  }
  const clause: [number, number] = [s.tokStart, s.tokEnd];
  if (ev < 0) {
    // A heading that is only a date ("Monday"): the day of what follows.
    const dates = findDates(ctx.doc.text, s.start, s.end, ctx.ref);
    const words = t.slice(s.tokStart, s.tokEnd).filter((x) => x.kind === "word").length;
    if (dates.length === 1 && !dates[0]!.bound && words <= 3 && dates[0]!.text.split(/\s+/).length >= words) {
      return { sentence: s.index, dated: true, date: dates[0]!.date, place: null };
    }
    return null;
  }
  const date = pickDate(ctx, s, ev, clause);
  const place = pickPlace(ctx, ev, clause);
  return { sentence: s.index, dated: date !== null, date: date?.date ?? null, place: place?.place ?? null };
}

/** A sentence that tells when or where the occasion just told took place. */
const ON_OCCASION_RE = /\b(took place|was held|were held|ceremony|meeting|talks|audience)\b/i;

/** Whether a sentence names one of the meeting's people, or someone it does not resolve ("the Head of State presided …"). */
function names(ctx: Context, sentence: number, d: MeetingDraft): boolean {
  for (const m of ctx.doc.mentions) {
    if (m.sentence !== sentence || m.kind === "org" || m.kind === "place") continue;
    if (m.entity >= 0 ? d.participants.has(m.entity) : m.kind === "role" || m.kind === "pronoun") return true;
  }
  return false;
}

/** Within a week of the story's date: the news of the day, told from the dateline's town. */
function recent(date: string | null, ref: string | null): boolean {
  if (!date || !ref) return true;
  if (date.length === 7) return date === ref.slice(0, 7);
  if (date.length !== 10) return false;
  const days = (Date.parse(ref) - Date.parse(date)) / 86_400_000;
  return days >= -1 && days <= 7;
}

/**
 * What the story around a meeting says of when and where: the scene set by the sentences before it (the lead's "held
 * talks in Cairo on Wednesday" for "Doe met X" after it), the date told elsewhere in its own sentence ("…, the
 * office said Friday"), then the dateline's town for the news of the day.
 */
export function settleFromStory(ctx: Context, live: MeetingDraft[]): void {
  if (live.length === 0) return;
  const { doc } = ctx;
  const last = Math.min(doc.sentences.length - 1, Math.max(...live.map((d) => d.sentence)) + 2);
  const before: (Scene | null)[] = [];
  const own: (Scene | null)[] = [];
  let current = null as Scene | null;
  let first = null as Scene | null;
  let storyPlace: Place | false | undefined;
  for (const s of doc.sentences) {
    if (s.index > last) break;
    before[s.index] = current;
    const scene = s.headline ? null : sceneOf(ctx, s);
    own[s.index] = scene;
    if (!scene) continue;
    const was = current;
    if (scene.dated) {
      const moved: boolean = !was || was.date !== scene.date;
      current = { sentence: s.index, dated: true, date: scene.date, place: scene.place ?? (moved || !was ? null : was.place) };
    } else if (scene.place) current = { sentence: s.index, dated: was?.dated ?? false, date: was?.date ?? null, place: scene.place };
    first ??= current;
  }
  for (const d of live) {
    if (d.reference || d.distinct) continue;
    const mine = own[d.sentence];
    // The scene of a sentence naming one of its people, or the story's opening scene ("A meeting was held on Monday in X.").
    const candidate = earlierCue(ctx, d) ? null : before[d.sentence];
    const prior = candidate && (candidate === first || names(ctx, candidate.sentence, d)) ? candidate : null;
    // "X accepted the credentials of six envoys. The ceremony was held … on Thursday, 10/21/2021.": told after.
    const next = [1, 2].map((n) => doc.sentences[d.sentence + n]).find((x) => x && own[x.index] && ON_OCCASION_RE.test(doc.text.slice(x.start, x.end)));
    const after = next ? own[next.index] : null;
    if (!d.dateExpr && !d.date) {
      const from = mine?.dated && mine.date ? mine : prior?.dated ? prior : after?.dated ? after : null;
      if (from) d.date = from.date;
    }
    if (d.kind !== "in_person") continue;
    if (!d.place) {
      const sameTime = (x: Scene | null | undefined): boolean => !!x && (!d.date || !x.dated || !x.date || d.date.startsWith(x.date) || x.date.startsWith(d.date));
      if (mine?.place && sameTime(mine)) d.place = mine.place;
      else if (prior?.place && sameTime(prior)) d.place = prior.place;
      else if (after?.place && sameTime(after)) d.place = after.place;
    }
    if (!d.place) d.place = namedVenueTown(ctx, d.sentence);
    const home = storyPlace ??= ctx.dateline?.place ?? hereIn(ctx) ?? false;
    if (!home || !recent(d.date, ctx.ref)) continue;
    // "PHNOM PENH – … met in Cambodia": the dateline's town is the nearer place.
    const wider = d.place && d.place.kind === "country" && home.kind === "city" && d.place.countryCode === home.countryCode;
    if (!d.place || wider) d.place = home;
  }
  // Nothing in the text dates it: news reports what happened around the day it is published, so the month of that day.
  for (const d of live) if (!d.date && !d.dateExpr && !d.distinct && !d.reference && ctx.ref) d.date = ctx.ref.slice(0, 7);
}

/** "… here in China": where a transcript or a story without a dateline is told from. */
function hereIn(ctx: Context): Place | null {
  const { doc } = ctx;
  const t = doc.tokens;
  for (let k = 0; k + 2 < t.length; k++) {
    if (t[k]!.lower !== "here" || t[k + 1]!.lower !== "in") continue;
    const m = doc.claim[k + 2]! >= 0 ? doc.mentions[doc.claim[k + 2]!]! : null;
    if (m && m.kind === "place" && m.tokStart === k + 2 && m.place && m.place.kind !== "region") return m.place;
  }
  return null;
}
