/**
 * Error codes of a well-formed GraphQL-over-HTTP request whose document or variables are wrong: a syntax
 * error, an unknown field, a bad variable, an argument out of range, an unknown operation name.
 */
const REQUEST_ERROR_CODES = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT", "INPUT_INVALID", "OPERATION_RESOLUTION_FAILURE"]);

/**
 * The status of a GraphQL answer per the GraphQL-over-HTTP spec. Apollo answers request errors with 400
 * whatever the client accepts; the spec asks for that only with `application/graphql-response+json`. A client
 * that accepts only the legacy `application/json` gets 200 with the errors, so that it reads them as a GraphQL
 * response. Malformed HTTP requests (bad JSON, no query) keep their 4xx in both cases.
 */
export function graphqlStatus(status: number, contentType: string | undefined, body: string | undefined): number {
  if (status !== 400 || !contentType?.startsWith("application/json") || !body) return status;
  let codes: unknown[];
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: Array<{ extensions?: { code?: unknown } }> };
    if (!Array.isArray(parsed.errors) || parsed.errors.length === 0) return status;
    codes = parsed.errors.map((e) => e.extensions?.code);
  } catch {
    return status;
  }
  return codes.every((c) => typeof c === "string" && REQUEST_ERROR_CODES.has(c)) ? 200 : status;
}
