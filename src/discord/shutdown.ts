// Graceful shutdown shared by both Discord faces: on SIGTERM or SIGINT stop taking interactions,
// let those in flight finish (up to a grace period), close the connection or server, exit 0.
// A second signal during shutdown, or a grace period that runs out, exits at once with 1.

import type { Logger } from "../log.ts";

export const SHUTDOWN_GRACE_MS = 10_000;

/** Tracks work in flight so shutdown can wait for it. */
export class InFlight {
  private readonly pending = new Set<Promise<unknown>>();

  get size(): number {
    return this.pending.size;
  }

  /** Registers `p`; it is forgotten once settled. Returns `p` itself. */
  track<T>(p: Promise<T>): Promise<T> {
    this.pending.add(p);
    const forget = () => this.pending.delete(p);
    p.then(forget, forget);
    return p;
  }

  /** Resolves when everything tracked so far (and anything tracked meanwhile) has settled. */
  async drain(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
}

export function installSignalHandlers(
  log: Logger,
  stop: () => Promise<void>,
  graceMs = SHUTDOWN_GRACE_MS,
): () => void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ event: "shutdown.forced", signal }, "second signal: exiting now");
      process.exit(1);
    }
    stopping = true;
    log.info({ event: "shutdown", signal }, "shutting down: finishing interactions in flight");
    const timer = setTimeout(() => {
      log.error(
        { event: "shutdown.timeout", graceMs },
        "interactions still in flight after the grace period",
      );
      process.exit(1);
    }, graceMs);
    timer.unref();
    stop().then(
      () => {
        clearTimeout(timer);
        log.info({ event: "shutdown.done" }, "stopped cleanly");
        process.exit(0);
      },
      (err: unknown) => {
        log.error({ event: "shutdown.error", err }, "error while shutting down");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
  return () => {
    process.off("SIGTERM", onSignal);
    process.off("SIGINT", onSignal);
  };
}
