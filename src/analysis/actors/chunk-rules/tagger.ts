// Chunk rules that ask the learned tagger (src/analysis/ner/), placed after every rule with an
// opinion of its own (titles, organisation heads, group nouns, places), so they only read runs
// the rules would otherwise guess at: a plain name or a lone word. Gated where the tagger is
// unreliable on news outside its training copy: a lone word only carries the tagger's guess until
// the article's own names have had their say (tagger-guess.ts); a run is taken
// only at a confident margin, never over a run opening with a given name (the rules read those),
// not after "a"/"an" ("a Royal Marine"), and not when it ends in the
// surname of a person the article introduced ("Tears of the Sun Willis").

import { EVENT_HEADS, NEVER } from "../../lexicons/not-names.ts";
import { GIVEN_NAMES } from "../../lexicons/person-names.ts";
import { DEMONYMS, PLACE_HEADS, PLACES } from "../../lexicons/places.ts";
import { HONORIFICS, TITLE_WORDS } from "../../lexicons/titles.ts";
import type { NerSpan } from "../../ner/index.ts";
import { isOn } from "../../steps.ts";
import { addOrg, knownSurname, pendingWord } from "../article-actors.ts";
import { precedingRole } from "../cues.ts";
import { givenNameModifier, ROLE_MODIFIER_GIVEN_NAME_STEP } from "../s23-name-steps.ts";
import type { ArticleState, Vocab } from "../types.ts";
import { isCommon } from "../vocabulary.ts";
import { COUNTRY_PREFIX, isParticleSurname } from "../word-classes.ts";
import type { ChunkRead, ChunkRule } from "./rule.ts";

/** The tagger's reading of a run is taken only this far ahead of its runner-up (tuned on eng.train). */
const MIN_MARGIN = 2.5;

/** The margin at which the tagger's organisation outweighs a place word in the run: "Leeds beat
 *  Chelsea", "Ajax Amsterdam", "London Newsroom" (a club or a bureau named after its town). Chosen
 *  on eng.testa (8 finds more clubs there but lets one place in on the BBC held-out labels). */
const ORG_OVER_PLACE_MARGIN = 16;

/** The tagger's name over exactly this run, when confident. */
function confident(st: ArticleState, r: ChunkRead): NerSpan | null {
  const s = st.ner.nameAt(r.c[0]!, r.c[r.c.length - 1]!);
  return s && s.margin >= MIN_MARGIN ? s : null;
}

/** "Victor Amsell" when "Amsell" alone is a person elsewhere in the article: the rules' person stands. */
const personByItsSurname = (st: ArticleState, r: ChunkRead) => st.ner.alonePerson(r.c[r.c.length - 1]!.text);

const lone = (r: ChunkRead) => r.c.length === 1 || isParticleSurname(r.c);

/** What the lone-word rule drops outright (demonyms, never-names, country prefixes). */
const notLone = (w: string) => DEMONYMS.has(w) || NEVER.has(w) || COUNTRY_PREFIX.has(w);

/** "a Royal Marine", "an Oscar": a run after an indefinite article names a kind, not an actor. */
function afterIndefinite(st: ArticleState, r: ChunkRead): boolean {
  const at = r.c[0]!.start;
  return /(?:^|[^\p{L}])(?:a|an|A|An) $/u.test(st.text.slice(Math.max(0, at - 4), at));
}

/** A word that can describe a person: a common word, a demonym, "Third-stringer", "Queenslander". */
const descriptorLike = (w: string, vocab: Vocab) =>
  isCommon(w, vocab) || DEMONYMS.has(w) || w.includes("-") || /(?:er|man|ian)$/.test(w);

/** "Frenchman Jean Dupont", "Leeds striker Tony Yeboah": the tagger's person starts after word 1. */
export const taggerDescriptor: ChunkRule = {
  name: "tagger-descriptor",
  doc: "the tagger's person starts after the run's first words: those are a descriptor ('Frenchman X')",
  try: (r) => {
    const { st, c } = r;
    for (let i = 1; i < c.length && i <= 2; i++) {
      const lead = c.slice(0, i);
      // a title is part of the name; a descriptor is a word that describes (not "Victor" of "Victor Conte")
      if (lead.some((t) => HONORIFICS.has(t.text) || TITLE_WORDS.has(t.text.toLowerCase()))) return null;
      if (lead.some((t) => !descriptorLike(t.text, r.vocab))) return null;
      const name = st.ner.nameAt(c[i]!, c[c.length - 1]!);
      if (name?.type !== "PER" || name.margin < MIN_MARGIN) continue;
      if (lead.some((t) => st.ner.typeOf(t) === "PER")) continue;
      r.c = c.slice(i);
      return null;
    }
    return null;
  },
};

