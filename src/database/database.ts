import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from "neo4j-driver";
import type { Logger } from "../log.js";
import { silentLogger } from "../log.js";
import { DatabaseError } from "../errors.js";
import type { Statement } from "./cypher.js";
import { isUnreachable, mapDriverError, unavailableError } from "./errors.js";

export interface Connection {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string | undefined;
}

export interface RunOptions {
  /** Server-side transaction timeout; the server stops the query after this long. */
  readonly timeoutMs?: number;
}

export type Params = Record<string, unknown>;

/** Something that runs one read statement and gives back its whole result (see `Database.autoCommitReader`). */
export interface StatementReader {
  run(text: string, params?: Params): Promise<QueryResult>;
}

// The driver's own retry policy for managed transactions, which auto-commit reads keep (see `autoCommitRead`).
const MAX_RETRY_TIME_MS = 3_000;
const INITIAL_RETRY_DELAY_MS = 1_000;
// While the server is known to be unreachable, how often a background probe tries it again.
const PROBE_INTERVAL_MS = 500;
// A readiness check answers within this, whatever the database does.
const PING_DEADLINE_MS = 900;

/**
 * The only owner of the Neo4j driver: sessions, the database name, read vs write transactions, retries and
 * error mapping live here. Everything else passes statements and parameters.
 */
export class Database {
  /** Set while the server is known to be unreachable: statements then fail at once instead of retrying. */
  private outage: { since: number; probe: NodeJS.Timeout } | undefined;
  private closed = false;

  private constructor(
    readonly driver: Driver,
    readonly connection: Connection,
    private readonly log: Logger,
  ) {}

