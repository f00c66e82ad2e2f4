// One event for people: its label, day, places, actors, figures, sources and the conflicts between
// outlets, from the article clusters merged into it. Each part is a named step (steps.ts).

import type { ActorModel, Figure, SourceRef } from "../../types.ts";
import type { Step } from "../steps.ts";
import { bestDated } from "./date-tally.ts";
import type { Global } from "./merge.ts";
import { overlapCount } from "./profile.ts";
import type { DocCluster, EventOutput, Mention } from "./types.ts";

export interface EventCtx {
  g: Global;
  mentions: Mention[];
  dated: DocCluster | null;
  actors: ActorModel | null;
  refOf: (m: Mention) => SourceRef;
  /** Figures by "unit|value", with the unit they are compared by. */
  figs: Map<string, Figure & { sources: SourceRef[]; unitKey: string }>;
  event: EventOutput;
}

const CASUALTY_UNIT: Record<string, string> = { dead: "killed" };

/** Sources: one per sentence; the one that gave the day first. */
function sources({ g, mentions, dated, refOf, event }: EventCtx): void {
  const seen = new Set<string>();
  // The sentence of another event that dated this one ("context") is cited after its own; so is
  // each other outlet's, when it gave the same day, so every article's part shows its date words.
  const from0 = dated?.dateFrom;
  const others = g.parts
    .filter(
      (p) => p !== dated && p.date && p.date === event.date && p.dateFrom && !p.mentions.includes(p.dateFrom),
    )
    .map((p) => p.dateFrom!);
  const lead = from0 ? (mentions.includes(from0) ? [from0, ...mentions] : [...mentions, from0]) : mentions;
  const ordered = others.length ? [...lead, ...others] : lead;
  for (const m of ordered) {
    const key = `${m.article.docId}:${m.sStart}`;
    if (seen.has(key)) continue;
    seen.add(key);
    event.sources.push(refOf(m));
  }
}

/** Figures: one per (unit, value), with every sentence that printed it. */
function figures(ctx: EventCtx): void {
  const { figs, refOf, mentions } = ctx;
  for (const m of mentions) {
    for (const f of m.figures) {
      const unitKey = CASUALTY_UNIT[f.unit ?? ""] ?? f.unit ?? "";
      const key = `${unitKey}|${f.value}`;
      const ref = refOf(m);
      const have = figs.get(key);
      if (have) {
        if (!have.sources.some((s) => s.docId === ref.docId && s.start === ref.start)) have.sources.push(ref);
      } else figs.set(key, { value: f.value, unit: f.unit, text: f.text, sources: [ref], unitKey });
    }
  }
  ctx.event.figures = [...figs.values()].map(({ value, unit, text, sources: s }) => ({
    value,
    unit,
    text,
    sources: s,
  }));
}

/** Outlets that print different values for one unit, none of them in the same article. */
function figureConflicts({ figs, event }: EventCtx): void {
  const units = new Map<string, Array<Figure & { sources: SourceRef[] }>>();
  for (const f of figs.values()) units.set(f.unitKey, [...(units.get(f.unitKey) ?? []), f]);
  for (const [unit, fs] of units) {
    if (fs.length < 2) continue;
    const docsOf = (f: { sources: SourceRef[] }) => new Set(f.sources.map((s) => s.docId));
    const disjoint = fs.some((a, i) => fs.slice(i + 1).some((b) => overlapCount(docsOf(a), docsOf(b)) === 0));
    if (disjoint)
      event.conflicts.push({
        field: "figure",
        unit,
        values: fs.map((f) => ({ value: f.value, text: f.text, sources: f.sources })),
      });
  }
}

/** Outlets that give the event different days. */
function dateConflicts({ g, refOf, event }: EventCtx): void {
  const dates = new Map<string, { text: string | null; sources: SourceRef[] }>();
  for (const p of g.parts) {
    if (!p.date) continue;
    const ref = refOf(p.dateFrom ?? p.mentions[0]!);
    const have = dates.get(p.date);
    if (have) have.sources.push(ref);
    else dates.set(p.date, { text: p.dateText, sources: [ref] });
  }
  if (dates.size > 1)
    event.conflicts.push({
      field: "date",
      values: [...dates].map(([value, v]) => ({ value, text: v.text, sources: v.sources })),
    });
}

function places({ mentions, event }: EventCtx): void {
  const placeKeys = new Set<string>();
  for (const m of mentions)
    for (const p of m.places)
      if (!placeKeys.has(p.key)) {
        placeKeys.add(p.key);
        event.places.push(p.text);
      }
}

/** The actor model's names for the people in the event, the most often named first. */
function actorNames({ mentions, actors, event }: EventCtx): void {
  const count = new Map<string, number>();
  for (const m of mentions) for (const a of m.actorIds) count.set(a, (count.get(a) ?? 0) + 1);
  const actorNames = [...count]
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => actors?.byId.get(id)?.name)
    .filter((n): n is string => Boolean(n));
  event.actors = [...new Set(actorNames)];
}

export const OUTPUT_STEPS: readonly Step<EventCtx>[] = [
  { name: "cite-sources", doc: "one source per sentence, the one that gave the day first", run: sources },
  {
    name: "list-figures",
    doc: "one figure per unit and value, with every sentence that printed it",
    run: figures,
  },
  { name: "figure-conflicts", doc: "outlets printing different figures for one unit", run: figureConflicts },
  { name: "date-conflicts", doc: "outlets giving the event different days", run: dateConflicts },
  { name: "list-places", doc: "the places of every mention, once each", run: places },
  { name: "actor-names", doc: "the actor model's names for the people, most named first", run: actorNames },
];

/** The event before the output steps fill it: label, kind, day and status. */
export function eventCtx(g: Global, actors: ActorModel | null, refOf: (m: Mention) => SourceRef): EventCtx {
  const mentions = g.parts.flatMap((p) => p.mentions);
  const byLabel = [...mentions].sort(
    (a, b) => b.labelScore - a.labelScore || Number(a.future) - Number(b.future) || a.index - b.index,
  );
  const dated = bestDated(g.parts);
  const undatedText = g.parts.find((p) => p.dateText)?.dateText ?? null;
  const top = byLabel[0]!;
  const from = dated?.dateFrom;
  const label =
    from && from.kind === g.kind && mentions.includes(from) && from.labelScore >= top.labelScore - 1
      ? from.label
      : top.label;
  const event: EventOutput = {
    id: "",
    label,
    kind: g.kind,
    date: dated?.date ?? null,
    dateText: dated?.dateText ?? undatedText,
    places: [],
    actors: [],
    figures: [],
    sources: [],
    status: mentions.every((m) => m.future) ? "planned" : "reported",
    dateBasis: dated?.basis ?? null,
    conflicts: [],
  };
  return { g, mentions, dated, actors, refOf, figs: new Map(), event };
}
