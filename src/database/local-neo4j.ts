/**
 * The local Neo4j for machines without Docker: a small Java launcher (neo4j-local/, built with Maven from
 * Maven Central) that runs Neo4j Community 5.26 embedded with APOC core, Bolt on 127.0.0.1 and auth off.
 *
 * The launcher prints `PARLEY_NEO4J_READY bolt://127.0.0.1:<port>` on stdout once Bolt accepts
 * connections; everything else it says goes to `<dataDir>/neo4j.log` (Neo4j's own debug log is in
 * `<dataDir>/logs/debug.log`). A pid file `<dataDir>/neo4j.pid` ({"pid", "uri"}) lets later processes find,
 * reuse and stop a running instance.
 *
 * Node built-ins only; nothing here reads the environment or exits the process.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync, writeSync, type Stats } from "node:fs";
import { mkdir, open, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";

export type LocalNeo4jLog = (line: string) => void;

export interface StartLocalNeo4jOptions {
  /** The repository root (the directory holding neo4j-local/). */
  projectRoot: string;
  /** Neo4j's home: databases, transaction logs, logs, the pid file and neo4j.log live here. */
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 or undefined picks a free one. */
  boltPort?: number;
  /** Outlive this Node process (for `parley db start`); otherwise the server is this process's child. */
  detached?: boolean;
  /** JVM options, appended after the defaults (so a caller's -Xmx wins), e.g. ["-Xmx4g"]. */
  javaOpts?: string[];
  /** Extra launcher flags, e.g. ["--page-cache", "512m"] or ["--conf", "db.transaction.timeout=60s"]. */
  launcherArgs?: string[];
  /** How long to wait for the READY line (default 180 s; excludes building the launcher). */
  timeoutMs?: number;
  /** The java executable (default "java" on PATH). */
  java?: string;
  log?: LocalNeo4jLog;
}

export interface LocalNeo4jServer {
  /** bolt://127.0.0.1:<port> */
  readonly uri: string;
  readonly pid: number;
  /** True when an instance that was already running (per the pid file) was returned instead. */
  readonly reused: boolean;
  /** Stops the server if this call started it (SIGTERM, SIGKILL after ~20 s); a no-op for a reused one. */
  stop(): Promise<void>;
}

export interface LocalNeo4jStatus {
  running: boolean;
  pid?: number;
  uri?: string;
  /**
   * The process whose child this server is (it stops with that process), or undefined for a server started
   * by `parley db start`, which outlives the command that started it.
   */
  owner?: number;
}

const READY_PREFIX = "PARLEY_NEO4J_READY ";
const PID_FILE = "neo4j.pid";
const LOG_FILE = "neo4j.log";
const LOG_ROTATE_BYTES = 10 * 1024 * 1024;
const STOP_GRACE_MS = 20_000;
const DEFAULT_TIMEOUT_MS = 180_000;
const BUILD_TIMEOUT_MS = 20 * 60_000;
/** Heap for a 2-core / 24 GiB box; the page cache (1g) is set by the launcher. Callers add to these. */
const DEFAULT_JAVA_OPTS = ["-Xms256m", "-Xmx2g", "-XX:+ExitOnOutOfMemoryError"];
const INSTALL_HINT =
  "Java 17+ and Maven are needed to run the local Neo4j: apt-get install openjdk-17-jdk maven, or set NEO4J_URI";

interface PidFile {
  pid: number;
  uri: string;
  startedAt?: string;
  detached?: boolean;
  /** The Node process a child server belongs to. */
  owner?: number;
}

// ------------------------------------------------------------------------------------------------ paths

function launcherDir(projectRoot: string): string {
  return join(resolve(projectRoot), "neo4j-local");
}

/** Path of the launcher jar (its manifest puts target/lib/*.jar on the class path). */
export function launcherJarPath(projectRoot: string): string {
  return join(launcherDir(projectRoot), "target", "neo4j-local.jar");
}

function pidFilePath(dataDir: string): string {
  return join(resolve(dataDir), PID_FILE);
}

// ------------------------------------------------------------------------------------------------ build

const builds = new Map<string, Promise<void>>();

/**
 * Builds the launcher with Maven when the jar, its lib/ or plugins/ dir is missing or older than pom.xml or
 * the Java sources. Safe to call from several processes at once (a lock file serialises the builds).
 */
