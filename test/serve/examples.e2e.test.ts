import { describe, expect, it } from "vitest";
import { loadExamples } from "../../src/serve/playground.js";
import { gql } from "../support/http.js";
import { useSeedServer } from "../support/seeds.js";

const seeded = useSeedServer();

describe("the example operations the playground preloads", () => {
  const examples = loadExamples();

  it("include one for each traversal of the contract and the search", () => {
    const all = examples.map((e) => e.query).join("\n");
    for (const field of ["contacts(", "whoMetWhomVia(", "brokers(", "network(", "searchNames("]) expect(all).toContain(field);
  });

  it.each(examples.map((e) => [e.name, e.query] as const))("%s runs without errors and returns data", async (_name, query) => {
    const res = await gql<Record<string, unknown>>(seeded.server.graphqlUrl, query);
    expect(res.errors).toBeUndefined();
    const [value] = Object.values(res.data!);
    const size = Array.isArray(value) ? value.length : (value as { nodes?: unknown[]; totalCount?: number; total?: number }).nodes?.length ?? (value as { totalCount?: number }).totalCount ?? (value as { total?: number }).total;
    expect(size).toBeGreaterThan(0);
  });
});
