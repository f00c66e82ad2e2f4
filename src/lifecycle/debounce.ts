// Debounce with a maximum wait: fire once changes have been quiet for `quietMs`, but never
// later than `maxWaitMs` after the first change of a burst, so steady edits (one every 200 ms)
// cannot postpone a reload forever and leave answers citing files that are gone.

export interface Timers {
  now(): number;
  setTimeout(f: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  now: () => performance.now(),
  setTimeout: (f, ms) => setTimeout(f, ms),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

export interface Debouncer {
  /** A change happened: (re)start the quiet period, bounded by the burst's maximum wait. */
  poke(): void;
  /** True while a fire is scheduled. */
  readonly pending: boolean;
  cancel(): void;
}

export function debounce(
  fire: () => void,
  quietMs: number,
  maxWaitMs: number,
  timers: Timers = realTimers,
): Debouncer {
  let handle: unknown = null;
  let burstStart: number | null = null;
  const run = () => {
    handle = null;
    burstStart = null;
    fire();
  };
  return {
    poke() {
      const now = timers.now();
      burstStart ??= now;
      if (handle !== null) timers.clearTimeout(handle);
      const untilMax = burstStart + Math.max(quietMs, maxWaitMs) - now;
      handle = timers.setTimeout(run, Math.max(0, Math.min(quietMs, untilMax)));
    },
    get pending() {
      return handle !== null;
    },
    cancel() {
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
      burstStart = null;
    },
  };
}
