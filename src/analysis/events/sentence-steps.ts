// The sentence stage: from the trigger words of one sentence to its event mentions, each given the
// people named, the day, the figures and the places of the sentence that belong to it.

import type { Step } from "../steps.ts";
import { foldAnnouncements } from "./announced.ts";
import { distance, fits, nearest } from "./assign.ts";
import { actorsByClause } from "./clause-actors.ts";
import { clauseEvents, continuations } from "./clause-events.ts";
import { timesToTheirClauses } from "./clause-times.ts";
import { findFigures } from "./figures.ts";
import { type EventKind, KINDS } from "./kinds.ts";
import { type Label, labelFor } from "./label.ts";
import { findPlaces } from "./places.ts";
import { relationsIn } from "./relations.ts";
import { type SentenceCtx, timesOf, wordsOf } from "./sentence-ctx.ts";
import { isFuture } from "./tense.ts";
import { triggersIn } from "./triggers.ts";
import type { Mention, Trigger } from "./types.ts";

/** Characters between a trigger and a figure of no fitting unit that still belongs to it. */
export const FIGURE_REACH = 60;

export type { SentenceCtx };

function findTriggers(ctx: SentenceCtx): void {
  ctx.triggers = triggersIn(ctx.sentence);
}

/** One mention per kind per sentence; weak triggers join a strong one of their kind. */
function mentionsByKind(ctx: SentenceCtx): void {
  if (ctx.triggers.length === 0) return;
  const { sentence, switches } = ctx;
  ctx.here = [];
  ctx.actorIds = [];
  ctx.times = timesOf(ctx).filter((t) => t.confidence >= 0.5);
  const words = wordsOf(ctx);
  const byKind = new Map<EventKind, Trigger[]>();
  for (const t of ctx.triggers) byKind.set(t.rule.kind, [...(byKind.get(t.rule.kind) ?? []), t]);
  for (const [kind, ts] of byKind) {
    const strong = ts.filter((t) => !t.rule.weak);
    const candidates = strong.length ? strong : ts;
    let best: { t: Trigger; label: Label } | null = null;
    for (const t of candidates) {
      const label = labelFor(sentence, words, t, ctx.times);
      if (!best || label.score > best.label.score) best = { t, label };
    }
    const main = best!.t;
    ctx.here.push({
      kind,
      article: ctx.article,
      index: ctx.index,
      sStart: ctx.sStart,
      sEnd: ctx.sEnd,
      sentence,
      passageId: ctx.passageId,
      triggers: ts,
      main,
      label: best!.label.text,
      labelScore: best!.label.score,
      anaphoric: best!.label.anaphoric,
      future: isFuture(sentence, main, switches),
      time: null,
      figures: [],
      places: [],
      actorIds: ctx.actorIds,
    });
  }
}

/** The actor model's people and organisations named in the sentence. */
function participants(ctx: SentenceCtx): void {
  if (ctx.here.length === 0) return;
  const { actorMentions, actorIds } = ctx;
  for (let k = ctx.actorFrom; k < actorMentions.length && actorMentions[k]!.start < ctx.sEnd; k++) {
    const id = actorMentions[k]!.actorId;
    if (!actorIds.includes(id)) actorIds.push(id);
  }
}

/** Times go to the nearest event; reporting events yield to others. */
function sentenceDate(ctx: SentenceCtx): void {
  // A clause that only goes on about another event takes no day of the sentence (it has none of
  // its own: the days it holds are a quotation's).
  const here = ctx.here.filter((m) => !m.ownTime && !m.continues);
  const reportingBias = (m: Mention) => (KINDS[m.kind].reporting && here.length > 1 ? 40 : 0);
  for (const tx of ctx.times) {
    if (ctx.claimed?.has(tx)) continue;
    const m = here.length === 1 ? here[0]! : nearest(tx, here, reportingBias);
    if (m && (!m.time || distance(tx, m.main) < distance(m.time, m.main))) m.time = tx;
  }
}

/** A figure belongs to an event when it is what the event counts, or stands right by it. */
function figures(ctx: SentenceCtx): void {
  if (ctx.here.length === 0) return;
  for (const f of findFigures(ctx.sentence, ctx.spans ?? undefined)) {
    if (!f.unit) continue;
    const m = nearest(
      f,
      ctx.here,
      (x) => (fits(x.kind, f.unit) ? -200 : 0) + (KINDS[x.kind].reporting ? 150 : 0),
    );
    if (m && (fits(m.kind, f.unit) || Math.min(...m.triggers.map((t) => distance(f, t))) <= FIGURE_REACH))
      m.figures.push(f);
  }
}

/** Where: a place after a locative word, to the nearest event (preferably one before it). */
function places(ctx: SentenceCtx): void {
  if (ctx.here.length === 0) return;
  for (const pl of findPlaces(ctx.sentence)) {
    if (!pl.locative) continue;
    // Preferably an event before the place.
    const m = nearest(
      pl,
      ctx.here,
      (x) => (KINDS[x.kind].reporting ? 60 : 0) + (x.triggers.some((t) => t.end <= pl.start) ? 0 : 80),
    );
    if (m && Math.min(...m.triggers.map((t) => distance(pl, t))) <= 100) m.places.push(pl);
  }
}

function relations(ctx: SentenceCtx): void {
  ctx.relations.push(...relationsIn(ctx.sentence, ctx.here));
}

export const SENTENCE_STEPS: readonly Step<SentenceCtx>[] = [
  {
    name: "triggers",
    doc: "trigger words of each kind, minus contexts that mean something else",
    run: findTriggers,
  },
  {
    name: "kinds",
    doc: "one mention per kind per sentence, labelled from its best trigger",
    run: mentionsByKind,
  },
  {
    name: "clause-events",
    doc: "a sentence with no trigger, a day and an action is an event; its clause's words name the kind",
    run: (ctx) => clauseEvents(ctx, () => wordsOf(ctx)),
  },
  {
    name: "past-clauses",
    doc: "a past clause with no trigger or day may go on about the event before it (kept if it joins one)",
    run: (ctx) => continuations(ctx, () => wordsOf(ctx)),
  },
  {
    name: "clause-times",
    doc: "a day standing by an action of another clause than the trigger's dates that action, not the trigger",
    run: timesToTheirClauses,
  },
  { name: "participants", doc: "the actor model's people named in the sentence", run: participants },
  {
    name: "clause-actors",
    doc: "each event keeps the people named in its own clauses, not in another clause of the sentence",
    run: actorsByClause,
  },
  {
    name: "sentence-date",
    doc: "a time expression of the sentence dates the nearest event",
    run: sentenceDate,
  },
  {
    name: "announced-happening",
    doc: "an announcement beside a happening in its sentence is that happening (dated 'announced')",
    run: (ctx) => {
      ctx.here = foldAnnouncements(ctx.here);
    },
  },
  { name: "figures", doc: "figures the event counts, or that stand right by it", run: figures },
  { name: "places", doc: "places after a locative word, to the nearest event", run: places },
  {
    name: "relations",
    doc: '"one day after <another event>" between two events of the sentence',
    run: relations,
  },
];
