import neo4j from "neo4j-driver";
import { statement, type Statement } from "../database/cypher.js";
import type { Database, RunOptions } from "../database/database.js";
import { NEWEST_KEPT } from "../load/co-attendance-rows.js";
import type { ActorRow, MeetingFilter, MeetingRow } from "./types.js";

const S = {
  contacts: statement("query/contacts"),
  contactsRanking: statement("query/contacts-ranking"),
  contactsPaged: statement("query/contacts-paged"),
  contactsNewest: statement("query/contacts-newest"),
  contactsRankingMet: statement("query/contacts-ranking-met"),
  network: statement("query/network"),
  networkMet: statement("query/network-met"),
  networkMetOne: statement("query/network-met-one"),
  networkEdges: statement("query/network-edges"),
  actorMeetings: statement("query/actor-meetings"),
  shortChains: statement("query/chains-short"),
  shortBrokers: statement("query/brokers-met"),
  fourChains: statement("query/chains-four-met"),
  pairMeetings: statement("query/pair-meetings"),
};
/**
 * Chains of up to this many meetings are found by meet-in-the-middle (fragments/short-chains), of one more
 * by a join in the middle over co-attendance (chains-four-met), longer ones by SHORTEST.
 */
const SHORT_CHAIN_HOPS = 3;
/** Brokers count chains of the next length only while fewer than this many shorter ones exist (and SHORTEST's cap). */
const BROKER_CHAINS = 1000;
/**
 * How many outgoing co-attendance relationships query/brokers-met expects of each of the far end's contacts
 * when it weighs walking the near end's contacts' relationships in both directions against outgoing ones only
 * (35-60 measured on the bench's graphs; the answers are the same either way).
 */
export const OUT_PER_CONTACT = 64;

/**
 * A quantifier's bounds must be literals, so each chain statement comes in one variant per hop limit
 * (1-6): the search then stops at maxHops instead of running on to 6 hops when fewer than 100 chains are
 * short enough, which around a head of state with thousands of meetings reaches most of the graph.
 */
function hopVariants(name: string, quantifier: string, min: number): (maxHops: number) => Statement {
  const base = statement(name);
  if (base.text.split(quantifier).length !== 2) throw new Error(`${name} must contain ${quantifier} exactly once`);
  const variants = new Map<number, Statement>();
  for (let n = min; n <= 6; n++) variants.set(n, { name: `${name}@${n}`, text: base.text.replace(quantifier, `{${min},${n}}`) });
  return (maxHops) => variants.get(Math.min(6, Math.max(min, maxHops)))!;
}
const chainsUpTo = hopVariants("query/chains", "{1,6}", 1);
const brokersUpTo = hopVariants("query/brokers", "{2,6}", 2);

/**
 * Plans the traversal statements ahead, so the first request after a start does not pay for planning inside
 * its timeout: the meet-in-the-middle statements take ~1-3 s to plan. Each traversal runs once for an actor
 * id that matches nothing, which costs next to nothing and caches the plan under exactly the parameter types
 * (part of Neo4j's plan-cache key) that requests send. Chains and brokers are planned before this returns;
 * the rest, used less or cheap to plan, in the background. A failure only means a first query plans itself.
 */
export async function warmTraversalPlans(db: Database, log: { warn(obj: object, msg: string): void }): Promise<void> {
  const none = "parley:plan-warm-up";
  const warn = (error: unknown) => log.warn({ err: error }, "could not plan the traversal statements ahead");
  const noFilter = { after: null, before: null, kind: null };
  await Promise.all([
    chains(db, { from: none, to: none, maxHops: 4, first: 10, timeRespecting: false, ...noFilter }),
    brokers(db, { from: none, to: none, maxHops: 3, first: 10 }),
  ]).catch(warn);
  void (async () => {
    await contacts(db, none, noFilter, 10, {}, 5);
    await contacts(db, none, noFilter, 10);
    await contactCounts(db, none, noFilter, 10);
    await network(db, none, 1, 10, {}, false);
    await network(db, none, 2, 10, {}, false);
    await db.read(S.networkEdges, { ids: [], part: int(0), parts: int(1) });
    await network(db, none, 1, 10);
    await meetingsOfActors(db, [none]);
    // The SHORTEST variants, only for the hop limits that still reach them.
    for (const maxHops of [5, 6]) await chains(db, { from: none, to: none, maxHops, first: 10, timeRespecting: false, ...noFilter });
    for (const maxHops of [4, 5, 6]) await brokers(db, { from: none, to: none, maxHops, first: 10 });
    // Used less: contacts with a filter, a chain's alternative meetings.
    await contacts(db, none, { ...noFilter, kind: "call" }, 10);
    await contactCounts(db, none, { ...noFilter, kind: "call" }, 10);
    await pairMeetings(db, [{ from: none, to: none }], noFilter);
  })().catch(warn);
}

