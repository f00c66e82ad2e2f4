// Citations (SourceRef records) in the snapshot as rows of one table: each distinct cited span
// once, its five strings as numbers into a string list, and each place that cites it a marker
// `{ $c: row }`. Written in full, a citation was ~230 bytes (seven keys, the outlet's url), and
// events cite a passage about twice: three quarters of the extras section at a million passages.
// Read back, each distinct span is one object however many events, figures and disagreements
// cite it.

import { IntRows } from "../text/int-rows.ts";
import type { SourceRef } from "../types.ts";
import { isStoredCitation, storedCitation } from "./stored-citation.ts";

/** A citation's fields, in the order sourceRef writes them (the first five strings or null). */
const KEYS = ["docId", "passageId", "outlet", "url", "published", "start", "end"] as const;
const WIDTH = KEYS.length;
const STRINGS = 5;
const MARKER = "$c";

export interface CitationTable {
  strings: string[];
  /** WIDTH numbers a citation: five string numbers (-1: null), then start and end. */
  rows: Int32Array;
}

function isCitation(o: object): o is SourceRef {
  const keys = Object.keys(o);
  if (keys.length !== WIDTH || !keys.every((k, i) => k === KEYS[i])) return false;
  const r = o as Record<string, unknown>;
  return (
    typeof r.start === "number" &&
    typeof r.end === "number" &&
    KEYS.slice(0, STRINGS).every((k) => typeof r[k] === "string" || (k !== "docId" && r[k] === null))
  );
}

const isPlainObject = (x: unknown): x is object =>
  x !== null &&
  typeof x === "object" &&
  !ArrayBuffer.isView(x) &&
  (Object.getPrototypeOf(x) === Object.prototype || isStoredCitation(x));

/** Calls `fn` for each slot of each array under `root` (arrays, plain objects, Map values; each
 *  object once) holding a plain object; `fn` may replace the slot's value. */
function eachObjectSlot(root: unknown, fn: (list: unknown[], i: number, x: object) => void): void {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const o = stack.pop();
    if (o === null || typeof o !== "object" || seen.has(o) || ArrayBuffer.isView(o)) continue;
    seen.add(o);
    if (Array.isArray(o)) {
      for (let i = 0; i < o.length; i++) {
        const x: unknown = o[i];
        if (isPlainObject(x)) fn(o, i, x);
        if (o[i] === x) stack.push(x);
      }
    } else if (o instanceof Map) for (const x of o.values()) stack.push(x);
    else if (isPlainObject(o)) for (const x of Object.values(o)) stack.push(x);
  }
}

/** Replaces, in place, every citation held in an array under `root` by its row's marker, and
 *  gives the table and how to put the citations back (after the writer has run). A citation is a
 *  row per object: the build cites each span with one object (events/index.ts). */
export function tableCitations(root: unknown): { table: CitationTable; restore: () => void } {
  const strings: string[] = [];
  const stringAt = new Map<string, number>();
  const code = (s: string | null) => {
    if (s === null) return -1;
    let i = stringAt.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      stringAt.set(s, i);
    }
    return i;
  };
  const rows = new IntRows(WIDTH);
  const cited: SourceRef[] = [];
  const markers: Array<Record<string, number>> = [];
  const rowOf = new Map<object, number>();
  eachObjectSlot(root, (list, i, x) => {
    if (!isCitation(x)) return;
    let row = rowOf.get(x);
    if (row === undefined) {
      row = rows.append();
      rowOf.set(x, row);
      const fields = [code(x.docId), code(x.passageId), code(x.outlet), code(x.url), code(x.published)];
      for (const [f, v] of [...fields, x.start, x.end].entries()) rows.set(row, f, v);
      cited.push(x);
      markers.push({ [MARKER]: row });
    }
    list[i] = markers[row]!;
  });
  return {
    table: { strings, rows: rows.flat() },
    restore: () =>
      eachObjectSlot(root, (list, i, x) => {
        const row = (x as Record<string, unknown>)[MARKER];
        if (typeof row === "number" && markers[row] === x) list[i] = cited[row]!;
      }),
  };
}

/** Short lists of citations read back: a list citing the same rows as one read before is that
 *  list (a figure citing the sentence its event cites holds the event's list, not a copy: ~40
 *  bytes a passage at 138k passages). Nothing changes a decoded list in place. */
export function citationLists(
  citation: (o: object) => object | undefined,
): (list: unknown[]) => unknown[] | undefined {
  const single: unknown[][] = [];
  const longer = new Map<string, unknown[]>();
  return (list) => {
    if (list.length === 0 || list.length > 4) return undefined;
    const rows: number[] = [];
    for (const x of list) {
      const row = x !== null && typeof x === "object" ? (x as Record<string, unknown>)[MARKER] : undefined;
      if (typeof row !== "number") return undefined;
      rows.push(row);
    }
    const key = rows.length === 1 ? rows[0]! : rows.join(",");
    const known = typeof key === "number" ? single[key] : longer.get(key);
    if (known) return known;
    const made = list.map((x) => citation(x as object));
    if (made.some((c) => c === undefined)) return undefined;
    if (typeof key === "number") single[key] = made;
    else longer.set(key, made);
    return made;
  };
}

/** The citations of a table read back: `resolve(marker)` gives its row's one object. */
export function citationReader(
  table: CitationTable,
  one: (s: string) => string,
): (o: object) => object | undefined {
  const { strings, rows } = table;
  const made: Array<SourceRef | undefined> = new Array(rows.length / WIDTH);
  const str = (i: number) => (i < 0 ? null : one(strings[i]!));
  return (o) => {
    const row = (o as Record<string, unknown>)[MARKER];
    if (typeof row !== "number" || Object.keys(o).length !== 1 || row < 0 || row >= made.length)
      return undefined;
    let c = made[row];
    if (!c) {
      const at = row * WIDTH;
      // The passage id is read from the string list (not interned): held only when it is not
      // the corpus's own `${docId}:${n}` form.
      c = storedCitation(
        str(rows[at]!) ?? "",
        rows[at + 1]! < 0 ? "" : strings[rows[at + 1]!]!,
        str(rows[at + 2]!),
        str(rows[at + 3]!),
        str(rows[at + 4]!),
        rows[at + 5]!,
        rows[at + 6]!,
      );
      made[row] = c;
    }
    return c;
  };
}
