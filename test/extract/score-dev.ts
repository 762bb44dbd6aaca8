/**
 * Scores the extractor on the held-out development set (test/extract/dev: articles, dev/gold: hand-made gold) with the
 * shared scoring script. Run: npx tsx test/extract/score-dev.ts [--show] [--json] [score.mjs options…]
 *   --show   also prints what was extracted from each article (people, organisations, meetings)
 * The scorer is /work/shared/eval/score.mjs (or the copy in test/fixtures) unless SCORE_MJS names another one.
 * The articles and their gold are described in test/extract/dev/README.md.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractArticle, toEvalDocument } from "../../src/extract/index.js";
import { parseTextArticle } from "../../src/read/parse-text.js";

const DEV_DIR = join(import.meta.dirname, "dev");
const GOLD_DIR = join(DEV_DIR, "gold");
const SHARED = "/work/shared/eval/score.mjs";
const SCORER = process.env.SCORE_MJS ?? (existsSync(SHARED) ? SHARED : join(import.meta.dirname, "..", "fixtures", "score.mjs"));

const args = process.argv.slice(2);
const show = args.includes("--show");
const passThrough = args.filter((a) => a !== "--show");

const documents = readdirSync(DEV_DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => {
    const path = join(DEV_DIR, f);
    return toEvalDocument(extractArticle(parseTextArticle(readFileSync(path, "utf8"), path, f)));
  });

if (show) {
  for (const d of documents) {
    console.log(`== ${d.doc}`);
    console.log(`  people: ${d.people.map((p) => (p.aliases.length ? `${p.name} [${p.aliases.join(", ")}]` : p.name)).join("; ")}`);
    console.log(`  orgs:   ${d.organisations.map((o) => (o.aliases.length ? `${o.name} [${o.aliases.join(", ")}]` : o.name)).join("; ")}`);
    for (const m of d.meetings) console.log(`  meet:   ${m.participants.join(" + ")} | ${m.kind} | ${m.date ?? "-"} | ${m.place ?? "-"} | "${m.quote}"`);
  }
  console.log();
}

const predFile = join(mkdtempSync(join(tmpdir(), "parley-dev-")), "pred.json");
writeFileSync(predFile, `${JSON.stringify({ documents }, null, 2)}\n`);
const r = spawnSync(process.execPath, [SCORER, "--gold", GOLD_DIR, "--pred", predFile, ...passThrough], { stdio: "inherit" });
process.exit(r.status ?? 1);
