import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Database } from "../database/database.js";
import { mapDriverError } from "../database/errors.js";
import { ConfigError } from "../errors.js";
import { withStableOrder } from "./stable-order.js";

const SCHEMA_FILE = fileURLToPath(new URL("../../schema.graphql", import.meta.url));

export interface SchemaOptions {
  readonly readOnly: boolean;
  /** HS256 secret for JWTs; when set, every write needs a valid bearer token. */
  readonly jwtSecret?: string | undefined;
  /** Extra resolvers for fields the schema declares without @neo4j/graphql directives (the traversals). */
  readonly resolvers?: Record<string, Record<string, unknown>>;
  /** Extra type definitions that go with `resolvers`. */
  readonly extraTypeDefs?: string;
}

export function readTypeDefs(): string {
  return readFileSync(SCHEMA_FILE, "utf8");
}

/**
 * Builds the executable schema: the generated @neo4j/graphql API over schema.graphql, plus Parley's own
 * traversal resolvers. Read-only unless configured otherwise: generated mutations are switched off.
 */
export async function buildSchema(db: Database, options: SchemaOptions): Promise<GraphQLSchema> {
  if (!options.readOnly && !options.jwtSecret) {
    throw new ConfigError("PARLEY_READ_ONLY=false opens the API to writes; set PARLEY_JWT_SECRET (16+ characters) so that writes need a signed token");
  }
  const typeDefs = [
    readTypeDefs(),
    options.extraTypeDefs ?? "",
    options.readOnly
      ? "extend schema @mutation(operations: [])"
      : "extend schema @authentication(operations: [CREATE, UPDATE, DELETE, CREATE_RELATIONSHIP, DELETE_RELATIONSHIP])",
  ].join("\n");
  const neoSchema = new Neo4jGraphQL({
    typeDefs,
    driver: db.driver,
    ...(options.resolvers ? { resolvers: options.resolvers } : {}),
    // Only the documented algorithm: a token signed with any other (HS512, none…) is refused.
    ...(options.jwtSecret ? { features: { authorization: { key: options.jwtSecret, verifyOptions: { algorithms: ["HS256"] } } } } : {}),
  });
  const schema = withStableOrder(await neoSchema.getSchema());
  try {
    await neoSchema.checkNeo4jCompat({ driver: db.driver, sessionConfig: { database: db.databaseName } });
  } catch (error) {
    throw mapDriverError(error, "checking Neo4j compatibility (APOC and version)");
  }
  return schema;
}
