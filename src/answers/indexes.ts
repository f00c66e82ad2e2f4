// The answer indexes of one coverage: lookup tables the answers build on first use (the event
// postings, the speaker lists, the quotation index and same-quotation graph, the actor trigram
// and sentence index). They live in one AnswerIndexes object per coverage, which the lifecycle
// creates with the coverage, swaps in with it and warms ahead of the first question
// (lifecycle/store.ts, answers/warm.ts); a reload's new coverage gets a new, empty one. No module
// keeps a cache of its own: answers stay pure functions of the coverage, its indexes and a query.
//
// Each index is a slot (`IndexSlot`) declared next to the code that reads it, so this module
// imports none of them and the answers import it without a cycle.

import { type Coverage, copyCoverage } from "../coverage.ts";

/** One kind of answer index: how it is built from a coverage (once, on first use). */
export interface IndexSlot<T> {
  readonly name: string;
  build(coverage: Coverage): T;
  /** Whether a built index still fits the coverage (a list that grew in place is rebuilt). */
  fits?(index: T, coverage: Coverage): boolean;
  /** The same build as pieces of work (yield between two): the warm-up runs it a slice at a
   *  time (answers/warm.ts). `build` must give the same index. */
  steps?(coverage: Coverage): Generator<void, T>;
}

/** Runs a piece-wise build for about `ms` milliseconds (at least one piece); the index once done. */
function runFor<T>(steps: Generator<void, T>, ms: number): { done: true; value: T } | { done: false } {
  const until = performance.now() + ms;
  for (;;) {
    const r = steps.next();
    if (r.done) return { done: true, value: r.value };
    if (performance.now() >= until) return { done: false };
  }
}

/** Runs a piece-wise build to its end. */
export function runAll<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export class AnswerIndexes {
  private readonly built = new Map<IndexSlot<unknown>, unknown>();
  /** Slots the warm-up is building a slice at a time. */
  private readonly pending = new Map<IndexSlot<unknown>, Generator<void, unknown>>();
  /** While the warm-up runs: how far it is (share of its stages done, 0..1) and the commands
   *  whose indexes are ready; null when it is not running. A command whose indexes are not ready
   *  then says so instead of building them (answers/registry.ts). */
  warming: { share: number; ready: Set<string> } | null = null;

  constructor(readonly coverage: Coverage) {}

  /** Whether the slot's index is built (and still fits). */
  has<T>(slot: IndexSlot<T>): boolean {
    return this.built.has(slot) && (!slot.fits || slot.fits(this.built.get(slot) as T, this.coverage));
  }

  /** Builds the slot's index for about `ms` milliseconds (its `steps`, else at once); true once built. */
  warm<T>(slot: IndexSlot<T>, ms: number): boolean {
    if (this.has(slot)) return true;
    if (!slot.steps) {
      this.get(slot);
      return true;
    }
    let steps = this.pending.get(slot) as Generator<void, T> | undefined;
    if (!steps) {
      steps = slot.steps(this.coverage);
      this.pending.set(slot, steps);
    }
    const r = runFor(steps, ms);
    if (!r.done) return false;
    this.pending.delete(slot);
    this.built.set(slot, r.value);
    return true;
  }

  /** The slot's index for this coverage, built now if it is not yet. */
  get<T>(slot: IndexSlot<T>): T {
    if (this.built.has(slot)) {
      const hit = this.built.get(slot) as T;
      if (!slot.fits || slot.fits(hit, this.coverage)) return hit;
    }
    // A build the warm-up started is finished rather than started again.
    const steps = this.pending.get(slot) as Generator<void, T> | undefined;
    this.pending.delete(slot);
    const index = steps ? runAll(steps) : slot.build(this.coverage);
    this.built.set(slot, index);
    return index;
  }

  /** The slots built so far, by name (diagnostics and tests). */
  names(): string[] {
    return [...this.built.keys()].map((s) => s.name);
  }
}

/** A coverage served with its answer indexes: what the lifecycle hands to the faces. */
export type Served = Coverage & { readonly indexes: AnswerIndexes };

/** The coverage with a new, empty AnswerIndexes. The indexes are not enumerable: the coverage's
 *  fields are unchanged for the snapshot, JSON and comparisons. */
export function withAnswerIndexes(coverage: Coverage): Served {
  const served = copyCoverage(coverage);
  // Built over the served object itself, so an index always reads the fields answers read.
  Object.defineProperty(served, "indexes", { value: new AnswerIndexes(served), enumerable: false });
  return served as Served;
}

/** The indexes a coverage is served with. A bare coverage (a test, a one-off) gets new ones,
 *  built for this one call: correct, only without the reuse a served coverage has. */
export function indexesOf(coverage: Coverage): AnswerIndexes {
  return (coverage as Partial<Served>).indexes ?? new AnswerIndexes(coverage);
}
