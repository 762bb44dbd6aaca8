/**
 * Times the bulk load's parts at one size, with the garbage collector's share of each: plan + fold, the CSV
 * files, and the import tool (which can be re-run on the same CSV with other options).
 *
 *   NODE_OPTIONS="--max-old-space-size=20480 --max-semi-space-size=256" npx tsx bench/bulk-probe.ts --size 100000 [--keep DIR] [--csv-only | --from-csv]
 *
 * DIR (default /tmp/bulk-probe) keeps the CSV (DIR/csv) and the imported store (DIR/store); --from-csv
 * re-runs only the import on the CSV a previous run kept there.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { PerformanceObserver } from "node:perf_hooks";
import { launcherJarPath } from "../src/database/local-neo4j.js";
import { runImportTool, writeImportFiles, type ImportFiles } from "../src/load/bulk-import.js";
import { BulkGraph } from "../src/load/bulk-tables.js";
import { planLoad } from "../src/plan/plan.js";
import { articleCount, articles, generateWorld } from "./generate.js";

const { values } = parseArgs({ options: { size: { type: "string", default: "100000" }, seed: { type: "string", default: "1" }, keep: { type: "string", default: "/tmp/bulk-probe" }, "from-csv": { type: "boolean", default: false }, "csv-only": { type: "boolean", default: false } } });
const ROOT = resolve(import.meta.dirname, "..");
const dir = resolve(values.keep!);
const csvDir = join(dir, "csv");
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
}).observe({ entryTypes: ["gc"] });
const say = (s: string) => console.log(`[bulk-probe] ${s}`);
const phase = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
  const g = gcMs;
  const t = performance.now();
  const r = await fn();
  await new Promise((ok) => setTimeout(ok, 100)); // the observer hears of collections a tick later
  say(`${name}: ${((performance.now() - t) / 1000).toFixed(1)} s (GC ${((gcMs - g) / 1000).toFixed(1)} s), heap ${(process.memoryUsage().heapUsed / 2 ** 30).toFixed(1)} GB`);
  return r;
};

let files: ImportFiles;
if (values["from-csv"]) {
  files = JSON.parse(await readFile(join(dir, "files.json"), "utf8")) as ImportFiles;
} else {
  const size = Number(values.size);
  const world = generateWorld(size, Number(values.seed));
  const corpus = [...articles(world, 0, articleCount(world))];
  const graph = await phase("plan + fold", () => {
    const g = new BulkGraph();
    g.add(planLoad(corpus));
    return g;
  });
  corpus.length = 0;
  await rm(csvDir, { recursive: true, force: true });
  files = await phase("CSV", () => writeImportFiles(graph, csvDir));
  await writeFile(join(dir, "files.json"), JSON.stringify(files));
  say(`${files.nodes} nodes, ${files.relationships} relationships`);
}
if (!values["csv-only"]) {
  const dataDir = join(dir, "store");
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  await phase("import", () => runImportTool({ libDir: join(launcherJarPath(ROOT), "..", "lib"), dataDir, files, overwrite: false, onOutput: (l) => process.env["VERBOSE"] && say(l) }));
}
