import { createReadStream } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import { basename, dirname, extname, join, relative, sep } from "node:path";
import { glob } from "tinyglobby";
import type { Article } from "./article.js";
import { parseHtmlArticle } from "./parse-html.js";
import { parseJsonlLine } from "./parse-jsonl.js";
import { parseTextArticle } from "./parse-text.js";
import { withSidecar } from "./sidecar.js";

/** What reading produces, one event per article or per rejected input, in order. */
export type ReadEvent =
  | { readonly kind: "article"; readonly article: Article; readonly warnings: readonly string[] }
  | { readonly kind: "rejected"; readonly source: string; readonly reason: string };

export interface ReadOptions {
  /** Largest file (or JSONL line) accepted, in bytes. */
  readonly maxBytes: number;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const TEXT_EXT = new Set([".txt", ".md", ".markdown"]);
const HTML_EXT = new Set([".html", ".htm"]);
const JSONL_EXT = new Set([".jsonl", ".ndjson"]);
const SUPPORTED = [...TEXT_EXT, ...HTML_EXT, ...JSONL_EXT];
const fatalUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Reads articles from files, folders (recursively) and glob patterns. Bad inputs become `rejected` events
 * naming the file (and line) and what to do; the rest goes on.
 */
export async function* readArticles(inputs: readonly string[], options: ReadOptions): AsyncGenerator<ReadEvent> {
  for (const input of inputs) {
    let files: string[];
    try {
      files = await expand(input);
    } catch (error) {
      yield { kind: "rejected", source: input, reason: describeFsError(error) };
      continue;
    }
    if (files.length === 0) {
      yield { kind: "rejected", source: input, reason: `no ${SUPPORTED.join("/")} files found there` };
      continue;
    }
    const root = await rootOf(input);
    for (const file of files) {
      for await (const event of readFile(file, options)) {
        yield event.kind === "article" ? { ...event, article: { ...event.article, location: locationIn(root, event.article.source) } } : event;
      }
    }
  }
}

/** The folder an input's paths are kept relative to: the folder itself, a file's folder, or a glob's base. */
async function rootOf(input: string): Promise<string> {
  const wild = /[*?[\]{}]/.exec(input);
  if (wild) {
    const base = input.slice(0, wild.index);
    return base.endsWith("/") || base.endsWith(sep) ? base : dirname(base);
  }
  try {
    return (await stat(input)).isDirectory() ? input : dirname(input);
  } catch {
    return dirname(input);
  }
}

/** `source` (a file path, maybe with `:line`) relative to the root, with forward slashes. */
function locationIn(root: string, source: string): string {
  const line = /:(\d+)$/.exec(source);
  const file = line ? source.slice(0, line.index) : source;
  const rel = relative(root, file);
  const path = !rel || rel.startsWith("..") ? basename(file) : rel.split(sep).join("/");
  return line ? `${path}:${line[1]}` : path;
}

/** The article files an input names: itself, the supported files under a folder, or a glob's matches. */
async function expand(input: string): Promise<string[]> {
  if (/[*?[\]{}]/.test(input)) {
    const matches = await glob(input, { onlyFiles: true, absolute: false, dot: false });
    return matches.filter(isSupported).sort();
  }
  const info = await stat(input);
  if (info.isDirectory()) return (await walk(input)).sort();
  return [input];
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile() && isSupported(path)) out.push(path);
  }
  return out;
}

const isSupported = (path: string) => SUPPORTED.includes(extname(path).toLowerCase());

