// The snapshot's extras section (the analyses' fields) as a run of v8-serialized pieces: each
// field on its own, a long list (quotations, events) a few thousand items a piece. One
// serializer writes them all, so objects shared between fields stay shared; a reader decodes a
// piece at a time (snapshot-codec.ts decodeInSlices), never the whole section in one call that
// would hold the bot's event loop for seconds at a million passages.

import v8 from "node:v8";

/** List items per piece at most. */
const PIECE = 128;
/** Values (objects and strings) per piece at most; items are never split. What a piece costs to
 *  decode follows its objects and strings: a piece of 128 events, one of them with ~650 sources of
 *  five strings each, was 20-45 ms of one call at 138k passages. */
const OBJECTS = 2048;

/** [field, value or a slice of its list, whether it is a slice]. */
type Piece = [string, unknown, boolean];

export function serializeExtras(values: Record<string, unknown>): Buffer {
  const pieces: Piece[] = [];
  for (const [key, v] of Object.entries(values)) {
    const ends = Array.isArray(v) ? pieceEnds(v) : [];
    if (ends.length < 2) pieces.push([key, v, false]);
    else
      for (const [k, end] of ends.entries())
        pieces.push([key, (v as unknown[]).slice(ends[k - 1] ?? 0, end), true]);
  }
  const s = new v8.DefaultSerializer();
  s.writeHeader();
  s.writeValue(pieces.length);
  const share = sharing(reachedTwice(Object.values(values)));
  for (const [key, value, isSlice] of pieces) s.writeValue([key, share(value), isSlice]);
  return s.releaseBuffer();
}

// The serializer writes every string in full each time it occurs, but an object it has written
// once is written again as a reference of a few bytes. So a string worth sharing (a source's
// url, outlet and day, once per citation) is written as one small box object, the same box for
// the same text, and a citation record (the same sentence cited by an event, its figure and its
// disagreement) as one object for the same content: at 138k passages the events' bytes fell
// ~60% and so did the time to decode them. `internStrings` opens the boxes when decoding.
const BOX = "\u0000s";
/** Shorter strings cost about what a reference costs. */
const BOX_FROM = 8;
const CITATION = ["docId", "passageId", "outlet", "url", "published", "start", "end"].join();

/** A copy of a value to serialize with its strings boxed and its citation records shared (the
 *  same tables for every piece: one serializer writes them all). Map keys and Sets are copied as
 *  they are (the decoder does not open boxes there). */
function sharing(twice: WeakSet<object>): (value: unknown) => unknown {
  const boxes = new Map<string, { [BOX]: string }>();
  const citations = new Map<string, unknown>();
  // An object reached twice is copied once, so it stays one object (the serializer's sharing).
  const copies = new Map<object, unknown>();
  const copy = (v: unknown): unknown => {
    if (v !== null && typeof v === "object" && twice.has(v)) {
      const known = copies.get(v);
      if (known !== undefined) return known;
      const made = copyOf(v);
      copies.set(v, made);
      return made;
    }
    return copyOf(v);
  };
  const copyOf = (v: unknown): unknown => {
    if (typeof v === "string") {
      if (v.length < BOX_FROM) return v;
      let box = boxes.get(v);
      if (!box) {
        box = { [BOX]: v };
        boxes.set(v, box);
      }
      return box;
    }
    if (v === null || typeof v !== "object" || ArrayBuffer.isView(v) || v instanceof Set) return v;
    if (Array.isArray(v)) return v.map(copy);
    if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, copy(x)]));
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    const citation = keys.join() === CITATION ? JSON.stringify(o) : null;
    const seen = citation === null ? undefined : citations.get(citation);
    if (seen) return seen;
    const out: Record<string, unknown> = {};
    for (const k of keys) out[k] = copy(o[k]);
    if (citation !== null) citations.set(citation, out);
    return out;
  };
  return copy;
}

/** The objects reachable from `roots` by more than one path (Sets and Map keys not entered). */
function reachedTwice(roots: readonly unknown[]): WeakSet<object> {
  const once = new WeakSet<object>();
  const twice = new WeakSet<object>();
  const stack: unknown[] = [...roots];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== "object" || ArrayBuffer.isView(v) || v instanceof Set) continue;
    if (once.has(v)) {
      twice.add(v);
      continue;
    }
    once.add(v);
    if (Array.isArray(v)) for (const x of v) stack.push(x);
    else if (v instanceof Map) for (const x of v.values()) stack.push(x);
    else for (const x of Object.values(v)) stack.push(x);
  }
  return twice;
}

