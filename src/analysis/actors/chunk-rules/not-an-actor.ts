import { EVENT_HEADS } from "../../lexicons/not-names.ts";
import { PLACE_HEADS, PLACES } from "../../lexicons/places.ts";
import type { ChunkRule } from "./rule.ts";

/** Places, events and awards are not actors. */
export const notAnActor: ChunkRule = {
  name: "not-an-actor",
  doc: "a place word, or a place/event head at the end ('… Street', '… Cup'): not an actor",
  try: ({ c }) =>
    c.some((t) => PLACES.has(t.text)) ||
    PLACE_HEADS.has(c[c.length - 1]!.text) ||
    EVENT_HEADS.has(c[c.length - 1]!.text)
      ? true
      : null,
};
