// The shared actor model: people and organisations named in the coverage, one actor per real
// actor across articles, with every place each is mentioned. Rules for English news
// conventions, no NER library:
//
//   1. per article, capitalised word runs in passage sentences are read as
//      title + name ("Secretary of State Marco Rubio"), honorific + name ("Mr McLetchie"),
//      organisation names (an org head: "State Department"; a known org: "FBI"; a lower-case
//      group noun after: "Sinaloa cartel"), or plain two-to-four word names ("Kristi Noem");
//      appositives and lower-case role words give descriptions ("Ryanair chairman X");
//   2. lone words (surnames, first names, acronyms, short forms) join the unique entity of the
//      same article that they name;
//   3. across articles entities are merged by folded name (Ramón = Ramon), same surname with a
//      close first name and compatible roles (Nicholas/Nicolás Maduro), acronym ↔ initials
//      (DEA ↔ Drug Enforcement Administration; the one its own article names when initials are
//      shared) and surname-only entities to the unique full name;
//   4. lone words left over resolve against the corpus when unambiguous;
//   5. coreference (coref/): he/she to the latest person of that gender (honorific, given
//      name, or the article's own pronouns), preferring subjects of speech verbs; role
//      descriptions ("the Arsenal boss") to the person the article gave that role; "also known
//      as" short forms; and role nouns ("the department") to an actor carrying that word.
//      quotes, /actor and events all read these mentions.
//
// Everything is a pass over tokens or a lookup in a map: linear in the corpus.

import { readText, type TextLayer } from "../../text/tokens.ts";
import type { ActorModel, Article } from "../../types.ts";
import { forgetTaggedWords } from "../ner/index.ts";
import { ALL_STEPS, type StepSwitches, stepNames } from "../steps.ts";
import { APPOSED_ACRONYM_STEP } from "./apposed-acronym.ts";
import { ASSEMBLE_STEPS } from "./assemble.ts";
import { CHUNK_RULES } from "./chunk-rules/index.ts";
import { GENDERED_GIVEN_NAME_STEP, TITLE_THE_STEP } from "./chunk-rules/plain-name.ts";
import { AMPERSAND_NAME_STEP } from "./chunk-rules/sentence-initial-common.ts";
import { MIDDLE_INITIAL_STEP } from "./chunk-rules/tagger.ts";
import { MEDIUM_ORG_WORD_STEP, WEEKDAY_PAPER_STEP } from "./chunks.ts";
import { COREF_STEPS } from "./coref/steps.ts";
import { HONORIFIC_GENDER_STEP } from "./honorific-gender.ts";
import { DOMINANT_SURNAME_STEP, LONE_GIVEN_NAME_STEP, MERGE_STEPS } from "./merge.ts";
import { INITIALS_HYPHEN_STEP } from "./names.ts";
import { COMMON_WORD_TITLE_STEP } from "./organisations.ts";
import { POSSESSIVE_FORM_NAME_STEP } from "./possessive-form-name.ts";
import { ARTICLE_STEPS } from "./read-article.ts";
import { LOCAL_STEPS } from "./resolve-locally.ts";
import { ORG_INNER_AND_STEP } from "./s22-org-steps.ts";
import { CLIPPED_PAST_COUNTRY_STEP, ROLE_MODIFIER_GIVEN_NAME_STEP } from "./s23-name-steps.ts";
import { TWO_BODIES_AND_STEP } from "./s26-names-and.ts";
import { NAMED_MID_SENTENCE_STEP } from "./s26-names-steps.ts";
import { AMPERSAND_FIRST_STEP } from "./set23-steps.ts";
import { SPEAKING_ORG_GOES_ON_STEP } from "./speaking-org-goes-on.ts";
import { corpusActors, finishModel, linkArticle, readArticle, readDoc, taggerOn, vocabOf } from "./stages.ts";

/**
 * Every step of the actor model, in the order they run, by stage: an article's steps, the chunk
 * rules (inside "read-runs"), the local resolution of lone words (inside "resolve-locally"),
 * the merge across articles, then the corpus-wide steps and coreference. Each can be switched
 * off as "actors.<name>".
 */
export const ACTOR_STEPS: readonly { readonly name: string; readonly doc: string }[] = [
  ...ARTICLE_STEPS,
  ...CHUNK_RULES,
  ...LOCAL_STEPS,
  ...MERGE_STEPS,
  ...ASSEMBLE_STEPS,
  INITIALS_HYPHEN_STEP,
  AMPERSAND_FIRST_STEP,
  AMPERSAND_NAME_STEP,
  WEEKDAY_PAPER_STEP,
  MEDIUM_ORG_WORD_STEP,
  GENDERED_GIVEN_NAME_STEP,
  TITLE_THE_STEP,
  SPEAKING_ORG_GOES_ON_STEP,
  APPOSED_ACRONYM_STEP,
  COMMON_WORD_TITLE_STEP,
  NAMED_MID_SENTENCE_STEP,
  ORG_INNER_AND_STEP,
  ROLE_MODIFIER_GIVEN_NAME_STEP,
  CLIPPED_PAST_COUNTRY_STEP,
  TWO_BODIES_AND_STEP,
  DOMINANT_SURNAME_STEP,
  LONE_GIVEN_NAME_STEP,
  MIDDLE_INITIAL_STEP,
  HONORIFIC_GENDER_STEP,
  POSSESSIVE_FORM_NAME_STEP,
  ...COREF_STEPS,
];

/** "actors.<name>" of every step, for the scorers' ablation table. */
export const actorStepNames = (): string[] => stepNames("actors", ACTOR_STEPS);

/**
 * The actor model of the articles. `layerOf` gives an article's text layer (buildCoverage hands
 * over the one it shares with the other analyses); the words of names are read from it.
 */
export function buildActorModel(
  articles: Article[],
  switches: StepSwitches = ALL_STEPS,
  layerOf: (article: Article) => TextLayer = readText,
): ActorModel {
  const tagger = taggerOn(switches);
  const docs = articles.map((a) => readDoc(a, layerOf(a), tagger));
  if (tagger) forgetTaggedWords();
  const vocab = vocabOf(docs);
  const as = corpusActors(
    docs.map((d) => readArticle(d.article, d.sentences, d.ner, vocab, switches, layerOf)),
    vocab,
    switches,
  );
  for (const d of docs) {
    const list = as.mentionsByDoc.get(d.article.docId);
    if (list) as.gendersByDoc.set(d.article.docId, linkArticle(d, list, as.byId, switches));
  }
  return finishModel(as);
}

export {
  type ArticleCoref,
  corefReadOptions,
  personForRole,
  readCoref,
  roleLinkFor,
} from "./coref/read-coref.ts";
export { type Gender, genderOfName } from "./gender.ts";
export { actorModelSnapshot, actorsDecoded, warmActors } from "./model.ts";