export function ensureLauncherBuilt(projectRoot: string, log?: LocalNeo4jLog): Promise<void> {
  const key = launcherDir(projectRoot);
  let pending = builds.get(key);
  if (!pending) {
    pending = buildIfStale(projectRoot, log).finally(() => builds.delete(key));
    builds.set(key, pending);
  }
  return pending;
}

async function buildIfStale(projectRoot: string, log?: LocalNeo4jLog): Promise<void> {
  const dir = launcherDir(projectRoot);
  const pom = join(dir, "pom.xml");
  if (!(await exists(pom))) {
    throw new Error(`The local Neo4j launcher's sources are missing (${pom} not found)`);
  }
  if (!(await launcherIsStale(dir))) return;
  await requireTool("mvn", ["-v"], "Maven (mvn)");
  await requireJava("java");
  const target = join(dir, "target");
  await mkdir(target, { recursive: true });
  await withFileLock(join(target, ".build.lock"), BUILD_TIMEOUT_MS, log, "another process is building the local Neo4j launcher", async () => {
    if (!(await launcherIsStale(dir))) return;
    log?.(`building the local Neo4j launcher with Maven (${pom}); the first build downloads ~120 MB and takes a minute or two`);
    const started = Date.now();
    const result = await run("mvn", ["-q", "-B", "-f", pom, "-DskipTests", "package"], { cwd: resolve(projectRoot), timeoutMs: BUILD_TIMEOUT_MS });
    if (result.code !== 0) {
      throw new Error(
        `Building the local Neo4j launcher failed (mvn exit ${result.code ?? result.signal}): ${tail(result.output, 15)}`,
      );
    }
    if (await launcherIsStale(dir)) {
      throw new Error(`Maven finished but ${launcherJarPath(projectRoot)} (with target/lib and target/plugins) is still missing`);
    }
    log?.(`built the local Neo4j launcher in ${Math.round((Date.now() - started) / 1000)} s`);
  });
}

async function launcherIsStale(dir: string): Promise<boolean> {
  const jar = await statOrUndefined(join(dir, "target", "neo4j-local.jar"));
  if (!jar) return true;
  const libJars = await listOrEmpty(join(dir, "target", "lib"));
  const pluginJars = await listOrEmpty(join(dir, "target", "plugins"));
  if (!libJars.some((f) => f.endsWith(".jar")) || !pluginJars.some((f) => f.startsWith("apoc-core"))) return true;
  const newestSource = Math.max(await newestMtime(join(dir, "pom.xml")), await newestMtime(join(dir, "src", "main")));
  return jar.mtimeMs < newestSource;
}

async function newestMtime(path: string): Promise<number> {
  const s = await statOrUndefined(path);
  if (!s) return 0;
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const entry of await listOrEmpty(path)) {
    newest = Math.max(newest, await newestMtime(join(path, entry)));
  }
  return newest;
}

// ------------------------------------------------------------------------------------------------ start

/**
 * Starts the local Neo4j (building the launcher first if needed) and resolves once it accepts Bolt
 * connections. When the pid file names a live launcher whose port answers, that one is returned instead.
 */
export async function startLocalNeo4j(opts: StartLocalNeo4jOptions): Promise<LocalNeo4jServer> {
  const dataDir = resolve(opts.dataDir);
  const log = opts.log;
  const existing = await runningInstance(dataDir);
  if (existing) {
    log?.(`using the local Neo4j already running at ${existing.uri} (pid ${existing.pid}, data in ${dataDir})`);
    return reusedServer(existing);
  }
  await ensureLauncherBuilt(opts.projectRoot, log);
  await mkdir(dataDir, { recursive: true });
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return withFileLock(join(dataDir, "neo4j.start.lock"), timeoutMs + STOP_GRACE_MS, log, "another process is starting Neo4j in this data dir", async () => {
    const again = await runningInstance(dataDir);
    if (again) {
      log?.(`using the local Neo4j already running at ${again.uri} (pid ${again.pid})`);
      return reusedServer(again);
    }
    return launch(opts, dataDir, timeoutMs);
  });
}

