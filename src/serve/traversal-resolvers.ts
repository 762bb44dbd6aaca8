import type { GraphQLResolveInfo } from "graphql";
import { ParleyError } from "../errors.js";
import { resolveActor, searchNames } from "../query/names.js";
import { brokers, chains, contactCounts, contacts, network, pairMeetings, type ChainRow, type ContactCountRow } from "../query/traversals.js";
import type { MeetingFilter, MeetingRow } from "../query/types.js";
import { Hydrator } from "./hydrate.js";
import { fieldArguments, selectsPath } from "./selection.js";
import type { ParleyContext } from "./server.js";

type Args = Record<string, unknown>;

/** Resolvers of the traversal contract; each resolves its names, runs one statement and hydrates the rows. */
export const traversalResolvers = {
  Query: {
    async contacts(_: unknown, args: Args, ctx: ParleyContext, info: GraphQLResolveInfo) {
      const first = intArg(args, "first", 1, 1000);
      const actor = await actorRef(ctx, args, "actor");
      // Without Contact.meetings in the request, only the ranking is read: around a head of state the
      // meetings are most of the cost. With it, only the largest page any occurrence asks for.
      const pages = fieldArguments(info, "meetings", "first");
      const page = pages.some((p) => p === undefined || p === null) ? undefined : Math.max(...pages.map((p) => meetingsPage(p)));
      const rows: Array<ContactCountRow & { meetings?: MeetingRow[] }> =
        pages.length > 0 ? await contacts(ctx.db, actor.id, meetingFilter(args), first, txOptions(ctx), page) : await contactCounts(ctx.db, actor.id, meetingFilter(args), first, txOptions(ctx));
      if (rows.length === 0) await actor.confirm();
      const h = hydrator(ctx, info);
      return rows.map((r) => {
        const meetings = r.meetings?.map((m) => h.meeting(m)) ?? [];
        return { actor: h.actor(r.actor), count: r.count, meetings: (a: Args) => (a["first"] === undefined || a["first"] === null ? meetings : meetings.slice(0, meetingsPage(a["first"]))) };
      });
    },

    async whoMetWhomVia(_: unknown, args: Args, ctx: ParleyContext, info: GraphQLResolveInfo) {
      const maxHops = intArg(args, "maxHops", 1, 6);
      const first = intArg(args, "first", 1, 100);
      const [from, to] = await resolvePair(ctx, args);
      const distinct = args["distinctPaths"] === true;
      const filter = meetingFilter(args);
      // Distinct actor paths: more chains are read, as many differ only in their meetings, and grouped.
      const found = await chains(ctx.db, { from: from.id, to: to.id, maxHops, first: distinct ? Math.min(first * DISTINCT_PATH_READS, 200) : first, timeRespecting: args["timeRespecting"] === true, ...filter }, txOptions(ctx));
      if (found.length === 0) await Promise.all([from.confirm(), to.confirm()]);
      const rows = distinct ? distinctPaths(found).slice(0, first) : found;
      const pairs = new Map<string, { from: string; to: string }>();
      for (const r of rows) r.actors.slice(1).forEach((a, i) => pairs.set(`${r.actors[i]!.id}|${a.id}`, { from: r.actors[i]!.id, to: a.id }));
      const alternatives = selectsPath(info, ["hops", "alternatives"]) ? await pairMeetings(ctx.db, [...pairs.values()], filter, txOptions(ctx)) : undefined;
      const h = hydrator(ctx, info);
      return rows.map((r) => {
        const actors = r.actors.map((a) => h.actor(a));
        return {
          actors,
          length: r.meetings.length,
          hops: r.meetings.map((m, i) => {
            const meeting = h.meeting(m);
            const others = alternatives?.get(`${r.actors[i]!.id}|${r.actors[i + 1]!.id}`);
            return { from: actors[i], to: actors[i + 1], meeting, alternatives: others ? others.map((x) => h.meeting(x)) : [meeting] };
          }),
        };
      });
    },

    async brokers(_: unknown, args: Args, ctx: ParleyContext, info: GraphQLResolveInfo) {
      const maxHops = intArg(args, "maxHops", 2, 6);
      const first = intArg(args, "first", 1, 100);
      const [from, to] = await resolvePair(ctx, args);
      const rows = await brokers(ctx.db, { from: from.id, to: to.id, maxHops, first }, txOptions(ctx));
      if (rows.length === 0) await Promise.all([from.confirm(), to.confirm()]);
      const h = hydrator(ctx, info);
      return rows.map((r) => ({ actor: h.actor(r.actor), chains: r.chains }));
    },

    async network(_: unknown, args: Args, ctx: ParleyContext, info: GraphQLResolveInfo) {
      const depth = intArg(args, "depth", 1, 3);
      const limit = intArg(args, "limit", 1, 1000);
      const actor = await actorRef(ctx, args, "actor");
      // The edges' meeting ids cost a walk through every neighbour's meetings; only when asked for.
      const row = await network(ctx.db, actor.id, depth, limit + 1, txOptions(ctx), selectsPath(info, ["edges", "meetingIds"]));
      if (row.nodes.length === 0) await actor.confirm();
      const truncated = row.nodes.length > limit;
      const nodes = row.nodes.slice(0, limit);
      const kept = new Set(nodes.map((n) => n.id));
      const edges = row.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
      const weight = new Map<string, number>();
      for (const e of edges) {
        weight.set(e.source, (weight.get(e.source) ?? 0) + e.weight);
        weight.set(e.target, (weight.get(e.target) ?? 0) + e.weight);
      }
      const h = hydrator(ctx, info);
      return {
        truncated,
        nodes: nodes.map((n) => ({ id: n.id, name: n.name, depth: n.depth, weight: weight.get(n.id) ?? 0, actor: h.actor(n) })),
        edges: edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight, meetingIds: e.meetings })),
      };
    },

    async searchNames(_: unknown, args: Args, ctx: ParleyContext) {
      const first = intArg(args, "first", 1, 100);
      return searchNames(ctx.db, String(args["query"]), first);
    },
  },
};

