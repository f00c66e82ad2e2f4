// The snapshot's extras section (the analyses' fields) as a run of v8-serialized pieces: each
// field on its own, a long list (quotations, events) a few thousand items a piece. One
// serializer writes them all, so objects shared between fields stay shared; a reader decodes a
// piece at a time (snapshot-codec.ts decodeInSlices), never the whole section in one call that
// would hold the bot's event loop for seconds at a million passages.

import v8 from "node:v8";

/** List items per piece. */
const PIECE = 4096;

/** [field, value or a slice of its list, whether it is a slice]. */
type Piece = [string, unknown, boolean];

export function serializeExtras(values: Record<string, unknown>): Buffer {
  const pieces: Piece[] = [];
  for (const [key, v] of Object.entries(values)) {
    if (Array.isArray(v) && v.length > PIECE)
      for (let i = 0; i < v.length; i += PIECE) pieces.push([key, v.slice(i, i + PIECE), true]);
    else pieces.push([key, v, false]);
  }
  const s = new v8.DefaultSerializer();
  s.writeHeader();
  s.writeValue(pieces.length);
  for (const p of pieces) s.writeValue(p);
  return s.releaseBuffer();
}

/** The fields again, one piece per step. */
export function* extrasSteps(bytes: Uint8Array): Generator<void, Record<string, unknown>> {
  const d = new v8.DefaultDeserializer(bytes);
  d.readHeader();
  const count = d.readValue() as number;
  const out: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    if (i > 0) yield;
    const [key, value, isSlice] = d.readValue() as Piece;
    if (!isSlice) out[key] = value;
    else {
      const list = (out[key] ?? []) as unknown[];
      for (const x of value as unknown[]) list.push(x);
      out[key] = list;
    }
  }
  return out;
}

/** The fields again, at once. */
export function decodeExtras(bytes: Uint8Array): Record<string, unknown> {
  const steps = extrasSteps(bytes);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Data that survives structured serialization unchanged and shares nothing with the corpus. */
export function isPlainData(value: unknown, corpusObjects: WeakSet<object> = new WeakSet()): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || v === undefined) continue;
    const t = typeof v;
    if (t === "string" || t === "number" || t === "boolean" || t === "bigint") continue;
    if (t !== "object") return false; // functions, symbols
    const o = v as object;
    if (seen.has(o)) continue;
    seen.add(o);
    if (corpusObjects.has(o)) return false;
    if (ArrayBuffer.isView(o)) continue;
    if (Array.isArray(o)) {
      for (const x of o) stack.push(x);
      continue;
    }
    if (o instanceof Map) {
      for (const [k, x] of o) stack.push(k, x);
      continue;
    }
    if (o instanceof Set) {
      for (const x of o) stack.push(x);
      continue;
    }
    const proto = Object.getPrototypeOf(o);
    if (proto !== Object.prototype && proto !== null) return false; // class instances, Dates, …
    for (const x of Object.values(o)) stack.push(x);
  }
  return true;
}
