import { rm } from "node:fs/promises";
import type { TestProject } from "vitest/node";
import { stopLocalNeo4j } from "../../src/database/local-neo4j.js";
import { loadConfig } from "../../src/config/config.js";
import { Database, type Connection } from "../../src/database/database.js";
import { migrate } from "../../src/database/migrate.js";
import { provideDatabase, type ProvidedDatabase } from "../../src/database/provision.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Connection & { source: string };
  }
}

// The integration and e2e projects both list this file; they share one database through this cache.
interface Shared {
  provided: Promise<ProvidedDatabase>;
  users: number;
}
const KEY = Symbol.for("parley.test.neo4j");
const store = globalThis as unknown as Record<symbol, Shared | undefined>;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let shared = store[KEY];
  if (!shared) {
    const root = new URL("../../", import.meta.url).pathname.replace(/\/$/, "");
    // NEO4J_URI wins; otherwise a throwaway local Neo4j on a free port, apart from `npm start`'s data.
    const config = loadConfig({ PARLEY_DATA_DIR: `${root}/.parley/test-neo4j`, ...process.env }, root);
    if (!config.neo4j.uri) {
      // A throwaway database: start every run from an empty one.
      await stopLocalNeo4j(config.neo4j.dataDir);
      await rm(config.neo4j.dataDir, { recursive: true, force: true });
    }
    shared = { provided: startAndMigrate(config, root), users: 0 };
    store[KEY] = shared;
  }
  shared.users++;
  const provided = await shared.provided;
  project.provide("neo4j", { ...provided.connection, source: provided.source });
  return async () => {
    if (--shared!.users === 0) {
      store[KEY] = undefined;
      await provided.stop();
    }
  };
}

async function startAndMigrate(config: ReturnType<typeof loadConfig>, root: string): Promise<ProvidedDatabase> {
  const provided = await provideDatabase(config.neo4j, { projectRoot: root, boltPort: 0 });
  const db = Database.open(provided.connection);
  try {
    const info = await db.verify();
    await migrate(db);
    process.stdout.write(`[parley tests] Neo4j ${info.version} ${info.edition} from ${describe(provided.source)} at ${provided.connection.uri}\n`);
  } finally {
    await db.close();
  }
  return provided;
}

function describe(source: ProvidedDatabase["source"]): string {
  switch (source) {
    case "uri":
      return "NEO4J_URI";
    case "docker":
      return "testcontainers (Docker)";
    case "local":
      return "the Java launcher (embedded Neo4j Community)";
  }
}
