import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { Neo4jError } from "neo4j-driver";
import { ParleyError, type ErrorCode } from "../errors.js";
import { mapDriverError } from "../database/errors.js";
import type { Logger } from "../log.js";

/** GraphQL error codes that come from the request itself rather than from Parley. */
const CLIENT_CODES = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT", "BAD_REQUEST", "PERSISTED_QUERY_NOT_FOUND", "OPERATION_RESOLUTION_FAILURE", "UNAUTHENTICATED", "FORBIDDEN"]);

/**
 * What API clients are told about database trouble: the code and what to do, never the server's address,
 * driver internals or Neo4j's own messages (those go to the log).
 */
const PUBLIC_DATABASE_MESSAGES: Partial<Record<ErrorCode, string>> = {
  DATABASE_UNAVAILABLE: "The database is not reachable right now; Parley keeps trying it. Try again in a few seconds.",
  DATABASE_AUTH_FAILED: "The database refused the server's credentials; the server's operator must fix its configuration.",
};
/** Errors of Parley's own that are about the request, passed on as they are. */
const REQUEST_CODES = new Set<ErrorCode>(["INPUT_INVALID", "ACTOR_NOT_FOUND", "ACTOR_AMBIGUOUS", "DATABASE_TIMEOUT"]);

/**
 * Every error leaves the API as a GraphQL error with a code and a message that says what to do; never a
 * stack trace. Driver errors are mapped here; unknown errors are logged in full and reported generically.
 */
export function formatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.["code"];
    if (typeof code === "string" && CLIENT_CODES.has(code)) return withoutStack(formatted);
    let parley: ParleyError | undefined;
    if (original instanceof ParleyError) parley = original;
    else if (original instanceof Neo4jError || isDriverLike(original)) parley = mapDriverError(original, "query");
    const libraryCode = libraryErrorCode(original);
    if (libraryCode) return { message: formatted.message, path: formatted.path, extensions: { code: libraryCode } };
    if (parley && REQUEST_CODES.has(parley.code)) {
      const details = parley.code === "DATABASE_TIMEOUT" ? {} : parley.details;
      return { message: parley.message, path: formatted.path, extensions: { code: parley.code, ...details } };
    }
    const publicMessage = parley ? PUBLIC_DATABASE_MESSAGES[parley.code] : undefined;
    if (parley && publicMessage) {
      if (parley.code !== "DATABASE_UNAVAILABLE") log.error({ err: parley }, "database error while answering a request");
      return { message: publicMessage, path: formatted.path, extensions: { code: parley.code } };
    }
    if (original instanceof GraphQLError && typeof code === "string" && code !== "INTERNAL_SERVER_ERROR") {
      return withoutStack(formatted);
    }
    // A GraphQLError raised by graphql-js itself (not wrapping a thrown error) is about the request.
    if (original instanceof GraphQLError && !original.originalError) {
      return { message: formatted.message, path: formatted.path, extensions: { code: "BAD_REQUEST" } };
    }
    log.error({ err: original }, "unexpected error while answering a request");
    return { message: "Internal error; it has been logged. Try again, and report it if it persists.", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}

/** Errors @neo4j/graphql raises about the request, by class name (they subclass GraphQLError). */
const LIBRARY_ERRORS: Record<string, string> = {
  Neo4jGraphQLAuthenticationError: "UNAUTHENTICATED",
  Neo4jGraphQLForbiddenError: "FORBIDDEN",
  Neo4jGraphQLConstraintValidationError: "BAD_USER_INPUT",
  Neo4jGraphQLRelationshipValidationError: "BAD_USER_INPUT",
};

/** @neo4j/graphql throws its auth errors as plain Neo4jGraphQLError("Unauthenticated" | "Forbidden") too. */
function libraryErrorCode(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const cls = error.constructor?.name ?? "";
  if (LIBRARY_ERRORS[cls]) return LIBRARY_ERRORS[cls];
  if (cls === "Neo4jGraphQLError") return error.message === "Unauthenticated" ? "UNAUTHENTICATED" : error.message === "Forbidden" ? "FORBIDDEN" : "BAD_REQUEST";
  return undefined;
}

function isDriverLike(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === "string" && (code.startsWith("Neo.") || code === "ServiceUnavailable" || code === "SessionExpired");
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !("stacktrace" in formatted.extensions)) return formatted;
  const { stacktrace: _dropped, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
