// The quoted spans now live in the quote pipeline (src/analysis/quotes/spans.ts); this
// re-export keeps the actor model's import working until the actors split points it there.
export { quotedSpans } from "./quotes/spans.ts";