/** With distinctPaths, chains read per path asked for (chains through a pair that met often repeat a path). */
const DISTINCT_PATH_READS = 10;

/** The first chain of each distinct sequence of actors, in the order found (shortest first). */
function distinctPaths(rows: readonly ChainRow[]): ChainRow[] {
  const seen = new Map<string, ChainRow>();
  for (const r of rows) {
    const key = r.actors.map((a) => a.id).join("|");
    if (!seen.has(key)) seen.set(key, r);
  }
  return [...seen.values()];
}

// Actor ids as Parley makes them (`actor:` + key); anything else is a name form.
const ACTOR_ID = /^actor:[\p{L}\p{N}-]+$/u;

interface ActorRef {
  readonly id: string;
  /** Throws ACTOR_NOT_FOUND when an id given as is names no actor; called only when a traversal found nothing. */
  confirm(): Promise<void>;
}

/**
 * An id is used as is, so a traversal by id costs one round trip (dashboards pass ids); whether it exists is
 * checked only when the traversal comes back empty. A name is resolved first.
 */
export async function actorRef(ctx: ParleyContext, args: Args, argument: string): Promise<ActorRef> {
  const text = String(args[argument]).trim();
  if (ACTOR_ID.test(text)) return { id: text, confirm: async () => void (await resolveActor(ctx.db, text, argument)) };
  const actor = await resolveActor(ctx.db, text, argument);
  return { id: actor.id, confirm: async () => {} };
}

async function resolvePair(ctx: ParleyContext, args: Args) {
  const [from, to] = await Promise.all([actorRef(ctx, args, "from"), actorRef(ctx, args, "to")]);
  if (from.id === to.id) throw new ParleyError("INPUT_INVALID", `from and to are the same actor (${from.id}); give two different actors`);
  return [from, to] as const;
}

export function intArg(args: Args, name: string, min: number, max: number): number {
  const value = args[name];
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new ParleyError("INPUT_INVALID", `${name} must be a whole number from ${min} to ${max}; got ${JSON.stringify(value)}`, { argument: name });
  }
  return value;
}

/** Contact.meetings(first:), 1-1000. */
function meetingsPage(value: unknown): number {
  return intArg({ first: value }, "first", 1, 1000);
}

export function meetingFilter(args: Args): MeetingFilter {
  const day = (v: unknown) => (v === undefined || v === null ? null : String(v).slice(0, 10));
  const kind = args["kind"];
  return { after: day(args["after"]), before: day(args["before"]), kind: kind === "in_person" || kind === "call" ? kind : null };
}

export const txOptions = (ctx: ParleyContext) => ({ timeoutMs: ctx.txTimeoutMs });

function hydrator(ctx: ParleyContext, info: GraphQLResolveInfo): Hydrator {
  // One per request, so Actor.meetings batches across the whole response.
  const existing = ctx["hydrator"] as Hydrator | undefined;
  if (existing) return existing;
  const created = new Hydrator(ctx.db, txOptions(ctx), info.schema, ctx.rawVariables);
  (ctx as Record<string, unknown>)["hydrator"] = created;
  return created;
}
