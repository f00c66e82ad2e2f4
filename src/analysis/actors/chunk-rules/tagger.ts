// Chunk rules that ask the learned tagger (src/analysis/ner/), placed after every rule with an
// opinion of its own (titles, organisation heads, group nouns, places), so they only read runs
// the rules would otherwise guess at: a plain name or a lone word.

import { HONORIFICS, TITLE_WORDS } from "../../lexicons/titles.ts";
import { addOrg, pendingWord } from "../article-actors.ts";
import { precedingRole } from "../cues.ts";
import type { ChunkRule } from "./rule.ts";

/** "Frenchman Jean Dupont", "Leeds striker Tony Yeboah": the tagger's person starts after word 1. */
export const taggerDescriptor: ChunkRule = {
  name: "tagger-descriptor",
  doc: "the tagger's person starts after the run's first words: those are a descriptor ('Frenchman X')",
  try: (r) => {
    const { st, c } = r;
    for (let i = 1; i < c.length - 0 && i <= 2; i++) {
      const lead = c.slice(0, i);
      if (lead.some((t) => HONORIFICS.has(t.text) || TITLE_WORDS.has(t.text.toLowerCase()))) return null;
      const name = st.ner.nameAt(c[i]!, c[c.length - 1]!);
      if (name?.type !== "PER" || lead.some((t) => st.ner.typeOf(t) === "PER")) continue;
      r.c = c.slice(i);
      return null;
    }
    return null;
  },
};

/** A run the tagger reads as a place is not an actor. */
export const taggerPlace: ChunkRule = {
  name: "tagger-place",
  doc: "a run the tagger reads as a place: not an actor",
  try: ({ st, c }) => (st.ner.nameAt(c[0]!, c[c.length - 1]!)?.type === "LOC" ? true : null),
};

/** "Barnsley", "Dinamo Bucharest", "Fiat": a run the tagger reads as an organisation. */
export const taggerOrganisation: ChunkRule = {
  name: "tagger-organisation",
  doc: "a run the tagger reads as an organisation (a lone word waits to join the article's org)",
  try: ({ st, s, c }) => {
    if (st.ner.nameAt(c[0]!, c[c.length - 1]!)?.type !== "ORG") return null;
    if (c.length === 1) pendingWord(st, c, "organization", precedingRole(st, s, c[0]!));
    else addOrg(st, c, false, "name");
    return true;
  },
};

/** "Agassi": a lone word the tagger reads as a person waits to be resolved as one. */
export const taggerPerson: ChunkRule = {
  name: "tagger-person",
  doc: "a lone word the tagger reads as a person is resolved as a person's surname",
  try: ({ st, s, c }) => {
    if (c.length !== 1 || st.ner.nameAt(c[0]!, c[0]!)?.type !== "PER") return null;
    pendingWord(st, c, "person", precedingRole(st, s, c[0]!));
    return true;
  },
};
