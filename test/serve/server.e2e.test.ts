import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { startServer, type RunningServer } from "../../src/serve/server.js";
import { testDatabase, uniquePrefix } from "../support/db.js";
import { gql } from "../support/http.js";

const db = testDatabase();
const prefix = uniquePrefix("server");
let server: RunningServer;

beforeAll(async () => {
  await db.write(
    { name: "test/seed", text: "UNWIND $names AS name CREATE (:Actor {id: $prefix + name, name: name, aliases: []})" },
    { prefix, names: ["Ana Lima", "Bo Chen"] },
  );
  server = await startServer({ db, settings: { ...loadConfig({}, "/").server, port: 0 } });
});

afterAll(async () => {
  await server?.stop();
  await db.write({ name: "test/cleanup", text: "MATCH (a:Actor) WHERE a.id STARTS WITH $prefix DETACH DELETE a" }, { prefix });
  await db.close();
});

describe("GraphQL server over HTTP", () => {
  it("listens on the port it was given (0 picks a free one) and returns its URL", () => {
    expect(server.graphqlUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    expect(server.graphqlUrl).not.toContain(":0/");
  });

  it("answers a generated query with data from Neo4j", async () => {
    const res = await gql<{ actors: Array<{ name: string }> }>(
      server.graphqlUrl,
      "query($p: ID!) { actors(where: { id: { startsWith: $p } }, sort: [{ name: ASC }]) { name } }",
      { p: prefix },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.actors.map((a) => a.name)).toEqual(["Ana Lima", "Bo Chen"]);
  });

  it("offers no mutations while read-only", async () => {
    const res = await gql(server.graphqlUrl, 'mutation { createActors(input: [{ name: "X", aliases: [] }]) { actors { id } } }');
    expect(res.errors?.[0]?.message).toMatch(/mutation/i);
    expect(res.errors?.[0]?.extensions?.["code"]).toBe("BAD_REQUEST");
  });

  it("reports readiness once the page cache is warm, with the database reachable, and liveness", async () => {
    let ready = await fetch(`${server.url}/readyz`);
    // Warming reads the whole test graph: not ready (503, "warming") until it is done.
    for (let i = 0; i < 100 && ready.status === 503; i++) {
      expect(await ready.json()).toMatchObject({ status: "warming", neo4j: "reachable" });
      await new Promise((r) => setTimeout(r, 100));
      ready = await fetch(`${server.url}/readyz`);
    }
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready", neo4j: "reachable", pageCache: "warm" });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it("is ready at once when the page-cache warm-up is switched off", async () => {
    const cold = await startServer({ db, settings: { ...loadConfig({ PARLEY_WARM_PAGE_CACHE: "false" }, "/").server, port: 0 } });
    try {
      const ready = await fetch(`${cold.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: "ready", pageCache: "off" });
    } finally {
      await cold.stop();
    }
  });

  it("returns errors with a code and no stack trace", async () => {
    const res = await gql(server.graphqlUrl, "{ actors { nosuchfield } }");
    expect(res.errors?.[0]?.extensions?.["code"]).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });

  it("exposes Prometheus metrics counting the requests it answered", async () => {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toMatch(/parley_graphql_requests_total\{[^}]*outcome="ok"[^}]*\} [1-9]/);
  });
});
