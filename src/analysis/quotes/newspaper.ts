// "The paper said": the newspaper the article named last, not merely its latest organisation
// (issue #13: "in an interview with the Financial Times, …. The paper said …").

import type { QuoteDoc } from "./state.ts";

/** Heads of a description that stands for a newspaper. */
export const PAPER_HEADS: ReadonlySet<string> = new Set(["paper", "newspaper", "tabloid", "daily"]);

/** Words in a newspaper's name ("Financial Times", "Daily Mail", "Le Monde"). */
const PAPER_NAME =
  /\b(?:Times|Post|Journal|Guardian|Telegraph|Mail|Herald|Express|Mirror|Independent|Observer|Gazette|Tribune|Chronicle|Standard|Scotsman|Spectator|Economist|Monde|Figaro|Zeitung|Daily|Newspaper)\b/;
/** "the sports daily AS", "newspaper El Mundo", "the Sun newspaper": the article says it is one. */
const PAPER_BEFORE = /\b(?:newspaper|paper|daily|tabloid|broadsheet|weekly)\s+(?:[\p{L}'’-]+\s+){0,2}$/u;
const PAPER_AFTER = /^\s*(?:newspaper|daily|tabloid)\b/;

/** The actor id of the newspaper named last before `before` (within the article), else null. */
export function latestPaper(doc: QuoteDoc, before: number): string | null {
  const { actors, article, text } = doc;
  const mentions = actors.mentionsIn(article.docId);
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.start >= before || m.via === "pronoun" || m.via === "role") continue;
    const actor = actors.byId.get(m.actorId);
    if (actor?.kind !== "organization") continue;
    if (
      PAPER_NAME.test(actor.name) ||
      PAPER_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) ||
      PAPER_AFTER.test(text.slice(m.end, m.end + 12))
    )
      return actor.id;
  }
  return null;
}