export interface ContactCountRow {
  actor: ActorRow;
  count: number;
}
export interface ContactRow extends ContactCountRow {
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

const unfiltered = (f: MeetingFilter) => !f.after && !f.before && !f.kind;
/** Meetings per contact when a request sets no page: all of them (the contract's Contact.meetings). */
const ALL_MEETINGS = 1_000_000;

/**
 * Contacts with their newest `meetingsFirst` shared meetings (all when undefined). Without a filter the
 * ranking comes from the co-attendance relationships, and so do pages of up to NEWEST_KEPT meetings
 * (query/contacts-newest; longer ones walk the actor's meetings, query/contacts-paged); a date or kind filter
 * counts the meetings that pass it (query/contacts).
 */
export async function contacts(db: Database, id: string, filter: MeetingFilter, limit: number, options: RunOptions = {}, meetingsFirst?: number): Promise<ContactRow[]> {
  if (unfiltered(filter)) {
    const params = { id, limit: int(limit), meetingsFirst: int(meetingsFirst ?? ALL_MEETINGS) };
    // A first page the co-attendance relationships keep the ids of is read from them (query/contacts-newest),
    // unless one of them predates `newest`.
    type Row = ContactCountRow & { meetings: string; kept?: boolean };
    let rows: Row[] | null = meetingsFirst !== undefined && meetingsFirst <= NEWEST_KEPT ? await db.read<Row>(S.contactsNewest, params, options) : null;
    if (rows === null || rows.some((r) => r.kept === false)) rows = await db.read<Row>(S.contactsPaged, params, options);
    return rows.map((r) => ({ actor: r.actor, count: r.count, meetings: JSON.parse(r.meetings) as MeetingRow[] }));
  }
  const rows = await db.read<ContactRow & Record<string, unknown>>(S.contacts, { id, ...filterParams(filter), limit: int(limit) }, options);
  return meetingsFirst === undefined ? rows : rows.map((r) => ({ ...r, meetings: r.meetings.slice(0, meetingsFirst) }));
}

/** The ranking of `contacts` without the meetings: the same contacts, counts and order. */
export async function contactCounts(db: Database, id: string, filter: MeetingFilter, limit: number, options: RunOptions = {}): Promise<ContactCountRow[]> {
  if (unfiltered(filter)) return db.read<ContactCountRow & Record<string, unknown>>(S.contactsRankingMet, { id, limit: int(limit) }, options);
  return db.read<ContactCountRow & Record<string, unknown>>(S.contactsRanking, { id, ...filterParams(filter), limit: int(limit) }, options);
}

/**
 * Chains of up to 3 meetings come from chains-short, and of 4 from chains-four-met, both bounded around hubs;
 * each longer length runs only while `first` is not filled. A maxHops over 4 then runs the SHORTEST
 * statement: it finds the longer chains too, but can take seconds around a head of state.
 */
export async function chains(
  db: Database,
  args: { from: string; to: string; maxHops: number; timeRespecting: boolean; first: number; fourHopWalk?: "auto" | "smallEnd" | "join" } & MeetingFilter,
  options: RunOptions = {},
): Promise<ChainRow[]> {
  const params = { from: args.from, to: args.to, timeRespecting: args.timeRespecting, first: int(args.first), ...filterParams(args) };
  const short = await db.read<ChainRow & Record<string, unknown>>(S.shortChains, { ...params, minHops: int(1), maxHops: Math.min(args.maxHops, SHORT_CHAIN_HOPS) }, options);
  if (args.maxHops <= SHORT_CHAIN_HOPS || short.length >= args.first) return short;
  const four = await db.read<ChainRow & Record<string, unknown>>(S.fourChains, { ...params, first: int(args.first - short.length), walk: args.fourHopWalk ?? "auto" }, options);
  const found = [...short, ...four];
  if (args.maxHops <= SHORT_CHAIN_HOPS + 1 || found.length >= args.first) return found;
  return db.read<ChainRow & Record<string, unknown>>(chainsUpTo(args.maxHops), { ...params, maxHops: args.maxHops }, options);
}

/**
 * Brokers are counted over the shortest chains of two or more meetings: every chain of two meetings, and of
 * three while fewer than 1000 of two exist, counted from co-attendance by brokers-met (no chain is walked);
 * a longer maxHops runs the SHORTEST statement (up to 1000 chains) only when those are fewer than 1000.
 */
export async function brokers(db: Database, args: { from: string; to: string; maxHops: number; first: number }, options: RunOptions = {}, outPerContact = OUT_PER_CONTACT): Promise<BrokerRow[]> {
  const params = { from: args.from, to: args.to, first: int(BROKER_CHAINS), minHops: int(2), limit: int(args.first), timeRespecting: false, after: null, before: null, kind: null, outPerContact: int(outPerContact) };
  const short = await db.read<BrokerRow & { total: number } & Record<string, unknown>>(S.shortBrokers, { ...params, maxHops: Math.min(args.maxHops, SHORT_CHAIN_HOPS) }, options);
  if (args.maxHops <= SHORT_CHAIN_HOPS || (short[0]?.total ?? 0) >= BROKER_CHAINS) return short.map(({ actor, chains }) => ({ actor, chains }));
  return db.read<BrokerRow & Record<string, unknown>>(brokersUpTo(args.maxHops), { from: args.from, to: args.to, maxHops: args.maxHops, first: int(args.first) }, options);
}

/**
 * The co-attendance among a network's kept actors is read by this many concurrent statements when there are
 * more than EDGE_SPLIT_MIN of them: Neo4j runs a statement on one core, and around a popular actor the walk
 * was ~250k relationships before they pointed from the less busy actor (a 2-way split took the slowest network
 * at 1M from ~140 to ~85 ms through the driver then).
 * The nodes and the edges are separate auto-commit reads, both of committed data: edges read while a load
 * commits may be a moment newer than the nodes, and only edges among the nodes read are kept.
 */
const EDGE_READS = 2;
const EDGE_SPLIT_MIN = 64;

/** An actor's network; the edges' meeting ids (an expansion of every neighbour's meetings) only when asked for. */
export async function network(db: Database, id: string, depth: number, limit: number, options: RunOptions = {}, meetingIds = true, edgeReads = EDGE_READS): Promise<NetworkRow> {
  const params = { id, depth: int(depth), limit: int(limit) };
  if (meetingIds) return (await db.read<NetworkRow & Record<string, unknown>>(S.network, params, options))[0] ?? { nodes: [], edges: [] };
  const row = (await db.read<{ ids: number[]; nodes: string }>(depth === 1 ? S.networkMetOne : S.networkMet, params, options))[0];
  if (!row || row.ids.length === 0) return { nodes: [], edges: [] };
  const nodes = JSON.parse(row.nodes) as NetworkRow["nodes"];
  const at = new Map(row.ids.map((x, i) => [x, i]));
  const reads = nodes.length > EDGE_SPLIT_MIN ? Math.max(1, edgeReads) : 1;
  const parts = await Promise.all(Array.from({ length: reads }, (_, k) => db.read<{ edges: string }>(S.networkEdges, { ids: row.ids, part: int(k), parts: int(reads) }, options)));
  const triples: Array<[number, number, number]> = [];
  for (const part of parts) {
    for (const [i, y, weight] of JSON.parse(part[0]!.edges) as Array<[number, number, number]>) {
      const j = at.get(y);
      // Stored from the less busy actor (src/load/co-attendance-direction.ts); answered from the lower id.
      if (j !== undefined) triples.push(nodes[i]!.id < nodes[j]!.id ? [i, j, weight] : [j, i, weight]);
    }
  }
  // In the kept actors' order whatever the split, so the same graph gives the same answer.
  triples.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { nodes, edges: triples.map(([i, j, weight]) => ({ source: nodes[i]!.id, target: nodes[j]!.id, weight, meetings: [] })) };
}

/** Meetings of several actors in one round trip, keyed by actor id. */
export async function meetingsOfActors(db: Database, ids: readonly string[], options: RunOptions = {}): Promise<Map<string, MeetingRow[]>> {
  const rows = await db.read<{ id: string; meetings: MeetingRow[] }>(S.actorMeetings, { ids }, options);
  return new Map(rows.map((r) => [r.id, r.meetings]));
}

/** Every meeting each pair of actors shared that passes the filter, newest first, keyed `from|to`. */
export async function pairMeetings(db: Database, pairs: ReadonlyArray<{ from: string; to: string }>, filter: MeetingFilter, options: RunOptions = {}): Promise<Map<string, MeetingRow[]>> {
  if (pairs.length === 0) return new Map();
  const rows = await db.read<{ from: string; to: string; meetings: MeetingRow[] }>(S.pairMeetings, { pairs, ...filterParams(filter) }, options);
  return new Map(rows.map((r) => [`${r.from}|${r.to}`, r.meetings]));
}
