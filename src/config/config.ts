import { z } from "zod";
import { ConfigError } from "../errors.js";

/**
 * Every setting Parley reads from the environment, validated once at start-up.
 * Explicit CLI arguments override these; library code receives the parsed object and never reads process.env.
 */
const booleanish = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const EnvSchema = z.object({
  NEO4J_URI: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, "must be a Bolt URI such as bolt://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io").optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_USERNAME: z.string().min(1).optional(),
  NEO4J_PASSWORD: z.string().default("password"),
  NEO4J_DATABASE: z.string().min(1).optional(),
  PARLEY_DB_PROVIDER: z.enum(["auto", "uri", "docker", "local"]).default("auto"),
  PARLEY_DATA_DIR: z.string().min(1).optional(),
  PARLEY_NEO4J_IMAGE: z.string().min(1).default("neo4j:5.26-community"),
  DOCKER_HOST: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default("127.0.0.1"),
  PARLEY_READ_ONLY: booleanish.default(true),
  PARLEY_INTROSPECTION: booleanish.default(true),
  PARLEY_TX_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  PARLEY_MAX_DEPTH: z.coerce.number().int().positive().default(12),
  PARLEY_MAX_ALIASES: z.coerce.number().int().positive().default(30),
  PARLEY_MAX_COST: z.coerce.number().int().positive().default(20000),
  PARLEY_MAX_PAGE_SIZE: z.coerce.number().int().positive().default(1000),
  PARLEY_JWT_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  PARLEY_WARM_PAGE_CACHE: booleanish.default(true),
  PARLEY_MAX_TOKENS: z.coerce.number().int().positive().default(5000),
  PARLEY_MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_000_000),
  PARLEY_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  PARLEY_CORS_ORIGINS: z
    .string()
    .transform((v) => v.split(",").map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^(\*|https?:\/\/[^/\s]+)$/, "must be * or a comma-separated list of origins such as https://dash.example.org")))
    .optional(),
  PARLEY_GET_CACHE_SECONDS: z.coerce.number().int().min(0).default(60),
  PARLEY_COMPRESSION: booleanish.default(true),
  LOG_FORMAT: z.enum(["auto", "json", "pretty"]).default("auto"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export interface Neo4jSettings {
  /** Bolt URI of an existing server; undefined means "start one". */
  readonly uri: string | undefined;
  readonly user: string;
  readonly password: string;
  readonly database: string | undefined;
  readonly provider: "auto" | "uri" | "docker" | "local";
  /** Where the local (Java) Neo4j keeps its data. */
  readonly dataDir: string;
  readonly image: string;
  /** DOCKER_HOST, when set: a Docker engine to try before the local launcher. */
  readonly dockerHost: string | undefined;
}

export interface ServerSettings {
  readonly port: number;
  readonly host: string;
  readonly readOnly: boolean;
  readonly introspection: boolean;
  readonly txTimeoutMs: number;
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxCost: number;
  readonly maxPageSize: number;
  readonly jwtSecret: string | undefined;
  /** Read the whole graph once at start-up so Neo4j's page cache holds it; /readyz waits for it. */
  readonly warmPageCache: boolean;
  /** Most lexical tokens a GraphQL document may have (checked by the parser itself). */
  readonly maxTokens: number;
  /** Largest request body accepted; bigger ones get 413. */
  readonly maxBodyBytes: number;
  /** On SIGTERM, how long requests in flight may take to finish before their connections are closed. */
  readonly shutdownTimeoutMs: number;
  /** Origins allowed to call the API from a browser; empty means no CORS headers at all. */
  readonly corsOrigins: readonly string[];
  /** max-age of successful GET /graphql answers (0: no-cache). */
  readonly getCacheSeconds: number;
  /** gzip / brotli for clients that accept them. */
  readonly compression: boolean;
}

export interface Config {
  readonly projectRoot: string;
  readonly neo4j: Neo4jSettings;
  readonly server: ServerSettings;
  readonly logLevel: z.infer<typeof EnvSchema>["LOG_LEVEL"];
  /** `auto`: readable lines when stderr is a terminal, JSON otherwise. */
  readonly logFormat: z.infer<typeof EnvSchema>["LOG_FORMAT"];
}

export function loadConfig(env: Record<string, string | undefined>, projectRoot: string): Config {
  const parsed = EnvSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0] ?? "");
    throw new ConfigError(`${key}=${JSON.stringify(env[key] ?? "")} is not valid: ${issue.message}`);
  }
  const e = parsed.data;
  if (e.PARLEY_DB_PROVIDER === "uri" && !e.NEO4J_URI) {
    throw new ConfigError("PARLEY_DB_PROVIDER=uri needs NEO4J_URI, e.g. NEO4J_URI=bolt://localhost:7687");
  }
  return {
    projectRoot,
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USERNAME ?? e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      provider: e.NEO4J_URI && e.PARLEY_DB_PROVIDER === "auto" ? "uri" : e.PARLEY_DB_PROVIDER,
      dataDir: e.PARLEY_DATA_DIR ?? `${projectRoot}/.parley/neo4j`,
      image: e.PARLEY_NEO4J_IMAGE,
      dockerHost: e.DOCKER_HOST,
    },
    server: {
      port: e.PORT,
      host: e.HOST,
      readOnly: e.PARLEY_READ_ONLY,
      introspection: e.PARLEY_INTROSPECTION,
      txTimeoutMs: e.PARLEY_TX_TIMEOUT_MS,
      maxDepth: e.PARLEY_MAX_DEPTH,
      maxAliases: e.PARLEY_MAX_ALIASES,
      maxCost: e.PARLEY_MAX_COST,
      maxPageSize: e.PARLEY_MAX_PAGE_SIZE,
      jwtSecret: e.PARLEY_JWT_SECRET,
      warmPageCache: e.PARLEY_WARM_PAGE_CACHE,
      maxTokens: e.PARLEY_MAX_TOKENS,
      maxBodyBytes: e.PARLEY_MAX_BODY_BYTES,
      shutdownTimeoutMs: e.PARLEY_SHUTDOWN_TIMEOUT_MS,
      corsOrigins: e.PARLEY_CORS_ORIGINS ?? [],
      getCacheSeconds: e.PARLEY_GET_CACHE_SECONDS,
      compression: e.PARLEY_COMPRESSION,
    },
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
  };
}

/** Treat `FOO=` like an unset variable, as shells and compose files often produce it. */
function stripEmpty(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== "") out[k] = v;
  return out;
}
