import { fileURLToPath } from "node:url";
import type { Database } from "../../src/database/database.js";
import { ingest, type IngestSummary } from "../../src/ingest/ingest.js";
import { DEFAULT_MAX_BYTES } from "../../src/read/read-sources.js";

export const SEEDS_DIR = fileURLToPath(new URL("../../seeds/", import.meta.url));

/**
 * The seed articles are a shared, read-only fixture: loaded idempotently by any test that needs them and never
 * deleted, so tests can run in any order against one database.
 */
export function ingestSeeds(db: Database, options: { force?: boolean } = {}): Promise<IngestSummary> {
  return ingest(db, { inputs: [SEEDS_DIR], maxBytes: DEFAULT_MAX_BYTES, force: options.force ?? false });
}
