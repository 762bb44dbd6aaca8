/** A meeting being read, and the state the meeting passes share. */
import type { Structure } from "../mentions/clauses.js";
import type { Entities } from "../mentions/coreference.js";
import type { DateExpression } from "../when-where/dates.js";
import type { Doc, Mention } from "../text/document.js";
import type { Place } from "../entities/places.js";
import type { AttendanceRole, MeetingKind } from "../types.js";
import type { Dateline } from "../when-where/venue.js";
export interface MeetingDraft {
  participants: Map<number, AttendanceRole>;
  kind: MeetingKind;
  readonly sentence: number;
  /** The last sentence that added people to it ("The meeting included A. Also present were B."). */
  toldUntil?: number;
  readonly paragraph: number;
  readonly trigger: number;
  evStart: number;
  evEnd: number;
  dateExpr: DateExpression | null;
  date: string | null;
  place: Place | null;
  placeTok: number;
  /** Refers back to a meeting already told ("the talks", "his meeting with", "Sunday's meeting"). */
  readonly definite: boolean;
  /** Another occasion than the ones around it ("last met", "had previously met"). */
  readonly distinct: boolean;
  /** "In a separate meeting with X, Y …": Y was not at X's other meeting. */
  readonly separate: boolean;
  /** Only adds people to an earlier meeting ("In this meeting, X …"). */
  readonly reference: boolean;
  /** Stated by a noun ("talks", "a meeting between"), not a verb. */
  readonly nominal: boolean;
  readonly agents: number[];
  readonly objects: number[];
  /** The meeting in the room that this call joined people to remotely ("joined the talks by video link"). */
  readonly remoteOf?: MeetingDraft;
}

/** Sentences since a meeting was told or last given people: how far back a list of attendees may reach it. */
export function sinceTold(d: MeetingDraft, sentence: number): number {
  return sentence - Math.max(d.sentence, d.toldUntil ?? 0);
}

/** "X received five new ambassadors": people met but not yet named, waiting for the sentence that names them. */
export interface PendingGroup {
  readonly agents: number[];
  readonly mentions: readonly Mention[];
  /** The group's noun, lower case, singular ("ambassador", "delegation"). */
  readonly noun: string;
  readonly sentence: number;
  readonly trigger: number;
  readonly clause: [number, number];
  readonly call: boolean;
  /** Envoys received in turn (credentials): one meeting each. */
  readonly each: boolean;
  readonly hosting: boolean;
  named: boolean;
  /** The sentence that named the group's people, so that "Others were …" right after it adds to them. */
  namedIn?: number;
  /** The draft of a group met as one, which "Others were …" joins. */
  draft?: number;
}

export interface Context {
  readonly doc: Doc;
  readonly entities: Entities;
  readonly st: Structure;
  readonly ref: string | null;
  readonly drafts: MeetingDraft[];
  /** Person entities that are qualifiers' places: places inside a person's title, never a venue. */
  readonly qualifierPlaces: Set<number>;
  dates: DateExpression[];
  datesSentence: number;
  /** The lead's dateline ("CAIRO, April 14 (MENA) -"), if any. */
  readonly dateline: Dateline | null;
  readonly pending: PendingGroup[];
  /** Participants of meetings told as planned ("is due to have talks with"). */
  planned?: number[][];
  /** The last meeting told as planned and its sentence ("X was invited to meet Y"), which "The meeting took place" may confirm. */
  lastPlanned?: { ids: number[]; sentence: number };
}

export function entitiesOf(ctx: Context, items: readonly Mention[]): number[] {
  const out: number[] = [];
  for (const m of items) {
    if (m.kind === "group") {
      for (const e of groupEntities(ctx, m)) if (!out.includes(e)) out.push(e);
    } else if (m.entity >= 0 && !out.includes(m.entity)) out.push(m.entity);
  }
  return out;
}

/** "the two men": the people of the last meeting of two, else the last two people mentioned. */
function groupEntities(ctx: Context, g: Mention): number[] {
  // "Koval has called for a meeting with Mehta. The two men last met …": the two people of the sentence before, when
  // no meeting of two was told since.
  const before: number[] = [];
  for (const m of ctx.doc.mentions) {
    if (m.sentence !== g.sentence - 1 || m.entity < 0 || (m.kind !== "person" && m.kind !== "role")) continue;
    if (m.kind === "role" && ctx.entities.persons[m.entity] === undefined) continue;
    if (!before.includes(m.entity)) before.push(m.entity);
  }
  for (let k = ctx.drafts.length - 1; k >= 0; k--) {
    const d = ctx.drafts[k]!;
    if (d.participants.size === 2 && g.sentence - d.sentence <= 4) {
      if (before.length === 2 && d.sentence < g.sentence - 1 && !before.every((e) => d.participants.has(e))) return before;
      return [...d.participants.keys()];
    }
  }
  if (before.length === 2) return before;
  const seen: number[] = [];
  for (let k = ctx.doc.mentions.length - 1; k >= 0; k--) {
    const m = ctx.doc.mentions[k]!;
    if (m.tokStart >= g.tokStart || m.entity < 0 || (m.kind !== "person" && m.kind !== "role")) continue;
    if (!seen.includes(m.entity)) seen.push(m.entity);
  }
  const byPos = seen
    .map((e) => ({ e, pos: Math.max(...ctx.entities.persons[e]!.mentions.map((id) => ctx.doc.mentions[id]!.tokStart).filter((p) => p < g.tokStart)) }))
    .sort((x, y) => y.pos - x.pos);
  return byPos.slice(0, 2).map((x) => x.e);
}
