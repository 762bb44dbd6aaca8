/**
 * Extraction throughput on one core: the seed articles, then a larger synthetic corpus made from them
 * (paragraphs shuffled and names perturbed). Run: npx tsx bench/extract-speed.ts [seconds]
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../src/read/article.js";
import { extractArticle } from "../src/extract/index.js";

const seedsDir = join(import.meta.dirname, "..", "seeds");
const seconds = Number(process.argv[2] ?? 3);

function article(text: string, doc: string, published: string | null): Article {
  return { id: doc, source: doc, doc, title: null, url: null, published, text, contentHash: doc };
}

const seeds: Article[] = readdirSync(seedsDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => {
    const raw = readFileSync(join(seedsDir, f), "utf8");
    const dated = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*/.exec(raw);
    return article(dated ? raw.slice(dated[0].length) : raw, f, dated ? dated[1]! : null);
  });

// A deterministic pseudo-random generator keeps runs comparable.
let state = 42;
const rand = (): number => ((state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32);
const SWAPS: [RegExp, string][] = [
  [/Assad/g, "Okonkwo"], [/Putin/g, "Lindqvist"], [/Khaji/g, "Moreau"], [/Mekdad/g, "Tanaka"], [/Raisi/g, "Kowalski"],
  [/Syria/g, "Kenya"], [/Moscow/g, "Nairobi"], [/Tehran/g, "Lagos"], [/Russia/g, "Brazil"], [/Iran/g, "Chile"],
];

function synthetic(n: number): Article[] {
  const paragraphs = seeds.flatMap((a) => a.text.split(/\n+/)).filter((p) => p.trim().length > 0);
  const out: Article[] = [];
  for (let i = 0; i < n; i++) {
    const parts: string[] = [];
    const count = 8 + Math.floor(rand() * 20);
    for (let k = 0; k < count; k++) parts.push(paragraphs[Math.floor(rand() * paragraphs.length)]!);
    let text = parts.join("\n\n");
    for (const [re, to] of SWAPS) if (rand() < 0.5) text = text.replace(re, to);
    out.push(article(text, `synthetic-${i}`, rand() < 0.5 ? "2024-07-23" : null));
  }
  return out;
}

function run(label: string, corpus: readonly Article[]): void {
  const bytes = corpus.reduce((s, a) => s + Buffer.byteLength(a.text, "utf8"), 0);
  for (let k = 0; k < 3; k++) for (const a of corpus) extractArticle(a); // warm-up: the JIT settles
  let articles = 0;
  let total = 0;
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < seconds) {
    for (const a of corpus) extractArticle(a);
    articles += corpus.length;
    total += bytes;
    elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  }
  const c = process.cpuUsage(c0);
  // CPU time of this process: the per-core figure even when other work shares the machine.
  const cpu = (c.user + c.system) / 1e6;
  console.log(
    `${label.padEnd(10)} ${corpus.length} articles, ${(bytes / 1e3).toFixed(0)} kB/pass: ` +
      `${(articles / cpu).toFixed(0)} articles/s, ${(total / 1e6 / cpu).toFixed(2)} MB/s per CPU-second ` +
      `(wall clock: ${(total / 1e6 / elapsed).toFixed(2)} MB/s over ${elapsed.toFixed(1)} s)`,
  );
}

const t0 = process.hrtime.bigint();
extractArticle(seeds[0]!);
console.log(`first call (gazetteers loaded): ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)} ms`);
const corpus = synthetic(200);
for (const a of corpus) extractArticle(a);
run("seeds", seeds);
run("synthetic", corpus);
