import { statement } from "./cypher.js";
import type { Database } from "./database.js";

const WARM_PAGE_CACHE = statement("maintenance/warm-page-cache");

/** Long enough for a graph of millions of meetings; the scan runs once, in the background. */
const WARM_UP_TIMEOUT_MS = 15 * 60_000;

export interface WarmUpResult {
  readonly nodes: number;
  readonly relationships: number;
  readonly seconds: number;
}

/**
 * Reads the whole graph once so that Neo4j's page cache holds it (see cypher/maintenance/warm-page-cache).
 * On a graph larger than the page cache it only costs the time of the scan.
 */
export async function warmPageCache(db: Database): Promise<WarmUpResult> {
  const started = performance.now();
  const [row] = await db.read<{ nodes: number; relationships: number }>(WARM_PAGE_CACHE, {}, { timeoutMs: WARM_UP_TIMEOUT_MS });
  return { nodes: row?.nodes ?? 0, relationships: row?.relationships ?? 0, seconds: Math.round((performance.now() - started) / 100) / 10 };
}