/** A box's text; any other object as it is, put on `stack` to be walked. */
function opened(x: object, stack: unknown[]): unknown {
  const text = unboxed(x);
  if (text !== undefined) return text;
  stack.push(x);
  return x;
}

/** A box's text, when `v` is a box. */
function unboxed(v: unknown): string | undefined {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return undefined;
  const text = (v as Record<string, unknown>)[BOX];
  return typeof text === "string" ? text : undefined;
}

/** Where each piece of a list ends: at most PIECE items and about OBJECTS objects a piece. */
function pieceEnds(list: readonly unknown[]): number[] {
  const ends: number[] = [];
  let items = 0;
  let objects = 0;
  for (let i = 0; i < list.length; i++) {
    objects += objectsIn(list[i], OBJECTS);
    if (++items >= PIECE || objects >= OBJECTS) {
      ends.push(i + 1);
      items = 0;
      objects = 0;
    }
  }
  if (items > 0) ends.push(list.length);
  return ends;
}

/** The objects (arrays, plain objects, Maps, Sets) and strings in a value, counted up to `cap`. */
function objectsIn(value: unknown, cap: number): number {
  let n = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && n < cap) {
    const o = stack.pop();
    if (typeof o === "string") n++;
    if (o === null || typeof o !== "object" || ArrayBuffer.isView(o)) continue;
    n++;
    if (Array.isArray(o)) for (const x of o) stack.push(x);
    else if (o instanceof Map) for (const [k, x] of o) stack.push(k, x);
    else if (o instanceof Set) for (const x of o) stack.push(x);
    else for (const x of Object.values(o)) stack.push(x);
  }
  return n;
}

/** The fields again, one piece per step. The deserializer gives every string its own copy (a
 *  source's outlet, url and day once per citation): equal strings are made one again
 *  (`internStrings`), which halves the quotations' and events' heap. */
export function* extrasSteps(bytes: Uint8Array): Generator<void, Record<string, unknown>> {
  const d = new v8.DefaultDeserializer(bytes);
  d.readHeader();
  const count = d.readValue() as number;
  const out: Record<string, unknown> = {};
  const strings = new Map<string, string>();
  const opened = new WeakSet<object>();
  for (let i = 0; i < count; i++) {
    if (i > 0) yield;
    const piece = d.readValue() as Piece;
    internStrings(piece, strings, opened);
    const [key, value, isSlice] = piece;
    if (!isSlice) out[key] = value;
    else {
      const list = (out[key] ?? []) as unknown[];
      for (const x of value as unknown[]) list.push(x);
      out[key] = list;
    }
  }
  return out;
}

/** Replaces each string in arrays, plain objects and Map values under `root` by the first equal
 *  string seen in `table` (the same text, one copy). Typed arrays, Map keys and Sets are left. */
function internStrings(root: unknown, table: Map<string, string>, seen: WeakSet<object>): void {
  const stack: unknown[] = [root];
  const one = (s: string): string => {
    const seen = table.get(s);
    if (seen !== undefined) return seen;
    table.set(s, s);
    return s;
  };
  while (stack.length > 0) {
    const o = stack.pop();
    if (o === null || typeof o !== "object" || ArrayBuffer.isView(o)) continue;
    if (seen.has(o)) continue; // a shared object (a citation) is opened once
    seen.add(o);
    if (Array.isArray(o)) {
      for (let i = 0; i < o.length; i++) {
        const x = o[i];
        if (typeof x === "string") o[i] = one(x);
        else if (x !== null && typeof x === "object") o[i] = opened(x, stack);
      }
    } else if (o instanceof Map) {
      for (const [k, x] of o) {
        if (typeof x === "string") o.set(k, one(x));
        else if (x !== null && typeof x === "object") {
          const text = unboxed(x);
          if (text !== undefined) o.set(k, text);
          else stack.push(x);
        }
      }
    } else if (!(o instanceof Set)) {
      const r = o as Record<string, unknown>;
      for (const k of Object.keys(r)) {
        const x = r[k];
        if (typeof x === "string") r[k] = one(x);
        else if (x !== null && typeof x === "object") r[k] = opened(x, stack);
      }
    }
  }
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
