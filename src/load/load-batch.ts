import { statement } from "../database/cypher.js";
import { nameFormId } from "../identity/ids.js";
import type { Database, Transaction } from "../database/database.js";
import { familiesToSettle, keysOf, planLoad, readsNeeded, type ExtractedArticle, type GraphContext, type KnownNameForm, type KnownReport, type LoadPlan, type MoveRow } from "../plan/plan.js";
import { writePlan, type LoadCounts } from "./apply.js";

const S = {
  keys: statement("load/name-keys"),
  families: statement("load/name-families"),
  groups: statement("load/group-reports"),
  leaving: statement("load/leaving-reports"),
};

/**
 * Loads a batch with identity settled against the whole graph, in one transaction: reads the batch's known
 * names, every known name of the families it brings something new to, and every report of the meeting groups
 * it touches, plans (pure), then writes.
 * So a surname or an undated report is settled the same whether the rest of the corpus came in this batch,
 * an earlier one or an earlier run.
 */
export async function loadBatch(db: Database, batch: readonly ExtractedArticle[]): Promise<{ plan: LoadPlan; counts: LoadCounts }> {
  return db.writeTransaction(`loading ${batch.length} article(s)`, async (tx) => {
    const context = await readContext(tx, batch);
    const plan = planLoad(batch, context);
    return { plan, counts: await writePlan(tx, plan) };
  });
}

/** What the graph holds of the batch's names and meetings; reads until the planner needs nothing more. */
export async function readContext(tx: Transaction, batch: readonly ExtractedArticle[]): Promise<GraphContext> {
  // The batch's own keys first; whole families only where the batch brings a new key or form.
  const own = await tx.run<KnownNameForm & Record<string, unknown>>(S.keys, { ids: keysOf(batch).map(nameFormId) });
  const families = familiesToSettle(batch, own);
  const whole = families.length > 0 ? await tx.run<KnownNameForm & Record<string, unknown>>(S.families, { families }) : [];
  const nameForms = [...new Map([...own, ...whole].map((k) => [k.key, k])).values()];
  const reports = new Map<string, KnownReport>();
  const readGroups = new Set<string>();
  const readMoves = new Set<string>();
  // Each round may find reports whose new or old group was not read yet; groups only grow, so this ends.
  for (let round = 0; round < 20; round++) {
    const need = readsNeeded(batch, { nameForms, reports: [...reports.values()] });
    const groups = need.groups.filter((g) => !readGroups.has(g));
    const leaving = need.leaving.filter((m) => !readMoves.has(moveKey(m)));
    if (groups.length === 0 && leaving.length === 0) break;
    for (const g of groups) readGroups.add(g);
    for (const m of leaving) readMoves.add(moveKey(m));
    const rows = [
      ...(groups.length > 0 ? await tx.run<KnownReport & Record<string, unknown>>(S.groups, { groups }) : []),
      ...(leaving.length > 0 ? await tx.run<KnownReport & Record<string, unknown>>(S.leaving, { moves: leaving }) : []),
    ];
    for (const r of rows) reports.set(r.evidenceId, r);
  }
  return { nameForms, reports: [...reports.values()] };
}

const moveKey = (m: MoveRow) => `${m.key}|${m.from}`;
