import { request } from "node:http";
import { Writable } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { startServer, type RunningServer } from "../../src/serve/server.js";
import { testDatabase } from "../support/db.js";
import { hostileRequests, type FuzzRequest } from "../support/graphql-fuzz.js";
import { ingestSeeds } from "../support/seeds.js";

const SEED = 20261201;
const COUNT = 760;
const CONCURRENCY = 6;
const db = testDatabase();
const errorLogs: string[] = [];
let server: RunningServer;

beforeAll(async () => {
  await ingestSeeds(db);
  const log = pino(
    { level: "error" },
    new Writable({
      write(chunk: Buffer, _enc, done) {
        errorLogs.push(chunk.toString());
        done();
      },
    }),
  );
  server = await startServer({ db, settings: { ...loadConfig({ PARLEY_WARM_PAGE_CACHE: "false" }, "/").server, port: 0 }, log });
});
afterAll(async () => {
  await server?.stop();
  await db.close();
});

interface Answer {
  readonly status: number;
  readonly body: string;
}

function send(base: string, r: FuzzRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${r.path}`, { method: r.method, headers: r.headers, timeout: 20_000 }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c.length > 0 && body.length < 200_000 ? c : ""));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error("no answer within 20 s")));
    req.on("error", reject);
    req.end(r.body);
  });
}

/** What the graph holds, to show the fuzzing changed nothing. */
async function graphShape(): Promise<unknown> {
  return db.read({
    name: "test/graph-shape",
    text: "CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } CALL { MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c ORDER BY l } RETURN nodes, relationships, collect([l, c]) AS labels",
  });
}

const LEAKS = [/stacktrace/i, /\bat \S+ \(?\S*\.(?:js|ts|cjs|mjs):\d+/, /\/work\/|node_modules/, /Neo4jError|Neo\.(?:Client|Transient|Database)Error/, /bolt:\/\/|neo4j:\/\//, /ECONNREFUSED|TooManyClauses|lucene/i];

describe("GraphQL fuzzing from a fixed seed", () => {
  it(`answers ${COUNT} hostile requests with no 5xx, no hang, no internals, and leaves the graph as it was`, async () => {
    const before = await graphShape();
    const requests = hostileRequests(SEED, COUNT);
    const port = new URL(inject("neo4j").uri).port;
    const answers: Array<{ r: FuzzRequest; a?: Answer; error?: string }> = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < requests.length) {
          const r = requests[next++]!;
          try {
            answers.push({ r, a: await send(server.url, r) });
          } catch (error) {
            answers.push({ r, error: String(error) });
          }
        }
      }),
    );
    const describe = (x: (typeof answers)[number]) => `${x.r.kind} ${x.r.method} ${x.r.path.slice(0, 120)} ${String(x.r.body).slice(0, 160)} -> ${x.a ? `${x.a.status} ${x.a.body.slice(0, 300)}` : x.error}`;
    const failures = answers.filter((x) => x.error).map(describe);
    const serverErrors = answers.filter((x) => x.a && x.a.status >= 500).map(describe);
    const internal = answers.filter((x) => x.a && /"code":"(?:INTERNAL_SERVER_ERROR|DATABASE_ERROR)"/.test(x.a.body)).map(describe);
    const leaks = answers.filter((x) => x.a && (LEAKS.some((p) => p.test(x.a!.body)) || x.a.body.includes(`:${port}`))).map(describe);
    const byStatus: Record<string, number> = {};
    for (const x of answers) byStatus[x.a ? `${Math.floor(x.a.status / 100)}xx` : "no answer"] = (byStatus[x.a ? `${Math.floor(x.a.status / 100)}xx` : "no answer"] ?? 0) + 1;
    expect({ failures, serverErrors, internal, leaks }).toEqual({ failures: [], serverErrors: [], internal: [], leaks: [] });
    expect(answers).toHaveLength(COUNT);
    expect(byStatus["4xx"]).toBeGreaterThan(COUNT / 4);
    expect(errorLogs).toEqual([]);
    expect(await graphShape()).toEqual(before);
    // Still serving.
    expect((await send(server.url, { kind: "check", method: "GET", path: "/healthz", headers: {} })).status).toBe(200);
  }, 120_000);
});
