import { createHash } from "node:crypto";
import { request } from "node:http";
import { Writable } from "node:stream";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { startServer, type RunningServer } from "../../src/serve/server.js";
import { testDatabase } from "../support/db.js";
import { ingestSeeds } from "../support/seeds.js";

const db = testDatabase();
const lines: Array<Record<string, unknown>> = [];
const capture = new Writable({
  write(chunk: Buffer, _enc, done) {
    for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});
let plain: RunningServer;
let withCors: RunningServer;

beforeAll(async () => {
  await ingestSeeds(db);
  const settings = { ...loadConfig({ PARLEY_WARM_PAGE_CACHE: "false" }, "/").server, port: 0 };
  plain = await startServer({ db, settings, log: pino({ level: "debug" }, capture) });
  const cors = loadConfig({ PARLEY_CORS_ORIGINS: "https://dash.example.org, http://localhost:3000", PARLEY_WARM_PAGE_CACHE: "false" }, "/").server;
  withCors = await startServer({ db, settings: { ...cors, port: 0 } });
});
afterAll(async () => {
  await plain?.stop();
  await withCors?.stop();
  await db.close();
});

/** A raw request, so that compressed bodies arrive as they were sent. */
function raw(url: string, headers: Record<string, string>, method = "GET"): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

const query = "{ actors(limit: 20, sort: [{ name: ASC }]) { id name aliases } }";
const getUrl = () => `${plain.graphqlUrl}?query=${encodeURIComponent(query)}`;
const JSON_GET = { "content-type": "application/json" };

describe("HTTP for dashboards", () => {
  it("sends no CORS headers unless origins are configured, and refuses preflights then", async () => {
    const res = await raw(plain.graphqlUrl, { origin: "https://dash.example.org", "access-control-request-method": "POST" }, "OPTIONS");
    expect(res.status).toBe(405);
    expect(res.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("answers preflights and requests from a configured origin, and only from it", async () => {
    const preflight = await raw(withCors.graphqlUrl, { origin: "https://dash.example.org", "access-control-request-method": "POST", "access-control-request-headers": "content-type" }, "OPTIONS");
    expect(preflight.status).toBe(204);
    expect(preflight.headers["access-control-allow-origin"]).toBe("https://dash.example.org");
    expect(String(preflight.headers["access-control-allow-methods"])).toMatch(/POST/);
    expect(String(preflight.headers["access-control-allow-headers"])).toMatch(/content-type/);
    const get = await raw(`${withCors.graphqlUrl}?query=${encodeURIComponent("{ __typename }")}`, { ...JSON_GET, origin: "http://localhost:3000" });
    expect(get.headers["access-control-allow-origin"]).toBe("http://localhost:3000");
    const stranger = await raw(`${withCors.graphqlUrl}?query=${encodeURIComponent("{ __typename }")}`, { ...JSON_GET, origin: "https://evil.example" });
    expect(stranger.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("compresses with brotli or gzip as the client accepts, and not at all otherwise", async () => {
    const identity = await raw(getUrl(), JSON_GET);
    expect(identity.headers["content-encoding"]).toBeUndefined();
    const br = await raw(getUrl(), { ...JSON_GET, "accept-encoding": "gzip, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(identity.body.toString());
    const gz = await raw(getUrl(), { ...JSON_GET, "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(identity.body.toString());
    expect(String(gz.headers["vary"])).toMatch(/accept-encoding/i);
  });

  it("serves the playground compressed, with an ETag that revalidates to 304", async () => {
    const page = await raw(`${plain.url}/`, { "accept-encoding": "br" });
    expect(page.status).toBe(200);
    expect(page.headers["content-encoding"]).toBe("br");
    expect(page.body.length).toBeLessThan(3_000_000);
    expect(page.headers["cache-control"]).toBe("no-cache");
    const etag = String(page.headers["etag"]);
    const again = await raw(`${plain.url}/`, { "accept-encoding": "br", "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it("sends a browser that opens /graphql to the playground, and still answers GET queries there", async () => {
    const opened = await raw(`${plain.url}/graphql`, { accept: "text/html,application/xhtml+xml" });
    expect(opened.status).toBe(302);
    expect(opened.headers["location"]).toBe("/");
    const query = await raw(`${plain.url}/graphql?query=${encodeURIComponent("{ __typename }")}`, { accept: "text/html, application/json", "apollo-require-preflight": "true" });
    expect(query.status).toBe(200);
    expect(JSON.parse(query.body.toString())).toEqual({ data: { __typename: "Query" } });
  });

  it("lets caches keep a successful GET query, revalidate it by ETag, and never keep POSTs or errors", async () => {
    const first = await raw(getUrl(), JSON_GET);
    expect(first.headers["cache-control"]).toBe("public, max-age=60");
    const again = await raw(getUrl(), { ...JSON_GET, "if-none-match": String(first.headers["etag"]) });
    expect(again.status).toBe(304);
    const post = await fetch(plain.graphqlUrl, { method: "POST", headers: JSON_GET, body: JSON.stringify({ query }) });
    expect(post.headers.get("cache-control")).toBe("no-store");
    const failed = await raw(`${plain.graphqlUrl}?query=${encodeURIComponent("{ actors { nosuch } }")}`, JSON_GET);
    expect(failed.headers["cache-control"]).toBe("no-store");
  });

  it("runs automatic persisted queries: a hash alone once the query is known, over GET so it can be cached", async () => {
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }));
    const unknown = await raw(`${plain.graphqlUrl}?extensions=${extensions}`, JSON_GET);
    expect(JSON.parse(unknown.body.toString()).errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const register = await raw(`${plain.graphqlUrl}?query=${encodeURIComponent(query)}&extensions=${extensions}`, JSON_GET);
    expect(register.status).toBe(200);
    const byHash = await raw(`${plain.graphqlUrl}?extensions=${extensions}`, JSON_GET);
    expect(byHash.status).toBe(200);
    expect(JSON.parse(byHash.body.toString()).data.actors.length).toBeGreaterThan(0);
    expect(byHash.headers["cache-control"]).toBe("public, max-age=60");
  });

  it("logs one line per request with its status, duration and request id, at debug level, and echoes the id", async () => {
    lines.length = 0;
    const res = await fetch(plain.graphqlUrl, { method: "POST", headers: { ...JSON_GET, "x-request-id": "dash-42" }, body: JSON.stringify({ query: "query Names { actors(limit: 1) { name } }" }) });
    expect(res.headers.get("x-request-id")).toBe("dash-42");
    await res.text();
    await new Promise((r) => setTimeout(r, 50));
    const mine = lines.filter((l) => l["reqId"] === "dash-42");
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ level: 20, method: "POST", path: "/graphql", status: 200, operation: "Names" });
    expect(typeof mine[0]!["ms"]).toBe("number");
    expect(lines.filter((l) => (l["level"] as number) >= 30)).toEqual([]);
  });
});
