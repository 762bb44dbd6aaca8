import { ParleyError } from "../errors.js";

/**
 * Whether an error means the database itself cannot take writes (unreachable, credentials refused, no such
 * database, no permission), as opposed to one article it could not take. The first ends the run at once: each
 * article retried against a dead server would cost seconds and load nothing.
 */
export function isDatabaseDown(error: unknown): error is ParleyError {
  if (!(error instanceof ParleyError)) return false;
  if (error.code === "DATABASE_UNAVAILABLE" || error.code === "DATABASE_AUTH_FAILED") return true;
  const driverCode = error.details["driverCode"];
  return typeof driverCode === "string" && (driverCode.startsWith("Neo.ClientError.Security.") || driverCode === "Neo.ClientError.Database.DatabaseNotFound");
}
