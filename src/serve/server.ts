import type { IncomingMessage, Server } from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ServerSettings } from "../config/config.js";
import type { Database, StatementReader } from "../database/database.js";
import type { Logger } from "../log.js";
import { silentLogger } from "../log.js";
import { formatError } from "./errors.js";
import { buildSchema } from "./graphql-schema.js";
import { createHttpServer, listen, sendJson, type RequestRecord, type Route } from "./http.js";
import { sendBody, staticBody } from "./http-response.js";
import { argumentLimits } from "./limits.js";
import { Metrics } from "./metrics.js";
import { observabilityPlugin } from "./plugins.js";
import { playgroundHtml } from "./playground.js";
import { traversalResolvers } from "./traversal-resolvers.js";
import { analystResolvers } from "./analyst-resolvers.js";
import { exportRoutes } from "./export-routes.js";
import { exploreRoutes } from "./explore-routes.js";
import { warmTraversalPlans } from "../query/traversals.js";
import { warmPageCache } from "../database/warm-up.js";

/** Longest name form or search text a request may send (a full-text query grows with every word). */
const MAX_TEXT_LENGTH = 200;

export interface ParleyContext {
  readonly db: Database;
  readonly log: Logger;
  readonly txTimeoutMs: number;
  // Read by @neo4j/graphql for the statements it generates: the driver (managed transactions), or for
  // queries an auto-commit reader (see `autoCommitReads`).
  readonly executionContext: Database["driver"] | StatementReader;
  readonly sessionConfig: { database?: string };
  readonly transaction: { timeout: number };
  /** The request's variables as sent, for follow-up queries on traversal results. */
  readonly rawVariables: Record<string, unknown>;
  /** The request's log record (id, operation, error codes). */
  readonly record: RequestRecord;
  [key: string]: unknown;
}

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:4000; the API is at `${url}/graphql`. */
  readonly url: string;
  readonly graphqlUrl: string;
  /**
   * Stops accepting connections, lets the requests in flight finish (up to the shutdown deadline), then
   * stops Apollo. Says how many requests were in flight and how many the deadline cut off.
   */
  shutdown(): Promise<{ inFlight: number; cutOff: number }>;
  /** `shutdown()`, for callers that need no figures. */
  stop(): Promise<void>;
}

export interface StartOptions {
  readonly db: Database;
  readonly settings: ServerSettings;
  readonly log?: Logger;
}

