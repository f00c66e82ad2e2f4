// Start-up and reload build the answer indexes ahead of the first question: each lookup table
// is built on first use, and at a million passages the first /whosaid or /actor would
// otherwise wait seconds for it. One slice (about 20 ms) per turn of the event loop, so
// interactions arriving meanwhile are answered between slices.

import { warmActors } from "../analysis/actors/index.ts";
import type { Coverage } from "../coverage.ts";
import { actorIndex } from "./actor-index.ts";
import { warmQuoteIndex } from "./quote-index.ts";
import { quotesBySpeaker } from "./quotes.ts";

/** A warm-up step: does some work; false while it has more to do (it is called again). */
export type WarmStep = () => boolean;

/** A step done in one go. */
const whole =
  (build: () => unknown): WarmStep =>
  () => {
    build();
    return true;
  };

/** The warm-up steps, in order; each builds one index and is cheap once built. The two largest
 *  (the same-quotation graph, each actor's sentences) work in slices of `sliceMs`. */
export function warmSteps(coverage: Coverage, sliceMs = 20): WarmStep[] {
  return [
    whole(() => warmActors(coverage.actors)),
    () => warmQuoteIndex(coverage.quotes, sliceMs),
    whole(() => quotesBySpeaker(coverage, "")),
    () => actorIndex(coverage.actors, coverage.articles).warmSentences(sliceMs),
  ];
}

/** Runs the warm-up steps one per event-loop turn; resolves with the time it took. */
export function warmAnswers(coverage: Coverage, sliceMs = 20): Promise<number> {
  const started = performance.now();
  const steps = warmSteps(coverage, sliceMs);
  return new Promise((resolve, reject) => {
    const next = (i: number) => {
      if (i === steps.length) return resolve(performance.now() - started);
      setImmediate(() => {
        try {
          next(steps[i]!() ? i + 1 : i);
        } catch (err) {
          reject(err);
        }
      });
    };
    next(0);
  });
}
