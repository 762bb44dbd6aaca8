import { serverAudits } from "graphql-http";
import { describe, expect, it } from "vitest";
import { useSeedServer } from "../support/seeds.js";

const seed = useSeedServer();

type Body = { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

/** POSTs a query with the given Accept header; returns the status and the parsed body. */
async function post(query: string, accept = "application/json", variables?: Record<string, unknown>): Promise<{ status: number; body: Body }> {
  const res = await fetch(seed.server.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", accept },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as Body };
}

const GRAPHQL_RESPONSE = "application/graphql-response+json";

describe("client mistakes are the client's: 4xx (or 200 with errors, as the GraphQL-over-HTTP spec says), never 500", () => {
  it("passes the graphql-http audit of the GraphQL-over-HTTP spec with no warning and no error", async () => {
    const results = await Promise.all(serverAudits({ url: seed.server.graphqlUrl, fetchFn: fetch }).map((audit) => audit.fn()));
    const problems = results.filter((r) => r.status === "warn" || r.status === "error").map((r) => `${r.status}: ${r.name}: ${"reason" in r ? r.reason : ""}`);
    expect(problems).toEqual([]);
    expect(results.filter((r) => r.status === "ok").length).toBeGreaterThanOrEqual(55);
  });

  it("answers a syntax error with GRAPHQL_PARSE_FAILED: 400 for graphql-response+json, 200 for application/json", async () => {
    const strict = await post("{ actors { name }", GRAPHQL_RESPONSE);
    expect(strict.status).toBe(400);
    expect(strict.body.errors?.[0]?.extensions?.["code"]).toBe("GRAPHQL_PARSE_FAILED");
    const legacy = await post("{ actors { name }");
    expect(legacy.status).toBe(200);
    expect(legacy.body.errors?.[0]?.extensions?.["code"]).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("answers a document over the token limit as a parse failure, not a 500", async () => {
    const fields = Array.from({ length: 6000 }, () => "__typename").join(" ");
    const res = await post(`{ ${fields} }`, GRAPHQL_RESPONSE);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: "GRAPHQL_PARSE_FAILED" } });
    expect(res.body.errors?.[0]?.message).toMatch(/token/i);
  });

  it("refuses a page over the limit with BAD_USER_INPUT and 400, literal or variable", async () => {
    const literal = await post("{ actors(limit: 5000) { name } }", GRAPHQL_RESPONSE);
    expect(literal.status).toBe(400);
    expect(literal.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "limit", limit: 1000 });
    const variable = await post("query($n: Int) { whoMetWhomVia(from: \"a\", to: \"b\", first: $n) { length } }", GRAPHQL_RESPONSE, { n: 5000 });
    expect(variable.status).toBe(400);
    expect(variable.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "first" });
  });

  it.each([
    ["a negative limit", "{ actors(limit: -1) { name } }", "limit"],
    ["a negative offset", "{ actors(offset: -5) { name } }", "offset"],
    ["a negative first on a connection", "{ actorsConnection(first: -1) { totalCount } }", "first"],
    ["a negative limit on a nested field", "{ meetings(limit: 1) { participants(limit: -2) { name } } }", "limit"],
    ["a 1,001-character search", `{ searchNames(query: "${"a".repeat(1001)}") { name } }`, "query"],
    ["a 400-word actor name", `{ contacts(actor: "${"b ".repeat(400)}") { count } }`, "actor"],
    ["a 300-character from", `{ brokers(from: "${"c".repeat(300)}", to: "x") { chains } }`, "from"],
  ])("refuses %s before it reaches Cypher, naming the argument", async (_label, query, argument) => {
    const res = await post(query, GRAPHQL_RESPONSE);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: "INPUT_INVALID", argument });
    expect(JSON.stringify(res.body)).not.toMatch(/Neo4j|Lucene|Clause|LIMIT: Invalid/);
  });

  it.each([
    ['{ whoMetWhomVia(from: "a", to: "b", maxHops: 0) { length } }', "maxHops"],
    ['{ brokers(from: "a", to: "b", maxHops: 99) { chains } }', "maxHops"],
    ['{ network(actor: "a", depth: 9) { truncated } }', "depth"],
    ['{ network(actor: "a", depth: 1, limit: 0) { truncated } }', "limit"],
    ['{ contacts(actor: "a", first: 0) { count } }', "first"],
    ['{ searchNames(query: "a", first: 500) { name } }', "first"],
  ])("refuses the traversal argument in %s with INPUT_INVALID", async (query, argument) => {
    const res = await post(query);
    expect(res.status).toBeLessThan(500);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: "INPUT_INVALID", argument });
  });

  it("answers a 10 MB body with 413, not a connection reset", async () => {
    const res = await fetch(seed.server.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ __typename } #${"x".repeat(10_000_000)}` }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as Body).errors?.[0]?.message).toMatch(/over 1000000 bytes/);
  });

  it("answers other methods with 405 and the methods allowed", async () => {
    const res = await fetch(seed.server.graphqlUrl, { method: "PUT", body: "{}" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, POST");
  });

  it("answers malformed JSON with 400", async () => {
    const res = await fetch(seed.server.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: "{\"query\": " });
    expect(res.status).toBe(400);
  });
});
