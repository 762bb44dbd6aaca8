import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { Database } from "../../src/database/database.js";
import { startLocalNeo4j, type LocalNeo4jServer } from "../../src/database/local-neo4j.js";
import { migrate } from "../../src/database/migrate.js";
import { startServer, type RunningServer } from "../../src/serve/server.js";
import { parley } from "../support/cli.js";
import { gql } from "../support/http.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const hasJava = spawnSync("java", ["-version"]).status === 0;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

// Needs its own Neo4j to kill, so it runs the Java launcher whatever the shared test database is.
describe.skipIf(!hasJava)("a database outage while the server runs", () => {
  let dataDir: string;
  let neo4j: LocalNeo4jServer | undefined;
  let server: RunningServer | undefined;
  let db: Database | undefined;
  let port: number;

  afterAll(async () => {
    await server?.stop();
    await db?.close();
    await neo4j?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("refuses a second server on a Neo4j that another process owns, naming that process", async () => {
    dataDir = await mkdtemp(join(tmpdir(), "parley-outage-"));
    port = await freePort();
    neo4j = await startLocalNeo4j({ projectRoot: ROOT, dataDir, boltPort: port });
    const second = parley(["serve", "--port", "0"], { PARLEY_DATA_DIR: dataDir, PARLEY_DB_PROVIDER: "auto" });
    expect(await second.exited).toBe(1);
    const lines = second.stderr().trim().split("\n").filter((l) => !l.startsWith("{"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^parley: Parley is already running \\(pid ${process.pid}\\) with its own Neo4j at ${neo4j.uri}`));
  }, 240_000);

  it("fails requests within a second while Neo4j is killed, without its address, and recovers without a restart", async () => {
    db = Database.open({ uri: neo4j!.uri, user: "neo4j", password: "x", database: undefined });
    await migrate(db);
    server = await startServer({ db, settings: { ...loadConfig({ PARLEY_WARM_PAGE_CACHE: "false" }, "/").server, port: 0 } });
    const queries = ["{ actors(limit: 1) { id } }", '{ searchNames(query: "anyone") { id } }', '{ contacts(actor: "Someone") { count } }'];
    for (const q of queries) expect((await gql(server.graphqlUrl, q)).errors?.[0]?.extensions?.["code"] ?? "ok").toMatch(/ok|ACTOR_NOT_FOUND/);

    process.kill(neo4j!.pid, "SIGKILL");
    await new Promise((r) => setTimeout(r, 300));
    for (let round = 0; round < 3; round++) {
      for (const q of queries) {
        const { ms, value } = await timed(() => gql(server!.graphqlUrl, q));
        expect(value.errors?.[0]?.extensions?.["code"]).toBe("DATABASE_UNAVAILABLE");
        const text = JSON.stringify(value);
        expect(text).not.toContain(String(port));
        expect(text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stacktrace/);
        expect(ms).toBeLessThanOrEqual(1000);
      }
    }
    const ready = await timed(() => fetch(`${server!.url}/readyz`));
    expect(ready.value.status).toBe(503);
    expect(await ready.value.text()).not.toContain(String(port));
    expect(ready.ms).toBeLessThanOrEqual(1000);

    neo4j = await startLocalNeo4j({ projectRoot: ROOT, dataDir, boltPort: port });
    let back = await gql(server.graphqlUrl, queries[0]!);
    // The background probe notices the server is back within about half a second.
    for (let i = 0; i < 40 && back.errors; i++) {
      await new Promise((r) => setTimeout(r, 250));
      back = await gql(server.graphqlUrl, queries[0]!);
    }
    expect(back.errors).toBeUndefined();
    expect((await gql(server.graphqlUrl, queries[1]!)).errors).toBeUndefined();
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  }, 240_000);
});
