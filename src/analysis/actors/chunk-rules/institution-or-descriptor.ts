import { institutionOrDescriptor } from "../organisations.ts";
import type { ChunkRule } from "./rule.ts";

/** "Labour party", "Vanity Fair magazine": a lower-case institution or descriptor noun after. */
export const institutionNoun: ChunkRule = {
  name: "institution-noun",
  doc: "a lower-case institution noun ('Labour party') or descriptor ('Vanity Fair magazine') after",
  try: ({ st, c, vocab }) => (institutionOrDescriptor(st, c, vocab) ? true : null),
};
