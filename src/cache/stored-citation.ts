// A citation (SourceRef) read back from the snapshot. Its passage id is `${docId}:${n}` for every
// passage the corpus makes (corpus/passages.ts), so it is made when read instead of held: at a
// million passages the distinct ids of the cited passages were ~24 bytes a passage.
//
// The id is an own enumerable accessor, one pair shared by every citation (defined the same way,
// the citations share one hidden class), so a citation reads, spreads (`{ ...s, text }`),
// serializes (JSON, structured clone) and compares (`toEqual`) as a plain SourceRef would, in
// the same key order.

import type { SourceRef } from "../types.ts";

/** The passage number of `passageId` when it is `${docId}:${n}` (n a plain non-negative integer). */
export function passageNumber(docId: string, passageId: string): number | null {
  if (passageId.length <= docId.length + 1 || !passageId.startsWith(docId) || passageId[docId.length] !== ":")
    return null;
  const digits = passageId.slice(docId.length + 1);
  if (!/^(?:0|[1-9]\d{0,8})$/.test(digits)) return null;
  return Number(digits);
}

class StoredCitation {
  declare readonly docId: string;
  declare readonly passageId: string;
  declare readonly outlet: string | null;
  declare readonly url: string | null;
  declare readonly published: string | null;
  declare readonly start: number;
  declare readonly end: number;
  readonly #n: number;

  static readonly #passageId: PropertyDescriptor = {
    get(this: StoredCitation): string {
      return `${this.docId}:${this.#n}`;
    },
    enumerable: true,
  };

  constructor(
    docId: string,
    n: number,
    outlet: string | null,
    url: string | null,
    published: string | null,
    start: number,
    end: number,
  ) {
    this.#n = n;
    const self = this as unknown as Record<string, unknown>;
    self.docId = docId;
    Object.defineProperty(this, "passageId", StoredCitation.#passageId);
    self.outlet = outlet;
    self.url = url;
    self.published = published;
    self.start = start;
    self.end = end;
  }
}

/** A citation as read back: a StoredCitation when its passage id is the corpus's own form, else
 *  a plain record holding the id as written. */
export function storedCitation(
  docId: string,
  passageId: string,
  outlet: string | null,
  url: string | null,
  published: string | null,
  start: number,
  end: number,
): SourceRef {
  const n = passageNumber(docId, passageId);
  if (n === null) return { docId, passageId, outlet, url, published, start, end };
  return new StoredCitation(docId, n, outlet, url, published, start, end);
}

/** Whether `x` is a citation read back (plain data for the snapshot's writer, though not a
 *  plain object). */
export const isStoredCitation = (x: unknown): x is SourceRef => x instanceof StoredCitation;
