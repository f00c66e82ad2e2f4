// Aliases and descriptions with the documents each was seen in.

import type { AliasSeen } from "../../types.ts";

/** Per list, text → entry and its docIds as a set: recording a sighting is O(1), not a scan
 *  of every alias and document seen so far (which made prominent actors quadratic). */
const seenIndex = new WeakMap<AliasSeen[], Map<string, { seen: AliasSeen; docs: Set<string> }>>();

export function addSeen(list: AliasSeen[], text: string, docId: string) {
  const t = text.trim();
  if (!t) return;
  let index = seenIndex.get(list);
  if (!index) {
    index = new Map(list.map((seen) => [seen.text, { seen, docs: new Set(seen.docIds) }]));
    seenIndex.set(list, index);
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
