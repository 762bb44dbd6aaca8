import { Neo4jError } from "neo4j-driver";
import { DatabaseError, ParleyError } from "../errors.js";

/**
 * The one place driver errors become Parley errors. Unknown errors are wrapped with their code kept,
 * never swallowed.
 */
export function mapDriverError(error: unknown, what: string): ParleyError {
  if (error instanceof ParleyError) return error;
  const code = error instanceof Neo4jError ? error.code : (error as { code?: string })?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === "ServiceUnavailable" || code === "SessionExpired" || code === "ECONNREFUSED" || /connect ECONNREFUSED|Connection was closed|Pool is closed/.test(message)) {
    return new DatabaseError(
      "DATABASE_UNAVAILABLE",
      `Neo4j is not reachable (${what}): ${firstLine(message)}. Check that the database is running (parley db status) or that NEO4J_URI is right.`,
      { driverCode: code },
      { cause: error },
    );
  }
  if (code?.startsWith("Neo.ClientError.Transaction.TransactionTimedOut") || code === "Neo.TransientError.Transaction.LockClientStopped") {
    return new DatabaseError(
      "DATABASE_TIMEOUT",
      `The query took too long and was stopped (${what}). Narrow it: fewer hops, a date window, or a smaller page.`,
      { driverCode: code },
      { cause: error },
    );
  }
  if (code === "Neo.ClientError.Security.Unauthorized" || code === "Neo.ClientError.Security.AuthenticationRateLimit") {
    return new DatabaseError(
      "DATABASE_AUTH_FAILED",
      `Neo4j refused the credentials (${what}). Set NEO4J_USER and NEO4J_PASSWORD to a valid user.`,
      { driverCode: code },
      { cause: error },
    );
  }
  return new DatabaseError("DATABASE_ERROR", `Neo4j failed (${what}): ${firstLine(message)}`, { driverCode: code }, { cause: error });
}

function firstLine(s: string): string {
  return s.split("\n")[0]!.slice(0, 300);
}
