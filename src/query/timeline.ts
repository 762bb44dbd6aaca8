import neo4j from "neo4j-driver";
import { statement } from "../database/cypher.js";
import type { Database, RunOptions } from "../database/database.js";
import { buildTimeline, periodLength, type PeriodCount, type Precision, type Timeline } from "./periods.js";
import type { MeetingFilter } from "./types.js";

const S = {
  graph: statement("query/timeline-graph"),
  actor: statement("query/timeline-actor"),
  pair: statement("query/timeline-pair"),
};

/** Who the timeline is about: the whole graph, one actor, or the meetings two actors shared. */
export type TimelineScope = { kind: "graph" } | { kind: "actor"; id: string } | { kind: "pair"; id: string; other: string };

/** Meetings per period and kind, at the granularity asked for and honest about partial dates (see buildTimeline). */
export async function timeline(db: Database, scope: TimelineScope, granularity: Precision, filter: MeetingFilter, options: RunOptions = {}): Promise<Timeline> {
  const params = { length: neo4j.int(periodLength(granularity)), after: filter.after ?? null, before: filter.before ?? null, kind: filter.kind ?? null };
  const stmt = scope.kind === "graph" ? S.graph : scope.kind === "actor" ? S.actor : S.pair;
  const extra = scope.kind === "graph" ? {} : scope.kind === "actor" ? { id: scope.id } : { id: scope.id, other: scope.other };
  const rows = await db.read<PeriodCount & Record<string, unknown>>(stmt, { ...params, ...extra }, options);
  return buildTimeline(rows, granularity);
}
