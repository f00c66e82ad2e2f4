// Events from clauses (issue #15): a sentence no trigger word spoke for still reports a happening
// when it has an action and a day. Its label is the clause around the action nearest the day
// (who did what, cut by labelFor at clause boundaries); its kind is read from that clause's words.

import type { EventWord } from "../../text/views.ts";
import type { TimeExpression } from "../dates/index.ts";
import { type Action, actionsIn, mayHavePast } from "./actions.ts";
import { clauseKind } from "./clause-kinds.ts";
import { CONTINUE_WINDOW } from "./continue.ts";
import type { TriggerRule } from "./kinds.ts";
import { labelFor, sameLabel } from "./label.ts";
import { type SentenceCtx, timesOf } from "./sentence-ctx.ts";
import { isFuture } from "./tense.ts";
import type { Mention, Trigger } from "./types.ts";

/** Words a day can be written with: most sentences have none, and skip the resolver. */
const DAY_WORDS =
  /\d{4}-\d\d-\d\d|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:today|tonight|yesterday|tomorrow)\b|\b(?:thanksgiving|christmas|new year['’]s|halloween|valentine['’]s|easter|good friday|(?:memorial|labor|veterans|election|independence) day|fourth of july|july fourth)\b|\bthat (?:same )?(?:day|morning|afternoon|evening|night)\b|\bthe same day\b/i;

const rules = new Map<string, TriggerRule>();
/** The (cached) rule a clause's action stands for: a verb of its kind. */
function ruleOf(kind: TriggerRule["kind"]): TriggerRule {
  const known = rules.get(kind);
  if (known) return known;
  const r: TriggerRule = { kind, re: /(?!)/g, pos: "verb" };
  rules.set(kind, r);
  return r;
}