async function* readFile(file: string, options: ReadOptions): AsyncGenerator<ReadEvent> {
  const ext = extname(file).toLowerCase();
  if (!SUPPORTED.includes(ext)) {
    yield { kind: "rejected", source: file, reason: `unsupported file type "${ext || "(none)"}"; Parley reads ${SUPPORTED.join(", ")}` };
    return;
  }
  if (JSONL_EXT.has(ext)) {
    yield* readJsonl(file, options);
    return;
  }
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.size > options.maxBytes) {
      yield { kind: "rejected", source: file, reason: `${mb(info.size)} is over the ${mb(options.maxBytes)} limit; raise it with --max-size` };
      return;
    }
    const handle = await open(file, "r");
    try {
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    yield { kind: "rejected", source: file, reason: describeFsError(error) };
    return;
  }
  const decoded = decode(bytes);
  if (!decoded.ok) {
    yield { kind: "rejected", source: file, reason: decoded.reason };
    return;
  }
  if (!decoded.text.trim()) {
    yield { kind: "rejected", source: file, reason: "the file is empty" };
    return;
  }
  const doc = basename(file);
  const article = HTML_EXT.has(ext) ? parseHtmlArticle(decoded.text, file, doc) : parseTextArticle(decoded.text, file, doc);
  if (!article || !article.text.trim()) {
    yield { kind: "rejected", source: file, reason: HTML_EXT.has(ext) ? "no article text found in the page" : "the file has a header but no body text" };
    return;
  }
  const described = await withSidecar(article, file);
  if (!described.ok) {
    yield { kind: "rejected", source: file, reason: described.reason };
    return;
  }
  yield { kind: "article", article: described.article, warnings: dateWarning(described.article) };
}

/** JSONL is streamed line by line, so a feed of any size reads in constant memory. */
async function* readJsonl(file: string, options: ReadOptions): AsyncGenerator<ReadEvent> {
  let lineNo = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overLimit = false;
  let any = false;
  const finish = function* (line: Buffer): Generator<ReadEvent> {
    lineNo++;
    const source = `${file}:${lineNo}`;
    if (overLimit) {
      overLimit = false;
      yield { kind: "rejected", source, reason: `line is over the ${mb(options.maxBytes)} limit; raise it with --max-size` };
      return;
    }
    const decoded = decode(line);
    if (!decoded.ok) {
      yield { kind: "rejected", source, reason: decoded.reason };
      return;
    }
    if (!decoded.text.trim()) return;
    any = true;
    const result = parseJsonlLine(decoded.text, source);
    if (!result.ok) yield { kind: "rejected", source, reason: result.reason };
    else yield { kind: "article", article: result.article, warnings: [...(result.warning ? [result.warning] : []), ...dateWarning(result.article)] };
  };
  try {
    for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
      let from = 0;
      for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
        const piece = chunk.subarray(from, nl);
        const line = pending.length > 0 ? Buffer.concat([...pending, piece]) : piece;
        pending = [];
        pendingBytes = 0;
        yield* finish(line);
        from = nl + 1;
      }
      if (from < chunk.length) {
        pendingBytes += chunk.length - from;
        if (pendingBytes > options.maxBytes) {
          overLimit = true;
          pending = [];
        } else pending.push(chunk.subarray(from));
      }
    }
  } catch (error) {
    yield { kind: "rejected", source: file, reason: describeFsError(error) };
    return;
  }
  if (pending.length > 0 || overLimit) yield* finish(Buffer.concat(pending));
  if (!any && lineNo <= 1 && pendingBytes === 0) yield { kind: "rejected", source: file, reason: "the file is empty" };
}

type Decoded = { ok: true; text: string } | { ok: false; reason: string };

function decode(bytes: Buffer): Decoded {
  const nul = bytes.subarray(0, 8192).indexOf(0);
  if (nul >= 0) return { ok: false, reason: `looks binary (a NUL byte at offset ${nul}); Parley reads UTF-8 text, HTML and JSONL` };
  try {
    return { ok: true, text: fatalUtf8.decode(bytes) };
  } catch {
    return { ok: false, reason: `not UTF-8 (first bad byte at offset ${firstBadUtf8(bytes)}); convert it, e.g. iconv -f latin1 -t utf-8` };
  }
}

/** Offset of the first byte that does not begin or continue a valid UTF-8 sequence. */
function firstBadUtf8(bytes: Buffer): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return bytes.length;
}

function dateWarning(article: Article): string[] {
  return article.published ? [] : ["no publication date: relative dates (\"on Sunday\") are resolved only if the text gives a full date"];
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied: the file cannot be read";
    case "EISDIR":
      return "is a folder";
    default:
      return `cannot be read: ${(error as Error).message}`;
  }
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
}

