import { pino, type Logger } from "pino";

export type { Logger };

/** Structured JSON logs to stderr, so stdout stays free for command output (e.g. `extract --json`). */
export function createLogger(level: string, name = "parley"): Logger {
  return pino({ name, level, base: { name } }, pino.destination({ fd: 2, sync: true }));
}

/** A logger that drops everything, for tests and library callers that pass none. */
export const silentLogger: Logger = pino({ level: "silent" });