  static open(connection: Connection, log: Logger = silentLogger): Database {
    const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
      // Fail fast when the server is down so API callers get an error, not a hang; the pool reconnects
      // on its own once the server is back.
      connectionTimeout: 3_000,
      connectionAcquisitionTimeout: 10_000,
      maxTransactionRetryTime: MAX_RETRY_TIME_MS,
      disableLosslessIntegers: true,
      userAgent: "parley/0.1",
    });
    return new Database(driver, connection, log);
  }

  get databaseName(): string | undefined {
    return this.connection.database;
  }

  /** Checks the server answers and is a version Parley supports (5.26+ or a calendar-versioned 2025+). */
  async verify(): Promise<{ version: string; edition: string }> {
    let info: { version: string; edition: string };
    try {
      await this.driver.verifyConnectivity({ database: this.connection.database });
      const rows = await this.readRaw("CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition");
      info = { version: String(rows[0]?.["version"]), edition: String(rows[0]?.["edition"]) };
    } catch (error) {
      throw mapDriverError(error, `connecting to ${this.connection.uri}`);
    }
    const [major, minor] = info.version.split(".").map(Number) as [number, number];
    if (!(major > 5 || (major === 5 && minor >= 26))) {
      throw new DatabaseError("DATABASE_UNSUPPORTED", `Neo4j ${info.version} at ${this.connection.uri} is too old: Parley needs 5.26 or newer.`);
    }
    this.log.debug({ uri: this.connection.uri, ...info }, "neo4j verified");
    return info;
  }

  /** Runs a read statement (auto-commit, retried like a managed transaction) and returns plain objects. */
  async read<T extends RecordShape = RecordShape>(stmt: Statement, params: Params = {}, options: RunOptions = {}): Promise<T[]> {
    const started = performance.now();
    this.failFastWhileDown(stmt.name);
    try {
      const result = await this.autoCommitRead<T>(stmt.text, params, txConfig(options));
      this.log.debug({ statement: stmt.name, ms: Math.round(performance.now() - started), rows: result.records.length }, "cypher");
      return result.records.map((r) => r.toObject());
    } catch (error) {
      throw mapDriverError(error, stmt.name);
    }
  }

  /** Runs a write statement in a managed (retried) write transaction and returns plain objects. */
  async write<T extends RecordShape = RecordShape>(stmt: Statement, params: Params = {}, options: RunOptions = {}): Promise<T[]> {
    this.failFastWhileDown(stmt.name);
    const session = this.driver.session({ database: this.connection.database, defaultAccessMode: neo4j.session.WRITE });
    const started = performance.now();
    try {
      const result = await session.executeWrite((tx: ManagedTransaction) => tx.run<T>(stmt.text, params), txConfig(options));
      this.log.debug({ statement: stmt.name, ms: Math.round(performance.now() - started), rows: result.records.length }, "cypher");
      return result.records.map((r) => r.toObject());
    } catch (error) {
      this.noteFailure(error);
      throw mapDriverError(error, stmt.name);
    } finally {
      await session.close();
    }
  }

  /**
   * A reader for @neo4j/graphql's `executionContext` (which takes a driver, a session or a transaction and
   * calls `run` on the last): each statement it is given runs as an auto-commit read, like `read`, with the
   * request's timeout and the bookmark manager @neo4j/graphql itself uses with a driver. Errors are left as
   * the driver's, for @neo4j/graphql and the server's error formatter to map.
   */
  autoCommitReader(options: RunOptions & { metadata?: Record<string, unknown> } = {}): StatementReader {
    const config = { ...txConfig(options), ...(options.metadata ? { metadata: options.metadata } : {}) };
    const bookmarkManager = this.driver.executeQueryBookmarkManager;
    return {
      run: (text, params = {}) => {
        this.failFastWhileDown("query");
        return this.autoCommitRead(text, params, config, bookmarkManager);
      },
    };
  }

  /** Several statements in one write transaction: all or nothing. */
  async writeTransaction<T>(what: string, work: (tx: Transaction) => Promise<T>, options: RunOptions = {}): Promise<T> {
    this.failFastWhileDown(what);
    const session = this.driver.session({ database: this.connection.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work(new Transaction(tx)), txConfig(options));
    } catch (error) {
      this.noteFailure(error);
      throw mapDriverError(error, what);
    } finally {
      await session.close();
    }
  }

  /**
   * Whether the server answers right now; never throws, and answers within a second: while the server is
   * known to be down it says so at once (the background probe notices when it is back).
   */
  async ping(): Promise<{ ok: true } | { ok: false; error: string }> {
    if (this.outage) return { ok: false, error: unavailableError("health check").message };
    const session = this.driver.session({ database: this.connection.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    try {
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${PING_DEADLINE_MS} ms`)), PING_DEADLINE_MS);
      });
      await Promise.race([session.run("RETURN 1", {}, { timeout: PING_DEADLINE_MS }), deadline]);
      return { ok: true };
    } catch (error) {
      this.noteFailure(error);
      return { ok: false, error: mapDriverError(error, "health check").message };
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => {});
    }
  }

  /** False while the server is known to be unreachable (until the background probe reaches it again). */
  get available(): boolean {
    return this.outage === undefined;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.outage) clearInterval(this.outage.probe);
    this.outage = undefined;
    await this.driver.close();
  }

  /**
   * A dead server makes every statement wait for connection attempts and retries (3-7 s each); once one
   * statement has found it unreachable, the next ones fail at once until a probe reaches it again.
   */
  private failFastWhileDown(what: string): void {
    if (this.outage) throw unavailableError(what);
  }

  private noteFailure(error: unknown): void {
    if (this.closed || this.outage || !isUnreachable(error)) return;
    const probe = setInterval(() => void this.probe(), PROBE_INTERVAL_MS);
    probe.unref();
    this.outage = { since: Date.now(), probe };
    this.log.warn({ err: mapDriverError(error, "a statement").message }, "Neo4j is unreachable; requests fail at once until it is back");
  }

  private probing = false;

  private async probe(): Promise<void> {
    if (this.probing || !this.outage) return;
    this.probing = true;
    try {
      await this.driver.verifyConnectivity({ database: this.connection.database });
      const outage = this.outage;
      if (outage) {
        clearInterval(outage.probe);
        this.outage = undefined;
        this.log.info({ seconds: Math.round((Date.now() - outage.since) / 100) / 10 }, "Neo4j is reachable again");
      }
    } catch {
      // still down: the next tick tries again
    } finally {
      this.probing = false;
    }
  }

  private async readRaw(text: string): Promise<RecordShape[]> {
    const result = await this.driver.executeQuery(text, {}, { database: this.connection.database, routing: neo4j.routing.READ });
    return result.records.map((r) => r.toObject());
  }

  /**
   * One read statement as an auto-commit transaction: RUN and PULL go out in one write and come back in one
   * round trip, where a managed transaction (`executeRead`) adds BEGIN and a COMMIT round trip, and the
   * socket writes, result objects and server work that go with them. A read has nothing to commit, so
   * the answer is the same. The whole result is buffered before it returns, so a failed attempt can be run
   * again: retryable errors (server unavailable, session expired, transient errors) are retried with the
   * driver's managed-transaction policy (1 s, 2 s, ... with jitter, for up to 3 s).
   */
  private async autoCommitRead<T extends RecordShape>(
    text: string,
    params: Params,
    config: { timeout?: number; metadata?: Record<string, unknown> },
    bookmarkManager?: BookmarkManager,
  ): Promise<QueryResult<T>> {
    let retryStarted: number | undefined;
    // The first retry goes at once: a pooled connection that dropped (a restarted or killed server) is
    // replaced by a new one, which either works or finds the server unreachable, without a second's wait.
    let delay = 0;
    for (;;) {
      const session = this.driver.session({
        database: this.connection.database,
        defaultAccessMode: neo4j.session.READ,
        ...(bookmarkManager ? { bookmarkManager } : {}),
      });
      try {
        return await runWithoutStack(() => session.run<T>(text, params, config));
      } catch (error) {
        retryStarted ??= Date.now();
        // A server that refuses connections is not retried: the outage state answers the next requests.
        if (isUnreachable(error)) {
          this.noteFailure(error);
          throw error;
        }
        if (!neo4j.isRetryableError(error) || Date.now() - retryStarted > MAX_RETRY_TIME_MS) throw error;
      } finally {
        await session.close();
      }
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay * (0.8 + Math.random() * 0.4)));
      delay = delay === 0 ? INITIAL_RETRY_DELAY_MS : delay * 2;
    }
  }
}

/** A write transaction handed to `Database.writeTransaction`: runs named statements only. */
export class Transaction {
  constructor(private readonly tx: ManagedTransaction) {}

  async run<T extends RecordShape = RecordShape>(stmt: Statement, params: Params = {}): Promise<T[]> {
    const result = await this.tx.run<T>(stmt.text, params);
    return result.records.map((r) => r.toObject());
  }

  /** Runs a write and reports what it created, from the server's own counters. */
  async update(stmt: Statement, params: Params = {}): Promise<{ nodesCreated: number; nodesDeleted: number; relationshipsCreated: number }> {
    const result = await this.tx.run(stmt.text, params);
    const u = result.summary.counters.updates();
    return { nodesCreated: u.nodesCreated, nodesDeleted: u.nodesDeleted, relationshipsCreated: u.relationshipsCreated };
  }
}

/**
 * neo4j-driver formats a stack trace for every result it creates, to append to a server error later: a few
 * per cent of the server's CPU per lookup (profiled under load). Reads here map every error to Parley's own
 * message, so none is captured (the result is created synchronously by `run`).
 */
function runWithoutStack<R>(run: () => R): R {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function txConfig(options: RunOptions): { timeout?: number } {
  return options.timeoutMs ? { timeout: options.timeoutMs } : {};
}
