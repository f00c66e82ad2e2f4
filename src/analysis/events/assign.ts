// Times, figures and places found in a sentence go to the nearest event mentioned in it.

import type { EventKind } from "./kinds.ts";
import type { Mention } from "./types.ts";

const CASUALTY = new Set([
  "killed",
  "dead",
  "injured",
  "people",
  "members",
  "civilians",
  "terrorists",
  "soldiers",
]);
const QUANTITY = new Set([
  "pounds",
  "kg",
  "tons",
  "tonnes",
  "barrels",
  "kilos",
  "kilograms",
  "shipments",
  "USD",
  "GBP",
  "EUR",
]);
const FORCES = new Set([
  "troops",
  "soldiers",
  "warships",
  "ships",
  "personnel",
  "marines",
  "officers",
  "aircraft",
  "drones",
]);

export function fits(kind: EventKind, unit: string | null): boolean {
  if (!unit) return false;
  switch (kind) {
    case "strike":
      return CASUALTY.has(unit);
    case "seizure":
      return QUANTITY.has(unit);
    case "deployment":
      return FORCES.has(unit);
    case "sanction":
      return unit === "percent" || unit === "USD" || unit === "GBP" || unit === "EUR";
    case "handover":
      return /s$/.test(unit) && !QUANTITY.has(unit);
    default:
      return false;
  }
}

export function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

export function nearest<T extends { start: number; end: number }>(
  item: T,
  mentions: Mention[],
  bias: (m: Mention) => number = () => 0,
): Mention | null {
  let best: Mention | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const m of mentions) {
    const d = Math.min(...m.triggers.map((t) => distance(item, t))) + bias(m);
    if (d < bestScore) {
      bestScore = d;
      best = m;
    }
  }
  return best;
}
