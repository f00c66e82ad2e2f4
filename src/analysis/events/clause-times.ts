// A day belongs to the clause it stands in (issue #15). In "Iran on Saturday condemned the bombing"
// the day is the condemnation's, not the bombing's: the bombing is mentioned in passing and keeps
// the day of its own report; the condemnation is a happening of its own, with that day. A time
// goes to an action of another clause than the trigger's, or to a verb whose object the trigger
// is, when it stands nearer that action than the trigger; "held talks on Monday" (a light verb and
// its event) and "the strike killed 12 on Monday" (the trigger is the verb's subject) stay one.

import type { EventWord } from "../../text/views.ts";
import type { TimeExpression } from "../dates/index.ts";
import { type Action, actionsIn } from "./actions.ts";
import { distance } from "./assign.ts";
import { actionFor, clauseMention, dayToAction } from "./clause-events.ts";
import { type SentenceCtx, wordsOf } from "./sentence-ctx.ts";
import type { Mention, Trigger } from "./types.ts";

/** Verbs whose object is the happening itself ("held talks", "staged a protest"). */
const LIGHT_VERB =
  /^(?:held|hold|holds|holding|staged|stage|carried|carry|conducted|conduct|launched|launch|made|make|began|begin|started|start|hosted|host|attended|attend|joined|join|led|lead|organi[sz]ed|opened|open|signed|sign|reached|reach|struck|concluded|completed|resumed|resume|wrapped|ended|gave|give|delivered|deliver|called|call|had|have|has|took|take|went|go|was|were|is|are|be|been|will|would|to|could|can|may|might|must|should|shall)$/i;
