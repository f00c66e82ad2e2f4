// How analyses travel in the snapshot. A Coverage field holding plain data (arrays, plain
// objects, Maps, Sets, primitives, typed arrays — no functions, no class instances, no
// references to articles or passages) is stored as it is (v8 structured serialization) and
// restored without re-running its analysis. A field that is not plain data (a model with
// methods, say) has an encoder here; a field that is neither makes a load from the snapshot
// re-run buildCoverage (correct, just slower).
//
// The cache sits above the analyses: it imports their codecs, they never import the cache.

import { actorModelSnapshot } from "../analysis/actors/index.ts";

export interface SnapshotPart {
  /** A plain-data form of the field's value (see above). */
  encode(value: unknown): unknown;
  /** The field's value again, from what `encode` returned; `coverage` has the core fields
   *  (corpus, passages, articles, index) and the plain fields already restored. */
  decode(data: unknown, coverage: Record<string, unknown>): unknown;
}

const parts = new Map<string, SnapshotPart>([["actors", actorModelSnapshot]]);

/** Adds a codec for another Coverage field (tests, or an analysis that is not plain data). */
export function registerSnapshotPart(key: string, part: SnapshotPart): void {
  parts.set(key, part);
}

export function snapshotPart(key: string): SnapshotPart | undefined {
  return parts.get(key);
}
