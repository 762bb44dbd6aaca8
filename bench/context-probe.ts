/**
 * How much graph context a transactional batch reads as the graph grows, without a database: for every
 * batch of --batch articles of a generated world, the name forms of the batch's families already loaded
 * and the reports of the meeting groups it touches already loaded (what load/name-families and
 * load/group-reports return), printed at every tenth of the corpus.
 *
 *   npx tsx bench/context-probe.ts [--meetings 100000] [--batch 200]
 */
import { parseArgs } from "node:util";
import { nameKey } from "../src/identity/names.js";
import { familyOf } from "../src/identity/settle.js";
import { articleCount, articles, generateWorld } from "./generate.js";

const { values: f } = parseArgs({ options: { meetings: { type: "string", default: "100000" }, batch: { type: "string", default: "200" } } });
const world = generateWorld(Number(f.meetings), 1);
const total = articleCount(world);
const batch = Number(f.batch);
const keysByFamily = new Map<string, Set<string>>();
const reportsByGroup = new Map<string, number>();
let window = { batches: 0, forms: 0, reports: 0 };
for (let from = 0; from < total; from += batch) {
  const b = [...articles(world, from, Math.min(total, from + batch))];
  const families = new Set<string>();
  const groups = new Set<string>();
  for (const { extraction } of b) {
    for (const p of extraction.people) families.add(familyOf(nameKey(p.name)));
    for (const m of extraction.meetings) groups.add([...new Set(m.participants.map((p) => nameKey(p.name)))].sort().join(",") + m.kind);
  }
  window.batches++;
  for (const fam of families) window.forms += keysByFamily.get(fam)?.size ?? 0;
  for (const g of groups) window.reports += reportsByGroup.get(g) ?? 0;
  for (const { extraction } of b) {
    for (const p of extraction.people) {
      const k = nameKey(p.name);
      const fam = familyOf(k);
      keysByFamily.set(fam, (keysByFamily.get(fam) ?? new Set()).add(k));
    }
    for (const m of extraction.meetings) {
      const g = [...new Set(m.participants.map((p) => nameKey(p.name)))].sort().join(",") + m.kind;
      reportsByGroup.set(g, (reportsByGroup.get(g) ?? 0) + 1);
    }
  }
  const done = Math.min(total, from + batch);
  if (Math.floor((done * 10) / total) !== Math.floor((from * 10) / total) || done === total) {
    console.log(`${Math.round((done * 100) / total)}% loaded: per batch, name forms read ${Math.round(window.forms / window.batches)}, group reports read ${Math.round(window.reports / window.batches)}`);
    window = { batches: 0, forms: 0, reports: 0 };
  }
}
const sizes = [...keysByFamily.values()].map((s) => s.size).sort((a, b) => b - a);
console.log(`families ${sizes.length}, largest ${sizes.slice(0, 5).join(", ")}, keys ${sizes.reduce((a, b) => a + b, 0)}`);
