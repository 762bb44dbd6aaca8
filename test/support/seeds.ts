import { fileURLToPath } from "node:url";
import { afterAll, beforeAll } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { startServer, type RunningServer } from "../../src/serve/server.js";
import { testDatabase } from "./db.js";
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

/**
 * A server on port 0 over the seed graph, for end-to-end tests: call in a describe/file body; read `.server`
 * inside tests.
 */
export function useSeedServer(): { readonly db: Database; readonly server: RunningServer } {
  const db = testDatabase();
  const state = { db, server: undefined as unknown as RunningServer };
  beforeAll(async () => {
    await ingestSeeds(db);
    state.server = await startServer({ db, settings: { ...loadConfig({}, "/").server, port: 0 } });
  });
  afterAll(async () => {
    await state.server?.stop();
    await db.close();
  });
  return state;
}
