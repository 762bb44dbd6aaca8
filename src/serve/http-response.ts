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

/** Brotli when the client accepts it (it is smaller), else gzip, else none; `q=0` refuses one. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Negotiator({ headers: { "accept-encoding": acceptEncoding ?? "identity" } }).encodings(["br", "gzip"]);
  return accepted.includes("br") ? "br" : accepted.includes("gzip") ? "gzip" : "identity";
}

/**
 * Fast settings for answers compressed per request; a static page is compressed once, a little harder (on the
 * 9 MB playground brotli 5 takes 0.8 s for 1.9 MB, where 9 takes 6 s for 1.86 MB).
 */
export async function compress(body: Buffer, encoding: Exclude<Encoding, "identity">, once = false): Promise<Buffer> {
  if (encoding === "br") {
    return brotli(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: once ? 5 : 4, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } });
  }
  return gzipAsync(body, { level: 6 });
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
  /** Sets an ETag (given, or a hash of the body) and answers 304 when the client has this version. */
  readonly etag?: boolean | string;
  readonly compression: boolean;
  /** Compressed variants of a static body, made once (see `staticBody`). */
  readonly variant?: (encoding: Exclude<Encoding, "identity">) => Promise<Buffer>;
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
    const etag = typeof options.etag === "string" ? options.etag : etagOf(raw);
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
  const compressed = options.variant ? await options.variant(encoding) : await compress(raw, encoding);
  res.setHeader("content-encoding", encoding);
  res.end(compressed);
}

/** A large static page, each compressed form made on first demand and kept. */
export function staticBody(body: string): { raw: Buffer; etag: string; variant: (encoding: Exclude<Encoding, "identity">) => Promise<Buffer> } {
  const raw = Buffer.from(body);
  const made = new Map<Encoding, Promise<Buffer>>();
  return {
    raw,
    etag: etagOf(raw),
    variant: (encoding) => {
      let v = made.get(encoding);
      if (!v) made.set(encoding, (v = compress(raw, encoding, true)));
      return v;
    },
  };
}
