// The snapshot's extras section (the analyses' fields) as a run of v8-serialized pieces: each
// field on its own, a long list (quotations, events) a few thousand items a piece. One
// serializer writes them all, so objects shared between fields stay shared; a reader decodes a
// piece at a time (snapshot-codec.ts decodeInSlices), never the whole section in one call that
// would hold the bot's event loop for seconds at a million passages.

import v8 from "node:v8";
import { compactDecodedSteps, interning } from "../text/intern.ts";
import { type CitationTable, citationLists, citationReader, tableCitations } from "./snapshot-citations.ts";
import { isStoredCitation } from "./stored-citation.ts";

/** List items per piece at most. */
const PIECE = 128;
/** Values (objects and strings) per piece at most; items are never split. What a piece costs to
 *  decode follows its objects and strings: a piece of 128 events, one of them with ~650 sources of
 *  five strings each, was 20-45 ms of one call at 138k passages. */
const OBJECTS = 2048;

/** [field, value or a slice of its list, whether it is a slice]; or [field, items, property]:
 *  more items of that array property of the list's last item (one event's thousands of sources
 *  are cut like a long list: as one item they were calls of 200-400 ms at a million passages). */
type Piece = [string, unknown, boolean | string];

/** An item's array property this long is written in pieces of its own. */
const LONG_PROPERTY = PIECE;

/** The piece holding the citation table: written first, read before any piece citing it. */
const CITATIONS = "$citations";

export function serializeExtras(values: Record<string, unknown>): Buffer {
  const citations = tableCitations(values);
  const pieces: Piece[] = [[CITATIONS, citations.table, false]];
  // Large items' long lists, taken out of them while the pieces are written and put back after.
  const taken = new Map<Record<string, unknown>, Map<string, unknown[]>>();
  for (const [key, v] of Object.entries(values)) {
    if (!Array.isArray(v) || (pieceEnds(v).length < 2 && !v.some(isLarge))) pieces.push([key, v, false]);
    else listPieces(key, v, pieces, taken);
  }
  // An emptied list keeps its length (holes, a byte each), so the decoder fills an array of the
  // right size instead of growing one.
  for (const [item, lists] of taken) for (const [p, list] of lists) item[p] = new Array(list.length);
  try {
    const s = new v8.DefaultSerializer();
    s.writeHeader();
    s.writeValue(pieces.length);
    for (const p of pieces) s.writeValue(p);
    return s.releaseBuffer();
  } finally {
    for (const [item, lists] of taken) for (const [p, list] of lists) item[p] = list;
    citations.restore();
  }
}

/** A list's pieces: a large item (isLarge) on its own, its long lists emptied (in `taken`) and
 *  their items in pieces right after it. The item itself is written, not a copy, so wherever it
 *  is written first (this list or another field) it is one object, which the decoder fills. */
function listPieces(
  key: string,
  list: unknown[],
  out: Piece[],
  taken: Map<Record<string, unknown>, Map<string, unknown[]>>,
): void {
  const ends = pieceEnds(list);
  for (const [k, end] of ends.entries()) {
    let start = ends[k - 1] ?? 0;
    for (let i = start; i < end; i++) {
      const item = list[i] as Record<string, unknown>;
      if (taken.has(item) || !isLarge(item)) continue;
      if (i > start) out.push([key, list.slice(start, i), true]);
      start = i + 1;
      out.push([key, [item], true]);
      const lists = new Map<string, unknown[]>();
      for (const p of Object.keys(item)) if (isLong(item[p])) lists.set(p, item[p]);
      taken.set(item, lists);
      for (const [p, items] of lists) {
        const cuts = pieceEnds(items);
        for (const [c, to] of cuts.entries()) out.push([key, items.slice(cuts[c - 1] ?? 0, to), p]);
      }
    }
    if (end > start) out.push([key, list.slice(start, end), true]);
  }
}

/** A plain object with an array property of LONG_PROPERTY items or more, holding OBJECTS objects
 *  or more: written in pieces of its own. */
function isLarge(item: unknown): boolean {
  if (
    item === null ||
    typeof item !== "object" ||
    Array.isArray(item) ||
    item instanceof Map ||
    item instanceof Set
  )
    return false;
  if (ArrayBuffer.isView(item)) return false;
  return Object.values(item).some(isLong) && objectsIn(item, OBJECTS) >= OBJECTS;
}

const isLong = (v: unknown): v is unknown[] => Array.isArray(v) && v.length >= LONG_PROPERTY;

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
 *  and wide records rebuilt in place (`compactDecoded`), which halves the quotations' and
 *  events' heap. */
export function* extrasSteps(bytes: Uint8Array): Generator<void, Record<string, unknown>> {
  const d = new v8.DefaultDeserializer(bytes);
  d.readHeader();
  const count = d.readValue() as number;
  const out: Record<string, unknown> = {};
  const one = interning();
  let citation: ((o: object) => object | undefined) | undefined;
  let lists: ((a: unknown[]) => unknown[] | undefined) | undefined;
  // How much of each large item's list the pieces so far have filled.
  const filled = new Map<unknown[], number>();
  for (let i = 0; i < count; i++) {
    if (i > 0) yield;
    const piece = d.readValue() as Piece;
    if (piece[0] === CITATIONS) {
      citation = citationReader(piece[1] as CitationTable, one);
      lists = citationLists(citation);
      continue;
    }
    yield* compactDecodedSteps(piece, one, citation, lists);
    const [key, value, isSlice] = piece;
    if (typeof isSlice === "string") {
      const list = out[key] as Record<string, unknown[]>[];
      const into = list[list.length - 1]![isSlice]!;
      let at = filled.get(into) ?? 0;
      for (const x of value as unknown[]) into[at++] = x;
      filled.set(into, at);
    } else if (!isSlice) out[key] = value;
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
    // class instances, Dates, … (a citation read back is plain data with its id made when read)
    if (proto !== Object.prototype && proto !== null && !isStoredCitation(o)) return false;
    for (const x of Object.values(o)) stack.push(x);
  }
  return true;
}
