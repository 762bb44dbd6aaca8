import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HeaderMap, type ApolloServer, type BaseContext, type ContextFunction } from "@apollo/server";
import type { Logger } from "../log.js";

const MAX_BODY_BYTES = 1_000_000;

export interface Route {
  readonly method: "GET";
  readonly path: string;
  handle(req: IncomingMessage, res: ServerResponse): Promise<void> | void;
}

/**
 * A small HTTP front: /graphql goes to Apollo, a few GET routes (playground, health, metrics) are served
 * directly. Apollo's own integrations would add a framework for five routes.
 */
export function createHttpServer<C extends BaseContext>(
  apollo: ApolloServer<C>,
  context: ContextFunction<[{ req: IncomingMessage; variables: Record<string, unknown> }], C>,
  routes: readonly Route[],
  log: Logger,
): Server {
  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log.error({ err: error }, "http handler failed");
      if (!res.headersSent) sendJson(res, 500, { error: "internal error" });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    const route = routes.find((r) => r.method === req.method && r.path === url.pathname);
    if (route) return route.handle(req, res);
    if (url.pathname !== "/graphql") return sendJson(res, 404, { error: `no route ${req.method} ${url.pathname}; the API is at /graphql` });
    if (req.method !== "GET" && req.method !== "POST") return sendJson(res, 405, { error: "use GET or POST on /graphql" });

    const raw = req.method === "POST" ? await readBody(req) : "";
    if (raw === null) return sendJson(res, 413, { errors: [{ message: `request body over ${MAX_BODY_BYTES} bytes`, extensions: { code: "BAD_REQUEST" } }] });
    let body: unknown = undefined;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        return sendJson(res, 400, { errors: [{ message: "request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] });
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method, headers, search: url.search, body },
      context: () => context({ req, variables: requestVariables(body, url) }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export async function listen(server: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
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
