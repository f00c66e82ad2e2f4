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
//      (DEA ↔ Drug Enforcement Administration) and surname-only entities to the unique full name;
//   4. lone words left over resolve against the corpus when unambiguous;
//   5. coreference (coref/): he/she to the latest person of that gender (honorific, given
//      name, or the article's own pronouns), preferring subjects of speech verbs; role
//      descriptions ("the Arsenal boss") to the person the article gave that role; "also known
//      as" short forms; and role nouns ("the department") to an actor carrying that word.
//      quotes, /actor and events all read these mentions.
//
// Everything is a pass over tokens or a lookup in a map: linear in the corpus.

import type { ActorModel, Article } from "../../types.ts";
import { assemble } from "./assemble.ts";
import { mergeAcrossArticles } from "./merge.ts";
import { readArticle } from "./read-article.ts";
import type { Local, Pending } from "./types.ts";
import { buildVocab, sentencesOf } from "./vocabulary.ts";

export function buildActorModel(articles: Article[]): ActorModel {
  const docs = articles.map((a) => ({ article: a, sentences: sentencesOf(a) }));
  const vocab = buildVocab(docs.flatMap((d) => d.sentences));
  const locals: Local[] = [];
  const pending: Pending[] = [];
  for (const d of docs) readArticle(d.article, d.sentences, vocab, locals, pending);
  const groups = mergeAcrossArticles(locals);
  const model = assemble(groups, pending, docs, vocab);
  return model;
}

export { warmActors } from "./model.ts";
