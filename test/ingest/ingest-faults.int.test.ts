import type { ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createConnection, createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import type { Database } from "../../src/database/database.js";
import { parseTextArticle } from "../../src/read/parse-text.js";
import { goodArticles, prng, runCli, writeGood, type GoodArticle } from "../support/corpus.js";
import { testDatabase } from "../support/db.js";

const db: Database = testDatabase();
const dirs: string[] = [];
afterAll(async () => {
  await db.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const neo4j = inject("neo4j");
const envFor = (uri: string) => ({ NEO4J_URI: uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database, PARLEY_DB_PROVIDER: "uri", LOG_LEVEL: "warn" });

/** Letters only, so the invented names stay names, and unique to this run, so tests keep to their own actors. */
function tag(): string {
  return Array.from({ length: 4 }, () => "bcdfghjklmnpqrstvwxz"[Math.floor(Math.random() * 20)]).join("");
}

async function corpus(count: number, extra: (dir: string) => Promise<void> = async () => {}): Promise<{ dir: string; articles: GoodArticle[] }> {
  const dir = await mkdtemp(join(tmpdir(), "parley-faults-"));
  dirs.push(dir);
  const articles = goodArticles(prng(Math.floor(Math.random() * 1e9)), count, tag());
  writeGood(dir, articles);
  corpusIds.set(dir, articles.map((a) => parseTextArticle(a.text, "", "").id));
  await extra(dir);
  return { dir, articles };
}

// The graph keeps sources relative to what was ingested, so a corpus's articles are found by their ids.
const corpusIds = new Map<string, string[]>();
const loadedFrom = async (dir: string) =>
  Number((await db.read({ name: "test/count", text: "MATCH (a:Article) WHERE a.id IN $ids RETURN count(a) AS n" }, { ids: corpusIds.get(dir) }))[0]!["n"]);

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A TCP proxy to Neo4j that the test can cut, as if the server had died (connections reset, port closed). */
async function proxyTo(uri: string): Promise<{ uri: string; kill: () => void }> {
  const { hostname, port } = new URL(uri.replace(/^[a-z+]+:/, "http:"));
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = createConnection({ host: hostname, port: Number(port) });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("error", () => {});
      s.on("close", () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as { port: number };
  return {
    uri: `bolt://127.0.0.1:${address.port}`,
    kill: () => {
      server.close();
      for (const s of sockets) s.resetAndDestroy();
    },
  };
}

/** Everything the corpus's articles state, as sorted strings: a fingerprint of that part of the graph. */
async function fingerprint(dir: string): Promise<string[]> {
  const rows = await db.read(
    {
      name: "test/fingerprint",
      text: `MATCH (art:Article) WHERE art.id IN $ids
             MATCH (art)<-[:IN_ARTICLE]-(e:Evidence)<-[:EVIDENCED_BY]-(n)
             OPTIONAL MATCH (n)-[r]-(o) WHERE NOT o:Evidence
             RETURN DISTINCT labels(n)[0] + ':' + n.id + ' ' + apoc.convert.toJson(properties(n)) AS node,
                    CASE WHEN r IS NULL THEN null ELSE type(r) + ' ' + startNode(r).id + '->' + endNode(r).id + ' ' + apoc.convert.toJson(properties(r)) END AS rel`,
    },
    { ids: corpusIds.get(dir) },
  );
  return [...new Set(rows.flatMap((r) => [r["node"] as string, r["rel"] as string | null]).filter((x): x is string => x !== null))].sort();
}

/** Removes what one corpus made: its articles, evidence, meetings and (invented, so unshared) actors. */
async function forget(dir: string): Promise<void> {
  await db.write(
    {
      name: "test/forget",
      text: `MATCH (art:Article) WHERE art.id IN $ids
             OPTIONAL MATCH (art)<-[:IN_ARTICLE]-(e:Evidence)
             OPTIONAL MATCH (e)<-[:EVIDENCED_BY]-(n) WHERE n:Meeting OR n:Actor
             DETACH DELETE art, e, n`,
    },
    { ids: corpusIds.get(dir) },
  );
}

describe("ingest against a database that fails", () => {
  it("stops within 30 s of the database dying, with a summary and how to resume; a rerun loads the rest", async () => {
    const { dir, articles } = await corpus(30, async (d) => {
      await writeFile(join(d, "zz-binary.txt"), Buffer.from([1, 0, 2]));
    });
    const proxy = await proxyTo(neo4j.uri);
    let child: ChildProcess | undefined;
    const first = runCli(["ingest", "--batch-size", "3", dir], { env: envFor(proxy.uri), onStart: (c) => (child = c) });
    await waitFor(async () => (await loadedFrom(dir)) >= 6 || child?.exitCode !== null, 90_000);
    proxy.kill();
    const killedAt = performance.now();
    const run = await first;
    expect((performance.now() - killedAt) / 1000).toBeLessThan(30);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/unexpected error|^\s+at /m);
    expect(run.stderr).toMatch(/^parley: stopping: Neo4j is not reachable/m);
    expect(run.stdout).toMatch(/^Ingest stopped: the database went away or refused Parley\./m);
    expect(run.stdout).toMatch(/to resume: +fix the database and run the same command again; articles already in the graph are skipped\./);
    const [, read, loaded, notLoaded] = /articles: +(\d+) read, (\d+) loaded, 0 skipped, \d+ failed, (\d+) read but not loaded/.exec(run.stdout)!.map(Number);
    expect(loaded).toBeGreaterThanOrEqual(3);
    expect(read).toBe(loaded! + notLoaded!);
    // The batch in flight when the connection went may have committed without its answer arriving.
    const inGraph = await loadedFrom(dir);
    expect(inGraph - loaded!).toBeGreaterThanOrEqual(0);
    expect(inGraph - loaded!).toBeLessThanOrEqual(3);

    const rerun = await runCli(["ingest", dir], { env: envFor(neo4j.uri) });
    expect(rerun.code).toBe(1); // the binary file
    expect(rerun.stdout).toMatch(new RegExp(`articles: +30 read, ${30 - inGraph} loaded, ${inGraph} skipped, 1 failed`));
    expect(rerun.stderr).toMatch(/zz-binary\.txt: looks binary/);
    expect(await loadedFrom(dir)).toBe(articles.length);
  }, 180_000);

  it("ends at once, in one line, when the database cannot be reached at all", async () => {
    const { dir } = await corpus(3);
    const closed = await proxyTo(neo4j.uri);
    closed.kill();
    const run = await runCli(["ingest", dir], { env: envFor(closed.uri) });
    expect(run.ms).toBeLessThan(30_000);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^parley: Neo4j is not reachable[^\n]*$/);
  }, 60_000);

  it("gives after kill -9 of an ingest and a rerun the same graph as a clean run", async () => {
    const { dir } = await corpus(40);
    let child: ChildProcess | undefined;
    const first = runCli(["ingest", "--batch-size", "2", dir], { env: envFor(neo4j.uri), onStart: (c) => (child = c) });
    await waitFor(async () => (await loadedFrom(dir)) >= 6 || child?.exitCode !== null, 90_000);
    child!.kill("SIGKILL");
    const killed = await first;
    expect(killed.signal).toBe("SIGKILL");
    const partial = await loadedFrom(dir);
    expect(partial).toBeLessThan(40);

    expect((await runCli(["ingest", dir], { env: envFor(neo4j.uri) })).code).toBe(0);
    const resumed = await fingerprint(dir);
    expect(await loadedFrom(dir)).toBe(40);

    await forget(dir);
    expect(await loadedFrom(dir)).toBe(0);
    expect((await runCli(["ingest", dir], { env: envFor(neo4j.uri) })).code).toBe(0);
    expect(await fingerprint(dir)).toEqual(resumed);
  }, 240_000);
});
