import neo4j from "neo4j-driver";
import { statement } from "../database/cypher.js";
import type { Database, RunOptions } from "../database/database.js";
import type { ActorRow, MeetingFilter, MeetingRow } from "./types.js";

const S = {
  contacts: statement("query/contacts"),
  chains: statement("query/chains"),
  brokers: statement("query/brokers"),
  network: statement("query/network"),
  actorMeetings: statement("query/actor-meetings"),
};

export interface ContactRow {
  actor: ActorRow;
  count: number;
  meetings: MeetingRow[];
}
export interface ChainRow {
  actors: ActorRow[];
  meetings: MeetingRow[];
}
export interface BrokerRow {
  actor: ActorRow;
  chains: number;
}
export interface NetworkRow {
  nodes: Array<ActorRow & { depth: number }>;
  edges: Array<{ source: string; target: string; weight: number; meetings: string[] }>;
}

// Neo4j reads whole-number JS values as floats; LIMIT needs integers.
const int = (n: number) => neo4j.int(n);
const filterParams = (f: MeetingFilter) => ({ after: f.after ?? null, before: f.before ?? null, kind: f.kind ?? null });

export async function contacts(db: Database, id: string, filter: MeetingFilter, limit: number, options: RunOptions = {}): Promise<ContactRow[]> {
  return db.read<ContactRow & Record<string, unknown>>(S.contacts, { id, ...filterParams(filter), limit: int(limit) }, options);
}

export async function chains(
  db: Database,
  args: { from: string; to: string; maxHops: number; timeRespecting: boolean; first: number } & MeetingFilter,
  options: RunOptions = {},
): Promise<ChainRow[]> {
  return db.read<ChainRow & Record<string, unknown>>(
    S.chains,
    { from: args.from, to: args.to, maxHops: args.maxHops, timeRespecting: args.timeRespecting, first: int(args.first), ...filterParams(args) },
    options,
  );
}

export async function brokers(db: Database, args: { from: string; to: string; maxHops: number; first: number }, options: RunOptions = {}): Promise<BrokerRow[]> {
  return db.read<BrokerRow & Record<string, unknown>>(S.brokers, { from: args.from, to: args.to, maxHops: args.maxHops, first: int(args.first) }, options);
}

export async function network(db: Database, id: string, depth: number, limit: number, options: RunOptions = {}): Promise<NetworkRow> {
  const rows = await db.read<NetworkRow & Record<string, unknown>>(S.network, { id, depth: int(depth), limit: int(limit) }, options);
  return rows[0] ?? { nodes: [], edges: [] };
}

/** Meetings of several actors in one round trip, keyed by actor id. */
export async function meetingsOfActors(db: Database, ids: readonly string[], options: RunOptions = {}): Promise<Map<string, MeetingRow[]>> {
  const rows = await db.read<{ id: string; meetings: MeetingRow[] }>(S.actorMeetings, { ids }, options);
  return new Map(rows.map((r) => [r.id, r.meetings]));
}
