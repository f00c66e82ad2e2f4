// Aliases and descriptions with the documents each was seen in.

import type { AliasSeen } from "../../types.ts";

type Index = Map<string, { seen: AliasSeen; docs: Set<string> }>;

/**
 * The alias and description lists of one model build, each with its index (text → entry and
 * its docIds as a set): recording a sighting is O(1), not a scan of every alias and document
 * seen so far (which made prominent actors quadratic). Built per build and dropped with it.
 */
export class SeenLists {
  private readonly indexes = new Map<AliasSeen[], Index>();

  add(list: AliasSeen[], text: string, docId: string) {
    const t = text.trim();
    if (!t) return;
    let index = this.indexes.get(list);
    if (!index) {
      index = new Map(list.map((seen) => [seen.text, { seen, docs: new Set(seen.docIds) }]));
      this.indexes.set(list, index);
    }
    const f = index.get(t);
    if (f) {
      if (!f.docs.has(docId)) {
        f.docs.add(docId);
        f.seen.docIds.push(docId);
      }
    } else {
      const seen = { text: t, docIds: [docId] };
      list.push(seen);
      index.set(t, { seen, docs: new Set([docId]) });
    }
  }
}
