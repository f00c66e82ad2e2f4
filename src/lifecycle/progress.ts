// Progress of the long phases of a load (reading, indexing, each analysis, snapshot): a bar with
// the rate and the time left on a terminal (stderr), otherwise one pino line every few seconds
// with the same figures, so a million-passage start-up is visibly alive, and how long it has
// to go, in a service's logs too. (search/progress.ts is the older bar without rate and estimate.)

import type { Logger } from "../log.ts";

export type Progress = (done: number, total: number) => void;

export interface PhaseProgressOptions {
  /** What is being counted ("files", "passages", "articles"). */
  unit: string;
  /** Where the bar goes; a bar only when it is a TTY. Default process.stderr. */
  stream?: NodeJS.WriteStream;
  /** Milliseconds between log lines when not on a TTY. Default 5,000. */
  everyMs?: number;
  /** The clock (tests). */
  now?: () => number;
}

/** A rate for people: "1,234/s", "2.5/s", or "one every 28 s" for slow units (warm-up stages
 *  printed "0/s"). */
export function rateText(rate: number): string {
  if (rate >= 10) return `${Math.round(rate).toLocaleString("en-US")}/s`;
  if (rate >= 1) return `${rate.toFixed(1)}/s`;
  return rate > 0 ? `one every ${duration(1 / rate)}` : "starting";
}

/** Rate per second and seconds left at `done` of `total` after `seconds`. */
export function rateAndLeft(done: number, total: number, seconds: number): { rate: number; left: number } {
  const rate = seconds > 0 ? done / seconds : 0;
  const left = rate > 0 ? Math.max(0, total - done) / rate : Number.POSITIVE_INFINITY;
  return { rate, left };
}

const duration = (seconds: number): string => {
  if (!Number.isFinite(seconds)) return "?";
  // Rounded to whole seconds first: 119.6 s is "2 min 0 s", never "1 min 60 s".
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${s - 60 * m} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
};

/** A progress callback for one phase. Call with done === total to finish it. */
export function phaseProgress(log: Logger, phase: string, options: PhaseProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? (() => performance.now());
  const tty = stream.isTTY === true;
  const everyMs = options.everyMs ?? 5000;
  let started = now();
  let last = started;
  let drawn = -1;
  return (done, total) => {
    const t = now();
    // A phase made ahead of its work starts its clock when it says it begins (0 done): the
    // index is given its progress before the analyses run, and its rate is its own.
    if (done === 0) {
      started = t;
      last = t;
      return;
    }
    const seconds = (t - started) / 1000;
    const { rate, left } = rateAndLeft(done, total, seconds);
    const figures = `${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")} ${options.unit}, ${rateText(rate)}`;
    if (tty) {
      const share = total > 0 ? done / total : 1;
      const pct = Math.floor(share * 100);
      if (pct === drawn && done < total) return;
      drawn = pct;
      const filled = Math.round(share * 30);
      const tail = done < total ? `, ${duration(left)} left` : ` in ${duration(seconds)}`;
      stream.write(
        `\r${phase} [${"#".repeat(filled)}${".".repeat(30 - filled)}] ${String(pct).padStart(3)}% ${figures}${tail}`,
      );
      if (done >= total) stream.write("\n");
      return;
    }
    if (done < total && t - last < everyMs) return;
    // A phase that finishes before the first interval logs nothing: its summary line suffices.
    if (done >= total && last === started) return;
    last = t;
    log.info(
      {
        event: "progress",
        phase,
        done,
        total,
        unit: options.unit,
        seconds: Math.round(seconds * 10) / 10,
        perSecond: Math.round(rate),
        secondsLeft: Number.isFinite(left) ? Math.round(left) : null,
      },
      `${phase}: ${figures}${done < total ? `, ${duration(left)} left` : ` in ${duration(seconds)}`}`,
    );
  };
}

/** Articles from which an analysis's start and end are logged at info level. */
const LARGE = 10_000;

/** Progress of buildCoverage's analyses (BuildOptions.onAnalysis): a phase per analysis, each
 *  ending with one line of its time and rate. Analyses that report only their start and end
 *  (actors, events: no hook inside them yet) show those two lines. */
export function analysisProgress(
  log: Logger,
  options: Omit<PhaseProgressOptions, "unit"> = {},
): (analysis: string, done: number, total: number) => void {
  const now = options.now ?? (() => performance.now());
  const phases = new Map<string, { progress: Progress; started: number }>();
  return (analysis, done, total) => {
    let p = phases.get(analysis);
    if (!p) {
      p = { progress: phaseProgress(log, analysis, { ...options, unit: "articles" }), started: now() };
      phases.set(analysis, p);
      // A reload of a few files says nothing at info level; a large corpus says what it starts.
      log[total >= LARGE ? "info" : "debug"](
        { event: "analysis.start", analysis, articles: total },
        `${analysis}: analysing ${total} articles`,
      );
    }
    p.progress(done, total);
    if (done < total) return;
    const seconds = (now() - p.started) / 1000;
    const { rate } = rateAndLeft(done, total, seconds);
    log[total >= LARGE ? "info" : "debug"](
      {
        event: "analysis.done",
        analysis,
        articles: total,
        seconds: Math.round(seconds * 10) / 10,
        perSecond: Math.round(rate),
      },
      `${analysis}: ${total} articles in ${duration(seconds)} (${Math.round(rate).toLocaleString("en-US")}/s)`,
    );
    phases.delete(analysis);
  };
}
