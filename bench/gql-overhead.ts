/**
 * What the GraphQL service adds over the same Cypher run through the driver, on the seed articles.
 *
 *   npx tsx bench/gql-overhead.ts [--runs 300] [--seconds 10] [--warmup 5] [--repeat 3] [--in-process]
 *                                 [--client fetch|http] [--load contacts] [--server-node-args="--cpu-prof ..."]
 *
 * The server runs in a child process, as `parley serve` does (info-level JSON logs, written to a file here), so
 * it can be profiled and does not share an event loop with the client; with --in-process it runs in this
 * process instead, as in `npm run bench` (whose graphql_vs_cypher_p50 is measured that way). This process is
 * the client and the bare-driver baseline, measured in the same run:
 *
 *   latency     p50/p95 of a lookup, contacts and whoMetWhomVia (ids as arguments, so each is one statement) as
 *               GraphQL over HTTP and as the same statement through neo4j-driver, alternating; plus the p50 of
 *               `{ __typename }`, the floor of HTTP + Apollo with no database work.
 *   throughput  the lookup at 32 connections for --seconds: autocannon (bench/http-load.ts, its own process)
 *               against the server, and 32 concurrent driver reads in this process.
 *
 * Each figure is the median of --repeat rounds, after --warmup seconds of the load on both paths. The
 * database: NEO4J_URI when set, else a local Neo4j in PARLEY_DATA_DIR (default /tmp/gqlprof/neo4j) on a free
 * port. Seeds are ingested (idempotent).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, openSync, readFileSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { pino } from "pino";
import { loadConfig } from "../src/config/config.js";
import { Database } from "../src/database/database.js";
import { migrate } from "../src/database/migrate.js";
import { provideDatabase } from "../src/database/provision.js";
import { httpLoad, type HttpResult } from "./http-load-client.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url)).replace(/\/$/, "");
const SELF = fileURLToPath(import.meta.url);
const { values: opt } = parseArgs({
  options: {
    serve: { type: "boolean", default: false },
    runs: { type: "string", default: "300" },
    seconds: { type: "string", default: "10" },
    warmup: { type: "string", default: "5" },
    repeat: { type: "string", default: "3" },
    connections: { type: "string", default: "32" },
    "server-node-args": { type: "string", default: "" },
    /** Which request the throughput part sends: lookup (default), contacts or whoMetWhomVia. */
    load: { type: "string", default: "lookup" },
    /** Skip the latency part (e.g. when profiling the server under load only). */
    "no-latency": { type: "boolean", default: false },
    "in-process": { type: "boolean", default: false },
    /** The latency client: fetch (undici, as `npm run bench` uses) or http (node:http, keep-alive; lighter). */
    client: { type: "string", default: "fetch" },
    "server-log": { type: "string", default: "/tmp/gqlprof/server.log" },
  },
});

// tsx turns source maps on; `node bin/parley.js` (dist) runs without them, and they make every captured stack
// dearer (neo4j-driver captures one per result), on both paths: off in the server and the client alike.
if (!process.env["GQL_OVERHEAD_SOURCE_MAPS"]) process.setSourceMapsEnabled(false);


/** The child: `parley serve` in miniature, with the real logger (JSON lines on stderr). */
async function serveChild(): Promise<void> {
  const { createLogger } = await import("../src/log.js");
  const { startServer } = await import("../src/serve/server.js");
  const config = loadConfig(process.env, ROOT);
  const log = createLogger(config.logLevel);
  const db = Database.open({ uri: config.neo4j.uri!, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database }, log);
  await db.verify();
  const server = await startServer({ db, settings: { ...config.server, port: 0 }, log });
  process.stdout.write(`URL ${server.graphqlUrl}\n`);
  const stop = async () => {
    await server.stop();
    await db.close();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop());
  process.once("SIGINT", () => void stop());
}

