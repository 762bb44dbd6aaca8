import { createServer } from "node:net";
import { InputError } from "../../errors.js";
import { listenError } from "../../serve/http.js";
import { startServer } from "../../serve/server.js";
import { createRuntime, openDatabase, PROJECT_ROOT, type Runtime } from "../runtime.js";
import { ingestPaths } from "./ingest.js";

interface GlobalOptions {
  logLevel?: string;
}

export async function serveCommand(global: GlobalOptions, opts: { port?: string }): Promise<void> {
  await serve(createRuntime(process.env, global), opts, []);
}

/** `npm start`: database, schema, seed articles, server. */
export async function startCommand(global: GlobalOptions, opts: { port?: string; seeds: boolean }): Promise<void> {
  await serve(createRuntime(process.env, global), opts, opts.seeds ? [`${PROJECT_ROOT}/seeds`] : []);
}

async function serve(rt: Runtime, opts: { port?: string }, ingestFirst: string[]): Promise<void> {
  const port = opts.port === undefined ? rt.config.server.port : parsePort(opts.port);
  // Before the database and the ingest, which take a while: a busy port is one line at once.
  await requirePortFree(port, rt.config.server.host);
  const open = await openDatabase(rt, { longRunning: true });
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    if (ingestFirst.length > 0) await ingestPaths(rt, open.db, ingestFirst);
    server = await startServer({ db: open.db, settings: { ...rt.config.server, port }, log: rt.log });
    process.stdout.write(`Parley GraphQL API: ${server.graphqlUrl}  (playground: ${server.url}/)  Ctrl-C stops it.\n`);
    const signal = await waitForSignal(rt.log);
    rt.log.info({ signal, deadlineMs: rt.config.server.shutdownTimeoutMs }, "shutting down: finishing the requests in flight");
    const { inFlight, cutOff } = await server.shutdown();
    rt.log.info({ inFlight, cutOff }, "server stopped");
  } finally {
    await server?.stop();
    await open.close();
  }
}

function requirePortFree(port: number, host: string): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => reject(listenError(error, port, host)));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError(`--port ${JSON.stringify(value)} is not a port number (0-65535)`);
  return port;
}

/**
 * Resolves on the first SIGINT or SIGTERM. The handlers stay installed while the server drains, so a second
 * signal does not kill the process mid-drain (the shutdown deadline bounds the wait).
 */
function waitForSignal(log: Runtime["log"]): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let received: NodeJS.Signals | undefined;
    const on = (signal: NodeJS.Signals) => {
      if (received) {
        log.warn({ signal }, "already shutting down; requests still in flight are cut off at the shutdown deadline (PARLEY_SHUTDOWN_TIMEOUT_MS)");
        return;
      }
      received = signal;
      resolve(signal);
    };
    process.on("SIGINT", on);
    process.on("SIGTERM", on);
  });
}
