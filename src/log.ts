import { pino, type Logger } from "pino";
import pretty from "pino-pretty";

export type { Logger };

export type LogFormat = "auto" | "json" | "pretty";

/**
 * Logs go to stderr, so stdout stays free for command output (e.g. `extract --json`). JSON for machines;
 * readable lines (local time, level, message, then the fields) for a person at a terminal.
 */
export function createLogger(level: string, name = "parley", format: LogFormat = "json", stderrIsTerminal = false): Logger {
  if (format === "pretty" || (format === "auto" && stderrIsTerminal)) {
    const stream = pretty({
      destination: 2,
      sync: true,
      colorize: stderrIsTerminal,
      translateTime: "SYS:HH:MM:ss.l",
      ignore: "pid,hostname,name",
      singleLine: true,
    });
    return pino({ name, level, base: { name } }, stream);
  }
  return pino({ name, level, base: { name } }, pino.destination({ fd: 2, sync: true }));
}

/** A logger that drops everything, for tests and library callers that pass none. */
export const silentLogger: Logger = pino({ level: "silent" });
