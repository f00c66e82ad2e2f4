// Start-up and reload build the answer indexes ahead of the first question: each lookup table
// is built on first use, and at a million passages the first /whosaid or /actor would
// otherwise wait seconds for it. Every index is built as pieces of work (IndexSlot.steps, the
// quotation index, the actor model's decoding), one slice of about `sliceMs` per turn of the
// event loop, so interactions arriving meanwhile are answered between slices. While it runs,
// the indexes say which commands are ready (AnswerIndexes.warming): the others answer "warming
// up" (answers/registry.ts) instead of building an index in one long call.

import { warmActors } from "../analysis/actors/index.ts";
import { decodeFields } from "../coverage.ts";
import { forgetWords } from "../search/tokenize.ts";
import { HEAVY_PROFILES } from "./actor.ts";
import { ACTOR_INDEX, actorIndex } from "./actor-index.ts";
import { EVENT_INDEX, EVENT_LABELS, EVENTS_BY_SOURCES } from "./event.ts";
import { EVENT_ORDERS } from "./event-cards.ts";
import type { IndexSlot, Served } from "./indexes.ts";
import { ACTOR_NAMES } from "./name-lookup.ts";
import { warmQuoteIndex } from "./quote-index.ts";
import { SPEAKER_INDEX, SPEAKER_NAMES } from "./quotes.ts";
import { SPELL_INDEX } from "./spell-index.ts";

/** A warm-up step: works for about `ms`; false while it has more to do (it is called again). */
export type WarmStep = () => boolean;

/** One stage of the warm-up: its name, its step, and the commands ready once it is done (with
 *  every stage before it). */
interface WarmStage {
  name: string;
  step: WarmStep;
  readies: string[];
}

/** The warm-up's stages, in order; each builds one index and is cheap once built. */
export function warmStages(served: Served, sliceMs: number): WarmStage[] {
  const slot =
    (s: IndexSlot<unknown>): WarmStep =>
    () =>
      served.indexes.warm(s, sliceMs);
  return [
    { name: "analyses", step: () => decodeFields(served, sliceMs), readies: [] },
    { name: "actor model", step: () => warmActors(served.actors, sliceMs), readies: [] },
    { name: "events", step: slot(EVENT_INDEX), readies: [] },
    { name: "events by sources", step: slot(EVENTS_BY_SOURCES), readies: [] },
    { name: "event pages and dates", step: slot(EVENT_ORDERS), readies: [] },
    { name: "event labels", step: slot(EVENT_LABELS), readies: ["event", "timeline"] },
    { name: "quotations", step: () => warmQuoteIndex(served, sliceMs), readies: ["whosaid"] },
    { name: "speakers", step: slot(SPEAKER_INDEX), readies: [] },
    { name: "speaker names", step: slot(SPEAKER_NAMES), readies: ["quotes"] },
    { name: "actor names", step: slot(ACTOR_NAMES), readies: [] },
    { name: "actors", step: slot(ACTOR_INDEX), readies: ["actors"] },
    { name: "actor sentences", step: () => actorIndex(served).warmSentences(sliceMs), readies: [] },
    { name: "most mentioned actors", step: slot(HEAVY_PROFILES), readies: ["actor"] },
    { name: "spelling", step: slot(SPELL_INDEX), readies: [] },
  ];
}

/** The warm-up steps, in order (benchmarks and tests run them by hand). */
export function warmSteps(served: Served, sliceMs = 10): WarmStep[] {
  return warmStages(served, sliceMs).map((s) => s.step);
}

export interface WarmOptions {
  /** Milliseconds of work per slice (one slice per turn of the event loop). */
  sliceMs?: number;
  /** Called after each stage: stages done, stages in all. */
  onProgress?: (done: number, total: number) => void;
}

/** Runs the warm-up one slice per event-loop turn; resolves with the time it took. */
export function warmAnswers(served: Served, options: WarmOptions = {}): Promise<number> {
  const sliceMs = options.sliceMs ?? 10;
  const started = performance.now();
  const stages = warmStages(served, sliceMs);
  const indexes = served.indexes;
  const ready = new Set<string>();
  indexes.warming = { share: 0, ready };
  return new Promise((resolve, reject) => {
    const next = (i: number) => {
      if (i === stages.length) {
        indexes.warming = null;
        // The warm-up read every passage's words: their memo would stay with the served coverage.
        forgetWords();
        return resolve(performance.now() - started);
      }
      setImmediate(() => {
        try {
          if (!stages[i]!.step()) return next(i);
          for (const c of stages[i]!.readies) ready.add(c);
          indexes.warming = { share: (i + 1) / stages.length, ready };
          options.onProgress?.(i + 1, stages.length);
          next(i + 1);
        } catch (err) {
          indexes.warming = null;
          reject(err);
        }
      });
    };
    next(0);
  });
}
