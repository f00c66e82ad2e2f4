// Start-up and reload build the answer indexes ahead of the first question: each lookup table
// is built on first use, and at a million passages the first /whosaid or /actor would
// otherwise wait seconds for it. One slice (about 20 ms) per turn of the event loop, so
// interactions arriving meanwhile are answered between slices. The indexes warmed are those of
// the served coverage (answers/indexes.ts): the ones its answers then read.

import { warmActors } from "../analysis/actors/index.ts";
import { actorIndex } from "./actor-index.ts";
import type { Served } from "./indexes.ts";
import { ACTOR_NAMES } from "./name-lookup.ts";
import { warmQuoteIndex } from "./quote-index.ts";
import { SPEAKER_INDEX } from "./quotes.ts";

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
export function warmSteps(served: Served, sliceMs = 20): WarmStep[] {
  return [
    whole(() => warmActors(served.actors)),
    () => warmQuoteIndex(served, sliceMs),
    whole(() => served.indexes.get(SPEAKER_INDEX)),
    whole(() => served.indexes.get(ACTOR_NAMES)),
    () => actorIndex(served).warmSentences(sliceMs),
  ];
}

/** Runs the warm-up steps one per event-loop turn; resolves with the time it took. */
export function warmAnswers(served: Served, sliceMs = 20): Promise<number> {
  const started = performance.now();
  const steps = warmSteps(served, sliceMs);
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
