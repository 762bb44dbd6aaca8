/**
 * The few named errors Parley raises. Each carries a stable code (used as the GraphQL `extensions.code`
 * and in CLI output) and a message that says what went wrong and what to do about it.
 */
export type ErrorCode =
  | "CONFIG_INVALID"
  | "DATABASE_UNAVAILABLE"
  | "DATABASE_TIMEOUT"
  | "DATABASE_AUTH_FAILED"
  | "DATABASE_UNSUPPORTED"
  | "DATABASE_ERROR"
  | "INPUT_INVALID"
  | "ACTOR_NOT_FOUND"
  | "ACTOR_AMBIGUOUS"
  | "ARTICLE_REJECTED";

export class ParleyError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class ConfigError extends ParleyError {
  constructor(message: string) {
    super("CONFIG_INVALID", message);
  }
}

export class DatabaseError extends ParleyError {}

export class InputError extends ParleyError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super("INPUT_INVALID", message, details);
  }
}

/** Keeps switches exhaustive: the compiler rejects a call that some case can reach. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}