/** A day's distance (in characters) to an action's verb, past a clause's end counting as far. */
export function dayToAction(
  sentence: string,
  words: readonly EventWord[],
  a: Action,
  day: { start: number; end: number },
): number {
  const w = words[a.verb]!;
  const before = w.end <= day.start;
  const between = before ? sentence.slice(w.end, day.start) : sentence.slice(day.end, w.start);
  // A day closes its clause ("X did Y on Tuesday, and …"): an action past a comma is another
  // clause, unless the day opens the sentence ("On Tuesday, X did Y").
  const opens = !before && /^\W*(?:\S+\s+){0,2}$/.test(sentence.slice(0, day.start));
  // A full stop inside the sentence (a quotation going on past it) ends the clause too.
  const apart =
    /[;—–]|[.!?](?:\s|``|''|["“”])/.test(between) || (!before && !opens && /,|\band\b/.test(between))
      ? 500
      : 0;
  return (before ? day.start - w.end : w.start - day.end) + apart;
}

/** What stands between a reporting verb and a day that is its own: "said Friday", "said on
 *  Friday", "said here Friday", "reported late Friday". */
const BESIDE = /^\s+(?:(?:on|here|there|late|early|again|also|in|at)\s+){0,2}$/i;
const beside = (sentence: string, words: readonly EventWord[], a: Action, day: { start: number }) =>
  words[a.verb]!.end <= day.start && BESIDE.test(sentence.slice(words[a.verb]!.end, day.start));

/**
 * The action a day belongs to: the nearest one, a reporting verb only when there is no other. A day
 * beside a reporting verb ("…, a newspaper reported Friday") dates what was reported: the first
 * action before the verb ("Tanzania expelled five Iraqis"), else the first after it ("Freeh said
 * here Friday that the raid was not linked"); `reported` says so, and `by` names the verb of saying.
 */
export function actionFor(
  sentence: string,
  actions: Action[],
  words: readonly EventWord[],
  day: { start: number; end: number },
): { action: Action; reported: boolean; saying?: Action; by?: Action } | null {
  const dist = (a: Action) => dayToAction(sentence, words, a, day) + (a.reporting ? 1000 : 0);
  const saying = actions.find((a) => a.reporting && beside(sentence, words, a, day));
  if (saying) {
    const start = words[saying.from]!.start;
    const before = actions.find((a) => !a.reporting && words[a.verb]!.end <= start);
    if (before) return { action: before, reported: true, by: saying };
    // What it reports after it: a trigger saying it ("announced Friday that …") keeps the day.
    const after = actions.find((a) => !a.reporting && words[a.from]!.start >= day.end);
    if (after) return { action: after, reported: true, saying };
  }
  let best: Action | null = null;
  for (const a of actions) if (!best || dist(a) < dist(best)) best = a;
  return best ? { action: best, reported: false } : null;
}

/** The action is a verb in the past: one word, not a present "says". */
const pastAction = (words: readonly EventWord[], a: Action) =>
  a.from === a.verb && !/^(?:says|tells|reports|announces)$/i.test(words[a.verb]!.text);

/** A mention of the sentence for one action. */
export function clauseMention(
  ctx: SentenceCtx,
  words: EventWord[],
  action: Action,
  times: TimeExpression[],
): Mention {
  const { sentence } = ctx;
  const probe: Trigger = {
    start: words[action.from]!.start,
    end: words[action.verb]!.end,
    rule: ruleOf("other"),
  };
  const first = labelFor(sentence, words, probe, times);
  const kind = action.reporting ? "statement" : clauseKind(first.text);
  const main: Trigger = { ...probe, rule: ruleOf(kind) };
  const label = sameLabel(probe.rule, main.rule) ? first : labelFor(sentence, words, main, times);
  return {
    kind,
    article: ctx.article,
    index: ctx.index,
    sStart: ctx.sStart,
    sEnd: ctx.sEnd,
    sentence,
    passageId: ctx.passageId,
    triggers: [main],
    main,
    label: label.text,
    labelScore: label.score,
    anaphoric: false,
    // A past verb ("said", "went") is no future, whatever the clause it reports ("said … would").
    future:
      /^(?:will|shall)$/i.test(words[action.from]!.text) ||
      (!pastAction(words, action) && isFuture(sentence, main, ctx.switches)),
    time: null,
    figures: [],
    places: [],
    actorIds: ctx.actorIds,
  };
}

/** A day named by the one before it ("earlier that day", "the same day"): the that-day step dates it. */
export const THAT_DAY =
  /\b(?:(?:earlier|later) that|that same|the same|that) (?:day|morning|afternoon|evening|night)\b/i;

/** The clause-events step: one mention for a sentence with a day and an action, when none is there yet. */
export function clauseEvents(ctx: SentenceCtx, wordsOf: () => EventWord[]): void {
  if (ctx.here.length > 0 || !DAY_WORDS.test(ctx.sentence)) return;
  const times = timesOf(ctx).filter((t) => t.confidence >= 0.5);
  const that = THAT_DAY.exec(ctx.sentence);
  const day =
    times.find((t) => t.date !== null) ??
    (that ? { start: that.index, end: that.index + that[0].length } : null);
  if (!day) return;
  const words = wordsOf();
  const found = actionFor(ctx.sentence, actionsIn(words), words, day);
  if (!found) return;
  const action = found.action;
  ctx.times = times;
  ctx.actorIds = [];
  const m = clauseMention(ctx, words, action, times);
  if (found.reported) m.announced = true;
  ctx.here = [m];
}

/** Quotation marks: an odd number of them before a point puts it inside a quotation. */
const QUOTE_MARK = /``|''|[“”"]/g;

/** The offset is inside a quotation of the sentence. */
function quoted(sentence: string, at: number): boolean {
  return (sentence.slice(0, at).match(QUOTE_MARK)?.length ?? 0) % 2 === 1;
}

/** Words a quotation needs to be speech, not scare quotes (the “kinetic strike”). */
const SPEECH_WORDS = 5;

/** The offset is inside a quotation of someone's words: one of SPEECH_WORDS words or more. */
function inSpeech(sentence: string, at: number): boolean {
  if (!quoted(sentence, at)) return false;
  const open = Math.max(...[...sentence.slice(0, at).matchAll(QUOTE_MARK)].map((m) => m.index + m[0].length));
  const close = sentence.slice(at).search(/``|''|[“”"]/);
  const text = sentence.slice(open, close < 0 ? sentence.length : at + close);
  return text.trim().split(/\s+/).length >= SPEECH_WORDS;
}

/**
 * The past-clauses step: a sentence with neither trigger nor day but a past action ("rescuers
 * cleared the rubble", "officials said") may go on about the happening just before it; the
 * article step "continuations" keeps it only when it joins that dated event. So may the reporting
 * clause of a sentence whose only events are quoted ("'I will leave tomorrow,' Castro read from a
 * letter"): the day in the quotation is the quote's, and the reading is of the story before it.
 */
export function continuations(ctx: SentenceCtx, wordsOf: () => EventWord[]): void {
  if (ctx.index - ctx.lastDated > CONTINUE_WINDOW || !mayHavePast(ctx.sentence)) return;
  const inQuotes = ctx.here.length > 0;
  if (inQuotes && !ctx.here.every((m) => inSpeech(ctx.sentence, m.main.start))) return;
  const words = wordsOf();
  const actions = actionsIn(words).filter((a) => a.from === a.verb);
  const action = inQuotes ? actions.find((a) => !quoted(ctx.sentence, words[a.verb]!.start)) : actions[0];
  if (!action) return;
  if (!inQuotes) ctx.actorIds = [];
  const m = clauseMention(ctx, words, action, []);
  if (m.future) return;
  m.continues = true;
  m.labelScore = -10; // never the event's label
  ctx.here = [...ctx.here, m];
}
