// Speaker rules for a person or group given by a description tied to a named person: "the
// mother-of-nine" (a he/she of that gender), "Ruiz's mother" (the person the article names as
// "his mother Ana Ruiz", before or after), "Mr Ruiz's lawyers" (a group of people, kept as
// written, never the possessor; "Mr Ruiz's words" is no group). Tried after the document rules of resolve-speaker.ts.

import { NEVER } from "../lexicons/not-names.ts";
import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { FAMILY_NOUNS, OFFICE_HEADS, ROLE_GENDER } from "../lexicons/titles.ts";
import type { Alternative } from "../steps.ts";
import { anonymousNamed } from "./anonymous-named.ts";
import { BAND_DESCRIPTION } from "./band-description.ts";
import { expandNamed } from "./expand-named.ts";
import { GROUP_SPEAKER_SWITCH, groupPhrase } from "./group-head.ts";
import { KIN_DESCRIPTION_RULE } from "./kin-description.ts";
import { personNoun } from "./person-noun.ts";
import { namedPersonsBefore, previousSentenceStart, subjectAt } from "./prior-subject.ts";
import { resolveHeShe } from "./pronouns.ts";
import { CAPITAL_EPITHET_RULE, CAPITAL_MAKER_RULE } from "./residual19-switches.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { type QuoteDoc, resolveDescription, speakerForActor, unnamed } from "./state.ts";
import type { Speaker } from "./types.ts";

const KIN = `${FAMILY_NOUNS}|grandmother|grandfather`;
/** "Michael Ruiz's mother", "Mr Ruiz's widow": the possessor's name and the kin noun. */
const POSSESSED_KIN = new RegExp(
  `^((?:\\p{Lu}[\\p{L}.'’-]*\\s+)*\\p{Lu}[\\p{L}'’-]*?)['’]s?\\s+(${KIN})$`,
  "u",
);
/** "Mr Ruiz's lawyers", "Ruiz's closest aides": a possessor's name and a plural noun. */
const POSSESSED_GROUP =
  /^((?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}'’-]*?)['’]s?\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+s)$/u;

/** "Jane Doe's lawyer", "Mr Ruiz's new agent": a possessor's name and a singular person's noun. */
const POSSESSED_ONE =
  /^((?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}'’-]*?)['’]s?\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+[^s\W])$/u;

/** Plural nouns for a person's circle that no person's ending tells. */
const PEOPLE = new Set([
  "associates",
  "allies",
  "aides",
  "kids",
  "children",
  "relatives",
  "parents",
  "fans",
  "friends",
]);

/** The last word of a name, its surname ("Mr Ruiz" → "Ruiz"). */
const surname = (name: string) => name.split(/\s+/).pop()!;

/**
 * The person the article names with the kin noun of the possessor: "his mother Ana Ruiz", "Ruiz's
 * mother, Ana Ruiz," anywhere but at `start`; "his"/"her" only for a name of the possessor's
 * family (the surname shared).
 */
function namedKin(doc: QuoteDoc, owner: string, kin: string, start: number): string | null {
  const last = surname(owner);
  const re = new RegExp(
    `\\b(?:[Hh]is|[Hh]er|${last}['’]s?)\\s+${kin},?\\s+((?:\\p{Lu}[\\p{L}'’-]*\\s+)*\\p{Lu}[\\p{L}'’-]*)`,
    "gu",
  );
  for (const m of doc.text.slice(doc.article.bodyStart).matchAll(re)) {
    const at = doc.article.bodyStart + m.index! + m[0].length - m[1]!.length;
    if (at === start) continue;
    const name = m[1]!;
    if (!m[0].includes(last) && surname(name) !== last) continue;
    const hit = doc.actors.mentionAt(doc.article.docId, at, at + name.length);
    const actor = hit ? doc.actors.byId.get(hit.actorId) : doc.actors.resolve(name);
    if (actor?.kind === "person") return actor.id;
  }
  return null;
}

/** "the director behind JFK", "the author of Small Hours": a maker of named works, not the work. */
const MAKER_OF_WORKS =
  /^the\s+(?:[\p{Ll}-]+\s+)?(?:director|star|creator|writer|author|producer|composer|maker)\s+(?:of|behind)\s+\p{Lu}/u;

