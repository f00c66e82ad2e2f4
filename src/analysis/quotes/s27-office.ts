// Session 27 (issue #13): "Home Secretary Ann Roe said …. The prime minister said": "Secretary"
// before a name is the same office as "the minister" only when that office is bare. A modified
// minister ("the prime minister", "the first minister", "the Europe minister") is another office
// than the secretary the article gave that person, so office-subject.ts does not hand it to them.

import { OFFICE_HEADS, ROLE_HEADS } from "../lexicons/titles.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { sameMinistry } from "./set32-switches.ts";
import type { QuoteDoc } from "./state.ts";

export const MINISTER_BARE_SWITCH = {
  name: "minister-secretary-bare",
  doc: '"Home Secretary Ann Roe said …. The prime minister said": a secretary holds "the minister" only when bare, not "the prime minister"',
} as const;

/**
 * Is the title word `w` before a name the office `words` ("the minister", split in lowercase
 * words) too? As sameMinistry, but with the switch on only for a bare "the minister".
 */
export function sameBareMinistry(words: readonly string[], w: string, switches: StepSwitches): boolean {
  const head = words[words.length - 1]!.replace(/^co-/, "");
  if (!sameMinistry(head, w, switches)) return false;
  return !isOn("quotes", MINISTER_BARE_SWITCH.name, switches) || words.length === 2;
}

export const OFFICE_OWNS_OFFICE_SWITCH = {
  name: "office-owns-office",
  doc: '"The Lib Dems accused Mr Ames of …. The prime minister hailed his chancellor\'s work": an office whose own sentence owns another office takes up no one merely named before',
} as const;

/** Where the sentence holding `pos` ends. */
function sentenceEnd(doc: QuoteDoc, pos: number): number {
  for (const para of doc.article.paragraphs) for (const s of para.sentences) if (s.end > pos) return s.end;
  return doc.text.length;
}

/**
 * Does the sentence of the office `p` give its holder another office ("the prime minister hailed
 * his chancellor's …", "the coach praised her captain")? Then the one person merely named in the
 * sentence before is as likely that other office's holder, and the office stays as written.
 */
export function ownsOtherOffice(doc: QuoteDoc, p: Phrase): boolean {
  if (!isOn("quotes", OFFICE_OWNS_OFFICE_SWITCH.name, doc.switches)) return false;
  const own = p.text.toLowerCase().split(/\s+/).pop()!;
  const rest = doc.text.slice(p.end, Math.min(sentenceEnd(doc, p.end), p.end + 200));
  for (const m of rest.matchAll(
    /\b(?:his|her|their)\s+((?:[\p{L}-]+\s+){0,2}?)([\p{Ll}-]+?)(?:['’]s)?\b/gu,
  )) {
    const head = m[2]!;
    if (head !== own && (OFFICE_HEADS.has(head) || ROLE_HEADS.has(head))) return true;
  }
  return false;
}
