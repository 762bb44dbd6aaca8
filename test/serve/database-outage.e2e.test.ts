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

// Needs its own Neo4j to kill, so it runs the Java launcher whatever the shared test database is.
describe.skipIf(!hasJava)("a database outage while the server runs", () => {
  let dataDir: string;
  let neo4j: LocalNeo4jServer | undefined;
  let server: RunningServer | undefined;
  let db: Database | undefined;

  afterAll(async () => {
    await server?.stop();
    await db?.close();
    await neo4j?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("fails queries with a GraphQL error naming the cause, and recovers without a restart when the database is back", async () => {
    dataDir = await mkdtemp(join(tmpdir(), "parley-outage-"));
    const port = await freePort();
    neo4j = await startLocalNeo4j({ projectRoot: ROOT, dataDir, boltPort: port });
    db = Database.open({ uri: neo4j.uri, user: "neo4j", password: "x", database: undefined });
    await migrate(db);
    server = await startServer({ db, settings: { ...loadConfig({}, "/").server, port: 0 } });
    const query = "{ actors(limit: 1) { id } }";
    expect((await gql(server.graphqlUrl, query)).errors).toBeUndefined();

    await neo4j.stop();
    const down = await gql(server.graphqlUrl, query);
    expect(down.errors?.[0]?.extensions?.["code"]).toBe("DATABASE_UNAVAILABLE");
    expect(down.errors?.[0]?.message).toMatch(/Neo4j is not reachable/);
    expect(JSON.stringify(down)).not.toMatch(/stacktrace/);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);

    neo4j = await startLocalNeo4j({ projectRoot: ROOT, dataDir, boltPort: port });
    let back = await gql(server.graphqlUrl, query);
    // The driver's pool notices the server is back on the next attempts.
    for (let i = 0; i < 20 && back.errors; i++) {
      await new Promise((r) => setTimeout(r, 500));
      back = await gql(server.graphqlUrl, query);
    }
    expect(back.errors).toBeUndefined();
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  }, 240_000);
});
