/** Builds Articles for extraction tests without the readers: raw text, or a seed file in the seeds' .txt format. */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { extractArticle, toEvalDocument } from "../../src/extract/index.js";
import type { Article } from "../../src/read/article.js";

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

/**
 * The seed format: the first line is a title, unless it starts with "date YYYY-MM-DD", which is then the published
 * date and the rest of that line is body text.
 */
export function parseSeed(raw: string, doc: string): Article {
  const normalised = raw.replace(/\r\n?/g, "\n");
  const dated = /^\s*date\s+(\d{4}-\d{2}-\d{2})[ \t]*/.exec(normalised);
  if (dated) return articleFromText(normalised.slice(dated[0].length).trimEnd(), { published: dated[1]!, doc });
  const nl = normalised.indexOf("\n");
  const title = nl < 0 ? normalised.trim() : normalised.slice(0, nl).trim();
  const body = nl < 0 ? "" : normalised.slice(nl + 1).replace(/^\n+/, "").trimEnd();
  return articleFromText(body, { title, doc });
}

export function loadSeeds(): Article[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => parseSeed(readFileSync(join(SEEDS_DIR, f), "utf8"), basename(f)));
}

export interface EvalSummary {
  people: { f1: number };
  organisations: { f1: number };
  meetingPairs: { f1: number };
  dateAccuracy: number;
}

/** Extracts the articles and scores them with the evaluation script (a copy in test/fixtures) against `goldDir`. */
export function scoreWithEvalScript(articles: readonly Article[], goldDir: string): EvalSummary {
  const pred = join(mkdtempSync(join(tmpdir(), "parley-eval-")), "pred.json");
  writeFileSync(pred, JSON.stringify({ documents: articles.map((a) => toEvalDocument(extractArticle(a))) }));
  const scorer = join(import.meta.dirname, "..", "fixtures", "score.mjs");
  const out = execFileSync(process.execPath, [scorer, "--gold", goldDir, "--pred", pred, "--json"], { encoding: "utf8" });
  return (JSON.parse(out) as { summary: EvalSummary }).summary;
}
