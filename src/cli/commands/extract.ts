import { availableParallelism } from "node:os";
import { toEvalDocument } from "../../extract/index.js";
import type { Extraction } from "../../extract/types.js";
import { createExtractPool } from "../../ingest/extract-pool.js";
import type { Article } from "../../read/article.js";
import { printable } from "../../read/printable.js";
import { readArticles } from "../../read/read-sources.js";
import { parseSeconds, parseSize } from "./ingest.js";

/** `parley extract <paths...> --json`: the extraction in the evaluation format, without a database. */
export async function extractCommand(paths: string[], opts: { json?: boolean; maxSize?: string; docTimeout?: string }): Promise<void> {
  const documents: unknown[] = [];
  let problems = 0;
  const report = (source: string, reason: string) => {
    problems++;
    process.stderr.write(`parley: ${printable(source)}: ${reason}\n`);
  };
  // As in ingest: documents are parsed and extracted on workers, under the per-document time limit.
  const pool = createExtractPool({ threads: availableParallelism(), minThreads: 1, timeLimitMs: parseSeconds("--doc-timeout", opts.docTimeout) });
  let pending: Article[] = [];
  const drain = async () => {
    const results = await pool.extract(pending);
    pending.forEach((article, i) => {
      const r = results[i]!;
      if (r instanceof Error) report(article.source, r.message.startsWith("extraction") ? r.message : `extraction failed: ${r.message}`);
      else documents.push(opts.json ? toEvalDocument(r) : summarise(r));
    });
    pending = [];
  };
  try {
    for await (const event of readArticles(paths, { maxBytes: parseSize(opts.maxSize), parse: pool.parse, concurrency: pool.threads * 2 })) {
      if (event.kind === "rejected") report(event.source, event.reason);
      else if (event.kind === "article") {
        pending.push(event.article);
        if (pending.length >= 64) await drain();
      }
    }
    await drain();
  } finally {
    await pool.close();
  }
  if (opts.json) process.stdout.write(`${JSON.stringify({ documents }, null, 2)}\n`);
  else for (const d of documents) process.stdout.write(`${d}\n`);
  if (problems > 0) process.exitCode = 1;
}

function summarise(x: Extraction): string {
  const meetings = x.meetings.map((m) => `  - ${m.kind} ${m.date ?? "undated"}${m.place ? ` in ${m.place.name}` : ""}: ${m.participants.map((p) => p.name).join(", ")}`);
  return [`${printable(x.doc)}: ${x.people.length} people, ${x.organisations.length} organisations, ${x.meetings.length} meetings`, ...meetings].join("\n");
}
