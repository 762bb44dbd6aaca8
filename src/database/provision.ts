import { existsSync } from "node:fs";
import type { Neo4jSettings } from "../config/config.js";
import { DatabaseError } from "../errors.js";
import type { Logger } from "../log.js";
import { silentLogger } from "../log.js";
import type { Connection } from "./database.js";
import { startLocalNeo4j } from "./local-neo4j.js";

/** A Bolt endpoint and how to give it back. The rest of Parley only ever sees `connection`. */
export interface ProvidedDatabase {
  readonly connection: Connection;
  /** Which way it was obtained: an existing server, a Docker container, or the local Java launcher. */
  readonly source: "uri" | "docker" | "local";
  /** Stops what this call started; a no-op for an existing server or a launcher already running. */
  stop(): Promise<void>;
}

export interface ProvideOptions {
  readonly projectRoot: string;
  /** Bolt port for a local server; 0 picks a free one. */
  readonly boltPort?: number;
  /** Keep the local server running after this process exits (`parley db start`). */
  readonly detached?: boolean;
  /** Extra JVM options for a local server, e.g. ["-Xmx4g"] (the benchmark sizes heap and page cache). */
  readonly javaOpts?: string[];
  /** Extra launcher flags for a local server, e.g. ["--page-cache", "4g"]. */
  readonly launcherArgs?: string[];
  readonly log?: Logger;
}

/**
 * One way to get a database, in this order: NEO4J_URI when set; else a testcontainers Neo4j when a Docker
 * engine answers; else the embedded Neo4j started by the project's Java launcher.
 */
export async function provideDatabase(settings: Neo4jSettings, options: ProvideOptions): Promise<ProvidedDatabase> {
  const log = options.log ?? silentLogger;
  const provider = settings.provider;
  if (provider === "uri" || (provider === "auto" && settings.uri)) {
    if (!settings.uri) throw new DatabaseError("DATABASE_UNAVAILABLE", "NEO4J_URI is not set. Set it to a Bolt URI such as bolt://localhost:7687.");
    return { connection: existingConnection(settings, settings.uri), source: "uri", stop: async () => {} };
  }
  if (provider === "docker" || (provider === "auto" && (await dockerAnswers(settings.dockerHost)))) {
    return startContainer(settings, log);
  }
  return startLocal(settings, options, log);
}

function existingConnection(settings: Neo4jSettings, uri: string): Connection {
  return { uri, user: settings.user, password: settings.password, database: settings.database };
}

/** Cheap check before asking testcontainers, whose own discovery is slow when no engine exists. */
async function dockerAnswers(dockerHost: string | undefined): Promise<boolean> {
  if (!dockerHost && !existsSync("/var/run/docker.sock")) return false;
  try {
    const { getContainerRuntimeClient } = await import("testcontainers");
    await Promise.race([
      getContainerRuntimeClient(),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 5_000)),
    ]);
    return true;
  } catch {
    return false;
  }
}

async function startContainer(settings: Neo4jSettings, log: Logger): Promise<ProvidedDatabase> {
  log.info({ image: settings.image }, "starting Neo4j in Docker (testcontainers)");
  const { Neo4jContainer } = await import("@testcontainers/neo4j");
  const container = await new Neo4jContainer(settings.image).withApoc().withPassword(settings.password).start();
  log.info({ uri: container.getBoltUri() }, "Neo4j container ready");
  return {
    connection: { uri: container.getBoltUri(), user: container.getUsername(), password: container.getPassword(), database: settings.database },
    source: "docker",
    stop: async () => {
      await container.stop();
    },
  };
}

async function startLocal(settings: Neo4jSettings, options: ProvideOptions, log: Logger): Promise<ProvidedDatabase> {
  log.info({ dataDir: settings.dataDir }, "starting the local Neo4j (Java launcher)");
  try {
    const server = await startLocalNeo4j({
      projectRoot: options.projectRoot,
      dataDir: settings.dataDir,
      boltPort: options.boltPort,
      detached: options.detached,
      javaOpts: options.javaOpts,
      launcherArgs: options.launcherArgs,
      log: (line) => log.info(line),
    });
    log.info({ uri: server.uri, pid: server.pid }, "local Neo4j ready");
    return { connection: existingConnection(settings, server.uri), source: "local", stop: () => server.stop() };
  } catch (error) {
    throw new DatabaseError(
      "DATABASE_UNAVAILABLE",
      `No Neo4j could be started: ${error instanceof Error ? error.message : String(error)}. ` +
        "Set NEO4J_URI to an existing server, start a Docker engine, or install Java 17+ and Maven for the local one.",
      {},
      { cause: error },
    );
  }
}