async function launch(opts: StartLocalNeo4jOptions, dataDir: string, timeoutMs: number): Promise<LocalNeo4jServer> {
  const log = opts.log;
  const detached = opts.detached === true;
  const boltPort = opts.boltPort ?? 0;
  if (!Number.isInteger(boltPort) || boltPort < 0 || boltPort > 65535) {
    throw new Error(`Invalid Bolt port ${boltPort}`);
  }
  const java = opts.java ?? "java";
  await requireJava(java);

  const logPath = join(dataDir, LOG_FILE);
  await rotateLog(logPath);
  const logFd = openSync(logPath, "a");
  let logOffset: number;
  try {
    logOffset = (await stat(logPath)).size;
    writeSync(logFd, `--- ${new Date().toISOString()} starting the local Neo4j (bolt port ${boltPort || "any"}, ${detached ? "detached" : "child"})\n`);
  } catch (error) {
    closeSync(logFd);
    throw error;
  }

  const args = [
    ...DEFAULT_JAVA_OPTS,
    ...(opts.javaOpts ?? []),
    "-jar",
    launcherJarPath(opts.projectRoot),
    "--data-dir",
    dataDir,
    "--bolt-port",
    String(boltPort),
    ...(detached ? [] : ["--watch-stdin"]),
    ...(opts.launcherArgs ?? []),
  ];
  log?.(`starting the local Neo4j (data in ${dataDir}, log in ${logPath})`);
  const started = Date.now();
  let child: ChildProcess;
  try {
    // A child keeps a stdin pipe: when this process dies, the launcher sees end of file and shuts down.
    child = spawn(java, args, {
      cwd: dataDir,
      detached,
      stdio: [detached ? "ignore" : "pipe", "pipe", logFd],
      windowsHide: true,
    });
  } finally {
    closeSync(logFd); // the child has its own copy
  }
  const exited = exitPromise(child);

  let uri: string;
  try {
    uri = await waitForReady(child, exited, timeoutMs);
  } catch (error) {
    await terminate(child.pid, exited);
    const logTail = await readLogTail(logPath, logOffset);
    const launcherError = logTail.split("\n").find((l) => l.startsWith("neo4j-local: error:"));
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The local Neo4j did not start: ${launcherError ? launcherError.replace("neo4j-local: error: ", "") : reason}` +
        (launcherError ? "" : `\n--- last lines of ${logPath}:\n${tail(logTail, 20)}`),
      { cause: error },
    );
  }
  const pid = child.pid!;
  await writePidFile(dataDir, { pid, uri, startedAt: new Date().toISOString(), detached, ...(detached ? {} : { owner: process.pid }) });
  log?.(`local Neo4j ready at ${uri} (pid ${pid}) after ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // Don't let the server (or its pipes) keep this Node process alive; a child still dies with it (stdin EOF).
  child.stdout?.destroy();
  if (!detached) unrefHandle(child.stdin);
  child.unref();

  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid,
    reused: false,
    stop() {
      stopping ??= (async () => {
        await terminate(pid, exited);
        await removePidFileIfOwned(dataDir, pid);
      })();
      return stopping;
    },
  };
}

function waitForReady(child: ChildProcess, exited: Promise<ExitInfo>, timeoutMs: number): Promise<string> {
  return new Promise<string>((resolvePromise, reject) => {
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      lines?.close();
      fn();
    };
    const timer = setTimeout(
      () => finish(() => reject(new Error(`no READY line within ${Math.round(timeoutMs / 1000)} s`))),
      timeoutMs,
    );
    child.once("error", (error: NodeJS.ErrnoException) =>
      finish(() => reject(error.code === "ENOENT" ? new Error(`${INSTALL_HINT} (java not found)`) : error)),
    );
    void exited.then((info) =>
      finish(() => reject(new Error(`the launcher exited (${info.code !== null ? `code ${info.code}` : `signal ${info.signal}`}) before it was ready`))),
    );
    const lines = child.stdout ? createInterface({ input: child.stdout }) : undefined;
    lines?.on("line", (line) => {
      if (line.startsWith(READY_PREFIX)) {
        finish(() => resolvePromise(line.slice(READY_PREFIX.length).trim()));
      }
    });
  });
}

function reusedServer(instance: { pid: number; uri: string }): LocalNeo4jServer {
  return { uri: instance.uri, pid: instance.pid, reused: true, stop: async () => {} };
}

// ------------------------------------------------------------------------------------------------ status / stop

