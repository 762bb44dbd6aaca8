/** Builds Articles for extraction tests: raw text, or files read through src/read, the readers `parley extract` uses. */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractArticle, toEvalDocument } from "../../src/extract/index.js";
import type { Article } from "../../src/read/article.js";
import { DEFAULT_MAX_BYTES, readArticles } from "../../src/read/read-sources.js";

export const SEEDS_DIR = join(import.meta.dirname, "..", "..", "seeds");

const sha = (s: string): string => createHash("sha256").update(s).digest("hex");

export function articleFromText(text: string, opts: { published?: string | null; title?: string | null; doc?: string } = {}): Article {
  return {
    id: sha(text).slice(0, 16),
    source: opts.doc ?? "inline",
    doc: opts.doc ?? "inline",
    title: opts.title ?? null,
    url: null,
    published: opts.published ?? null,
    text,
    contentHash: sha(text),
  };
}

/** Every article under `paths`, read exactly as `parley extract` and `parley ingest` read them; a rejected file fails loudly. */
export async function readArticlesFrom(...paths: string[]): Promise<Article[]> {
  const out: Article[] = [];
  for await (const event of readArticles(paths, { maxBytes: DEFAULT_MAX_BYTES })) {
    if (event.kind === "rejected") throw new Error(`${event.source}: ${event.reason}`);
    if (event.kind === "article") out.push(event.article);
  }
  return out;
}

export function loadSeeds(): Promise<Article[]> {
  return readArticlesFrom(SEEDS_DIR);
}

export interface EvalSummary {
  people: { f1: number };
  organisations: { f1: number };
  meetingPairs: { f1: number };
  meetings: { f1: number };
  dateAccuracy: number | null;
  placeAccuracy: number | null;
}

const FIXTURE_SCORER = join(import.meta.dirname, "..", "fixtures", "score.mjs");

/** Extracts the articles and runs an evaluation script's `--json` scoring against `goldDir`: its whole report. */
export function runEvalScript<Doc = unknown>(articles: readonly Article[], goldDir: string, scorer = FIXTURE_SCORER): { summary: EvalSummary; perDoc: Doc[] } {
  const pred = join(mkdtempSync(join(tmpdir(), "parley-eval-")), "pred.json");
  writeFileSync(pred, JSON.stringify({ documents: articles.map((a) => toEvalDocument(extractArticle(a))) }));
  const out = execFileSync(process.execPath, [scorer, "--gold", goldDir, "--pred", pred, "--json"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out) as { summary: EvalSummary; perDoc: Doc[] };
}

/** Extracts the articles and scores them with an evaluation script (by default the copy in test/fixtures) against `goldDir`. */
export function scoreWithEvalScript(articles: readonly Article[], goldDir: string, scorer = FIXTURE_SCORER): EvalSummary {
  return runEvalScript(articles, goldDir, scorer).summary;
}
