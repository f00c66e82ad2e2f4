// How analyses travel in the snapshot. A Coverage field holding plain data (arrays, plain
// objects, Maps, Sets, primitives, typed arrays — no functions, no class instances, no
// references to articles or passages) is stored as it is (v8 structured serialization) and
// restored without re-running its analysis. A field that is not plain data (a model with
// methods, say) registers an encoder here; a field that is neither makes a load from the
// snapshot re-run buildCoverage (correct, just slower).
//
// This module imports nothing, so an analysis module can register without an import cycle:
//   registerSnapshotPart("actors", { encode: (m) => m.actors, decode: (data, c) => actorModel(data, c) });

export interface SnapshotPart {
  /** A plain-data form of the field's value (see above). */
  encode(value: unknown): unknown;
  /** The field's value again, from what `encode` returned; `coverage` has the core fields
   *  (corpus, passages, articles, index) and the plain fields already restored. */
  decode(data: unknown, coverage: Record<string, unknown>): unknown;
}

const parts = new Map<string, SnapshotPart>();

export function registerSnapshotPart(key: string, part: SnapshotPart): void {
  parts.set(key, part);
}

export function snapshotPart(key: string): SnapshotPart | undefined {
  return parts.get(key);
}
