// Structured logs: pino, one JSON event per line on stderr (stdout is kept for answers),
// pretty on a terminal. Secrets are redacted wherever they appear in a log object.

import pino, { type DestinationStream, type Logger } from "pino";

export type { Logger };

export interface LoggerExtras {
  /** Strings (the bot token) blanked wherever they appear in a line, whatever the field. */
  secrets?: ReadonlyArray<string | null | undefined>;
  /** Where lines go instead of stderr (tests capture them). */
  destination?: DestinationStream;
}

export function createLogger(
  level = "info",
  pretty = process.stderr.isTTY === true,
  extras: LoggerExtras = {},
): Logger {
  const secrets = (extras.secrets ?? []).filter((s): s is string => typeof s === "string" && s.length >= 8);
  const options = {
    ...(secrets.length
      ? {
          hooks: {
            streamWrite: (line: string) => secrets.reduce((l, s) => l.split(s).join("[redacted]"), line),
          },
        }
      : {}),
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
  if (extras.destination) return pino(options, extras.destination);
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
