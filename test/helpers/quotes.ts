// Quote tests on text written in the test: one article from a body, its direct quotations, and
// the speaker of the quotation that starts with given words.
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { extractQuotes, type QuoteFound } from "../../src/analysis/quotes/index.ts";
import { type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import type { Article } from "../../src/types.ts";

/** An article of the Test Post with this body. */
function testArticle(body: string): Article {
  const r = buildArticle(
    "x/001.txt",
    `---\noutlet: Test Post\ntitle: Test\npublished: 2031-04-09\n---\n${body}`,
  );
  if (!r.ok) throw new Error(r.reason);
  return r.article;
}

/** The direct and partial quotations of a body (reported speech left out); with `switches`, the
 *  actor model and the quote steps run with those steps switched. */
export function directQuotes(body: string, switches?: StepSwitches): QuoteFound[] {
  return allQuotes(body, switches).filter((q) => q.kind !== "reported");
}

/** Every quotation and reported-speech record of a body (`switches` as for directQuotes). */
export function allQuotes(body: string, switches?: StepSwitches): QuoteFound[] {
  const a = testArticle(body);
  return switches ? extractQuotes(a, buildActorModel([a], switches), switches) : extractQuotes(a);
}

/** The speaker of the quotation starting with `start`; throws (listing them) when there is none. */
export function speakerOf(qs: readonly QuoteFound[], start: string): string | null {
  const q = qs.find((x) => x.text.startsWith(start));
  if (!q) throw new Error(`no quote ${start}: ${qs.map((x) => x.text).join(" | ")}`);
  return q.speakerName;
}

/** The speaker of the quotation starting with `start` in `body` with the one step `step` off: what
 *  a class's rule adds is the difference from `speakerOf(directQuotes(body), start)`. */
export const speakerWithout = (body: string, start: string, step: string): string | null =>
  speakerOf(directQuotes(body, switchOff(step)), start);

/** The speaker of the quotation starting with `start` in `body` with every step on, then with the
 *  one step `step` off: a class test's pair, [what the rule gives, what the pipeline gave before]. */
export const speakerOnOff = (body: string, start: string, step: string): [string | null, string | null] => [
  speakerOf(directQuotes(body), start),
  speakerWithout(body, start, step),
];
