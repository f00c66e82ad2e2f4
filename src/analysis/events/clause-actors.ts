// An event's actors are the people named in its own clauses (issue #15): in "The two governments
// signed a border agreement on Monday, while the Sol cartel moved its routes south" the cartel is
// no party to the agreement. A sentence is cut into clauses at semicolons and at a comma or dash
// before a new clause ("…, while", "…, and", "…, which"); a mention keeps the actors of the clauses
// its label and trigger stand in.

import type { SentenceCtx } from "./sentence-ctx.ts";
import type { Mention } from "./types.ts";

const CLAUSE_END =
  /;|:\s|\s[—–]\s|,\s+(?:and|but|while|whereas|which|who|where|when|after|before|as|although|though)\b|\s(?:while|whereas|although|though)\s/g;

/** The clauses of a sentence as [start, end) offsets. */
function clausesOf(sentence: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = 0;
  for (const m of sentence.matchAll(CLAUSE_END)) {
    out.push([at, m.index]);
    at = m.index;
  }
  out.push([at, sentence.length]);
  return out;
}

/** Where a mention's words are: its label (when cut from the sentence) and its main trigger. */
function spanOf(m: Mention): [number, number] {
  const at = m.sentence.indexOf(m.label);
  return at < 0
    ? [m.main.start, m.main.end]
    : [Math.min(at, m.main.start), Math.max(at + m.label.length, m.main.end)];
}

/** The clause-actors step: each mention keeps the actors named in its own clauses. */
export function actorsByClause(ctx: SentenceCtx): void {
  if (ctx.here.length === 0 || ctx.actorIds.length === 0) return;
  const clauses = clausesOf(ctx.sentence);
  if (clauses.length === 1) return;
  const named: Array<{ at: number; id: string }> = [];
  for (let k = ctx.actorFrom; k < ctx.actorMentions.length && ctx.actorMentions[k]!.start < ctx.sEnd; k++)
    named.push({ at: ctx.actorMentions[k]!.start - ctx.sStart, id: ctx.actorMentions[k]!.actorId });
  for (const m of ctx.here) {
    const [s, e] = spanOf(m);
    const own = clauses.filter(([a, b]) => a < e && s < b);
    const ids: string[] = [];
    for (const n of named)
      if (own.some(([a, b]) => n.at >= a && n.at < b) && !ids.includes(n.id)) ids.push(n.id);
    if (ids.length < m.actorIds.length) m.sentenceActorIds = m.actorIds;
    m.actorIds = ids;
  }
}
