// A quotation inside a sentence whose closing tag names its source by a description or a lowercase
// group of sources rather than by a name (or by he/she before a clause of its own):
//   `… but that was a "last resort" which was rarely used, a spokesman said.`
//   `Bus firms have held "frank" talks with the council, its chief has said.`
//   `The rule is "badly written" and nobody can apply it, transport analysts say.`
//   `… which appeal to "casual" drivers, said a panel of experts.`
//   `Fares aimed at "day trippers" will rise, according to travel experts.`
//   `Its plan is a "mixed" approach, he explained, where older buses are kept.`
// The whole sentence is the source's reported speech, so its quoted words are the source's too.
// The tail-tag rule (tail-tag.ts) reads a name or he/she ending the sentence only; this one reads
// what it leaves, before the clause-subject rule gives the quotation to the sentence's subject.

import { ANONYMOUS_HEADS } from "../lexicons/sources.ts";
import { ROLE_ABBREVIATIONS } from "../lexicons/titles.ts";
import { VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE } from "../lexicons/verbs.ts";
import { type Alternative, isOn, type StepSwitches } from "../steps.ts";
import { AGENT_PLURAL } from "./group-head.ts";
import type { Cue } from "./phrases.ts";
import { nameRun, phraseOf } from "./phrases.ts";
import { pluralOpener, THEY_OWN_SUBJECT_SWITCH } from "./plural-source-they.ts";
import { DESCRIBED_TAG_OF_SWITCH, describedOf, heardPast } from "./s25b-fresh-switches.ts";
import { DESCRIBED_TAG_MEMBERS_SWITCH } from "./s42-switches.ts";
import { DESCRIBED_CLOSING_TAG_SWITCH, DESCRIBED_TAG_GROUPS_SWITCH } from "./set25-switches.ts";
import { isCap, isVerbish, type Tok } from "./tokens.ts";

const DETERMINER = /^(?:a|an|the|its|his|her|their|those)$/;
/** Words opening a clause that may follow a tag set off by a comma ("…, he explained, where …"). */
const AFTER_TAG = /^(?:where|which|although|though|while|whereas|but|as|because)$/;
/** Words opening a short adverbial after the tag ("said on Monday", "said in a statement"). */
const TAIL_OPENERS = /^(?:on|in|at|during|after|before|later|yesterday|today|last|this|earlier|when)$/;

const speechVerb = (t: Tok | undefined) =>
  t?.type === "w" && !isCap(t) && isVerbish(t) && !VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE.has(t.lower);
const lowerWord = (t: Tok | undefined) => t?.type === "w" && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text);

/** Does the tag end at toks[k] (exclusive): the sentence end, a short adverbial, or a comma and a
 *  clause of its own ("…, he explained, where …")? `person`: a he/she or name, read only before such a clause. */
function tagEnds(toks: Tok[], k: number, last: number, person: boolean): boolean {
  if (toks.slice(k, last + 1).some((t) => t.type === "q")) return false;
  if (k > last) return !person;
  if (toks[k]!.text === "," && AFTER_TAG.test(toks[k + 1]?.lower ?? "")) return true;
  const rest = toks.slice(k, last + 1).filter((t) => t.type === "w");
  return (
    !person &&
    rest.length === toks.slice(k, last + 1).length &&
    rest.length <= 6 &&
    TAIL_OPENERS.test(rest[0]!.lower)
  );
}

/** A description as a tag's subject: a determiner and lowercase words ("a spokesman", "its chief",
 *  "a BaFin spokeswoman": a capital inside, not last), or lowercase words ending in a plural of
 *  anonymous sources ("industry analysts"). */
function described(toks: Tok[], a: number, b: number, groups: boolean, members = false): boolean {
  if (b - a > 4 || toks.slice(a, b + 1).some((t) => t.type !== "w")) return false;
  if (DETERMINER.test(toks[a]!.lower)) return b > a && lowerWord(toks[b]) && !speechVerb(toks[b]);
  const head = toks[b]!.lower;
  // ("…, pro-hunt MPs say.": members of a parliament, a plural abbreviation, with a party or modifier)
  if (members && ROLE_ABBREVIATIONS.has(head) && /s$/.test(toks[b]!.text) && b - a <= 2)
    return toks.slice(a, b).every((t) => lowerWord(t) || /^\p{Lu}\p{Ll}+$/u.test(t.text));
  // (switch "described-tag-groups": a plural agent noun too, "lenders", "campaigners", "economists")
  const group = ANONYMOUS_HEADS.has(head) || (groups && AGENT_PLURAL.test(head));
  return toks.slice(a, b + 1).every(lowerWord) && /s$/.test(head) && group;
}

/** "a committee of MPs and peers": a body's noun before "of" and capitalised or plural members. */
const BODY_OF = /^(?:committee|group|panel|coalition|alliance|team|council|body|consortium)$/;

function bodyOf(toks: Tok[], a: number, b: number): boolean {
  if (b - a > 7 || !/^(?:a|an|the)$/.test(toks[a]!.lower) || !BODY_OF.test(toks[a + 1]?.lower ?? ""))
    return false;
  return toks[a + 2]?.lower === "of" && toks.slice(a + 3, b + 1).every((t) => t.type === "w");
}

