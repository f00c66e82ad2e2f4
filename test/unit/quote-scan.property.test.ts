// The quotation finder's and the clause tokenizer's character-code fast paths (every character of
// an article passes them) give what their patterns gave: spaces of every kind skipped, ASCII
// characters other than the straight marks never a quotation mark.

import fc from "fast-check";
import { expect, it } from "vitest";
import { quotedSpans } from "../../src/analysis/quotes/spans.ts";
import { tokensOf } from "../../src/analysis/quotes/tokens.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { readText } from "../../src/text/tokens.ts";

const PIECES = ["the", "Ada", "said", "“", "”", "„", "«", "»", '"', "'", "''", "’", ",", ".", " ", "\n\n"];
const SPACES = [" ", "\t", "\u000b", "\u000c", "\u00a0", "\u2009", "\u3000"];
const bodies = fc
  .array(fc.constantFrom(...PIECES, ...SPACES), { minLength: 1, maxLength: 50 })
  .map((ps) => `${ps.join("")}\n`);

it("skips every kind of space and finds the same quotations as when every character was a pattern test", () => {
  fc.assert(
    fc.property(bodies, (body) => {
      const r = buildArticle("t.txt", body);
      if (!r.ok) return;
      const layer = readText(r.article);
      const spans = quotedSpans(r.article);
      for (const s of spans) expect(body.slice(s.markOpen, s.markOpen + 1)).toMatch(/["“„«']/);
      const toks = tokensOf(layer, 0, body.length, spans, 0);
      for (const t of toks) expect(t.text).not.toMatch(/^\s+$/);
      // every non-space character outside quotations is in a token
      const covered = new Set(
        toks.flatMap((t) => Array.from({ length: t.end - t.start }, (_, k) => t.start + k)),
      );
      for (let i = 0; i < body.length; i++) if (!/\s/.test(body[i]!)) expect(covered.has(i)).toBe(true);
    }),
    { numRuns: 1000 },
  );
});
