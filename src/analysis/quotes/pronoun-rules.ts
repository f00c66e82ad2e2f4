// The speaker rules for pronouns: he/she, it, they/we/I, each through the model's coreference and
// this article's speaker history (pronouns.ts).

import type { Alternative } from "../steps.ts";
import { narratorI } from "./narrator-i.ts";
import { objectPronounChecked } from "./object-pronoun.ts";
import { ONE_OF_GROUP_SPEAKER } from "./one-of-group.ts";
import { paragraphPerson } from "./pronoun-paragraph-person.ts";
import { pronounOf, resolveHeShe, resolveIt, resolveTheyWeI } from "./pronouns.ts";
import { reporterOverTopic } from "./s24-pron-switches.ts";
import { KIN_GIVEN_NAME_RULE } from "./s24b-kin-given.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

export const PRONOUN_RULES: readonly Alternative<SpeakerInput, Speaker>[] = [
  // "His brother Ravi said": the relative, with the family's surname (s24b-kin-given.ts)
  KIN_GIVEN_NAME_RULE,
  // "Some former staff are angry. One told …": one of that group (one-of-group.ts)
  ONE_OF_GROUP_SPEAKER,
  {
    name: "pronoun-he-she",
    doc: "he/she: the model's candidates, tie-broken by this article's latest speakers",
    try: ({ doc, p, quote }) => {
      const g = pronounOf(p);
      if (g !== "male" && g !== "female") return null;
      // ("Back in Batticaloa, fisherman Ann Roe stood …. “…,” she said": pronoun-paragraph-person.ts)
      const opened = paragraphPerson(doc, p, g);
      if (opened) return objectPronounChecked(doc, p, opened, g);
      const sp = resolveHeShe(doc, p, g, quote);
      // "Ray Dorn warned that Tom Vale needed a rest. … “He was brilliant,” he said" (switch)
      const reporter = sp.id ? reporterOverTopic(doc, p, g, quote, sp.id, null) : null;
      // ("prompted him to say": an object pronoun only for a person known to be of its gender)
      return objectPronounChecked(doc, p, reporter ? speakerForActor(doc, reporter, p, g) : sp, g);
    },
  },
  {
    name: "pronoun-it",
    doc: "it: the latest organisation speaking or named as a subject",
    try: ({ doc, p }) => (pronounOf(p) === "thing" ? resolveIt(doc, p) : null),
  },
  {
    name: "pronoun-they-we-i",
    doc: "they/we: the latest organisation or plural speaker; I: the latest person",
    try: ({ doc, p }) => {
      const g = pronounOf(p);
      // (an I outside every quotation is the writer: narrator-i.ts)
      if (g === "self") return narratorI(doc, p) ?? resolveTheyWeI(doc, p, "any");
      return g === "plural" ? resolveTheyWeI(doc, p, "plural") : null;
    },
  },
];
