import { basename, extname, relative, sep } from "node:path";
import type { Article } from "./article.js";
import { decodeText } from "./decode.js";
import { describeFsError, mb } from "./fs-errors.js";
import { HTML_EXT, JSONL_EXT, listInputs, SUPPORTED, type InputFile } from "./list-inputs.js";
import { DEFAULT_MAX_HTML_DEPTH, NO_DATE, parseDocument, type Parsed, type RawDocument } from "./parse-document.js";
import { parseJsonlLine } from "./parse-jsonl.js";
import { openRegularFile, readRegularFile } from "./read-file.js";
import { withSidecar } from "./sidecar.js";

/**
 * What reading produces, in order: first the plan (how much input there is), then one event per article or per
 * rejected input. `bytes` is the input it stands for, for progress.
 */
export type ReadEvent =
  | { readonly kind: "plan"; readonly files: number; readonly bytes: number }
  | { readonly kind: "article"; readonly article: Article; readonly warnings: readonly string[]; readonly bytes: number }
  | { readonly kind: "rejected"; readonly source: string; readonly reason: string; readonly bytes: number };

/** Parses a document somewhere: in this thread by default, or on a worker that a time limit can stop. */
export type ParseDocument = (raw: RawDocument) => Promise<Parsed>;

export interface ReadOptions {
  /** Largest file (or JSONL line) accepted, in bytes. */
  readonly maxBytes: number;
  /** HTML elements nested deeper than this are read as plain text. */
  readonly maxHtmlDepth?: number;
  readonly parse?: ParseDocument;
  /** Documents parsed at once (worth more than 1 only when `parse` runs on workers). */
  readonly concurrency?: number;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const inThread: ParseDocument = async (raw) => parseDocument(raw);

/**
 * Reads articles from files, folders (recursively) and glob patterns. Every bad input becomes a `rejected`
 * event naming the file (and line) and what to do, and the rest goes on.
 */
export async function* readArticles(inputs: readonly string[], options: ReadOptions): AsyncGenerator<ReadEvent> {
  const { files, problems } = await listInputs(inputs);
  yield { kind: "plan", files: files.length, bytes: files.reduce((n, f) => n + f.size, 0) };
  for (const p of problems) yield { kind: "rejected", source: p.source, reason: p.reason, bytes: 0 };
  const concurrency = Math.max(1, options.concurrency ?? 1);
  // Documents are read and parsed ahead, up to `concurrency` at a time, and reported in input order.
  const ahead: Array<Promise<ReadEvent>> = [];
  for (const file of files) {
    if (JSONL_EXT.has(extname(file.path).toLowerCase())) {
      while (ahead.length > 0) yield await ahead.shift()!;
      yield* readJsonl(file, options);
      continue;
    }
    ahead.push(readDocument(file, options));
    if (ahead.length >= concurrency) yield await ahead.shift()!;
  }
  while (ahead.length > 0) yield await ahead.shift()!;
}

async function readDocument(file: InputFile, options: ReadOptions): Promise<ReadEvent> {
  const { path } = file;
  const rejected = (reason: string, bytes = file.size): ReadEvent => ({ kind: "rejected", source: path, reason, bytes });
  const ext = extname(path).toLowerCase();
  if (!SUPPORTED.includes(ext)) return rejected(`unsupported file type "${ext || "(none)"}"; Parley reads ${SUPPORTED.join(", ")}`);
  const read = await readRegularFile(path, options.maxBytes);
  if (!read.ok) return rejected(read.reason);
  const bytes = read.bytes.length;
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) return rejected(decoded.reason, bytes);
  if (!decoded.text.trim()) return rejected(bytes === 0 ? "the file is empty" : "the file is empty (whitespace only)", bytes);
  const raw: RawDocument = {
    format: HTML_EXT.has(ext) ? "html" : "text",
    text: decoded.text,
    source: path,
    doc: basename(path),
    maxHtmlDepth: options.maxHtmlDepth ?? DEFAULT_MAX_HTML_DEPTH,
  };
  let parsed: Parsed;
  try {
    parsed = await (options.parse ?? inThread)(raw);
  } catch (error) {
    parsed = { ok: false, reason: `could not be parsed (${(error as Error).message})` };
  }
  if (!parsed.ok) return rejected(parsed.reason, bytes);
  const described = await withSidecar(parsed.article, path);
  if (!described.ok) return rejected(described.reason, bytes);
  const article = { ...described.article, location: locationIn(file.root, path) };
  return { kind: "article", article, warnings: article.published ? parsed.warnings.filter((w) => w !== NO_DATE) : parsed.warnings, bytes };
}

/** A path relative to the root it was found under, with forward slashes (a file named alone: its name). */
function locationIn(root: string, file: string): string {
  const rel = relative(root, file);
  return !rel || rel.startsWith("..") ? basename(file) : rel.split(sep).join("/");
}

/** JSONL is streamed line by line, so a feed of any size reads in constant memory; each line has the size limit. */
async function* readJsonl(input: InputFile, options: ReadOptions): AsyncGenerator<ReadEvent> {
  const file = input.path;
  const location = locationIn(input.root, file);
  const opened = await openRegularFile(file);
  if (!opened.ok) {
    yield { kind: "rejected", source: file, reason: opened.reason, bytes: 0 };
    return;
  }
  let lineNo = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overLimit = false;
  let totalBytes = 0;
  let nonBlank = 0;
  const finish = function* (line: Buffer, lineBytes: number): Generator<ReadEvent> {
    lineNo++;
    const source = `${file}:${lineNo}`;
    const rejected = (reason: string): ReadEvent => ({ kind: "rejected", source, reason, bytes: lineBytes });
    if (overLimit) {
      overLimit = false;
      nonBlank++;
      yield rejected(`line is over the ${mb(options.maxBytes)} limit; raise it with --max-size`);
      return;
    }
    const decoded = decodeText(line);
    if (!decoded.ok) {
      nonBlank++;
      yield rejected(decoded.reason);
      return;
    }
    if (!decoded.text.trim()) return;
    nonBlank++;
    const result = parseJsonlLine(decoded.text, source);
    if (!result.ok) yield rejected(result.reason);
    else {
      const warnings = [...(result.warning ? [result.warning] : []), ...(result.article.published ? [] : [NO_DATE])];
      yield { kind: "article", article: { ...result.article, location: `${location}:${lineNo}` }, warnings, bytes: lineBytes };
    }
  };
  try {
    for await (const chunk of opened.handle.createReadStream({ autoClose: false }) as AsyncIterable<Buffer>) {
      totalBytes += chunk.length;
      let from = 0;
      for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
        const piece = chunk.subarray(from, nl);
        const line = pending.length > 0 ? Buffer.concat([...pending, piece]) : piece;
        const lineBytes = pendingBytes + piece.length + 1;
        if (!overLimit && lineBytes - 1 > options.maxBytes) overLimit = true;
        pending = [];
        pendingBytes = 0;
        yield* finish(overLimit ? Buffer.alloc(0) : line, lineBytes);
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
    yield { kind: "rejected", source: file, reason: describeFsError(error, file), bytes: 0 };
    return;
  } finally {
    await opened.handle.close().catch(() => {});
  }
  if (pending.length > 0 || overLimit) yield* finish(Buffer.concat(pending), pendingBytes);
  if (nonBlank === 0) {
    yield { kind: "rejected", source: file, reason: totalBytes === 0 ? "the file is empty" : "the file is empty (whitespace only, no JSON lines)", bytes: totalBytes };
  }
}