/** `, a spokesman said`, `, its chief has said`, `, analysts say`, `, Ann Roe explained, where …`. */
function plainTag(toks: Tok[], c: number, last: number, text: string, sw: StepSwitches): Cue | null {
  let v = c + 1;
  // ("a spokeswoman for the Harbour Trust's legal office said": a longer described source, s25b)
  const reach = isOn("quotes", DESCRIBED_TAG_OF_SWITCH.name, sw) ? 11 : 6;
  while (v <= last && v - c <= reach && !speechVerb(toks[v])) v++;
  if (v > last || !speechVerb(toks[v])) return null;
  const e = /^(?:has|have)$/.test(toks[v - 1]!.lower) ? v - 1 : v;
  if (e <= c + 1) return null;
  // (he/she or a name: only before a clause of the tag's own; the tail-tag rule reads them at the end)
  const one = e === c + 2 ? toks[c + 1]!.lower : "";
  const person = one === "he" || one === "she" || nameRun(toks, c + 1, e);
  const groups = isOn("quotes", DESCRIBED_TAG_GROUPS_SWITCH.name, sw);
  const source =
    // ("“Major problems” are expected …, it said.": "it" closing the sentence, switch)
    (groups && one === "it") ||
    // ("… to get the “true impact” of HD, they say": "they" too, plural-source-they.ts)
    (one === "they" &&
      isOn("quotes", THEY_OWN_SUBJECT_SWITCH.name, sw) &&
      !!pluralOpener(text.slice(toks[0]!.start, toks[c]!.start))) ||
    described(toks, c + 1, e - 1, groups, groups && isOn("quotes", DESCRIBED_TAG_MEMBERS_SWITCH.name, sw)) ||
    describedOf(toks, c + 1, e - 1, sw) ||
    (groups && bodyOf(toks, c + 1, e - 1));
  if (!(person || source)) return null;
  if (!tagEnds(toks, v + 1, last, person) && !tagEnds(toks, heardPast(toks, v, last, sw), last, person))
    return null;
  return { speaker: phraseOf(toks, c + 1, e - 1, text), cue: toks[v]!.lower, label: false };
}

/** `, said a panel of experts.`, `, according to industry analysts.`: an inverted tag (or a
 *  source after "according to") closing the sentence on a description. */
function invertedTag(toks: Tok[], c: number, last: number, text: string): Cue | null {
  const according = toks[c + 1]?.lower === "according" && toks[c + 2]?.lower === "to";
  const v = according ? c + 2 : c + 1;
  if ((!according && !speechVerb(toks[v])) || v + 1 > last) return null;
  const words = toks.slice(v + 1, last + 1);
  if (words.length > 6 || words.some((t) => t.type !== "w")) return null;
  const ok = DETERMINER.test(words[0]!.lower)
    ? words.length > 1 && lowerWord(words[words.length - 1])
    : described(toks, v + 1, last, false);
  if (!ok) return null;
  return {
    speaker: phraseOf(toks, v + 1, last, text),
    cue: according ? "according to" : toks[v]!.lower,
    label: false,
  };
}

/** The described closing tag of the sentence holding quotation toks[j], else null. */
function describedClosingTag(toks: Tok[], j: number, text: string, sw: StepSwitches): Cue | null {
  let last = toks.length - 1;
  while (last >= 0 && toks[last]!.type === "p") last--;
  // (a word under discussion is no one's, `claims that "outsourcing" is to blame`, `so-called "x"`;
  // nor a thing's own name, `to avoid breaking its "golden rule", a report suggests`)
  const before = text.slice(Math.max(0, toks[j]!.start - 30), toks[j]!.start);
  if (/(?:\b\p{L}+(?:s|ion|ment) that|so-called|\b(?:its|his|her|their)|\p{L}['’]s?)\s*$/u.test(before))
    return null;
  // (a quoted verb right after its subject is the subject's own: `Leo Varga "regretted" the red
  // card, his agent said`, the clause-subject rule's)
  if (
    toks[j - 1]?.type === "w" &&
    /^["“]\p{Ll}[\p{Ll}-]{2,}ed[”"]$/u.test(text.slice(toks[j]!.start, toks[j]!.end))
  )
    return null;
  for (let c = j + 1; c < last && c - j <= 40; c++) {
    if (toks[c]!.type === "q") return null;
    if (toks[c]!.text !== ",") continue;
    const cue = plainTag(toks, c, last, text, sw) ?? invertedTag(toks, c, last, text);
    if (cue) return cue;
  }
  return null;
}

/** The CUE_RULES entry (sentence.ts): tried before the clause-subject rule. */
export const DESCRIBED_CLOSING_TAG: Alternative<
  { ctx: { toks: Tok[]; doc: { text: string; switches: StepSwitches } }; j: number },
  Cue
> = {
  ...DESCRIBED_CLOSING_TAG_SWITCH,
  try: ({ ctx, j }) => describedClosingTag(ctx.toks, j, ctx.doc.text, ctx.doc.switches),
};
