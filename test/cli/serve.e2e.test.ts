import { spawnSync } from "node:child_process";
import { request, type IncomingMessage } from "node:http";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { parley } from "../support/cli.js";

const hasJava = spawnSync("java", ["-version"]).status === 0;

function databaseEnv(): Record<string, string> {
  const neo4j = inject("neo4j");
  return {
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    ...(neo4j.database ? { NEO4J_DATABASE: neo4j.database } : {}),
    PARLEY_WARM_PAGE_CACHE: "false",
  };
}

/**
 * A POST whose headers and first half of the body are sent now; `finish()` sends the rest. Until then the
 * request is in flight on the server.
 */
function halfSentRequest(url: string, query: string) {
  const body = JSON.stringify({ query });
  const cut = Math.floor(body.length / 2);
  let resolveResponse!: (r: { status: number; body: string }) => void;
  let rejectResponse!: (e: Error) => void;
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    resolveResponse = resolve;
    rejectResponse = reject;
  });
  const req = request(url, { method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res: IncomingMessage) => {
    let text = "";
    res.on("data", (c: Buffer) => (text += c.toString()));
    res.on("end", () => resolveResponse({ status: res.statusCode ?? 0, body: text }));
    res.on("error", rejectResponse);
  });
  req.on("error", rejectResponse);
  req.write(body.slice(0, cut));
  return { response, finish: () => req.end(body.slice(cut)) };
}

function connects(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(`${url}/healthz`, (res) => {
      res.resume();
      resolve(true);
    });
    req.on("error", () => resolve(false));
    req.end();
  });
}

function occupyPort(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => resolve({ server, port: (server.address() as { port: number }).port }));
  });
}

describe("parley serve", () => {
  it("on SIGTERM stops accepting, lets the 30 requests in flight finish, then exits 0", async () => {
    const cli = parley(["serve", "--port", "0"], databaseEnv());
    const [, url] = await cli.waitFor(/Parley GraphQL API: (http:\/\/\S+)\/graphql/);
    const requests = Array.from({ length: 30 }, (_, i) => halfSentRequest(`${url}/graphql`, `query Q${i} { actors(limit: 3) { id name } }`));
    await new Promise((r) => setTimeout(r, 500));
    cli.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    expect(await connects(url!)).toBe(false);
    for (const r of requests) r.finish();
    const responses = await Promise.allSettled(requests.map((r) => r.response));
    const answered = responses.filter((r) => r.status === "fulfilled" && r.value.status === 200 && JSON.parse(r.value.body).data);
    expect(answered).toHaveLength(30);
    expect(await cli.exited).toBe(0);
    const stopped = cli
      .stderr()
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l["msg"] === "server stopped");
    expect(stopped).toMatchObject({ inFlight: 30, cutOff: 0 });
  }, 90_000);

  it("cuts off what is still in flight at the shutdown deadline, and logs readable lines on request", async () => {
    const cli = parley(["serve", "--port", "0"], { ...databaseEnv(), PARLEY_SHUTDOWN_TIMEOUT_MS: "500", LOG_FORMAT: "pretty" });
    const [, url] = await cli.waitFor(/Parley GraphQL API: (http:\/\/\S+)\/graphql/);
    const stuck = halfSentRequest(`${url}/graphql`, "{ actors(limit: 1) { id } }");
    await new Promise((r) => setTimeout(r, 300));
    const killed = Date.now();
    cli.child.kill("SIGTERM");
    await expect(stuck.response).rejects.toThrow();
    expect(await cli.exited).toBe(0);
    expect(Date.now() - killed).toBeLessThan(10_000);
    const stderr = cli.stderr();
    expect(stderr).not.toMatch(/^\{"level"/m);
    expect(stderr).toMatch(/WARN.*shutdown deadline passed/);
    expect(stderr).toMatch(/INFO.*server stopped.*"cutOff":1/);
  }, 90_000);

  it("says in one line that a busy port is busy, before connecting to any database", async () => {
    const { server, port } = await occupyPort();
    try {
      const cli = parley(["serve", "--port", String(port)], { NEO4J_URI: "bolt://127.0.0.1:1" });
      expect(await cli.exited).toBe(1);
      expect(cli.stderr().trim().split("\n")).toEqual([`parley: Port ${port} on 127.0.0.1 is already in use (another Parley server?); pick another with --port or PORT, e.g. --port ${port + 1}`]);
    } finally {
      server.close();
    }
  }, 60_000);

  it.skipIf(!hasJava)("`db start` accepts the --bolt-port it suggests when the default port is busy", async () => {
    const { server, port } = await occupyPort();
    const dataDir = await mkdtemp(join(tmpdir(), "parley-dbstart-"));
    try {
      const busy = parley(["db", "start", "--bolt-port", String(port)], { PARLEY_DATA_DIR: dataDir, PARLEY_DB_PROVIDER: "local" });
      expect(await busy.exited).toBe(1);
      expect(busy.stderr()).toMatch(new RegExp(`Bolt port 127\\.0\\.0\\.1:${port} is already in use.*--bolt-port`));
      expect(busy.stderr()).not.toMatch(/unknown option/);
      const bad = parley(["db", "start", "--bolt-port", "99999"], { PARLEY_DATA_DIR: dataDir, PARLEY_DB_PROVIDER: "local" });
      expect(await bad.exited).toBe(1);
      expect(bad.stderr().trim()).toBe('parley: --bolt-port "99999" is not a port number (0-65535; 0 picks a free one)');
    } finally {
      server.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
