import type { Database, RunOptions } from "../database/database.js";
import { ParleyError } from "../errors.js";
import { resolveActor } from "../query/names.js";
import { exportData, type ExportScope } from "../query/exports.js";
import type { MeetingFilter } from "../query/types.js";
import { buildGraph, toGexf, toGraphml } from "./graph.js";
import { TABLES, table, toCsv, type TableName } from "./tables.js";

export const FORMATS = ["graphml", "gexf", ...TABLES.map((t) => `${t}.csv` as const)] as const;
export type ExportFormat = (typeof FORMATS)[number];

/** What to export: the traversals' filters, as strings from a URL or the command line. */
export interface ExportRequest {
  readonly actor?: string | undefined;
  readonly depth?: string | undefined;
  readonly after?: string | undefined;
  readonly before?: string | undefined;
  readonly kind?: string | undefined;
  readonly limit?: string | undefined;
}

export interface ExportResult {
  readonly body: string;
  readonly contentType: string;
  readonly fileName: string;
  /** True when a limit left actors or meetings out. */
  readonly truncated: boolean;
}

/** Most actors of a network export unless `limit` says otherwise, like `network`'s default. */
export const DEFAULT_ACTOR_LIMIT = 500;
const MAX_ACTOR_LIMIT = 10_000;
/** Most meetings of an export. */
export const MAX_MEETINGS = 200_000;

/**
 * Runs an export: an actor's network to a depth (`actor`, `depth` 1-3, at most `limit` actors, nearest
 * first) or the whole graph, within a date window and of a kind, in one format.
 */
export async function runExport(db: Database, format: ExportFormat, request: ExportRequest, options: RunOptions = {}): Promise<ExportResult> {
  const depth = intOption(request.depth, "depth", 1, 3, 1);
  const limit = intOption(request.limit, "limit", 1, MAX_ACTOR_LIMIT, DEFAULT_ACTOR_LIMIT);
  const filter: MeetingFilter = { after: dateOption(request.after, "after"), before: dateOption(request.before, "before"), kind: kindOption(request.kind) };
  let scope: ExportScope = { kind: "graph" };
  let name = "parley";
  if (request.actor?.trim()) {
    const actor = await resolveActor(db, request.actor, "actor");
    scope = { kind: "network", actorId: actor.id, depth };
    name = `parley-${actor.id.replace(/^actor:/, "")}-depth${depth}`;
  }
  const data = await exportData(db, scope, filter, { actors: limit, meetings: MAX_MEETINGS }, options);
  switch (format) {
    case "graphml":
      return { body: toGraphml(buildGraph(data)), contentType: "application/graphml+xml; charset=utf-8", fileName: `${name}.graphml`, truncated: data.truncated };
    case "gexf":
      return { body: toGexf(buildGraph(data)), contentType: "application/gexf+xml; charset=utf-8", fileName: `${name}.gexf`, truncated: data.truncated };
    default: {
      const t = format.slice(0, -".csv".length) as TableName;
      return { body: toCsv(table(t, data)), contentType: "text/csv; charset=utf-8", fileName: `${name}-${t}.csv`, truncated: data.truncated };
    }
  }
}

export function isExportFormat(value: string): value is ExportFormat {
  return (FORMATS as readonly string[]).includes(value);
}

function intOption(value: string | undefined, name: string, min: number, max: number, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new ParleyError("INPUT_INVALID", `${name} must be a whole number from ${min} to ${max}; got ${JSON.stringify(value)}`, { argument: name });
  return n;
}

function dateOption(value: string | undefined, name: string): string | null {
  if (value === undefined || value === "") return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new ParleyError("INPUT_INVALID", `${name} must be a day as YYYY-MM-DD; got ${JSON.stringify(value)}`, { argument: name });
  }
  return value;
}

function kindOption(value: string | undefined): "in_person" | "call" | null {
  if (value === undefined || value === "") return null;
  if (value === "in_person" || value === "call") return value;
  throw new ParleyError("INPUT_INVALID", `kind must be in_person or call; got ${JSON.stringify(value)}`, { argument: "kind" });
}
