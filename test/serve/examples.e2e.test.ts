import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { loadExamples } from "../../src/serve/playground.js";
import { startServer, type RunningServer } from "../../src/serve/server.js";
import { testDatabase } from "../support/db.js";
import { gql } from "../support/http.js";
import { ingestSeeds } from "../support/seeds.js";

const db = testDatabase();
let server: RunningServer;

beforeAll(async () => {
  await ingestSeeds(db);
  server = await startServer({ db, settings: { ...loadConfig({}, "/").server, port: 0 } });
});
afterAll(async () => {
  await server?.stop();
  await db.close();
});

describe("the example operations the playground preloads", () => {
  const examples = loadExamples();

  it("include one for each traversal of the contract and the search", () => {
    const all = examples.map((e) => e.query).join("\n");
    for (const field of ["contacts(", "whoMetWhomVia(", "brokers(", "network(", "searchNames("]) expect(all).toContain(field);
  });

  it.each(examples.map((e) => [e.name, e.query] as const))("%s runs without errors and returns data", async (_name, query) => {
    const res = await gql<Record<string, unknown>>(server.graphqlUrl, query);
    expect(res.errors).toBeUndefined();
    const [value] = Object.values(res.data!);
    const size = Array.isArray(value) ? value.length : (value as { nodes?: unknown[]; totalCount?: number }).nodes?.length ?? (value as { totalCount?: number }).totalCount;
    expect(size).toBeGreaterThan(0);
  });
});