/** A lone word carries the tagger's type as a guess, taken if the article resolves it no other way. */
export const taggerLoneWord: ChunkRule = {
  name: "tagger-lone-word",
  doc: "a lone word the tagger types waits, with that guess, for the article's own names first",
  try: (r) => {
    const { st, s, c } = r;
    if (!lone(r) || (c.length === 1 && notLone(c[0]!.text))) return null;
    const name = confident(st, r);
    if (!name || name.type === "MISC") return null;
    const p = pendingWord(st, c, null, precedingRole(st, s, c[0]!));
    const kind = name.type === "PER" ? "person" : name.type === "ORG" ? "organization" : "place";
    // "Tony host Carl Brandt": a given name modifying a role and a full name is no person (switch)
    const modifier =
      kind === "person" &&
      isOn("actors", ROLE_MODIFIER_GIVEN_NAME_STEP.name, st.switches) &&
      givenNameModifier(st, c[0]!.text, c[c.length - 1]!.end);
    if (p) p.guess = { kind, margin: name.margin };
    if (p && modifier) p.roleModifier = true;
    return true;
  },
};

/** A sentence of sports copy: a score ("2-1", "350-8") or a result line ("Leeds 2 Chelsea 1", "X v Y"). */
const scoreLine = (sentence: string) =>
  /\b\d{1,3}-\d{1,3}\b|\p{Lu}[\p{L}.]* \d{1,3} \p{Lu}|\p{L} v\.? \p{Lu}/u.test(sentence);

/** "Leeds beat Chelsea", "Ajax Amsterdam": a run with a place word that the tagger confidently
 *  reads as an organisation is one (a lone word waits, with that guess, like any other), unless
 *  the article reads that place word mostly as a place ("the Sydney Olympic gold medallist … won
 *  in Sydney"). Only in sports copy: a sentence with a score or a result line. */
export const taggerOrgOverPlace: ChunkRule = {
  name: "tagger-org-over-place",
  doc: "in a sentence with a score, a run with a place word the tagger confidently reads as an organisation ('Leeds beat X 2-1'), the place not read mostly as a place in the article: an organisation",
  try: (r) => {
    const { st, s, c } = r;
    const places = c.filter((t) => PLACES.has(t.text));
    const head = c[c.length - 1]!.text;
    // "Leeds Classic", "Sydney Cup": an event, whatever the tagger says
    if ((places.length === 0 && !PLACE_HEADS.has(head)) || EVENT_HEADS.has(head)) return null;
    const name = st.ner.nameAt(c[0]!, c[c.length - 1]!);
    if (name?.type !== "ORG" || name.margin < ORG_OVER_PLACE_MARGIN) return null;
    if (
      GIVEN_NAMES.has(c[0]!.text) ||
      afterIndefinite(st, r) ||
      places.some((t) => st.ner.mostlyPlace(t.text)) ||
      !scoreLine(st.text.slice(s.start, s.end))
    )
      return null;
    if (!lone(r)) {
      addOrg(st, c, false, "name");
      return true;
    }
    const p = pendingWord(st, c, null, precedingRole(st, s, c[0]!));
    if (p) p.guess = { kind: "organization", margin: name.margin };
    return true;
  },
};

/** A run the tagger reads as a place is not an actor. */
export const taggerPlace: ChunkRule = {
  name: "tagger-place",
  doc: "a run of several words the tagger reads as a place (not opening with a given name): not an actor",
  try: (r) =>
    !lone(r) &&
    !GIVEN_NAMES.has(r.c[0]!.text) &&
    confident(r.st, r)?.type === "LOC" &&
    !personByItsSurname(r.st, r)
      ? true
      : null,
};

/** "Roberta A. Kaplan", "George W Bush": a word, a middle initial and a surname-shaped word is how
 *  English writes a person, almost never an organisation, whatever the tagger makes of an
 *  unfamiliar given name. */
const MIDDLE_INITIAL = /^(?:\p{Lu}\.|[B-HJ-NP-Z])$/u;
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const middleInitialName = (c: readonly { text: string }[]) =>
  c.length === 3 &&
  NAME_WORD.test(c[0]!.text) &&
  MIDDLE_INITIAL.test(c[1]!.text) &&
  NAME_WORD.test(c[2]!.text);

/** "Dinamo Bucharest", "Tods Murray": a run the tagger reads as an organisation. */
export const MIDDLE_INITIAL_STEP = {
  name: "middle-initial-person",
  doc: "a word, a middle initial and a surname ('Roberta A. Kaplan') is never the tagger's organisation",
};

export const taggerOrganisation: ChunkRule = {
  name: "tagger-organisation",
  doc: "a run of several words the tagger reads as an organisation (not after 'a', not ending in a known surname)",
  try: (r) => {
    const { st, c } = r;
    if (lone(r) || GIVEN_NAMES.has(c[0]!.text) || confident(st, r)?.type !== "ORG") return null;
    if (isOn("actors", MIDDLE_INITIAL_STEP.name, st.switches) && middleInitialName(c)) return null;
    // "a Royal Marine": a kind of person, not an organisation (nor anyone in particular)
    if (afterIndefinite(st, r)) return true;
    if (knownSurname(st, c.slice(-1)) || personByItsSurname(st, r)) return null;
    addOrg(st, c, false, "name");
    return true;
  },
};
