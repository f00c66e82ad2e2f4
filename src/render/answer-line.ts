// The direct answer's one line above /ask's excerpts ("Answer: about 5,000 jobs — Associated
// Press, NewsNation"), for the terminal and for Discord (outlets as masked links).

import type { DirectAnswer } from "../answers/direct-answer-types.ts";
import type { SourceRef } from "../types.ts";

/** What the line shows of the value: a person's canonical name; a resolved day beside the
 *  article's words; else the article's own words. */
function shown(a: DirectAnswer): string {
  if (a.kind === "who") return a.value;
  if (a.kind === "when" && a.value !== a.words) return `${a.value} (“${a.words}”)`;
  return a.words;
}

/** Outlets named on the line; more are counted ("+3 more"), so the line stays one line. */
const MAX_OUTLETS = 5;

/** Each outlet once, in order, with the link of its first source. */
function outlets(refs: readonly SourceRef[]): Array<{ label: string; url: string | null }> {
  const seen = new Map<string, string | null>();
  for (const r of refs) {
    const label = r.outlet ?? "Unknown outlet";
    if (!seen.has(label)) seen.set(label, r.url);
  }
  const all = [...seen].map(([label, url]) => ({ label, url }));
  if (all.length <= MAX_OUTLETS) return all;
  return [...all.slice(0, MAX_OUTLETS), { label: `+${all.length - MAX_OUTLETS} more`, url: null }];
}

/** "Answer: <value> — <outlets>[; <another value> — <outlets>]", plain. */
export function answerLineText(a: DirectAnswer): string {
  const names = (refs: readonly SourceRef[]) =>
    outlets(refs)
      .map((o) => o.label)
      .join(", ");
  const others = a.agreement.others.map((o) => `; ${o.text} — ${names(o.sources)}`).join("");
  return `Answer: ${shown(a)} — ${names(a.sources)}${others}`;
}

/** The same line in Discord markdown: `esc` escapes article words, `link` makes a masked link. */
export function answerLineMarkdown(
  a: DirectAnswer,
  esc: (s: string) => string,
  link: (label: string, url: string | null) => string,
): string {
  const names = (refs: readonly SourceRef[]) =>
    outlets(refs)
      .map((o) => link(o.label, o.url))
      .join(", ");
  const others = a.agreement.others.map((o) => `; ${esc(o.text)} — ${names(o.sources)}`).join("");
  return `**Answer:** ${esc(shown(a))} — ${names(a.sources)}${others}`;
}
