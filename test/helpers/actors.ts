// One invented article and the actor model built from it alone, and what the model says at a
// given place in its text: shared by the actor model's tests.
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import type { StepSwitches } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import type { ActorModel, Article, Mention } from "../../src/types.ts";
import { corpusOf } from "./corpus.ts";

export function model(text: string, switches?: StepSwitches): { m: ActorModel; a: Article } {
  const r = buildArticle("x/001.txt", text);
  if (!r.ok) throw new Error("article not built");
  return { m: buildActorModel([r.article], switches), a: r.article };
}

/** The mention at the n-th occurrence of `words` (exactly those characters), with its actor's name. */
export function mentionAt(
  m: ActorModel,
  a: Article,
  words: string,
  n = 0,
): (Mention & { name: string }) | null {
  let at = -1;
  for (let i = 0; i <= n; i++) at = a.text.indexOf(words, at + 1);
  if (at < 0) throw new Error(`no "${words}"`);
  const hit = m.mentionsIn(a.docId).find((x) => x.start === at && x.end === at + words.length);
  return hit ? { ...hit, name: m.byId.get(hit.actorId)!.name } : null;
}

/** Every mention the model built from `text` alone holds, in text order, with its actor's name. */
export function namedMentions(text: string, switches?: StepSwitches): (Mention & { name: string })[] {
  const { m, a } = model(text, switches);
  return m.mentionsIn(a.docId).map((x) => ({ ...x, name: m.byId.get(x.actorId)?.name ?? "" }));
}

/** The actor named at the n-th occurrence of `words`, or null. */
export const actorAt = (m: ActorModel, a: Article, words: string, n = 0): string | null =>
  mentionAt(m, a, words, n)?.name ?? null;

/** Invented articles (file → text) and one actor model over all of them, as the bot builds it. */
export function corpusModel(
  files: Record<string, string>,
  switches?: StepSwitches,
): {
  m: ActorModel;
  doc: (file: string) => Article;
} {
  const { articles } = corpusOf(files);
  const byFile = new Map(Object.keys(files).map((f, i) => [f, articles[i]!]));
  if (articles.length !== byFile.size) throw new Error("an article was not built");
  return { m: buildActorModel(articles, switches), doc: (file) => byFile.get(file)! };
}
