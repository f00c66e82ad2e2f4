// Every time expression in one sentence: each pattern of the table proposes its matches, then
// overlaps are settled (the longest wins).

import { ALL_STEPS, runSteps, type Step, type StepSwitches } from "../steps.ts";
import { parsePublished } from "./calendar.ts";
import type { DatePattern } from "./pattern.ts";
import { DATE_PATTERNS } from "./steps.ts";
import type { TimeExpression } from "./types.ts";

interface FindCtx {
  sentence: string;
  pub: number | null;
  switches: StepSwitches;
  found: TimeExpression[];
}

function patternStep(p: DatePattern): Step<FindCtx> {
  return {
    name: p.name,
    doc: p.doc,
    run: (ctx) => {
      const { sentence, pub, switches } = ctx;
      p.re.lastIndex = 0;
      for (const m of sentence.matchAll(p.re)) {
        const start = m.index;
        const end = start + m[0].length;
        const r = p.build(m as RegExpExecArray, { sentence, pub, start, end, switches });
        if (r) ctx.found.push({ start, end, text: m[0], ...r });
      }
    },
  };
}

const STEPS: readonly Step<FindCtx>[] = DATE_PATTERNS.map(patternStep);

/** Overlapping candidates: the longest wins, the earlier pattern on a tie. */
function withoutOverlaps(found: TimeExpression[]): TimeExpression[] {
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: TimeExpression[] = [];
  for (const t of found) {
    const clash = out.find((o) => t.start < o.end && o.start < t.end);
    if (!clash) out.push(t);
    else if (t.end - t.start > clash.end - clash.start) out.splice(out.indexOf(clash), 1, t);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Every time expression in `sentence`, left to right, without overlaps (the longest wins).
 * `published` is the article's day (YYYY-MM-DD); without it only self-contained dates resolve.
 */
export function findTimeExpressions(
  sentence: string,
  published: string | null,
  switches: StepSwitches = ALL_STEPS,
): TimeExpression[] {
  const ctx: FindCtx = { sentence, pub: parsePublished(published), switches, found: [] };
  return withoutOverlaps(runSteps("dates", STEPS, ctx, switches).found);
}
