// Structured logs: pino, one JSON event per line on stderr (stdout is kept for answers),
// pretty on a terminal. Secrets are redacted wherever they appear in a log object.

import pino, { type Logger } from "pino";

export type { Logger };

export function createLogger(level = "info", pretty = process.stderr.isTTY === true): Logger {
  const options = {
    level,
    base: { app: "coverage-bot" },
    redact: {
      paths: [
        "token",
        "*.token",
        "discordToken",
        "*.discordToken",
        "headers.authorization",
        "*.headers.authorization",
      ],
      censor: "[redacted]",
    },
  };
  if (pretty) {
    return pino(
      options,
      pino.transport({ target: "pino-pretty", options: { destination: 2, colorize: true } }),
    );
  }
  return pino(options, pino.destination({ fd: 2, sync: true }));
}

/** A logger that writes nothing, for tests and library use. */
export const silentLogger: Logger = pino({ level: "silent" });
