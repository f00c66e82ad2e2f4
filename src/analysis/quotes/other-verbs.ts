// Cues with a verb outside the speech lexicon ("boomed", "resisted", "barked", "shot back"): the
// punctuation says the quotation is delivered, so the verb's subject speaks, when it is a name or
// a he/she pronoun set right against the quotation.
//   `Kasich resisted: “…”`, `Asked about it, she demurred: “…”` (a colon after subject and verb);
//   `“Go back to your seat,” Trump barked.` (a name and verb right after a quotation closing on a comma).

import { PRONOUNS } from "../lexicons/pronouns.ts";
import { S_WORDS_NO_VERB } from "../lexicons/verbs.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { type Cue, nameRun, phraseBefore, phraseOf, sentenceSubject } from "./phrases.ts";
import { isAdverb, isCap, isVerbish, PASSIVE_AUX, type Tok } from "./tokens.ts";

/** Past-tense forms of "be" and "have" are no verbs of delivery ("The plan had three parts: “…”"). */
const NOT_DELIVERY = new Set([...PASSIVE_AUX, "had", "has", "have", "did", "does", "needed", "included"]);

/** The cue of the quotation toks[j] after `<subject> <verb>ed:` (or `<subject> hit back,`, or a split
 *  quotation's tag with such a verb: `“A,” she elaborated, “B”`), else null. */
export function verbColon(toks: Tok[], j: number, text: string, switches: StepSwitches): Cue | null {
  const split = splitTag(toks, j, text, switches);
  if (split) return split;
  const backComma = isOn("quotes", BACK_COMMA_SWITCH.name, switches);
  const mark = toks[j - 1]?.text;
  if (mark !== ":" && !(backComma && mark === "," && toks[j - 2]?.lower === "back")) return null;
  let v = j - 2;
  // "hit back angrily:": a manner adverb between the verb and the colon (switch).
  if (backComma) while (v > 1 && isAdverb(toks[v]!) && toks[v - 1]!.type === "w") v--;
  // "shot back", "fired back": a particle after the verb.
  if (/^(?:back|out|up|on)$/.test(toks[v]?.lower ?? "")) {
    v--;
    // "hit back", "struck back": past tenses that do not end in -ed, with "back" only
    if (backComma && toks[v + 1]!.lower === "back" && /^(?:hit|struck)$/.test(toks[v]?.lower ?? ""))
      return verbColonSubject(toks, v, toks[v]!, text, switches);
  }
  // "AS offers one undeniable viewpoint:", "Webster defines a blog as:": an object naming the words.
  else if (SAYING_OBJECT.test(toks[v]?.lower ?? "")) {
    let o = v - 1;
    while (o > v - 6 && toks[o]?.type === "w" && !isCap(toks[o]!) && !deliveryVerb(toks[o])) o--;
    if (deliveryVerb(toks[o])) v = o;
  }
  const verb = toks[v];
  if (!deliveryVerb(verb)) return null;
  return verbColonSubject(toks, v, verb, text, switches);
}

