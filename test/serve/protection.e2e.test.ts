import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { startServer, type RunningServer } from "../../src/serve/server.js";
import { testDatabase, uniquePrefix } from "../support/db.js";
import { gql } from "../support/http.js";

const db = testDatabase();
const settings = loadConfig({}, "/").server;
let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ db, settings: { ...settings, port: 0 } });
});
afterAll(async () => {
  await server?.stop();
  await db.close();
});

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

describe("protection against abusive queries", () => {
  it("refuses a query nested 20 levels deep, quickly, with a clear error", async () => {
    let selection = "id";
    for (let i = 0; i < 10; i++) selection = `meetings { participants { ${selection} } }`;
    const { ms, value } = await timed(() => gql(server.graphqlUrl, `{ actors(limit: 1) { ${selection} } }`));
    // Refused by the depth limit or, as nesting multiplies cost, the cost limit: either says which limit.
    expect(value.errors?.[0]?.message).toMatch(/depth|cost/i);
    expect(value.errors?.[0]?.extensions?.["code"]).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(ms).toBeLessThan(2000);
  });

  it("refuses a query with 1,000 aliases", async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: actors(limit: 1) { id }`).join(" ");
    const { ms, value } = await timed(() => gql(server.graphqlUrl, `{ ${aliases} }`));
    expect(value.errors?.[0]?.message).toMatch(/alias|token/i);
    expect(ms).toBeLessThan(2000);
  });

  it("refuses a million rows, as a literal or a variable, naming the limit", async () => {
    const literal = await gql(server.graphqlUrl, "{ actors(limit: 1000000) { id } }");
    expect(literal.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", limit: 1000 } });
    expect(literal.errors?.[0]?.message).toMatch(/1000000 is over the page-size limit of 1000/);
    const variable = await gql(server.graphqlUrl, "query($n: Int) { contacts(actor: \"x\", first: $n) { count } }", { n: 1_000_000 });
    expect(variable.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
  });

  it("stays up after refusing them", async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await gql(server.graphqlUrl, "{ actors(limit: 1) { id } }")).errors).toBeUndefined();
  });

  it("rejects an out-of-range traversal argument with INPUT_INVALID", async () => {
    const res = await gql(server.graphqlUrl, '{ whoMetWhomVia(from: "a", to: "b", maxHops: 40) { length } }');
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: "INPUT_INVALID", argument: "maxHops" } });
  });

  it("can switch introspection off", async () => {
    const closed = await startServer({ db, settings: { ...settings, port: 0, introspection: false } });
    try {
      const res = await gql(closed.graphqlUrl, "{ __schema { types { name } } }");
      expect(res.errors?.[0]?.message).toMatch(/introspection/i);
    } finally {
      await closed.stop();
    }
  });
});

function hs256(payload: object, secret: string, alg: "HS256" | "HS512" = "HS256"): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const body = `${b64({ alg, typ: "JWT" })}.${b64(payload)}`;
  return `${body}.${createHmac(alg === "HS256" ? "sha256" : "sha512", secret).update(body).digest("base64url")}`;
}

describe("writes, when switched on", () => {
  const secret = "a-test-secret-of-32-characters!!";
  const prefix = uniquePrefix("jwt");
  let writable: RunningServer;
  beforeAll(async () => {
    writable = await startServer({ db, settings: { ...settings, port: 0, readOnly: false, jwtSecret: secret } });
  });
  afterAll(async () => {
    await writable?.stop();
    await db.write({ name: "test/cleanup", text: "MATCH (a:Actor) WHERE a.name STARTS WITH $prefix DETACH DELETE a" }, { prefix });
  });

  const create = (name: string) => `mutation { createActors(input: [{ name: "${name}", aliases: [] }]) { actors { name } } }`;

  it("refuses a write without a valid token", async () => {
    const res = await gql(writable.graphqlUrl, create(`${prefix}anon`));
    expect(res.errors?.[0]?.extensions?.["code"]).toBe("UNAUTHENTICATED");
    const forged = await fetch(writable.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${hs256({ sub: "x" }, "wrong-secret-wrong-secret")}` },
      body: JSON.stringify({ query: create(`${prefix}forged`) }),
    });
    expect(JSON.stringify(await forged.json())).toMatch(/UNAUTHENTICATED/);
  });

  it("refuses a token signed with the right secret but another algorithm than the documented HS256", async () => {
    const res = await fetch(writable.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${hs256({ sub: "editor" }, secret, "HS512")}` },
      body: JSON.stringify({ query: create(`${prefix}hs512`) }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const [row] = await db.read<{ n: number }>({ name: "test/count", text: "MATCH (a:Actor {name: $name}) RETURN count(a) AS n" }, { name: `${prefix}hs512` });
    expect(row!.n).toBe(0);
  });

  it("accepts a write with a token signed by the configured secret", async () => {
    const res = await fetch(writable.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${hs256({ sub: "editor" }, secret)}` },
      body: JSON.stringify({ query: create(`${prefix}editor`) }),
    });
    const body = (await res.json()) as { data?: { createActors: { actors: Array<{ name: string }> } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data!.createActors.actors[0]!.name).toBe(`${prefix}editor`);
  });
});
