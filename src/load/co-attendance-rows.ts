/**
 * Which co-attendance relationships (MET_WITH, see cypher/load/co-attendance.cypher) a load changes, and how.
 * Pure: the caller reads which of the plan's meetings the graph already had.
 */

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
export interface PairRow {
  lo: string;
  hi: string;
}
/** What a pair gains from meetings new to the graph: added to its MET_WITH (load/co-attendance-add). */
export interface PairGain extends PairRow {
  count: number;
  first: string | null;
  last: string | null;
  kinds: string[];
}

/** Every pair of actors of the same meeting, once, lower id first, with the meetings they share. */
function pairsOf(meetings: readonly MeetingAttendees[]): Map<string, { lo: string; hi: string; meetingIds: string[] }> {
  const pairs = new Map<string, { lo: string; hi: string; meetingIds: string[] }>();
  for (const m of meetings) {
    const ids = [...new Set(m.actorIds)].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}|${ids[j]}`;
        const pair = pairs.get(key) ?? { lo: ids[i]!, hi: ids[j]!, meetingIds: [] };
        pair.meetingIds.push(m.meetingId);
        pairs.set(key, pair);
      }
    }
  }
  return pairs;
}

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
  const recompute = pairsOf([...removed, ...planned.filter((m) => known.has(m.meetingId) || !facts.has(m.meetingId))]);
  const gains: PairGain[] = [];
  for (const [key, pair] of pairsOf(planned.filter((m) => !known.has(m.meetingId) && facts.has(m.meetingId)))) {
    if (recompute.has(key)) continue;
    const ms = pair.meetingIds.map((id) => facts.get(id)!);
    const froms = ms.flatMap((m) => (m.dateFrom === null ? [] : [m.dateFrom])).sort();
    const tos = ms.flatMap((m) => (m.dateTo === null ? [] : [m.dateTo])).sort();
    gains.push({ lo: pair.lo, hi: pair.hi, count: ms.length, first: froms[0] ?? null, last: tos.at(-1) ?? null, kinds: [...new Set(ms.map((m) => m.kind))].sort() });
  }
  return { recompute: [...recompute.values()].map(({ lo, hi }) => ({ lo, hi })), gains };
}
