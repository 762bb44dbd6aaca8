import { fileURLToPath } from "node:url";
import { loadConfig, type Config } from "../config/config.js";
import { Database } from "../database/database.js";
import { localNeo4jStatus } from "../database/local-neo4j.js";
import { migrate } from "../database/migrate.js";
import { provideDatabase, type ProvidedDatabase } from "../database/provision.js";
import { DatabaseError } from "../errors.js";
import { createLogger, type Logger } from "../log.js";

/** dist/cli and src/cli both sit two levels below the project root. */
export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url)).replace(/\/$/, "");

export interface Runtime {
  readonly config: Config;
  readonly log: Logger;
}

export function createRuntime(env: Record<string, string | undefined>, overrides: { logLevel?: string } = {}): Runtime {
  const config = loadConfig(env, PROJECT_ROOT);
  return { config, log: createLogger(overrides.logLevel ?? config.logLevel, "parley", config.logFormat, process.stderr.isTTY === true) };
}

export interface OpenDatabase {
  readonly db: Database;
  readonly provided: ProvidedDatabase;
  close(): Promise<void>;
}

/**
 * A verified, migrated database for a command: NEO4J_URI when set, else a local Neo4j already started by
 * `parley db start`, else one started for this command (and stopped by close()).
 */
export async function openDatabase({ config, log }: Runtime, options: { migrate?: boolean; longRunning?: boolean } = {}): Promise<OpenDatabase> {
  let provided: ProvidedDatabase | undefined;
  if (config.neo4j.provider === "auto" && !config.neo4j.uri) {
    const status = await localNeo4jStatus(config.neo4j.dataDir);
    if (status.running && status.uri && status.owner !== undefined && options.longRunning) {
      // Another `parley start`/`serve` owns this Neo4j and stops it when it stops: a second server on it
      // would lose its database then.
      throw new DatabaseError(
        "DATABASE_UNAVAILABLE",
        `Parley is already running (pid ${status.owner}) with its own Neo4j at ${status.uri} (data in ${config.neo4j.dataDir}). ` +
          "Use that server, stop it first, or run `parley db start` once so that several servers share one database.",
      );
    }
    if (status.running && status.uri) {
      log.info(
        { uri: status.uri, owner: status.owner },
        status.owner !== undefined ? `using the local Neo4j of the Parley process ${status.owner}` : "using the local Neo4j started by `parley db start`",
      );
      provided = {
        connection: { uri: status.uri, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database },
        source: "local",
        stop: async () => {},
      };
    }
  }
  provided ??= await provideDatabase(config.neo4j, { projectRoot: config.projectRoot, log });
  const db = Database.open(provided.connection, log);
  const close = async () => {
    await db.close();
    await provided.stop();
  };
  try {
    const info = await db.verify();
    log.info({ uri: provided.connection.uri, source: provided.source, version: info.version }, "connected to Neo4j");
    if (options.migrate !== false) await migrate(db, log);
  } catch (error) {
    await close();
    throw error;
  }
  return { db, provided, close };
}
