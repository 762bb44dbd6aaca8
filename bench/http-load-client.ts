/** Runs bench/http-load.ts (autocannon) in a child process, so the load generator does not share the caller's event loop. */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface HttpResult {
  rps: number;
  requests: number;
  p50: number;
  p99: number;
  errors: number;
  details: Record<string, number>;
}

/**
 * POSTs `body` to a GraphQL endpoint from `connections` connections for `seconds`, after `warmupSeconds` of the
 * same load whose requests and latencies are not counted (its errors are).
 */
export function httpLoad(url: string, body: object, seconds: number, connections = 32, warmupSeconds = 0): Promise<HttpResult> {
  const job = JSON.stringify({ url, body: JSON.stringify(body), connections, seconds, warmupSeconds });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(new URL("./http-load.ts", import.meta.url)), job], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.once("error", reject);
    child.once("close", (code) => {
      try {
        if (code !== 0) throw new Error(`autocannon exited with ${code}`);
        resolve(JSON.parse(out.trim().split("\n").pop()!) as HttpResult);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}
