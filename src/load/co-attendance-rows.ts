/**
 * Co-attendance (MET_WITH, see cypher/load/co-attendance.cypher) computed from meetings in memory, with the
 * statement's rules: the bulk load folds every meeting this way, and the transactional load adds the meetings
 * new to the graph this way. Pure.
 */
import { pairKey, SEP } from "./pair-key.js";

export interface MeetingAttendees {
  readonly meetingId: string;
  readonly actorIds: readonly string[];
}
export interface MeetingFacts {
  readonly id: string;
  readonly kind: string;
  readonly dateFrom: string | null;
  readonly dateTo: string | null;
}
/**
 * How many of a pair's newest shared meetings its MET_WITH keeps at least (`newest`, ids in the order of
 * Contact.meetings): a contacts page of up to this many is read from them instead of walking a head of
 * state's meetings (query/contacts-newest).
 */
export const NEWEST_KEPT = 10;
/**
 * Up to this many shared meetings, `newest` holds all of a pair's (it is complete: as long as the count), so
 * brokers find the meetings two busy actors shared by id instead of walking either's thousands
 * (query/brokers-met). Beyond it, the newest NEWEST_KEPT: the pairs of two heads of state, updated by most
 * loads, stay cheap to update.
 */
export const ALL_KEPT_UP_TO = 128;
/** How many meetings, newest first, `newest` holds for a pair that shares `count`. */
export function keptOf(count: number): number {
  return count <= ALL_KEPT_UP_TO ? count : NEWEST_KEPT;
}

/**
 * A pair's MET_WITH properties: meetings shared, earliest start, latest end, kinds (sorted), and its newest
 * meetings, `keptOf(count)` of them, newest first (see `newerFirst`).
 */
export interface CoAttendance {
  count: number;
  first: string | null;
  last: string | null;
  kinds: string[];
  newest: MeetingDate[];
}
/** A meeting as `newest` orders it. */
export interface MeetingDate {
  readonly id: string;
  readonly dateFrom: string | null;
}

/**
 * Cypher's `ORDER BY m.dateFrom DESC, m.id` (the order of Contact.meetings): undated meetings first, as Cypher
 * sorts null above every value, then the later start, then the id. ISO dates compare as strings.
 */
export function newerFirst(a: MeetingDate, b: MeetingDate): number {
  if (a.dateFrom !== b.dateFrom) {
    if (a.dateFrom === null) return -1;
    if (b.dateFrom === null) return 1;
    return a.dateFrom > b.dateFrom ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Puts `m` in its place in a list in `newerFirst` order, keeping `keptOf(count)` (count with `m`). */
function keepNewest(list: MeetingDate[], m: MeetingDate, count: number): void {
  const kept = keptOf(count);
  let i = list.length;
  while (i > 0 && newerFirst(m, list[i - 1]!) < 0) i--;
  if (i < kept) list.splice(i, 0, m);
  if (list.length > kept) list.length = kept;
}
export interface PairRow {
  lo: string;
  hi: string;
}
/**
 * What a pair gains from meetings new to the graph, added to its MET_WITH by load/co-attendance-add: the
 * statement merges `meetings` (the new meetings' ids) into the relationship's newest.
 */
export interface PairGain extends PairRow, Omit<CoAttendance, "newest"> {
  meetings: string[];
}

/**
 * Counts one meeting for every pair of its actors (distinct ids, sorted), keyed `pairKey(lower id, higher id)`:
 * one more meeting, the earlier start, the later end, its kind among the kinds, and among the newest.
 */
export function tallyMeeting(met: Map<string, CoAttendance>, ids: readonly string[], m: MeetingFacts): void {
  // One key per meeting, shared by its pairs' lists (at 1M meetings the bulk load holds millions of them).
  const key: MeetingDate = { id: m.id, dateFrom: m.dateFrom };
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const k = pairKey(ids[i]!, ids[j]!);
      const c = met.get(k) ?? { count: 0, first: null, last: null, kinds: [], newest: [] };
      met.set(k, c);
      c.count++;
      if (m.dateFrom !== null && (c.first === null || m.dateFrom < c.first)) c.first = m.dateFrom;
      if (m.dateTo !== null && (c.last === null || m.dateTo > c.last)) c.last = m.dateTo;
      if (!c.kinds.includes(m.kind)) c.kinds = [...c.kinds, m.kind].sort();
      keepNewest(c.newest, key, c.count);
    }
  }
}

const sortedIds = (m: MeetingAttendees) => [...new Set(m.actorIds)].sort();

/**
 * Splits the pairs a load touches in two. A pair that only shares meetings new to the graph gains exactly
 * those (count, earliest start, latest end, kinds), so its MET_WITH is updated by addition without walking
 * the pair's meetings: around a head of state that walk is thousands of meetings per pair, and the reason the
 * transactional load slowed as the graph grew. Any pair of a meeting the graph had (re-dated, re-grouped, a
 * participant added) or one the load removes is recomputed from ATTENDED (load/co-attendance), which is right
 * whatever changed. Applying a plan again finds its meetings in the graph, so it recomputes and changes nothing.
 */
export function coAttendanceChanges(
  planned: readonly MeetingAttendees[],
  removed: readonly MeetingAttendees[],
  known: ReadonlySet<string>,
  meetings: readonly MeetingFacts[],
): { recompute: PairRow[]; gains: PairGain[] } {
  const facts = new Map(meetings.map((m) => [m.id, m]));
  const isNew = (m: MeetingAttendees) => !known.has(m.meetingId) && facts.has(m.meetingId);
  const recompute = new Map<string, PairRow>();
  for (const m of [...removed, ...planned.filter((p) => !isNew(p))]) {
    const ids = sortedIds(m);
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) recompute.set(pairKey(ids[i]!, ids[j]!), { lo: ids[i]!, hi: ids[j]! });
  }
  const gained = new Map<string, CoAttendance>();
  for (const m of planned.filter(isNew)) tallyMeeting(gained, sortedIds(m), facts.get(m.meetingId)!);
  const gains: PairGain[] = [];
  for (const [key, c] of gained) {
    if (recompute.has(key)) continue;
    const [lo, hi] = key.split(SEP) as [string, string];
    const { newest, ...rest } = c;
    gains.push({ lo, hi, ...rest, meetings: newest.map((m) => m.id) });
  }
  return { recompute: [...recompute.values()], gains };
}
