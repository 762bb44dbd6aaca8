import type { ApolloServerPlugin } from "@apollo/server";
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
