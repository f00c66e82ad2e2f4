// Trigger words in one sentence (the rules per kind are in kinds.ts).

import { TRIGGERS } from "./kinds.ts";
import type { Trigger } from "./types.ts";

/**
 * Any rule's words, in one expression: most sentences have none, and one test over the sentence
 * spares them a pass per rule (same triggers: a rule only fires where its own words match).
 */
const ANY_TRIGGER = new RegExp(TRIGGERS.map((r) => `(?:${r.re.source})`).join("|"), "i");

export function triggersIn(sentence: string): Trigger[] {
  const out: Trigger[] = [];
  if (!ANY_TRIGGER.test(sentence)) return out;
  for (const rule of TRIGGERS) {
    if (rule.needs && !rule.needs.test(sentence)) continue;
    if (rule.unless?.test(sentence)) continue;
    rule.re.lastIndex = 0;
    for (const m of sentence.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (rule.reject?.(sentence.slice(0, start), sentence.slice(end))) continue;
      out.push({ start, end, rule });
    }
  }
  // One word may match two rules of a kind ("strikes", "airstrikes"): keep the first, longest.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((t, i) => !out.slice(0, i).some((o) => o.rule.kind === t.rule.kind && t.start < o.end));
}