/** Whether the pid file in dataDir names a live launcher whose Bolt port accepts connections. */
export async function localNeo4jStatus(dataDir: string): Promise<LocalNeo4jStatus> {
  const info = await readPidFile(resolve(dataDir));
  if (!info) return { running: false };
  if (!(await isLauncherProcess(info.pid))) return { running: false };
  const running = await portAnswers(info.uri);
  const owner = info.detached === false && info.owner !== undefined && (await isAlive(info.owner)) ? info.owner : undefined;
  return { running, pid: info.pid, uri: info.uri, ...(owner !== undefined ? { owner } : {}) };
}

/**
 * Stops the launcher named by dataDir's pid file (SIGTERM, SIGKILL after ~20 s) and removes the pid file.
 * Resolves true when a process was stopped, false when none was running.
 */
export async function stopLocalNeo4j(dataDir: string): Promise<boolean> {
  const dir = resolve(dataDir);
  const info = await readPidFile(dir);
  if (!info) return false;
  const live = await isLauncherProcess(info.pid);
  if (live) await terminate(info.pid);
  await removePidFileIfOwned(dir, info.pid);
  return live;
}

async function runningInstance(dataDir: string): Promise<{ pid: number; uri: string } | undefined> {
  const status = await localNeo4jStatus(dataDir);
  return status.running && status.pid !== undefined && status.uri !== undefined ? { pid: status.pid, uri: status.uri } : undefined;
}

// ------------------------------------------------------------------------------------------------ processes

interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

function exitPromise(child: ChildProcess): Promise<ExitInfo> {
  return new Promise((resolvePromise) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolvePromise({ code: child.exitCode, signal: child.signalCode });
      return;
    }
    child.once("exit", (code, signal) => resolvePromise({ code, signal }));
    // A spawn failure emits 'error' and never 'exit'.
    child.once("error", () => resolvePromise({ code: null, signal: null }));
  });
}

/** SIGTERM, then SIGKILL after STOP_GRACE_MS; resolves once the process is gone. */
async function terminate(pid: number | undefined, exited?: Promise<ExitInfo>): Promise<void> {
  if (pid === undefined) return;
  const gone = exited ? exited.then(() => true) : waitForDeath(pid, Date.now() + STOP_GRACE_MS + 6000);
  if (!signal(pid, "SIGTERM")) {
    await raceTimeout(gone, 1000);
    return;
  }
  if (!(await raceTimeout(gone, STOP_GRACE_MS))) {
    signal(pid, "SIGKILL");
    await raceTimeout(gone, 5000);
  }
}

