// The plain "X said" baseline the PolNeAR scorer prints beside the real pipeline: one regex for
// `"…," X said` / `"…," said X` and one for `X said, "…"`. No coreference: "he said" stays "he".

import type { FoundQuote } from "./polnear-score.ts";

const CAP_NAME = String.raw`(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*`;
const NAME = `${CAP_NAME}|[Hh]e|[Ss]he|[Tt]hey`;
const VERB = "(?:said|says|told|added|wrote)";
const QUOTE = String.raw`["“]([^"“”\n]+)["”]`;
/** `"…," X said` and `"…," said X`. */
const AFTER = new RegExp(String.raw`${QUOTE}\s*(?:(${NAME})\s+${VERB}\b|${VERB}\s+(${CAP_NAME}))`, "gu");
/** `X said, "…"` and `X said: "…"`. */
const BEFORE = new RegExp(String.raw`\b(${NAME})\s+${VERB}[,:]?\s*${QUOTE}`, "gu");

/** The quotations the baseline finds in a text, with the quoted words' offsets (marks excluded). */
export function baselineQuotes(text: string): FoundQuote[] {
  const out: FoundQuote[] = [];
  for (const m of text.matchAll(AFTER)) {
    const start = m.index! + m[0].indexOf(m[1]!);
    out.push({ start, end: start + m[1]!.length, speakerName: (m[2] ?? m[3])!.trim(), via: "cue" });
  }
  for (const m of text.matchAll(BEFORE)) {
    const start = m.index! + m[0].lastIndexOf(m[2]!);
    if (out.some((q) => q.start === start)) continue;
    out.push({ start, end: start + m[2]!.length, speakerName: m[1]!.trim(), via: "cue" });
  }
  return out.sort((a, b) => a.start - b.start);
}
