import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, constants as zlib, gzip } from "node:zlib";
import Negotiator from "negotiator";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this a compressed body saves less than the work costs. */
const MIN_COMPRESS_BYTES = 1024;

export type Encoding = "br" | "gzip" | "identity";

/** The best encoding the client accepts (brotli before gzip), honouring q-values. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const choice = new Negotiator({ headers: { "accept-encoding": acceptEncoding ?? "identity" } }).encoding(["br", "gzip", "identity"]);
  return choice === "br" || choice === "gzip" ? choice : "identity";
}

/** Fast settings for answers compressed per request; the playground is compressed once, at the best ratio. */
export async function compress(body: Buffer, encoding: Exclude<Encoding, "identity">, best = false): Promise<Buffer> {
  if (encoding === "br") {
    return brotli(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: best ? 9 : 4, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } });
  }
  return gzipAsync(body, { level: best ? 9 : 6 });
}

export function etagOf(body: Buffer | string): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`;
}

/** Whether the client already holds this version (If-None-Match), so a 304 will do. */
export function isFresh(req: IncomingMessage, etag: string): boolean {
  const header = req.headers["if-none-match"];
  if (!header) return false;
  return header.split(",").some((t) => t.trim().replace(/^W\//, "") === etag || t.trim() === "*");
}

export interface SendOptions {
  readonly contentType: string;
  readonly cacheControl: string;
  /** Sets an ETag and answers 304 when the client has this version. */
  readonly etag?: boolean;
  readonly compression: boolean;
  /** Already compressed variants of the body, e.g. the playground's (see `precompressed`). */
  readonly variants?: Partial<Record<Exclude<Encoding, "identity">, Buffer>>;
}

/** Sends a whole body with cache headers, ETag revalidation and compression as the client accepts them. */
export async function sendBody(req: IncomingMessage, res: ServerResponse, status: number, body: Buffer | string, options: SendOptions): Promise<void> {
  const raw = typeof body === "string" ? Buffer.from(body) : body;
  res.statusCode = status;
  res.setHeader("content-type", options.contentType);
  res.setHeader("cache-control", options.cacheControl);
  if (options.compression) res.appendHeader("vary", "accept-encoding");
  if (options.etag && status === 200) {
    // Weak: the same content is sent under several encodings.
    const etag = etagOf(raw);
    res.setHeader("etag", `W/${etag}`);
    if (isFresh(req, etag)) {
      res.statusCode = 304;
      res.end();
      return;
    }
  }
  const encoding = options.compression && raw.length >= MIN_COMPRESS_BYTES ? chooseEncoding(req.headers["accept-encoding"]) : "identity";
  if (encoding === "identity") {
    res.end(raw);
    return;
  }
  const compressed = options.variants?.[encoding] ?? (await compress(raw, encoding));
  res.setHeader("content-encoding", encoding);
  res.end(compressed);
}

/** A large static page compressed once, both ways, at the best ratio. */
export async function precompressed(body: string): Promise<{ raw: Buffer; variants: Record<Exclude<Encoding, "identity">, Buffer> }> {
  const raw = Buffer.from(body);
  const [br, gz] = await Promise.all([compress(raw, "br", true), compress(raw, "gzip", true)]);
  return { raw, variants: { br, gzip: gz } };
}
