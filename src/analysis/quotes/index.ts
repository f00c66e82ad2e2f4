// Who said what: every quotation in an article's passages, with its speaker. Pure rules, linear
// in the text, as ordered tables of named steps (the list and where each lives: steps.ts):
// stage 1 finds the quoted spans (curly and straight marks, unbalanced marks, quotes running on
// into the next paragraph); stage 2 tells a statement from a term; stage 3 attributes each from
// the reporting cue around it ("…,” Rubio said", "said Foreign Secretary Jack Straw", "Ms Hewitt
// said: “…”", "according to X"), the sentence before for a bare quotation, the previous part
// for a split quotation; stage 4 makes the speaker words canonical actors through the shared
// ActorModel (built for the article alone when none is given): its pronoun mentions
// (gender-checked, with candidates), role mentions ("the Arsenal boss"), acronyms and aliases.
// What stays here is quote-specific: the tie-break that prefers the latest quoted speaker among
// the model's candidates, anonymous sources ("a spokeswoman … she said"), documents speaking for
// their issuer, and "it"/"they". No cue, no speaker: nothing is guessed.

export { type ArticleQuotes, articleQuotes, buildQuotes, finishQuotes } from "./build.ts";
export { extractQuotes } from "./extract.ts";
export { quoteKind } from "./kind.ts";
export { quotedSpans } from "./spans.ts";
export { QUOTE_STEPS } from "./steps.ts";
export type { QuoteFound, SpeakerKind } from "./types.ts";
