import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, visit, type ValueNode } from "graphql";
import type { Logger } from "../log.js";
import type { Metrics } from "./metrics.js";

/** One structured log line and one metrics sample per GraphQL request. */
export function observabilityPlugin(log: Logger, metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse(ctx) {
          const ms = performance.now() - started;
          const operation = ctx.operationName ?? ctx.operation?.operation ?? "unknown";
          const errors = ctx.errors?.length ?? 0;
          const outcome = errors === 0 ? "ok" : "error";
          metrics.requests.inc({ operation, outcome });
          metrics.duration.observe({ operation }, ms / 1000);
          log.info(
            { operation, ms: Math.round(ms * 10) / 10, errors, codes: ctx.errors?.map((e) => e.extensions?.["code"]).filter(Boolean) },
            "graphql request",
          );
        },
      };
    },
  };
}

const PAGE_ARGUMENTS = new Set(["limit", "first"]);

/**
 * Refuses any `limit`/`first` over the page size, literal or variable, before anything runs: a request for a
 * million rows gets a clear error instead of a silently capped answer.
 */
export function pageSizeLimit(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const variables = request.variables ?? {};
          const valueOf = (node: ValueNode): unknown =>
            node.kind === Kind.INT ? Number(node.value) : node.kind === Kind.VARIABLE ? variables[node.name.value] : undefined;
          visit(document, {
            Argument(node) {
              if (!PAGE_ARGUMENTS.has(node.name.value)) return;
              const value = valueOf(node.value);
              if (typeof value === "number" && value > max) {
                throw new GraphQLError(
                  `${node.name.value}: ${value} is over the page-size limit of ${max}; page through results with cursors (first/after on the *Connection queries) or offset`,
                  { extensions: { code: "BAD_USER_INPUT", limit: max }, nodes: [node] },
                );
              }
            },
          });
        },
      };
    },
  };
}
