/** What the load-plan tests share: the statements a load runs, and the patterns that let a cached plan scan. */
import { readdirSync } from "node:fs";

/** Every statement in cypher/load but the bulk finish, which scans on purpose (once, after an import). */
export const LOAD_STATEMENTS = readdirSync(new URL("../../cypher/load/", import.meta.url))
  .filter((f) => f.endsWith(".cypher") && f !== "bulk-finish.cypher")
  .map((f) => `load/${f.replace(/\.cypher$/, "")}`)
  .sort();

const NODE = String.raw`\(\s*\w*\s*(?::\s*\w+)?\s*(?:\{[^{}]*\})?\s*\)`;
const REL = String.raw`<?-(?:\[[^\]]*\])?->?`;
const CHAIN = new RegExp(`${NODE}(?:${REL}${NODE})*`, "g");
const PARTS = /^\(\s*(\w*)\s*(?::\s*(\w+))?\s*(?:\{\s*(\w+)\s*:[^{}]*\})?\s*\)$/;

/**
 * The places in a statement where the planner could start from a scan: a labelled node without a key in a
 * walk (a label scan, then Expand(Into) to the bound end), a lookup by a property other than the unique `id`
 * without a `USING INDEX` hint (an index scan and a filter), and a lone labelled node without a key or a hint.
 */
export function planHazards(text: string): string[] {
  const hazards: string[] = [];
  for (const match of text.matchAll(CHAIN)) {
    const chain = match[0];
    const nodes = chain.match(new RegExp(NODE, "g")) ?? [];
    for (const node of nodes) {
      const [, variable, label, key] = node.match(PARTS) ?? [];
      if (!label) continue;
      if (key && key !== "id" && !text.includes(`USING INDEX ${variable}:${label}(${key})`)) hazards.push(`${node} without USING INDEX ${variable}:${label}(${key})`);
      if (key) continue;
      if (nodes.length > 1) hazards.push(`${node} in ${chain}`);
      else if (!variable || !text.includes(`USING INDEX ${variable}:${label}(`)) hazards.push(`${node} alone without USING INDEX ${variable}:${label}(…)`);
    }
  }
  return hazards;
}
