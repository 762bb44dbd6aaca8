import { Database } from "../../database/database.js";
import { InputError } from "../../errors.js";
import { localNeo4jStatus, stopLocalNeo4j } from "../../database/local-neo4j.js";
import { provideDatabase } from "../../database/provision.js";
import { createRuntime } from "../runtime.js";

interface GlobalOptions {
  logLevel?: string;
}

export async function dbStart(global: GlobalOptions, opts: { boltPort?: string } = {}): Promise<void> {
  const rt = createRuntime(process.env, global);
  if (rt.config.neo4j.uri) {
    process.stdout.write(`NEO4J_URI is set (${rt.config.neo4j.uri}); Parley uses that server and starts none.\n`);
    return;
  }
  const provided = await provideDatabase({ ...rt.config.neo4j, provider: "local" }, {
    projectRoot: rt.config.projectRoot,
    boltPort: opts.boltPort === undefined ? 7687 : parseBoltPort(opts.boltPort),
    detached: true,
    log: rt.log,
  });
  process.stdout.write(`Neo4j is running at ${provided.connection.uri} (data in ${rt.config.neo4j.dataDir}); stop it with: parley db stop\n`);
}

function parseBoltPort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError(`--bolt-port ${JSON.stringify(value)} is not a port number (0-65535; 0 picks a free one)`);
  return port;
}

export async function dbStop(global: GlobalOptions): Promise<void> {
  const rt = createRuntime(process.env, global);
  const stopped = await stopLocalNeo4j(rt.config.neo4j.dataDir);
  process.stdout.write(stopped ? "Local Neo4j stopped.\n" : "No local Neo4j was running.\n");
}

export async function dbStatus(global: GlobalOptions): Promise<void> {
  const rt = createRuntime(process.env, global);
  const n = rt.config.neo4j;
  let uri = n.uri;
  let source = "NEO4J_URI";
  if (!uri) {
    const status = await localNeo4jStatus(n.dataDir);
    if (!status.running || !status.uri) {
      process.stdout.write(`No Neo4j configured or running. Start one with: parley db start (data in ${n.dataDir}), or set NEO4J_URI.\n`);
      process.exitCode = 3;
      return;
    }
    uri = status.uri;
    source = `local launcher, pid ${status.pid}`;
  }
  const db = Database.open({ uri, user: n.user, password: n.password, database: n.database });
  try {
    const ping = await db.ping();
    process.stdout.write(ping.ok ? `Neo4j at ${uri} (${source}) answers.\n` : `Neo4j at ${uri} (${source}) does not answer: ${ping.error}\n`);
    if (!ping.ok) process.exitCode = 3;
  } finally {
    await db.close();
  }
}