async function main(): Promise<void> {
  const runs = Number(opt.runs);
  const seconds = Number(opt.seconds);
  const repeat = Number(opt.repeat);
  const connections = Number(opt.connections);
  const config = loadConfig({ PARLEY_DATA_DIR: "/tmp/gqlprof/neo4j", LOG_LEVEL: "info", ...process.env }, ROOT);
  const provided = await provideDatabase(config.neo4j, { projectRoot: ROOT, boltPort: 0 });
  const db = Database.open(provided.connection);
  let child: ChildProcess | undefined;
  let stopInProcess: (() => Promise<void>) | undefined;
  try {
    await db.verify();
    await migrate(db);
    const { ingest } = await import("../src/ingest/ingest.js");
    const { DEFAULT_MAX_BYTES } = await import("../src/read/read-sources.js");
    await ingest(db, { inputs: [`${ROOT}/seeds`], maxBytes: DEFAULT_MAX_BYTES });

    const { contacts, chains } = await import("../src/query/traversals.js");
    const { resolveActor } = await import("../src/query/names.js");
    const assad = (await resolveActor(db, "Assad", "actor")).id;
    const mekdad = (await resolveActor(db, "Faisal Mekdad", "from")).id;
    const putin = (await resolveActor(db, "Vladimir Putin", "to")).id;

    let url: string;
    let serverCpuMs: () => number;
    if (opt["in-process"]) {
      const { startServer } = await import("../src/serve/server.js");
      const log = pino({ level: config.logLevel }, pino.destination({ dest: opt["server-log"]!, sync: true, mkdir: true }));
      const server = await startServer({ db, settings: { ...config.server, port: 0 }, log });
      stopInProcess = () => server.stop();
      url = server.graphqlUrl;
      // Nothing else runs in this process while autocannon (its own process) loads the server.
      serverCpuMs = () => {
        const u = process.cpuUsage();
        return (u.user + u.system) / 1000;
      };
      say(`server ${url} (in this process; logs in ${opt["server-log"]}); Neo4j ${provided.connection.uri} (${provided.source})`);
    } else {
      const started = await startChild(provided.connection.uri, config.neo4j.database);
      child = started.child;
      url = started.url;
      const pid = child.pid!;
      serverCpuMs = () => cpuMs(pid);
      say(`server ${url} (child pid ${pid}; logs in ${opt["server-log"]}); Neo4j ${provided.connection.uri} (${provided.source})`);
    }

    const TX = { timeoutMs: config.server.txTimeoutMs };
    const NO_FILTER = { after: null, before: null, kind: null };
    const MEETING_FIELDS = "id kind date place { name } participants { id name } evidence { quote article { title url published } }";
    const LOOKUP = "query Lookup($id: ID!) { actors(where: { id: { eq: $id } }) { id name aliases } }";
    const lookupStmt = { name: "bench/lookup", text: "MATCH (this:Actor) WHERE this.id = $id RETURN this.id AS id, this.name AS name, this.aliases AS aliases" };
    const cases: Case[] = [
      {
        name: "typename (no database)",
        graphql: { query: "query T { __typename }", variables: {} },
      },
      {
        name: "lookup",
        graphql: { query: LOOKUP, variables: { id: assad } },
        cypher: () => db.read(lookupStmt, { id: assad }, TX),
      },
      {
        name: "contacts",
        graphql: { query: `query Contacts($a: String!) { contacts(actor: $a) { count actor { id name } meetings { ${MEETING_FIELDS} } } }`, variables: { a: assad } },
        cypher: () => contacts(db, assad, NO_FILTER, 100, TX),
      },
      {
        name: "whoMetWhomVia",
        graphql: {
          query: `query Chains($f: String!, $t: String!, $h: Int) { whoMetWhomVia(from: $f, to: $t, maxHops: $h) { actors { id name } hops { from { id } to { id } meeting { ${MEETING_FIELDS} } } } }`,
          variables: { f: mekdad, t: putin, h: 3 },
        },
        cypher: () => chains(db, { from: mekdad, to: putin, maxHops: 3, timeRespecting: false, first: 10, ...NO_FILTER }, TX),
      },
    ];

    const loaded = cases.find((c) => c.name === opt.load && c.cypher);
    if (!loaded) throw new Error(`--load ${opt.load}: use lookup, contacts or whoMetWhomVia`);
    const latencyRounds: Array<Map<string, { g: number; c: number | null }>> = [];
    const loadRounds: Array<{ gql: HttpResult; driver: number; gqlServerCpu: number; gqlNeoCpu: number; driverCpu: number; driverNeoCpu: number }> = [];
    // CPU per request, which the other work on a shared machine disturbs far less than requests/s.
    const neoPid = localNeo4jPid(config.neo4j.dataDir, provided.connection.uri);
    // Both paths under the same load once before the rounds, so that no round measures a cold JIT (Node's or
    // Neo4j's): without it the first round ran at a third of the others' rate.
    const warmup = Number(opt.warmup);
    if (warmup > 0) {
      await httpLoad(url, loaded.graphql, warmup, connections);
      await driverLoad(loaded.cypher!, warmup, connections);
    }
    for (let r = 0; r < repeat; r++) {
      const lat = new Map<string, { g: number; c: number | null }>();
      for (const c of opt["no-latency"] ? [] : cases) {
        const m = await measureLatency(url, c, runs);
        lat.set(c.name, m);
        say(`round ${r + 1}: ${c.name}: GraphQL p50 ${m.g.toFixed(2)} ms${m.c === null ? "" : `, Cypher p50 ${m.c.toFixed(2)} ms, ratio ${(m.g / m.c).toFixed(2)}`}`);
      }
      latencyRounds.push(lat);
      const serverCpu0 = serverCpuMs();
      const neoCpu0 = neoPid ? cpuMs(neoPid) : 0;
      const gql = await httpLoad(url, loaded.graphql, seconds, connections);
      const gqlServerCpu = (serverCpuMs() - serverCpu0) / gql.requests;
      const gqlNeoCpu = neoPid ? (cpuMs(neoPid) - neoCpu0) / gql.requests : NaN;
      const selfCpu0 = process.cpuUsage();
      const neoCpu1 = neoPid ? cpuMs(neoPid) : 0;
      const driver = await driverLoad(loaded.cypher!, seconds, connections);
      const selfCpu = process.cpuUsage(selfCpu0);
      const driverCpu = (selfCpu.user + selfCpu.system) / 1000 / driver.requests;
      const driverNeoCpu = neoPid ? (cpuMs(neoPid) - neoCpu1) / driver.requests : NaN;
      loadRounds.push({ gql, driver: driver.rps, gqlServerCpu, gqlNeoCpu, driverCpu, driverNeoCpu });
      say(
        `round ${r + 1}: ${loaded.name} at ${connections} connections: GraphQL ${Math.round(gql.rps)} req/s (${gql.errors} errors, p50 ${gql.p50} ms, server CPU ${gqlServerCpu.toFixed(2)} ms/req, Neo4j CPU ${gqlNeoCpu.toFixed(2)} ms/req), ` +
          `driver ${Math.round(driver.rps)} req/s (client CPU ${driverCpu.toFixed(2)} ms/read, Neo4j CPU ${driverNeoCpu.toFixed(2)} ms/read)`,
      );
    }

    out(`\nGraphQL overhead on the seeds (${runs} requests per figure, median of ${repeat} rounds; server ${opt["in-process"] ? "in process" : "in a child process"}, client ${opt.client})\n`);
    out("| request | GraphQL p50 ms | Cypher p50 ms | GraphQL/Cypher p50 | added by GraphQL, ms |\n|---|---:|---:|---:|---:|\n");
    const summary: string[] = [];
    for (const c of opt["no-latency"] ? [] : cases) {
      const g = median(latencyRounds.map((l) => l.get(c.name)!.g));
      const cy = c.cypher ? median(latencyRounds.map((l) => l.get(c.name)!.c!)) : null;
      const ratio = cy === null ? null : median(latencyRounds.map((l) => l.get(c.name)!.g / l.get(c.name)!.c!));
      const added = cy === null ? null : median(latencyRounds.map((l) => l.get(c.name)!.g - l.get(c.name)!.c!));
      out(`| ${c.name} | ${g.toFixed(2)} | ${cy === null ? "-" : cy.toFixed(2)} | ${ratio === null ? "-" : ratio.toFixed(2)} | ${added === null ? "-" : added.toFixed(2)} |\n`);
      if (ratio !== null) summary.push(`${c.name}_ratio=${ratio.toFixed(2)} ${c.name}_added_ms=${added!.toFixed(2)}`);
      else summary.push(`typename_p50=${g.toFixed(2)}`);
    }
    const rps = median(loadRounds.map((l) => l.gql.rps));
    const driverRps = median(loadRounds.map((l) => l.driver));
    const errors = loadRounds.reduce((n, l) => n + l.gql.errors, 0);
    out(`\n${loaded.name} at ${connections} connections, ${seconds} s: GraphQL ${Math.round(rps)} req/s (${errors} errors in all rounds), bare driver ${Math.round(driverRps)} req/s, GraphQL/driver ${(rps / driverRps).toFixed(2)}\n`);
    const m = (k: "gqlServerCpu" | "gqlNeoCpu" | "driverCpu" | "driverNeoCpu") => median(loadRounds.map((l) => l[k])).toFixed(2);
    out(`CPU per ${loaded.name}: GraphQL server ${m("gqlServerCpu")} ms (Neo4j ${m("gqlNeoCpu")} ms); driver client ${m("driverCpu")} ms (Neo4j ${m("driverNeoCpu")} ms)\n`);
    out(`SUMMARY ${loaded.name}_rps=${Math.round(rps)} ${loaded.name}_errors=${errors} driver_rps=${Math.round(driverRps)} server_cpu_ms=${m("gqlServerCpu")} ${summary.join(" ")}\n`);
  } finally {
    await stopInProcess?.();
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    await db.close();
    await provided.stop();
  }
}