/** What stands between two clauses: punctuation, a subordinating or relative word, a quote. */
const CLAUSE_BREAK =
  /[,;:—–()“”"]|``|''|\b(?:that|which|who|whom|whose|where|when|while|after|before|because|since|as|following|amid|until|although|though|but|and)\b/i;

/** A noun after "in connection with the", "for Friday's": a happening referred back to in passing. */
const IN_PASSING =
  /\b(?:of|in|on|for|over|about|after|since|with|to|by|from|against|behind|into)\s+(?:the|its|their|his|her|this|that|these|those|[\w.]+['’]s)\s+(?:[\w.-]+\s+){0,3}$/i;

/**
 * The trigger and the verb are one happening: the trigger its subject, a light verb's object, or
 * what a reporting verb reports (unless mentioned in passing: "said Monday the bombing was …").
 */
function oneHappening(sentence: string, words: readonly EventWord[], a: Action, t: Trigger): boolean {
  const verb = words[a.verb]!;
  if (
    a.reporting &&
    !(t.rule.pos === "noun" && IN_PASSING.test(sentence.slice(Math.max(0, t.start - 60), t.start)))
  )
    return true;
  // A noun before the verb is its subject; a verb before it is another action.
  // ("evidence from the Nairobi bombing arrived Monday": the bombing is named in passing)
  if (t.end <= verb.start)
    return (
      t.rule.pos === "noun" &&
      !CLAUSE_BREAK.test(sentence.slice(t.end, words[a.from]!.start)) &&
      !IN_PASSING.test(sentence.slice(Math.max(0, t.start - 60), t.start))
    );
  const object = sentence.slice(verb.end, t.start);
  return LIGHT_VERB.test(verb.text) && !CLAUSE_BREAK.test(object);
}

/** Words after a noun that end its phrase or start a verb: the noun heads its phrase there. */
const HEAD_NEXT =
  /^(?:of|in|on|at|by|for|with|from|to|into|near|outside|inside|against|that|which|who|where|when|was|were|is|are|has|had|have|will|would|could|can|may|might|must|should|and|or|but|as|than|since|after|before|this|last|next|early|late)$/i;

/**
 * A noun trigger that modifies the noun after it ("paid tribute Tuesday to bombing victims", "an
 * attack survivor"): the happening is named in passing and the day stays with the clause's verb.
 */
function attributive(sentence: string, t: Trigger): boolean {
  if (t.rule.pos !== "noun") return false;
  const m = /^ ([a-z][a-z-]+)(\s+\S+)?/.exec(sentence.slice(t.end, t.end + 40));
  if (!m || HEAD_NEXT.test(m[1]!) || /(?:ed|ing|ly)$/.test(m[1]!)) return false;
  // "the bombing kills the …" reads as a verb and its object
  return !/^\s+(?:the|a|an|his|her|its|their|our)$/i.test(m[2] ?? "");
}

const triggerAt = (ctx: SentenceCtx, w: EventWord) =>
  ctx.here.some((m) => m.triggers.some((t) => distance(w, t) === 0));

/** A relative clause opening right after a day: "on Tuesday that officials said …". */
const RELATIVE_AFTER = /^\s*,?\s*(?:that|which|who)\s/i;

/** How far after a verb of saying a speech may name the occasion ("said Monday in her … address"). */
const SPEECH_REACH = 60;

/** A speech mention of the sentence right after the verb of saying `w`. */
const speechBy = (ctx: SentenceCtx, w: EventWord) =>
  ctx.here.some(
    (m) => m.kind === "speech" && m.triggers.some((t) => t.start >= w.end && t.start - w.end <= SPEECH_REACH),
  );

/** The action a day stands by, when it is not the trigger mention's own. */
function otherAction(
  ctx: SentenceCtx,
  words: readonly EventWord[],
  actions: Action[],
  tx: TimeExpression,
): { action: Action; reported: boolean } | null {
  const found = actionFor(ctx.sentence, actions, words, tx);
  // The day's own action is a trigger's ("announced Wednesday"): it is that mention's, and so is
  // what it announces ("announced Wednesday that the two will continue talks").
  if (!found || triggerAt(ctx, words[found.action.verb]!)) return null;
  if (found.saying && triggerAt(ctx, words[found.saying.verb]!)) return null;
  // "a strike on Tuesday that officials said was carrying drugs": a relative clause after the day
  // reports on what stands before it, which keeps the day.
  const first = found.saying ?? found.action;
  if (
    words[first.from]!.start >= tx.end &&
    RELATIVE_AFTER.test(ctx.sentence.slice(tx.end, words[first.from]!.start))
  )
    return null;
  // "said Monday in her State of the Nation address": the day is the speech's, where it was said.
  const saying = found.saying ?? found.by ?? (found.action.reporting ? found.action : null);
  if (saying && speechBy(ctx, words[saying.verb]!)) return null;
  const a = found.action;
  const dA = found.reported ? 0 : dayToAction(ctx.sentence, words, a, tx);
  for (const m of ctx.here)
    for (const t of m.triggers) {
      if (distance(tx, t) <= dA && !attributive(ctx.sentence, t)) return null;
      if (oneHappening(ctx.sentence, words, a, t)) return null;
    }
  return found;
}

/**
 * The clause-times step: each day standing by an action of its own clause becomes that action's
 * mention (dated), and the sentence-date step leaves it to no trigger.
 */
export function timesToTheirClauses(ctx: SentenceCtx): void {
  if (ctx.here.length === 0 || !ctx.times.some((t) => t.date)) return;
  const words = wordsOf(ctx);
  const actions = actionsIn(words);
  if (actions.length === 0) return;
  const made = new Map<Action, Mention>();
  for (const tx of ctx.times) {
    if (!tx.date) continue;
    const found = otherAction(ctx, words, actions, tx);
    if (!found || made.has(found.action)) continue;
    const a = found.action;
    const m = clauseMention(ctx, words, a, ctx.times);
    m.time = tx;
    m.ownTime = true;
    if (found.reported) m.announced = true;
    made.set(a, m);
    ctx.claimed ??= new Set();
    ctx.claimed.add(tx);
  }
  for (const m of made.values()) ctx.here.push(m);
}
