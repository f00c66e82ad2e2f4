// `"…too much money to spend", the report found.`, `"…," a new study has found.`: a study's or a
// body's finding tags the quotation before it (documents speak for their authors, resolved as
// "the report says" is). "found" is no speech verb of the closing-tag rules, since a person who
// "found the keys" reports nothing; only a document or an organisation finds here.

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { type Cue, phraseOf } from "./phrases.ts";
import { DETERMINERS, type Tok } from "./tokens.ts";

const FINDS = /^(?:found|finds|shows|showed|concluded|concludes)$/;
const HAS = /^(?:has|have|had)$/;
/** Heads of a document that finds ("the report", "a new study"). */
const FINDING_DOCUMENTS =
  /^(?:study|studies|survey|surveys|report|reports|research|poll|polls|analysis|review|audit|inquiry|investigation)$/;

/** A subject that is a document, a body named by its noun ("the committee") or an acronym. */
function findsAsBody(text: string): boolean {
  const words = text.split(/\s+/);
  const last = words[words.length - 1]!;
  const head = last.toLowerCase();
  return (
    FINDING_DOCUMENTS.test(head) ||
    (ORG_NOUNS.has(head) && (/^\p{Lu}/u.test(last) || /^the$/i.test(words[0]!))) ||
    /^\p{Lu}[\p{Lu}&]{1,5}$/u.test(last)
  );
}

/** The cue of quotation toks[qi] when `, the report found.` follows it (k: the first word after it);
 *  `finds`: which subjects find (session 27: the members of a body too, s27-members-finding.ts). */
export function findingTag(
  toks: Tok[],
  qi: number,
  k: number,
  text: string,
  finds: (subject: string) => boolean = findsAsBody,
): Cue | null {
  if (k === qi + 1 && !/,\s*["”“’']?\s*$/.test(text.slice(toks[qi]!.start, toks[qi]!.end))) return null;
  if (k > qi + 1 && toks[k - 1]!.text !== ",") return null;
  let v = k;
  while (v < toks.length && v - k < 8 && toks[v]!.type === "w" && !FINDS.test(toks[v]!.lower)) v++;
  if (!FINDS.test(toks[v]?.lower ?? "") || v === k) return null;
  const after = toks[v + 1];
  if (after && !(after.type === "p" && after.text === ".")) return null;
  const e = HAS.test(toks[v - 1]!.lower) ? v - 2 : v - 1;
  if (e < k || (!DETERMINERS.has(toks[k]!.lower) && !/^\p{Lu}/u.test(toks[k]!.text))) return null;
  const p = phraseOf(toks, k, e, text);
  return finds(p.text) ? { speaker: p, cue: toks[v]!.lower, label: false } : null;
}