/** The cue of `<subject> <verb>` ending at toks[v], when the subject is a name or he/she opening its clause. */
function verbColonSubject(
  toks: Tok[],
  v: number,
  verb: Tok,
  text: string,
  switches: StepSwitches,
): Cue | null {
  let b = v - 1;
  while (b >= 0 && isAdverb(toks[b]!)) b--;
  // "Roe then leaned in and boomed:": a second verb shares the clause's subject (switch).
  const and = toks[b]?.lower === "and" && isOn("quotes", VERB_COLON_AND_SWITCH.name, switches);
  const subj = and ? sentenceSubject(toks, b, text) : phraseBefore(toks, b + 1, text);
  if (!subj) return null;
  // A present "-s" form is a verb only right after a name or he/she ("Police found letters:" is no tag).
  const bare = subj.text.replace(/^(?:The|A|An)\s/, "");
  if (
    !/ed$|^shot$|^hit$|^struck$/.test(verb.lower) &&
    !/^(?:\p{Lu}[\p{L}.&'’-]*\s*)+$|^(?:[Hh]e|[Ss]he)$/u.test(bare)
  )
    return null;
  const lower = subj.text.toLowerCase();
  const pronoun = PRONOUNS[lower];
  const person = pronoun === "male" || pronoun === "female";
  // A name: capitalised words, no description ("The plan", "Officials").
  // …or "The" before a name of capitalised words only ("The Valley Herald").
  const named =
    /^\p{Lu}/u.test(subj.text) &&
    (!/^(?:The|A|An|This|That|These|Those)\s/.test(subj.text) ||
      /^The(?:\s+\p{Lu}[\p{L}.&'’-]*)+$/u.test(subj.text));
  if (!person && (!named || lower in PRONOUNS)) return null;
  // The subject opens its clause: the sentence start, or a comma ("Asked …, she demurred:").
  const before = toks.findLastIndex((t) => t.end <= subj.start);
  // ("And Mr. Christie gloated:": a conjunction opening the sentence leaves the subject first; session 43)
  const conjunction = before === 0 && /^(?:and|but|yet)$/.test(toks[0]!.lower);
  if (
    before >= 0 &&
    toks[before]!.text !== "," &&
    !conjunction &&
    !(person && askedOpening(toks, before, switches))
  )
    return null;
  return { speaker: subj, cue: verb.lower, label: false };
}

export const SPLIT_TAG_SWITCH = {
  name: "split-tag-any-verb",
  doc: '"“The way I see it,” she elaborated, “no one …”": the tag between two parts of a quotation, with any verb of delivery, speaks for the second part too',
};

/** `“A,” she elaborated, “B”`: the quotation toks[j] after a tag of a he/she or a name and a verb
 *  outside the speech lexicon that sits between two quotations (switch "split-tag-any-verb"). */
function splitTag(toks: Tok[], j: number, text: string, switches: StepSwitches): Cue | null {
  const v = j - 2;
  const verb = toks[v];
  if (toks[j - 1]?.text !== "," || !deliveryVerb(verb) || !/ed$/.test(verb.lower)) return null;
  if (!isOn("quotes", SPLIT_TAG_SWITCH.name, switches)) return null;
  let q = v - 1;
  while (q > 0 && v - q <= 4 && toks[q]!.type === "w") q--;
  const open = toks[q];
  // the quotation before closes on a comma inside its marks: the tag interrupts one quotation
  if (open?.type !== "q" || !/,\s*["”’']?\s*$/.test(text.slice(open.start, open.end))) return null;
  const pronoun = v === q + 2 ? PRONOUNS[toks[q + 1]!.lower] : undefined;
  if (!(pronoun === "male" || pronoun === "female") && !nameRun(toks, q + 1, v)) return null;
  return { speaker: phraseOf(toks, q + 1, v - 1, text), cue: verb.lower, label: false };
}

export const BACK_COMMA_SWITCH = {
  name: "hit-back-comma",
  doc: '"Ms Lee hit back, “…”", "Mr Howard hit back angrily: “…”": a verb with "back" before a comma, or a manner adverb before the colon, delivers the quotation',
};

export const VERB_COLON_AND_SWITCH = {
  name: "verb-colon-coordinated",
  doc: '"Roe leaned in and boomed: “…”": a verb of delivery after "and" shares the subject opening the clause',
};

export const ASKED_NO_COMMA_SWITCH = {
  name: "asked-no-comma",
  doc: '"Asked if she enjoys chess she confesses: “…”": a he/she after an opening question clause missing its comma still opens the clause',
};

/** "Asked if she enjoys it she confesses:": a he/she after a question clause that opens the sentence
 *  with its comma left out (switch "asked-no-comma"). */
function askedOpening(toks: Tok[], before: number, switches: StepSwitches): boolean {
  if (!isOn("quotes", "asked-no-comma", switches)) return false;
  const k = /^(?:when|if|after|once)$/.test(toks[0]?.lower ?? "") ? 1 : 0;
  return toks[k]?.lower === "asked" && before > k && toks.slice(k, before + 1).every((t) => t.type === "w");
}

/** A past-tense or present verb that can deliver words ("boomed", "shot", "concludes"), not "had" or "is". */
function deliveryVerb(t: Tok | undefined): t is Tok {
  return (
    t?.type === "w" &&
    !isCap(t) &&
    /[^e]ed$|^shot$|[^su'’]s$/.test(t.lower) &&
    !NOT_DELIVERY.has(t.lower) &&
    !S_WORDS_NO_VERB.has(t.lower) &&
    !COLON_NOUNS.has(t.lower)
  );
}

/** Words in "-s" that are verbs elsewhere but name the words to come before a colon ("His plans:"). */
const COLON_NOUNS = new Set(["plans", "words"]);
/** The last word of an object that names the words to come: "viewpoint:", "defines a blog as:". */
const SAYING_OBJECT =
  /^(?:as|view|viewpoint|verdict|message|warning|explanation|answer|reply|response|advice|assessment|summary|theory|prediction|plea|joke|quip|retort|remark|comment|words)$/;

/** The cue of the quotation toks[j] followed by `<Name> <verb>ed` or `he/she <verb>ed`, else null. */
export function verbTag(toks: Tok[], j: number, text: string): Cue | null {
  const q = toks[j];
  // The quotation closes on a comma, "!" or "?" inside its marks: words introduced to a tag.
  if (q?.type !== "q" || !/[,!?]\s*["”“’']?\s*$/.test(text.slice(q.start, q.end))) return null;
  let v = j + 1;
  while (v < toks.length && v - j <= 5 && !deliveryVerb(toks[v])) v++;
  if (!deliveryVerb(toks[v]) || isVerbish(toks[v]!)) return null;
  const pronoun = v === j + 2 ? PRONOUNS[toks[j + 1]!.lower] : undefined;
  if (!(pronoun === "male" || pronoun === "female") && !nameRun(toks, j + 1, v)) return null;
  return { speaker: phraseOf(toks, j + 1, v - 1, text), cue: toks[v]!.lower, label: false };
}
