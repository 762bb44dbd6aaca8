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

/**
 * Whether the error says the server cannot be reached at all (refused, timed out, no route, no routing
 * servers), as opposed to a connection that dropped mid-statement, which a retry on a new one may fix.
 */
export function isUnreachable(error: unknown): boolean {
  const code = error instanceof Neo4jError ? error.code : (error as { code?: string })?.code;
  const message = error instanceof Error ? error.message : String(error);
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const text = `${message} ${cause?.code ?? ""} ${cause?.message ?? ""}`;
  if (code === "ECONNREFUSED" || code === "ETIMEDOUT" || code === "EHOSTUNREACH" || code === "ENOTFOUND") return true;
  if (code !== "ServiceUnavailable" && code !== "SessionExpired" && code !== undefined && !code.startsWith("E")) return false;
  return /ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|Failed to connect to server|Connection acquisition timed out|Could not perform discovery|connect ETIMEDOUT|Failed to establish connection in/i.test(text);
}

/** The error for a statement refused at once because the server was already found unreachable. */
export function unavailableError(what: string): DatabaseError {
  return new DatabaseError(
    "DATABASE_UNAVAILABLE",
    `Neo4j is not reachable (${what}); Parley keeps trying it in the background. Check that the database is running (parley db status) or that NEO4J_URI is right.`,
  );
}

function firstLine(s: string): string {
  return s.split("\n")[0]!.slice(0, 300);
}
