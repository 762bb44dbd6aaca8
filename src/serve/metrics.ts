import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** Prometheus metrics of one server instance (its own registry, so tests can run several servers). */
export class Metrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: "parley_graphql_requests_total",
    help: "GraphQL requests answered, by operation and outcome.",
    labelNames: ["operation", "outcome"] as const,
    registers: [this.registry],
  });
  readonly duration = new Histogram({
    name: "parley_graphql_request_duration_seconds",
    help: "Time to answer a GraphQL request.",
    labelNames: ["operation"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}
