// `Ann Roe said: "…". Vexa said the market had doubled. "Nobody queues any more." "…," she said.`:
// a statement that only the context attributes (no tag of its own) to an organisation, or to a
// name that never speaks in the article (a sentence's subject, a mere mention), between two
// statements of one person in the same or the neighbouring paragraphs, is that person's: the
// writer's sentence between them is about the body or the mention, and the person speaks on.

import type { Article } from "../../types.ts";
import { said } from "./said.ts";
import type { QuoteFound } from "./types.ts";

/** The switch, listed with the study sets' switches (study-set-switches.ts). */
export const CONTEXT_SANDWICH_SWITCH = {
  name: "context-between-person-quotes",
  doc: '`Ann Roe said: "…". Vexa said sales doubled. "Nobody queues." "…," she said.`: a context-only statement of a body or a mere mention between two statements of one person is the person\'s',
};

/** Paragraph index of each quotation, in one pass (quotations in text order). */
function paragraphsOf(article: Article, qs: readonly QuoteFound[]): number[] {
  const out: number[] = [];
  let p = 0;
  for (const q of qs) {
    while (p < article.paragraphs.length - 1 && article.paragraphs[p]!.end <= q.start) p++;
    out.push(p);
  }
  return out;
}

/** Names that speak somewhere in the article by a tag or a reporting verb of their own. */
function cuedSpeakers(all: readonly QuoteFound[]): Set<string> {
  const out = new Set<string>();
  for (const q of all) if (q.speakerName && q.via === "cue") out.add(q.speakerName);
  return out;
}

/** The quotation stands alone: no words lead into it or follow it in its sentence (`“…?” they
 *  pondered` has a tag the walk did not read). */
function standsAlone(text: string, q: QuoteFound): boolean {
  const before = text.slice(Math.max(0, q.start - 3), q.start);
  const after = text.slice(q.end, q.end + 12);
  return !/[\p{L}\p{N},:;]\s*\p{Pi}?["'“‘]?$/u.test(before) && !/^[^\p{L}\n]*\p{Ll}/u.test(after);
}

/** Gives a context-only statement of a body or mention between one person's statements to that person. */
export function contextBetweenPersonQuotes(
  article: Article,
  direct: QuoteFound[],
  reported: readonly QuoteFound[],
): void {
  const statements = direct.filter((q) => q.kind === "statement").sort((a, b) => a.start - b.start);
  const paras = paragraphsOf(article, statements);
  const cued = cuedSpeakers([...direct, ...reported]);
  for (let i = 1; i < statements.length - 1; i++) {
    const q = statements[i]!;
    const p = statements[i - 1]!;
    const n = statements[i + 1]!;
    if (q.via !== "context" || !q.speakerName || q.speakerName === p.speakerName) continue;
    if (!standsAlone(article.text, q)) continue;
    if (p.speakerKind !== "person" || !p.speakerName || n.speakerName !== p.speakerName) continue;
    if (paras[i - 1]! < paras[i]! - 1 || paras[i + 1]! > paras[i]! + 1) continue;
    // A body's voice between them, or a name that never speaks (not a person who has spoken).
    if (q.speakerKind !== "organization" && cued.has(q.speakerName)) continue;
    Object.assign(q, said(p));
  }
}
