import neo4j from "neo4j-driver";
import { statement } from "../database/cypher.js";
import type { Database, RunOptions } from "../database/database.js";
import type { MeetingFilter, MeetingRow } from "./types.js";

const S = {
  neighbours: statement("export/neighbours"),
  actorMeetings: statement("export/actor-meetings"),
  allMeetings: statement("export/all-meetings"),
};

/** What an export covers: the whole graph, or an actor's network to a depth (as `network` walks it). */
export type ExportScope = { kind: "graph" } | { kind: "network"; actorId: string; depth: number };

export interface ExportLimits {
  /** Most actors a network export keeps, nearest first. */
  readonly actors: number;
  /** Most meetings an export keeps (by id). */
  readonly meetings: number;
}

export interface ExportData {
  meetings: MeetingRow[];
  /** Steps from the centre of a network export, by actor id; empty for the whole graph. */
  depths: Map<string, number>;
  /** True when a limit left actors or meetings out. */
  truncated: boolean;
}

const filterParams = (f: MeetingFilter) => ({ after: f.after ?? null, before: f.before ?? null, kind: f.kind ?? null });

/**
 * The meetings an export holds, with their participants, places and evidence. A network is walked breadth
 * first through meetings that pass the filters, one round trip per step; its meetings are those that two or
 * more of its actors shared.
 */
export async function exportData(db: Database, scope: ExportScope, filter: MeetingFilter, limits: ExportLimits, options: RunOptions = {}): Promise<ExportData> {
  const params = filterParams(filter);
  if (scope.kind === "graph") {
    const rows = await db.read<{ meeting: MeetingRow }>(S.allMeetings, { ...params, limit: neo4j.int(limits.meetings + 1) }, options);
    return { meetings: rows.slice(0, limits.meetings).map((r) => r.meeting), depths: new Map(), truncated: rows.length > limits.meetings };
  }
  const depths = new Map<string, number>([[scope.actorId, 0]]);
  let frontier = [scope.actorId];
  let truncated = false;
  for (let step = 1; step <= scope.depth && frontier.length > 0 && !truncated; step++) {
    const rows = await db.read<{ id: string }>(S.neighbours, { ...params, ids: frontier }, options);
    const next = rows.map((r) => r.id).filter((id) => !depths.has(id)).sort();
    for (const id of next) {
      if (depths.size >= limits.actors) {
        truncated = true;
        break;
      }
      depths.set(id, step);
    }
    frontier = next.filter((id) => depths.has(id));
  }
  const rows = await db.read<{ meeting: MeetingRow }>(S.actorMeetings, { ...params, ids: [...depths.keys()], limit: neo4j.int(limits.meetings + 1) }, options);
  return { meetings: rows.slice(0, limits.meetings).map((r) => r.meeting), depths, truncated: truncated || rows.length > limits.meetings };
}