export async function startServer({ db, settings, log = silentLogger }: StartOptions): Promise<RunningServer> {
  const schema = await buildSchema(db, { readOnly: settings.readOnly, jwtSecret: settings.jwtSecret, resolvers: {
    ...traversalResolvers,
    ...analystResolvers,
    Query: { ...traversalResolvers.Query, ...analystResolvers.Query },
  } });
  await warmTraversalPlans(db, log);
  const pageCache = startPageCacheWarmUp(db, settings.warmPageCache, log);
  const metrics = new Metrics();
  const armor = new ApolloArmor({
    maxDepth: { n: settings.maxDepth },
    maxAliases: { n: settings.maxAliases },
    costLimit: { maxCost: settings.maxCost },
    maxDirectives: { n: 50 },
    // The token limit is graphql-js's own (parseOptions below): armor's parses every document a second time
    // and turns any syntax error into a 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !settings.introspection },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<ParleyContext>({
    schema,
    introspection: settings.introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: settings.maxTokens },
    // Queries over GET need a content-type or an apollo-require-preflight header, so a page on another
    // site cannot make a browser send one (Apollo's CSRF prevention; mutations are never allowed over GET).
    csrfPrevention: true,
    // Apollo would stop itself on SIGTERM and fail the requests still in flight; `stop()` drains them first.
    stopOnTerminationSignals: false,
    formatError: formatError(log),
    validationRules: protection.validationRules,
    // graphql-armor types against the CommonJS build of @apollo/server; the objects are the same.
    plugins: [
      // Apollo installs a cache-control plugin by default; its willResolveField hook wraps every resolver of the
      // schema and runs on every field of every response, though Parley sets no cache hints (so it never sends a
      // cache-control header). Usage/schema reporting and inline traces are for Apollo Studio, which Parley
      // does not use: switched off explicitly so no environment variable turns on per-request work.
      ApolloServerPluginCacheControlDisabled(),
      // The playground is Parley's own page at `/`; Apollo's would load from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ...(protection.plugins as unknown as ApolloServerPlugin<ParleyContext>[]),
      argumentLimits({ maxPageSize: settings.maxPageSize, maxTextLength: MAX_TEXT_LENGTH }),
      autoCommitReads(db.autoCommitReader({ timeoutMs: settings.txTimeoutMs, metadata: { app: "parley", type: "user-transpiled" } })),
      observabilityPlugin(metrics) as ApolloServerPlugin<ParleyContext>,
    ],
  });
  await apollo.start();

  let playground: ReturnType<typeof staticBody> | undefined;
  const routes: Route[] = [
    {
      method: "GET",
      path: "/",
      handle: async (req, res) => {
        // Rendered and compressed on first use: the inlined GraphiQL bundle is large (~9 MB, ~1.5 MB compressed).
        playground ??= staticBody(playgroundHtml("/graphql"));
        const page = playground;
        // no-cache: browsers revalidate with the ETag and get a 304 until the server restarts with new examples.
        await sendBody(req, res, 200, page.raw, { contentType: "text/html; charset=utf-8", cacheControl: "no-cache", etag: page.etag, compression: settings.compression, variant: page.variant });
      },
    },
    { method: "GET", path: "/healthz", probe: true, handle: (_req, res) => sendJson(res, 200, { status: "ok" }) },
    {
      method: "GET",
      path: "/readyz",
      probe: true,
      handle: async (_req, res) => {
        const ping = await db.ping();
        // The cause goes to the log, not to the caller: it holds the database's address.
        if (!ping.ok) sendJson(res, 503, { status: "not ready", neo4j: "unreachable" });
        else if (pageCache.state === "warming") sendJson(res, 503, { status: "warming", neo4j: "reachable", pageCache: pageCache.state });
        else sendJson(res, 200, { status: "ready", neo4j: "reachable", pageCache: pageCache.state });
      },
    },
    {
      method: "GET",
      path: "/metrics",
      handle: async (_req, res) => {
        res.setHeader("content-type", metrics.registry.contentType);
        res.end(await metrics.registry.metrics());
      },
    },
    ...exportRoutes(db, settings.txTimeoutMs, log, settings.compression),
    ...exploreRoutes(log, settings.compression),
  ];
  const context = async ({ req, variables, record }: { req: IncomingMessage; variables: Record<string, unknown>; record: RequestRecord }): Promise<ParleyContext> => ({
    ...bearerToken(req),
    db,
    log,
    txTimeoutMs: settings.txTimeoutMs,
    executionContext: db.driver,
    sessionConfig: db.databaseName ? { database: db.databaseName } : {},
    transaction: { timeout: settings.txTimeoutMs },
    rawVariables: variables,
    record,
  });
  const front = createHttpServer(apollo, context, routes, {
    log,
    maxBodyBytes: settings.maxBodyBytes,
    corsOrigins: settings.corsOrigins,
    compression: settings.compression,
    getCacheSeconds: settings.getCacheSeconds,
  });
  const http: Server = front.server;
  let url: string;
  try {
    url = await listen(http, settings.port, settings.host);
  } catch (error) {
    await apollo.stop();
    throw error;
  }
  log.info({ url: `${url}/graphql` }, "GraphQL server listening");

  let stopping: Promise<{ inFlight: number; cutOff: number }> | undefined;
  const shutdown = () => {
    stopping ??= (async () => {
      const drained = await front.drain(settings.shutdownTimeoutMs);
      await apollo.stop();
      return drained;
    })();
    return stopping;
  };
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    shutdown,
    stop: async () => void (await shutdown()),
  };
}

/**
 * A query's generated statements run as auto-commit reads (one round trip each instead of a managed
 * transaction's two, with the same timeout and retries); mutations keep @neo4j/graphql's managed write
 * transactions on the driver. Decided once the operation is known, before anything executes.
 */
function autoCommitReads(reader: StatementReader): ApolloServerPlugin<ParleyContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === "query") (contextValue as { executionContext: ParleyContext["executionContext"] }).executionContext = reader;
        },
      };
    },
  };
}

type PageCacheState = "off" | "warming" | "warm" | "failed";

/**
 * Warms Neo4j's page cache in the background: requests are answered meanwhile (slower on a cold cache), and
 * /readyz reports "warming" so a load balancer can hold traffic back. A failed warm-up only logs a warning.
 */
function startPageCacheWarmUp(db: Database, enabled: boolean, log: Logger): { state: PageCacheState } {
  const status: { state: PageCacheState } = { state: enabled ? "warming" : "off" };
  if (!enabled) return status;
  log.info("warming the page cache: reading the graph once (PARLEY_WARM_PAGE_CACHE=false skips this)");
  warmPageCache(db).then(
    (r) => {
      status.state = "warm";
      log.info({ nodes: r.nodes, relationships: r.relationships, seconds: r.seconds }, "page cache warm");
    },
    (error: unknown) => {
      status.state = "failed";
      log.warn({ err: error }, "could not warm the page cache; first queries may be slow");
    },
  );
  return status;
}

/** The bearer token, for @neo4j/graphql to verify on writes. */
function bearerToken(req: IncomingMessage): { token?: string } {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(.+)$/i.exec(header) : null;
  return match ? { token: match[1]! } : {};
}
