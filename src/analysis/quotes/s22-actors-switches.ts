// Speaker-name classes of session 22's actor task (issue #13, BBC study set 41): a peer named
// by the informal style after the formal one.

import { isOn } from "../steps.ts";
import { lordKeepsStyle } from "./s24-name-switches.ts";
import type { QuoteDoc } from "./state.ts";

/** "Lady Boothroyd" after "Baroness Boothroyd": a peer's informal style names the peer the
 *  article styled formally before, so the speaker keeps the formal name. */
const PEER_FORMAL_STYLE_SWITCH = {
  name: "peer-formal-style",
  doc: '"Lady Tarrant said" after "Baroness Tarrant": the informal style of the same peer takes the formal name given first',
};

export const S22_ACTORS_SWITCHES = [PEER_FORMAL_STYLE_SWITCH];

/** The formal ranks a peer's informal style ("Lady", "Lord") stands for in running text. */
const FORMAL: Readonly<Record<string, RegExp>> = {
  Lady: /\b(Baroness|Countess|Viscountess|Marchioness) $/,
  Lord: /\b(Baron|Viscount|Earl|Marquess) $/,
};

/**
 * The speaker's name for "Lady Tarrant" at `start`: the formal style the article gave the same
 * person (one actor in the model) at an earlier mention of the surname, else `name` as it is.
 */
export function peerStyledName(doc: QuoteDoc, name: string, start: number): string {
  const styled = /^(Lady|Lord) (\p{Lu}[\p{L}'’-]+)$/u.exec(name);
  if (!styled || !isOn("quotes", PEER_FORMAL_STYLE_SWITCH.name, doc.switches)) return name;
  // (session 24: a baron, viscount or earl is "Lord X" in running text, switch)
  if (lordKeepsStyle(styled[1]!, doc.switches)) return name;
  const surname = styled[2]!;
  const { actors, article, text } = doc;
  const at = text.indexOf(surname, start);
  const own = at < 0 ? null : actors.mentionAt(article.docId, at, at + surname.length);
  if (!own) return name;
  const formal = FORMAL[styled[1]!]!;
  for (const m of actors.mentionsIn(article.docId)) {
    if (m.start >= start || m.actorId !== own.actorId || !m.text.endsWith(surname)) continue;
    const rank = formal.exec(text.slice(Math.max(0, m.end - surname.length - 14), m.end - surname.length));
    if (rank) return `${rank[1]} ${surname}`;
  }
  return name;
}
