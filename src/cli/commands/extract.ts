import { extractArticle, toEvalDocument } from "../../extract/index.js";
import { readArticles } from "../../read/read-sources.js";
import { parseSize } from "./ingest.js";

/** `parley extract <paths...> --json`: the extraction in the evaluation format, without a database. */
export async function extractCommand(paths: string[], opts: { json?: boolean; maxSize?: string }): Promise<void> {
  const documents: unknown[] = [];
  let problems = 0;
  for await (const event of readArticles(paths, { maxBytes: parseSize(opts.maxSize) })) {
    if (event.kind === "rejected") {
      problems++;
      process.stderr.write(`parley: ${event.source}: ${event.reason}\n`);
      continue;
    }
    const extraction = extractArticle(event.article);
    documents.push(opts.json ? toEvalDocument(extraction) : summarise(extraction));
  }
  if (opts.json) process.stdout.write(`${JSON.stringify({ documents }, null, 2)}\n`);
  else for (const d of documents) process.stdout.write(`${d}\n`);
  if (problems > 0) process.exitCode = 1;
}

function summarise(x: ReturnType<typeof extractArticle>): string {
  const meetings = x.meetings.map((m) => `  - ${m.kind} ${m.date ?? "undated"}${m.place ? ` in ${m.place.name}` : ""}: ${m.participants.map((p) => p.name).join(", ")}`);
  return [`${x.doc}: ${x.people.length} people, ${x.organisations.length} organisations, ${x.meetings.length} meetings`, ...meetings].join("\n");
}
