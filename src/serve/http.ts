import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HeaderMap, type ApolloServer, type BaseContext, type ContextFunction } from "@apollo/server";
import cors from "cors";
import { InputError } from "../errors.js";
import type { Logger } from "../log.js";
import { graphqlStatus } from "./graphql-status.js";
import { sendBody } from "./http-response.js";

export interface Route {
  readonly method: "GET";
  readonly path: string;
  /**
   * A health probe, which a load balancer asks every few seconds: its 503 (warming, Neo4j away) is its answer,
   * not a failure, so it is not logged as an error (the outage itself is logged where it is noticed).
   */
  readonly probe?: boolean;
  handle(req: IncomingMessage, res: ServerResponse): Promise<void> | void;
}

/** What the one log line of a request says; the GraphQL layer adds the operation and error codes. */
export interface RequestRecord {
  readonly id: string;
  /** Answered by a health probe route (see Route.probe). */
  probe?: boolean;
  operation?: string;
  codes?: string[];
}

export interface HttpOptions {
  readonly log: Logger;
  readonly maxBodyBytes: number;
  /** Origins allowed by CORS; empty: no CORS headers, and preflights get 405. */
  readonly corsOrigins: readonly string[];
  readonly compression: boolean;
  /** max-age of successful GET /graphql answers; 0 sends no-cache. */
  readonly getCacheSeconds: number;
}

export interface HttpServer {
  readonly server: Server;
  /** Stops accepting; requests in flight finish within `deadlineMs`, then their connections are closed. */
  drain(deadlineMs: number): Promise<{ inFlight: number; cutOff: number }>;
}

// A body this much over the limit is not read to its end: the connection is closed instead.
const DRAIN_FACTOR = 64;
const REQUEST_ID = /^[\w.:-]{1,64}$/;
// Answers slower than this are logged at warn level; others at debug, so a busy server does not flood its log.
const SLOW_MS = 1000;

/**
 * A small HTTP front: /graphql goes to Apollo, a few GET routes (playground, health, metrics) are served
 * directly. Apollo's own integrations would add a framework for five routes.
 */
export function createHttpServer<C extends BaseContext>(
  apollo: ApolloServer<C>,
  context: ContextFunction<[{ req: IncomingMessage; variables: Record<string, unknown>; record: RequestRecord }], C>,
  routes: readonly Route[],
  options: HttpOptions,
): HttpServer {
  const { log } = options;
  const corsHandler = options.corsOrigins.length > 0 ? corsMiddleware(options.corsOrigins) : undefined;
  const inFlight = new Set<ServerResponse>();
  let draining = false;

  const server = createServer((req, res) => {
    const started = performance.now();
    const record: RequestRecord = { id: requestId(req) };
    inFlight.add(res);
    res.setHeader("x-request-id", record.id);
    if (draining) res.setHeader("connection", "close");
    res.once("close", () => {
      inFlight.delete(res);
      logRequest(log, req, res, record, performance.now() - started);
    });
    handle(req, res, record).catch((error: unknown) => {
      log.error({ err: error, reqId: record.id }, "http handler failed");
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: `Internal error (request ${record.id}); it has been logged.`, extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse, record: RequestRecord): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    // Only POST /graphql reads a body; any other request's body is read and dropped before the answer, so a
    // keep-alive connection is left clean for the client's next request.
    if (!(req.method === "POST" && url.pathname === "/graphql") && (await readBody(req, options.maxBodyBytes)) === "too large") {
      res.setHeader("connection", "close");
    }
    if (corsHandler) {
      const preflightDone = await corsHandler(req, res);
      if (preflightDone) return;
    }
    const route = routes.find((r) => r.method === req.method && r.path === url.pathname);
    if (route) {
      if (route.probe) record.probe = true;
      return route.handle(req, res);
    }
    if (url.pathname !== "/graphql") {
      const known = routes.some((r) => r.path === url.pathname);
      if (known) res.setHeader("allow", "GET");
      return sendJson(res, known ? 405 : 404, { error: known ? `use GET on ${url.pathname}` : `no route ${req.method} ${url.pathname}; the API is at /graphql` });
    }
    if (req.method !== "GET" && req.method !== "POST") {
      res.setHeader("allow", "GET, POST");
      return sendJson(res, 405, requestError(`${req.method} is not supported on /graphql; use GET or POST`));
    }
    // A browser opening the API's address gets the playground (Apollo's own landing page is off: it loads from a CDN).
    if (req.method === "GET" && !url.searchParams.has("query") && (req.headers.accept ?? "").includes("text/html")) {
      res.writeHead(302, { location: "/" }).end();
      return;
    }

    let body: unknown = undefined;
    if (req.method === "POST") {
      const raw = await readBody(req, options.maxBodyBytes);
      if (raw === "too large") {
        res.setHeader("connection", "close");
        return sendJson(res, 413, requestError(`The request body is over ${options.maxBodyBytes} bytes (PARLEY_MAX_BODY_BYTES); send a smaller query or use variables`));
      }
      if (raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          return sendJson(res, 400, requestError("The request body is not valid JSON; send {\"query\": \"...\", \"variables\": {...}} with content-type application/json"));
        }
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method, headers, search: url.search, body },
      context: () => context({ req, variables: requestVariables(body, url), record }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    if (response.body.kind === "complete") {
      const contentType = response.headers.get("content-type") ?? "application/json; charset=utf-8";
      const status = graphqlStatus(response.status ?? 200, contentType, response.body.string);
      // Queries over GET can be cached by browsers and proxies; only whole successes, and never a POST.
      const cacheable = req.method === "GET" && status === 200 && !response.body.string.includes('"errors":');
      const cacheControl = !cacheable ? "no-store" : options.getCacheSeconds > 0 ? `public, max-age=${options.getCacheSeconds}` : "no-cache";
      await sendBody(req, res, status, response.body.string, { contentType, cacheControl, etag: cacheable, compression: options.compression });
      return;
    }
    res.statusCode = response.status ?? 200;
    res.setHeader("cache-control", "no-store");
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return {
    server,
    async drain(deadlineMs: number) {
      draining = true;
      const atStart = inFlight.size;
      for (const res of inFlight) if (!res.headersSent) res.setHeader("connection", "close");
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive connections with no request in flight would hold close() open.
      server.closeIdleConnections();
      const idle = setInterval(() => server.closeIdleConnections(), 100);
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([
        closed.then(() => false),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), deadlineMs))),
      ]);
      clearTimeout(timer);
      clearInterval(idle);
      const cutOff = timedOut ? inFlight.size : 0;
      if (timedOut) {
        log.warn({ requests: cutOff, deadlineMs }, "shutdown deadline passed: closing the connections of requests still in flight");
        server.closeAllConnections();
        await closed;
      }
      return { inFlight: atStart, cutOff };
    },
  };
}

