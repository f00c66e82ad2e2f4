// The page after the article: what publishers put below the last paragraph — "Related coverage",
// "More from …" or "Read more" headings with the headlines listed under them, newsletter and
// subscription prompts, follow-us lines, rules and copyright notices, in any order. Scanned from
// the last line up while lines look like these; a heading of that kind ends the article wherever
// it stands in that run, and every line of the run from it down is page, not coverage.

import {
  COPYRIGHT,
  isHeadlineLike,
  isSidebarHeadline,
  type Line,
  PROMO,
  RULE,
  SENTENCE_END,
  words,
} from "./line-kinds.ts";

/** Headings that open a list of other stories. */
const RELATED_HEADING =
  /^\s*(?:[#*>•-]+\s*)?(?:related(?:\s+(?:coverage|stories|articles|content|news|links|reading))?|read\s+more(?:\s+(?:on|about|from)\b.*)?|more\s+(?:from|on|about|in|stories|news|coverage)\b.*|see\s+also|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested(?:\s+in)?)|recommended(?:\s+(?:for\s+you|stories|reading))?|most\s+(?:read|popular|viewed)|top\s+stories|latest\s+(?:news|stories)|also\s+(?:read|on\s+\S+)|further\s+reading|explore\s+more|trending(?:\s+now)?|what\s+to\s+read\s+next)\s*[:.»›>-]*\s*$/i;

/** Newsletter and subscription prompts, follow-us and sharing lines: words of the kind, in a line
 *  that speaks to the reader ("your inbox", "our newsletter") or tells them to (line-initial "Sign
 *  up", "Subscribe"). "The service has two million subscribers." is news, not a prompt. */
const SIGN_UP =
  /\b(?:sign(?:ing)?\s+up|subscribe|subscription|newsletters?|inbox|unlimited\s+access|enter\s+your\s+email|follow\s+us|share\s+this\s+(?:story|article)|support\s+(?:our|independent|quality)\s+journalism|download\s+(?:our|the)\s+\S+\s+app)\b/i;
const TO_THE_READER =
  /\b(?:you|your|our|us)\b|^\s*(?:sign\s+up|subscribe|get|join|follow|download|enter|support)\b/i;

/** A short line under a related heading: a headline, bulleted or not, maybe with a date or source. */
const BULLET = /^\s*(?:[-•*–·▪►→]|\d{1,2}[.)])\s+/;

function isListEntry(t: string): boolean {
  const bare = t.replace(BULLET, "");
  const w = words(bare).length;
  if (w === 0 || w > 24 || bare.length > 200) return false;
  return BULLET.test(t) || isHeadlineLike(bare) || (w <= 20 && !SENTENCE_END.test(bare.trim()));
}

type Kind = "rule" | "copyright line" | "sign-up prompt" | "related heading" | "entry";

function kindOf(t: string): Kind | null {
  const n = words(t).length;
  if (RULE.test(t)) return "rule";
  if (COPYRIGHT.test(t) && n <= 25) return "copyright line";
  if (RELATED_HEADING.test(t) || (PROMO.test(t) && n <= 6 && !SENTENCE_END.test(t.trim())))
    return "related heading";
  if (SIGN_UP.test(t) && TO_THE_READER.test(t) && n <= 40) return "sign-up prompt";
  if (isListEntry(t)) return "entry";
  return null;
}

/** Line index → why it is page furniture, for the run of such lines that ends the file. */
export function articleTail(lines: readonly Line[], content: readonly number[]): Map<number, string> {
  const run: Array<[number, Kind]> = [];
  // The first content line is the headline or the lead: never page furniture. A run reaching up
  // to it is the article itself (a table of figures under a headline), unless a heading splits it.
  let body = false;
  for (let k = content.length - 1; k >= 1 && !body; k--) {
    const i = content[k]!;
    const kind = kindOf(lines[i]!.text);
    if (kind) run.unshift([i, kind]);
    else body = true;
  }
  const out = new Map<number, string>();
  const found = run.findIndex(([, kind]) => kind === "related heading");
  const heading = body || found > 0 ? found : -1;
  run.forEach(([i, kind], at) => {
    if (heading >= 0 && at >= heading)
      out.set(
        i,
        kind === "entry" ? "related headline" : kind === "related heading" ? "promotional line" : kind,
      );
    else if (kind === "sign-up prompt") out.set(i, kind);
  });
  // Without a heading: a run of three or more title-case headlines is a sidebar (as before).
  const entries = run.filter(
    ([i, kind]) => kind === "entry" && !out.has(i) && isSidebarHeadline(lines[i]!.text),
  );
  const plainEntries = run.filter(([i, kind]) => kind === "entry" && !out.has(i));
  if (body && entries.length >= 3 && entries.length === plainEntries.length)
    for (const [i] of entries) out.set(i, "sidebar headline");
  return out;
}