interface Case {
  name: string;
  graphql: { query: string; variables: Record<string, unknown> };
  cypher?: () => Promise<unknown>;
}

async function startChild(uri: string, database: string | undefined): Promise<{ child: ChildProcess; url: string }> {
  await mkdir(new URL(".", `file://${opt["server-log"]}`).pathname, { recursive: true });
  const logFd = openSync(opt["server-log"]!, "w");
  const nodeArgs = opt["server-node-args"]!.split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, ...process.execArgv, SELF, "--serve"], {
    env: { NODE_ENV: "production", ...process.env, NEO4J_URI: uri, ...(database ? { NEO4J_DATABASE: database } : {}), LOG_LEVEL: process.env["LOG_LEVEL"] ?? "info" },
    stdio: ["ignore", "pipe", logFd],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let buf = "";
    child.stdout!.on("data", (c: Buffer) => {
      buf += c.toString();
      const m = /URL (\S+)/.exec(buf);
      if (m) resolve(m[1]!);
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}; see ${opt["server-log"]}`)));
  });
  return { child, url };
}

async function postGraphql(url: string, body: object): Promise<void> {
  const { status, text } = opt.client === "fetch" ? await viaFetch(url, JSON.stringify(body)) : await viaHttp(url, JSON.stringify(body));
  const json = JSON.parse(text) as { errors?: Array<{ message: string }> };
  if (status !== 200 || json.errors) throw new Error(json.errors?.[0]?.message ?? `HTTP ${status}`);
}

async function viaFetch(url: string, body: string): Promise<{ status: number; text: string }> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  return { status: res.status, text: await res.text() };
}

// node:http with a keep-alive agent: a lighter client than fetch (undici), so less of the figure is the client's.
let agent: Agent | undefined;
function viaHttp(url: string, body: string): Promise<{ status: number; text: string }> {
  agent ??= new Agent({ keepAlive: true, maxSockets: 1 });
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** p50 of each path; the two alternate which goes first, after a warm-up. */
async function measureLatency(url: string, c: Case, runs: number): Promise<{ g: number; c: number | null }> {
  const g: number[] = [];
  const cy: number[] = [];
  const time = async (fn: () => Promise<unknown>) => {
    const t = performance.now();
    await fn();
    return performance.now() - t;
  };
  const gql = () => postGraphql(url, c.graphql);
  for (let i = 0; i < 30; i++) {
    await gql();
    if (c.cypher) await c.cypher();
  }
  for (let i = 0; i < runs; i++) {
    if (c.cypher && i % 2 === 0) cy.push(await time(c.cypher));
    g.push(await time(gql));
    if (c.cypher && i % 2 === 1) cy.push(await time(c.cypher));
  }
  return { g: median(g), c: c.cypher ? median(cy) : null };
}

/** Reads per second with `connections` concurrent callers, each issuing the next read when one returns. */
async function driverLoad(fn: () => Promise<unknown>, seconds: number, connections: number): Promise<{ rps: number; requests: number }> {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  const worker = async () => {
    while (performance.now() < until) {
      await fn();
      done++;
    }
  };
  const t = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  return { rps: done / ((performance.now() - t) / 1000), requests: done };
}

/** User + system CPU time of a process so far, in ms (Linux /proc). */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /, "").split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return NaN;
  }
}

/** The pid of the local Neo4j serving `uri`, when it was started from `dataDir`. */
function localNeo4jPid(dataDir: string, uri: string): number | undefined {
  const file = `${dataDir}/neo4j.pid`;
  if (!existsSync(file)) return undefined;
  const info = JSON.parse(readFileSync(file, "utf8")) as { pid: number; uri: string };
  return info.uri === uri ? info.pid : undefined;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function say(line: string): void {
  process.stderr.write(`[gql-overhead] ${line}\n`);
}

function out(text: string): void {
  process.stdout.write(text);
}

if (opt.serve) await serveChild();
else await main();
