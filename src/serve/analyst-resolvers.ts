import type { GraphQLResolveInfo } from "graphql";
import { ParleyError } from "../errors.js";
import { precisionOf, type Precision } from "../query/periods.js";
import { timeline, type TimelineScope } from "../query/timeline.js";
import type { ParleyContext } from "./server.js";
import { actorRef, meetingFilter, txOptions } from "./traversal-resolvers.js";

type Args = Record<string, unknown>;

/** Resolvers for analysts: the timeline aggregate and the date precision of meetings. */
export const analystResolvers = {
  Query: {
    async timeline(_: unknown, args: Args, ctx: ParleyContext, _info: GraphQLResolveInfo) {
      const granularity = (args["granularity"] ?? "month") as Precision;
      if (args["with"] && !args["actor"]) throw new ParleyError("INPUT_INVALID", "`with` needs `actor`: give both for the meetings two actors shared", { argument: "with" });
      let scope: TimelineScope = { kind: "graph" };
      if (args["actor"]) {
        const actor = await actorRef(ctx, args, "actor");
        if (args["with"]) {
          const other = await actorRef(ctx, args, "with");
          if (other.id === actor.id) throw new ParleyError("INPUT_INVALID", `actor and with are the same actor (${actor.id}); give two different actors`, { argument: "with" });
          scope = { kind: "pair", id: actor.id, other: other.id };
          const result = await timeline(ctx.db, scope, granularity, meetingFilter(args), txOptions(ctx));
          if (result.total === 0) await Promise.all([actor.confirm(), other.confirm()]);
          return result;
        }
        scope = { kind: "actor", id: actor.id };
        const result = await timeline(ctx.db, scope, granularity, meetingFilter(args), txOptions(ctx));
        if (result.total === 0) await actor.confirm();
        return result;
      }
      return timeline(ctx.db, scope, granularity, meetingFilter(args), txOptions(ctx));
    },
  },
  Meeting: {
    // Works on generated results (`date` is fetched through @customResolver's `requires`) and on traversal
    // results alike, which carry `date`.
    datePrecision: (meeting: { date?: string | null }) => precisionOf(meeting.date ?? null),
  },
};
