import type { ApolloServerPlugin } from "@apollo/server";
import type { Metrics } from "./metrics.js";
import type { RequestRecord } from "./http.js";

/**
 * One metrics sample per GraphQL request, and the operation and error codes noted on the request's record
 * for the HTTP layer's one log line.
 */
export function observabilityPlugin(metrics: Metrics): ApolloServerPlugin<{ record?: RequestRecord }> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse(ctx) {
          const ms = performance.now() - started;
          const operation = ctx.operationName ?? ctx.operation?.operation ?? "unknown";
          const errors = ctx.errors?.length ?? 0;
          metrics.requests.inc({ operation, outcome: errors === 0 ? "ok" : "error" });
          metrics.duration.observe({ operation }, ms / 1000);
          const record = ctx.contextValue.record;
          if (record) {
            record.operation = operation;
            const codes = ctx.errors?.map((e) => e.extensions?.["code"]).filter((c): c is string => typeof c === "string");
            if (codes?.length) record.codes = [...new Set(codes)];
          }
        },
      };
    },
  };
}
