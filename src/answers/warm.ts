// Start-up and reload build the answer indexes ahead of the first question: each lookup table
// is built on first use, and at a million passages the first /whosaid or /actor would
// otherwise wait seconds for it. One step per turn of the event loop, so answers keep flowing.

import { warmActors } from "../analysis/actors.ts";
import type { Coverage } from "../coverage.ts";
import { actorIndex } from "./actor-index.ts";
import { quoteIndex } from "./quote-index.ts";
import { quotesBySpeaker } from "./quotes.ts";

/** The warm-up steps, in order; each builds one index and is cheap once built. */
export function warmSteps(coverage: Coverage): Array<() => void> {
  return [
    () => warmActors(coverage.actors),
    () => quoteIndex(coverage.quotes),
    () => quotesBySpeaker(coverage, ""),
    () => actorIndex(coverage.actors, coverage.articles).sentencesOf("", ""),
  ];
}

/** Runs the warm-up steps one per event-loop turn; resolves with the time it took. */
export function warmAnswers(coverage: Coverage): Promise<number> {
  const started = performance.now();
  const steps = warmSteps(coverage);
  return new Promise((resolve, reject) => {
    const next = (i: number) => {
      if (i === steps.length) return resolve(performance.now() - started);
      setImmediate(() => {
        try {
          steps[i]!();
          next(i + 1);
        } catch (err) {
          reject(err);
        }
      });
    };
    next(0);
  });
}
