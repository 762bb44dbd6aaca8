/**
 * Times the bulk load's in-memory part at a few sizes: planning the whole corpus (planLoad, the same code as
 * the transactional load) and folding it (BulkGraph), so its growth with the corpus shows.
 *
 *   npx tsx bench/plan-probe.ts [--sizes 10000,30000,100000] [--seed 1] [--batch 200]
 *
 * With --batch N the corpus is planned N articles at a time, as the transactional load plans it (with no
 * graph context), and not folded.
 */
import { parseArgs } from "node:util";
import { BulkGraph } from "../src/load/bulk-tables.js";
import { planLoad } from "../src/plan/plan.js";
import { articleCount, articles, generateWorld } from "./generate.js";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "10000,30000,100000" }, seed: { type: "string", default: "1" }, batch: { type: "string" } } });
for (const size of values.sizes!.split(",").map(Number)) {
  const world = generateWorld(size, Number(values.seed));
  let t = performance.now();
  const batch = [...articles(world, 0, articleCount(world))];
  const generate = performance.now() - t;
  t = performance.now();
  if (values.batch) {
    const n = Number(values.batch);
    for (let from = 0; from < batch.length; from += n) planLoad(batch.slice(from, from + n));
    const ms = performance.now() - t;
    console.log(`${size} meetings: planned ${n} articles at a time in ${(ms / 1000).toFixed(1)} s (${((ms * 1000) / size).toFixed(1)} µs/meeting)`);
    continue;
  }
  const plan = planLoad(batch);
  const planMs = performance.now() - t;
  t = performance.now();
  const graph = new BulkGraph();
  graph.add(plan);
  graph.coAttendance();
  const foldMs = performance.now() - t;
  const us = (ms: number) => ((ms * 1000) / size).toFixed(1);
  const heapGb = (process.memoryUsage().heapUsed / 2 ** 30).toFixed(1);
  console.log(`${size} meetings: generate ${(generate / 1000).toFixed(1)} s, plan ${(planMs / 1000).toFixed(1)} s (${us(planMs)} µs/meeting), fold ${(foldMs / 1000).toFixed(1)} s (${us(foldMs)} µs/meeting), heap ${heapGb} GB with plan and graph alive`);
}