/** Runs the `cors` middleware; true when it answered a preflight itself. */
function corsMiddleware(origins: readonly string[]) {
  const middleware = cors({
    origin: origins.includes("*") ? "*" : [...origins],
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: ["content-type", "authorization", "apollo-require-preflight", "x-apollo-operation-name", "x-request-id"],
    exposedHeaders: ["x-request-id"],
    maxAge: 600,
  });
  return (req: IncomingMessage, res: ServerResponse): Promise<boolean> =>
    new Promise((resolve, reject) => {
      res.once("finish", () => resolve(true));
      middleware(req, res, (error?: unknown) => (error ? reject(error) : resolve(false)));
    });
}

function requestError(message: string): unknown {
  return { errors: [{ message, extensions: { code: "BAD_REQUEST" } }] };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.setHeader("cache-control", "no-store");
  res.end(JSON.stringify(body));
}

/**
 * The body as text, or "too large". A body over the limit is still read to its end (up to DRAIN_FACTOR times
 * the limit) so that the client, still sending, reads the 413 instead of a connection reset.
 */
function readBody(req: IncomingMessage, maxBytes: number): Promise<string | "too large"> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = declared > maxBytes;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) tooLarge = true;
      if (tooLarge) {
        chunks.length = 0;
        if (size > maxBytes * DRAIN_FACTOR) {
          resolve("too large");
          req.destroy();
        }
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(tooLarge ? "too large" : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function requestId(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
}

function logRequest(log: Logger, req: IncomingMessage, res: ServerResponse, record: RequestRecord, ms: number): void {
  const status = res.writableFinished ? res.statusCode : 0;
  const fields = {
    reqId: record.id,
    method: req.method,
    path: (req.url ?? "/").split("?")[0],
    status,
    ms: Math.round(ms * 10) / 10,
    ...(record.operation ? { operation: record.operation } : {}),
    ...(record.codes ? { codes: record.codes } : {}),
  };
  const line = `${req.method} ${fields.path} ${status || "aborted"} ${fields.ms} ms${record.operation ? ` ${record.operation}` : ""}`;
  if (status >= 500 && !(status === 503 && record.probe)) log.error(fields, line);
  else if (ms > SLOW_MS) log.warn(fields, line);
  else log.debug(fields, line);
}

/** A failure to listen, as one line that says what to do; other errors as they are. */
export function listenError(error: NodeJS.ErrnoException, port: number, host: string): Error {
  if (error.code === "EADDRINUSE") return new InputError(`Port ${port} on ${host} is already in use (another Parley server?); pick another with --port or PORT, e.g. --port ${port + 1}`);
  if (error.code === "EACCES") return new InputError(`Port ${port} on ${host} needs privileges this user does not have; use a port above 1023`);
  if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND") return new InputError(`HOST=${host} is not an address of this machine; use 127.0.0.1 or 0.0.0.0`);
  return error;
}

export async function listen(server: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => reject(listenError(error, port, host));
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address === "0.0.0.0" ? "localhost" : address.address;
  return `http://${shownHost}:${address.port}`;
}

/** The variables as the client sent them (POST body or GET query string), or none. */
function requestVariables(body: unknown, url: URL): Record<string, unknown> {
  let v: unknown = (body as { variables?: unknown } | undefined)?.variables;
  if (v === undefined && url.searchParams.has("variables")) {
    try {
      v = JSON.parse(url.searchParams.get("variables")!);
    } catch {
      v = undefined;
    }
  }
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
