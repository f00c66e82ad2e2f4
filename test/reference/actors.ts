// Reference: the answer as it was before the precomputed indexes (a full scan per question), kept
// to test that the indexed answers are the same. Not used by the bot.

// The autocomplete for /actor (prefix, substring or fuzzy on any alias, by prominence).

import type { Choice } from "../../src/answers/registry.ts";
import type { Coverage } from "../../src/coverage.ts";
import { LIMITS } from "../../src/render/limits.ts";
import { foldKey } from "../../src/text/fold.ts";
import { trigramSimilarity } from "../../src/text/similarity.ts";

/** Up to 25 actor names for a partly typed name, each within Discord's 100 characters. */
export function actorChoices(coverage: Coverage, partial: string): Choice[] {
  const want = foldKey(partial.replace(/[\u0000-\u001f]/g, " "));
  const scored: Array<{ name: string; score: number; mentions: number }> = [];
  for (const a of coverage.actors.actors) {
    let score = want ? 0 : 1;
    if (want) {
      for (const alias of [a.name, ...a.aliases.map((x) => x.text)]) {
        const f = foldKey(alias);
        if (f.startsWith(want)) score = Math.max(score, 4);
        else if (f.split(/[\s-]+/).some((w) => w.startsWith(want))) score = Math.max(score, 3);
        else if (f.includes(want)) score = Math.max(score, 2);
        else if (want.length >= 3) {
          const sim = trigramSimilarity(want, f);
          if (sim >= 0.3) score = Math.max(score, sim);
        }
      }
    }
    if (score > 0) scored.push({ name: a.name, score, mentions: a.mentions });
  }
  scored.sort((x, y) => y.score - x.score || y.mentions - x.mentions || x.name.localeCompare(y.name));
  const out: Choice[] = [];
  const seen = new Set<string>();
  for (const s of scored) {
    const name = s.name.length > LIMITS.choiceName ? `${s.name.slice(0, LIMITS.choiceName - 1)}…` : s.name;
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ name, value: name.slice(0, LIMITS.choiceValue) });
    if (out.length >= LIMITS.choices) break;
  }
  return out;
}
