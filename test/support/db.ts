import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { Database } from "../../src/database/database.js";

/** A connection to the test Neo4j, for integration and e2e tests. */
export function testDatabase(): Database {
  return Database.open(inject("neo4j"));
}

/** A prefix unique to one test, so tests keep to their own data and clean up only what they made. */
export function uniquePrefix(label: string): string {
  return `t-${label}-${randomUUID().slice(0, 8)}-`;
}