/** Resolves with the promise's value, or false after ms (the timer does not outlive the race). */
async function raceTimeout(promise: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<boolean>((r) => (timer = setTimeout(() => r(false), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

function signal(pid: number, sig: NodeJS.Signals): boolean {
  try {
    process.kill(pid, sig);
    return true;
  } catch {
    return false;
  }
}

/** Polls until the process is gone (true) or the deadline passes (false). */
async function waitForDeath(pid: number, deadline: number): Promise<boolean> {
  while (await isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await delay(100);
  }
  return true;
}

async function isAlive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  // An exited but unreaped child still answers signal 0.
  const statText = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => undefined);
  if (statText !== undefined) {
    const state = statText.slice(statText.lastIndexOf(")") + 2, statText.lastIndexOf(")") + 3);
    if (state === "Z" || state === "X") return false;
  }
  return true;
}

/** Alive, and (where /proc exists) really a Java running the launcher, not a reused pid. */
async function isLauncherProcess(pid: number): Promise<boolean> {
  if (!(await isAlive(pid))) return false;
  const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => undefined);
  return cmdline === undefined || cmdline.includes("neo4j-local");
}

function portAnswers(uri: string, timeoutMs = 1500): Promise<boolean> {
  let host: string;
  let port: number;
  try {
    const url = new URL(uri);
    host = url.hostname || "127.0.0.1";
    port = Number(url.port || 7687);
  } catch {
    return Promise.resolve(false);
  }
  return new Promise((resolvePromise) => {
    const socket = connect({ host, port });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolvePromise(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

function unrefHandle(stream: unknown): void {
  const handle = stream as { unref?: () => void } | null | undefined;
  handle?.unref?.();
}

// ------------------------------------------------------------------------------------------------ tools

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

function run(command: string, args: string[], options: { cwd?: string; timeoutMs: number }): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: ["ignore", "pipe", "pipe"], windowsHide: true });
    let output = "";
    const collect = (chunk: Buffer): void => {
      output += chunk.toString("utf8");
      if (output.length > 200_000) output = output.slice(-100_000);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once("close", (code, sig) => {
      clearTimeout(timer);
      resolvePromise({ code, signal: sig, output });
    });
  });
}

async function requireTool(command: string, args: string[], what: string): Promise<RunResult> {
  try {
    return await run(command, args, { timeoutMs: 60_000 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new Error(`${INSTALL_HINT} (${what} not found)`);
    throw error;
  }
}

const javaChecked = new Set<string>();

async function requireJava(java: string): Promise<void> {
  if (javaChecked.has(java)) return;
  const result = await requireTool(java, ["-version"], "java");
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.output);
  const major = match ? (match[1] === "1" ? Number(match[2]) : Number(match[1])) : NaN;
  if (result.code !== 0 || !(major >= 17)) {
    throw new Error(`${INSTALL_HINT} (found: ${result.output.split("\n")[0]?.trim() || `${java} -version failed`})`);
  }
  javaChecked.add(java);
}

// ------------------------------------------------------------------------------------------------ files

async function readPidFile(dataDir: string): Promise<PidFile | undefined> {
  const text = await readFile(pidFilePath(dataDir), "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as Partial<PidFile>;
    if (typeof parsed.pid === "number" && Number.isInteger(parsed.pid) && parsed.pid > 0 && typeof parsed.uri === "string") {
      return {
        pid: parsed.pid,
        uri: parsed.uri,
        ...(typeof parsed.detached === "boolean" ? { detached: parsed.detached } : {}),
        ...(typeof parsed.owner === "number" ? { owner: parsed.owner } : {}),
      };
    }
  } catch {
    // unreadable: treated as absent
  }
  return undefined;
}

async function writePidFile(dataDir: string, info: PidFile): Promise<void> {
  const path = pidFilePath(dataDir);
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(info)}\n`, "utf8");
  await rename(tmp, path);
}

async function removePidFileIfOwned(dataDir: string, pid: number): Promise<void> {
  const info = await readPidFile(dataDir);
  if (!info || info.pid === pid) await rm(pidFilePath(dataDir), { force: true });
}

async function rotateLog(path: string): Promise<void> {
  const s = await statOrUndefined(path);
  if (s && s.size > LOG_ROTATE_BYTES) await rename(path, `${path}.1`).catch(() => undefined);
}

async function readLogTail(path: string, fromOffset: number): Promise<string> {
  try {
    const handle = await open(path, "r");
    try {
      const size = (await handle.stat()).size;
      const start = Math.max(fromOffset, size - 64 * 1024);
      const buffer = Buffer.alloc(Math.max(0, size - start));
      await handle.read(buffer, 0, buffer.length, start);
      return buffer.toString("utf8");
    } finally {
      await handle.close();
    }
  } catch {
    return "";
  }
}

/**
 * Runs fn while holding an exclusive lock file (created with O_EXCL, holding our pid). Waits for another
 * holder up to waitMs; a lock whose holder is dead is taken over.
 */
async function withFileLock<T>(path: string, waitMs: number, log: LocalNeo4jLog | undefined, waitingFor: string, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    try {
      await writeFile(path, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = Number((await readFile(path, "utf8").catch(() => "")).trim());
    const stale = Number.isInteger(holder) && holder > 0 ? holder !== process.pid && !(await isAlive(holder)) : await lockIsOld(path);
    if (stale) {
      await rm(path, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting: ${waitingFor} (lock ${path})`);
    if (!told) {
      log?.(`waiting: ${waitingFor}`);
      told = true;
    }
    await delay(250);
  }
  try {
    return await fn();
  } finally {
    await rm(path, { force: true });
  }
}

/** A lock file without a readable pid (being written, or garbage) counts as stale after a few seconds. */
async function lockIsOld(path: string): Promise<boolean> {
  const s = await statOrUndefined(path);
  return !s || Date.now() - s.mtimeMs > 5000;
}

// ------------------------------------------------------------------------------------------------ helpers

async function exists(path: string): Promise<boolean> {
  return (await statOrUndefined(path)) !== undefined;
}

async function statOrUndefined(path: string): Promise<Stats | undefined> {
  return stat(path).catch(() => undefined);
}

async function listOrEmpty(path: string): Promise<string[]> {
  return readdir(path).catch(() => []);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolvePromise) => setTimeout(resolvePromise, ms));
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}
