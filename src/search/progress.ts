// Progress of long loads: a bar on a terminal (stderr), otherwise one pino line every few
// seconds, so a million-passage start-up is visibly alive in a service's logs too.

import type { Logger } from "../log.ts";

export type Progress = (done: number, total: number) => void;

export interface ProgressOptions {
  /** What is being counted ("files", "passages"). */
  unit: string;
  /** Where the bar goes; a bar only when it is a TTY. Default process.stderr. */
  stream?: NodeJS.WriteStream;
  /** Milliseconds between log lines when not on a TTY. Default 5,000. */
  everyMs?: number;
}

/** A progress callback for one phase ("reading", "indexing"). Call with done === total to finish. */
export function progressReporter(log: Logger, phase: string, options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const tty = stream.isTTY === true;
  const everyMs = options.everyMs ?? 5000;
  const started = performance.now();
  let last = started;
  let drawn = -1;
  return (done, total) => {
    const now = performance.now();
    if (tty) {
      const width = 30;
      const share = total > 0 ? done / total : 1;
      const pct = Math.floor(share * 100);
      if (pct === drawn && done < total) return;
      drawn = pct;
      const filled = Math.round(share * width);
      stream.write(
        `\r${phase} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${String(pct).padStart(3)}% ` +
          `${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")} ${options.unit}`,
      );
      if (done >= total) stream.write("\n");
      return;
    }
    if (done < total && now - last < everyMs) return;
    // A phase that finishes before the first interval logs nothing: its summary line suffices.
    if (done >= total && last === started) return;
    last = now;
    const seconds = (now - started) / 1000;
    log.info(
      { event: "progress", phase, done, total, unit: options.unit, seconds: Math.round(seconds * 10) / 10 },
      `${phase}: ${done}/${total} ${options.unit} (${Math.round((done / Math.max(1, total)) * 100)}%)`,
    );
  };
}