export const DESCRIBED_PERSON_RULES: readonly Alternative<SpeakerInput, Speaker>[] = [
  // (first: "the band" the article named is neither a person nor an anonymous source)
  BAND_DESCRIPTION,
  {
    ...GROUP_SPEAKER_SWITCH,
    // (a fuller name the article gives it is its name: "G7 ministers" for "G7 finance ministers";
    // a quotation's "G7 ministers", capitals and a plural only, keeps the name it was read as)
    try: ({ doc, p, words, quote }) =>
      groupPhrase(words, doc) &&
      !(quote !== null && /^(?:\p{Lu}\S*\s+)+\S+$/u.test(p.text)) &&
      !expandNamed(doc, words, p.start, words)
        ? unnamed(p, "plural")
        : null,
  },
  // "his son said" after "Mr Roe's son Ivo said" (kin-description.ts)
  KIN_DESCRIPTION_RULE,
  {
    name: "maker-of-works",
    doc: '"said the director behind Harbour Lights" after "Ruiz hoped …": the person the sentence before opens on, not the film',
    try: ({ doc, p }) => {
      if (!MAKER_OF_WORKS.test(p.text)) return null;
      // the earliest subject of the sentence before ("Stone expressed the hope that Alexander …")
      let id: string | null = null;
      for (const m of namedPersonsBefore(doc, p.start, previousSentenceStart(doc, p.start)))
        if (subjectAt(doc.text, m.start, m.end)) id = m.actorId;
      return id ? speakerForActor(doc, id, p) : unnamed(p);
    },
  },
  {
    name: "kin-count-description",
    doc: '"the mother-of-nine said", "the father-of-two": the he/she of that gender the article is on',
    try: ({ doc, p }) => {
      const m = /^the\s+(?:[\p{Ll}\d-]+\s+)*((?:grand)?(?:mother|father))-of-[\p{L}\d]+$/iu.exec(p.text);
      return m ? resolveHeShe(doc, p, ROLE_GENDER[m[1]!.toLowerCase().replace(/^grand/, "")]!) : null;
    },
  },
  {
    name: "possessor-kin",
    doc: '"Michael Ruiz\'s mother has said" with "his mother Ana Ruiz" in the article: that person',
    try: ({ doc, p }) => {
      const m = POSSESSED_KIN.exec(p.text);
      const id = m ? namedKin(doc, m[1]!, m[2]!, p.start) : null;
      return id ? speakerForActor(doc, id, p) : null;
    },
  },
  {
    name: "anonymous-named-later",
    doc: '"a spokeswoman for Tellco said" with "Tellco spokeswoman Ada Lind" in the article: the one person named in that role',
    try: ({ doc, p }) => {
      const id = anonymousNamed(doc, p);
      return id ? speakerForActor(doc, id, p) : null;
    },
  },
  {
    name: "possessed-group",
    doc: '"Mr Ruiz\'s lawyers stated": a group of the named person, kept as written, not the possessor',
    try: ({ p }) => {
      const m = POSSESSED_GROUP.exec(p.text);
      // "Saturday's organizers": a day's or month's possessive is no one's group.
      if (!m || NEVER.has(surname(m[1]!))) return null;
      const head = m[2]!;
      const one = head.replace(/ies$/, "y").replace(/s$/, "");
      return !ORG_NOUNS.has(one) && (personNoun(one) || PEOPLE.has(head)) ? unnamed(p, "plural") : null;
    },
  },
  {
    name: "possessed-person",
    doc: '"Jane Doe\'s lawyer said": one person of the named person\'s circle, kept as written, not "Jane lawyer"',
    try: ({ doc, p }) => {
      const m = POSSESSED_ONE.exec(p.text);
      const head = m?.[2] ?? "";
      // (an office, "Calder Bank's chief executive", and kin are other rules')
      if (
        !m ||
        NEVER.has(surname(m[1]!)) ||
        ORG_NOUNS.has(head) ||
        head in ROLE_GENDER ||
        OFFICE_HEADS.has(head)
      )
        return null;
      if (!personNoun(head)) return null;
      const linked = resolveDescription(doc, p);
      return linked.id ? linked : unnamed(p);
    },
  },
  CAPITAL_EPITHET_RULE,
  CAPITAL_MAKER_RULE,
];
