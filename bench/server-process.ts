/**
 * The GraphQL server as users run it, for the benchmark and its probes: `node bin/parley.js serve` in a process
 * of its own, from a fresh build of dist/, with Node's default flags and NODE_ENV=production, against the
 * benchmark's Neo4j. (In the benchmark's own process it shared a heap with the generated world and the 256 MB
 * semi-spaces the bulk load needs, whose 20-40 ms scavenges landed in the traversal timings.)
 */
import { spawn, spawnSync } from "node:child_process";
import { openSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { Connection } from "../src/database/database.js";
import { ROOT } from "./bench-graph.js";

export interface ServerProcess {
  readonly url: string;
  readonly graphqlUrl: string;
  readonly pid: number;
  /** SIGTERM, as an operator would stop it: the server finishes what is in flight and exits. */
  stop(): Promise<void>;
}

let built = false;

/** `npm run build`, once per process: the server must be the code under measurement, not an older dist/. */
export function buildDist(): void {
  if (built) return;
  const r = spawnSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`npm run build failed (exit ${r.status}); the benchmark measures the built server`);
  built = true;
}

/**
 * Starts `parley serve` on a free port against `connection`, with the given server settings as environment
 * (PARLEY_TX_TIMEOUT_MS and the like); its log (warnings and errors, JSON lines) goes to `logFile`.
 */
export async function startServerProcess(connection: Connection, logFile: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  buildDist();
  await mkdir(dirname(logFile), { recursive: true });
  const log = openSync(logFile, "a");
  const child = spawn(process.execPath, [`${ROOT}/bin/parley.js`, "serve"], {
    cwd: ROOT,
    env: {
      ...process.env,
      // Not the benchmark's own heap flags: the server runs with Node's defaults, as `parley serve` does.
      NODE_OPTIONS: "",
      NODE_ENV: "production",
      PARLEY_DB_PROVIDER: "uri",
      NEO4J_URI: connection.uri,
      NEO4J_USER: connection.user,
      NEO4J_PASSWORD: connection.password,
      ...(connection.database ? { NEO4J_DATABASE: connection.database } : {}),
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      LOG_FORMAT: "json",
      ...env,
    },
    stdio: ["ignore", "pipe", log],
  });
  const graphqlUrl = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = /GraphQL API: (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once("exit", (code) => reject(new Error(`parley serve exited with ${code} before it listened; see ${logFile}`)));
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    url: graphqlUrl.replace(/\/graphql$/, ""),
    graphqlUrl,
    pid: child.pid!,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
