// "The paper said": the newspaper the article named last, not merely its latest organisation
// (issue #13: "in an interview with the Financial Times, …. The paper said …").

import type { Mention } from "../../types.ts";
import { isOn } from "../steps.ts";
import type { QuoteDoc } from "./state.ts";

/** Heads of a description that stands for a newspaper. */
export const PAPER_HEADS: ReadonlySet<string> = new Set(["paper", "newspaper", "tabloid", "daily"]);

/** Words in a newspaper's name ("Financial Times", "Daily Mail", "Le Monde"). */
const PAPER_NAME =
  /\b(?:Times|Post|Journal|Guardian|Telegraph|Mail|Herald|Express|Mirror|Independent|Observer|Gazette|Tribune|Chronicle|Standard|Scotsman|Spectator|Economist|Monde|Figaro|Zeitung|Daily|Newspaper)\b/;
/** "the sports daily AS", "newspaper El Mundo", "the Sun newspaper": the article says it is one. */
const PAPER_BEFORE = /\b(?:newspaper|paper|daily|tabloid|broadsheet|weekly)\s+(?:[\p{L}'’-]+\s+){0,2}$/u;
const PAPER_AFTER = /^\s*(?:newspaper|daily|tabloid)\b/;

/** "Marca's headline", "the Herald's front page": a body with a headline or an editorial is a paper. */
const PAPER_OWNS = /^['’]s\s+(?:front[- ]page\s+)?(?:headline|editorial|front page|leader column)\b/;

/** "Paper named elsewhere" (a body the article shows to be a newspaper at any mention before): its switch. */
export const PAPER_ANY_MENTION_SWITCH = {
  name: "paper-any-mention",
  doc: '"the paper beams" after "Orla\'s headline says it all: … And Orla criticises …": a body shown to be a paper at any earlier mention (a headline of its own) is the paper',
};

/** Is the mention m shown to be a newspaper there (its name, "daily X", "X newspaper", "X's headline")? */
function paperAt(doc: QuoteDoc, m: Mention, owns: boolean): boolean {
  const { actors, text } = doc;
  if (m.via === "pronoun" || m.via === "role") return false;
  const actor = actors.byId.get(m.actorId);
  // ("Marca's headline": a one-word name the model took for a surname, shown to be a paper)
  const oneWord = owns && actor?.kind === "person" && !/\s/.test(actor.name);
  if (oneWord) return PAPER_OWNS.test(text.slice(m.end, m.end + 30));
  if (actor?.kind !== "organization") return false;
  return (
    PAPER_NAME.test(actor.name) ||
    PAPER_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) ||
    PAPER_AFTER.test(text.slice(m.end, m.end + 12)) ||
    (owns && PAPER_OWNS.test(text.slice(m.end, m.end + 30)))
  );
}

/** The actor id of the newspaper named last before `before` (within the article), else null. */
export function latestPaper(doc: QuoteDoc, before: number): string | null {
  const mentions = doc.actors.mentionsIn(doc.article.docId).filter((m) => m.start < before);
  const anyMention = isOn("quotes", PAPER_ANY_MENTION_SWITCH.name, doc.switches);
  // (switch on: a body shown to be a paper at one mention is one at its later mentions too)
  const papers = new Set(
    anyMention ? mentions.filter((m) => paperAt(doc, m, true)).map((m) => m.actorId) : [],
  );
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.via === "pronoun" || m.via === "role") continue;
    if (papers.has(m.actorId) || paperAt(doc, m, false)) return m.actorId;
  }
  return null;
}
