import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, visit, type ArgumentNode, type DocumentNode } from "graphql";
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

/** A `limit`/`first` argument of a document: a literal value, or the variable that gives it. */
interface PageArgument {
  readonly node: ArgumentNode;
  readonly literal?: number;
  readonly variable?: string;
}

/**
 * Refuses any `limit`/`first` over the page size, literal or variable, before anything runs: a request for a
 * million rows gets a clear error instead of a silently capped answer.
 */
export function pageSizeLimit(max: number): ApolloServerPlugin {
  // Apollo hands the same parsed document to every request with the same query text (its document store), so
  // the walk over the document is done once per document; each request only looks up its variables.
  const byDocument = new WeakMap<DocumentNode, readonly PageArgument[]>();
  const pageArguments = (document: DocumentNode): readonly PageArgument[] => {
    let found = byDocument.get(document);
    if (!found) {
      const list: PageArgument[] = [];
      visit(document, {
        Argument(node) {
          if (!PAGE_ARGUMENTS.has(node.name.value)) return;
          if (node.value.kind === Kind.INT) list.push({ node, literal: Number(node.value.value) });
          else if (node.value.kind === Kind.VARIABLE) list.push({ node, variable: node.value.name.value });
        },
      });
      found = list;
      byDocument.set(document, found);
    }
    return found;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const found = pageArguments(document);
          if (found.length === 0) return;
          const variables = request.variables ?? {};
          for (const arg of found) {
            const value = arg.variable !== undefined ? variables[arg.variable] : arg.literal;
            if (typeof value === "number" && value > max) {
              throw new GraphQLError(
                `${arg.node.name.value}: ${value} is over the page-size limit of ${max}; page through results with cursors (first/after on the *Connection queries) or offset`,
                { extensions: { code: "BAD_USER_INPUT", limit: max }, nodes: [arg.node] },
              );
            }
          }
        },
      };
    },
  };
}
