// A subject read over a name's own verb and object: "In a separate move, Ian Cole gave his backing
// to the plan but told reporters …" (the subject opening the sentence, read forwards up to the
// speech verb, ran over "gave his backing"), "Mr Dunn then e-mailed Mr Vane pointing out …" (the
// phrase before the participle, read backwards, ran over "then e-mailed"). Neither phrase names
// anyone; the name it opens on is the subject. A name ends before a lower-case word that a
// determiner or possessive follows ("gave his", "made the"), or before a past form in -ed that
// another name follows ("e-mailed Mr Vane"); adverbs may stand between ("then", "later").

import { PARTICLES_IN_SPEAKER_NAMES } from "../lexicons/person-names.ts";
import { TITLE_WORDS } from "../lexicons/titles.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { IRREGULAR_PAST } from "./participle-name-verb.ts";
import { type Phrase, phraseOf } from "./phrases.ts";
import { personBeforeBody } from "./s24b-name-body.ts";
import { PAST_BARE_OBJECT_SWITCH } from "./set22-switches.ts";
import { PAST_BARE_PHRASE_SWITCH } from "./set28-switches.ts";
import { DETERMINERS, isAdverb, isCap, type Tok } from "./tokens.ts";
import { verbBeforeSpeechNoun } from "./verb-speech-noun.ts";

export const NAME_VERB_OBJECT_SWITCH = {
  name: "subject-name-before-verb",
  doc: '"Ian Cole gave his backing … but told", "Mr Dunn then e-mailed Mr Vane pointing out": a subject phrase run over a name\'s verb and object is the name',
};

/** Words that link a name to more of its phrase ("Mr Hale of the club", "Mr Hale and his wife"). */
const LINKS = /^(?:of|for|to|at|in|with|from|on|by|and|or|nor|'s|s)$/;
const BETWEEN = /^(?:then|later|also|again|now|still|first|once)$/;

/** toks[from..] up to `end`: two or three lowercase words, no determiner, ending the phrase (one
 *  bare noun is set 22's "took issue"). */
function bareTail(toks: Tok[], from: number, end: number): boolean {
  let k = from;
  while (k < toks.length && toks[k]!.end <= end) {
    const t = toks[k]!;
    if (t.type !== "w" || isCap(t) || DETERMINERS.has(t.lower) || k - from >= 3) return false;
    k++;
  }
  return k - from >= 2 && toks[k - 1]!.end === end;
}

/** `p` cut to the name it opens on, when that name's verb and object follow inside it. */
export function nameBeforeVerbObject(
  p: Phrase,
  toks: Tok[],
  text: string,
  switches: StepSwitches,
  participle = false,
): Phrase {
  // ("Jane Rowe, Seaview Traders Association said": the person, s24b-name-body.ts)
  const person = personBeforeBody(p, toks, text, switches);
  if (person) return person;
  if (!isOn("quotes", NAME_VERB_OBJECT_SWITCH.name, switches)) return p;
  const a = toks.findIndex((t) => t.start === p.start);
  // (a name, not "A delighted Hale" or "The club")
  if (a < 0 || !isCap(toks[a]!) || DETERMINERS.has(toks[a]!.lower)) return p;
  let last = a;
  // (right after a name, adverbs read past)
  let open = true;
  for (let k = a + 1; k < toks.length && toks[k]!.end <= p.end; k++) {
    const t = toks[k]!;
    if (t.type !== "w" || LINKS.test(t.lower)) return p;
    if (isCap(t)) {
      last = k;
      open = true;
    } else if (BETWEEN.test(t.lower) || isAdverb(t)) continue;
    else if (open && !TITLE_WORDS.has(t.lower) && !PARTICLES_IN_SPEAKER_NAMES.has(t.lower)) {
      const next = toks[k + 1];
      const object =
        next?.type === "w" &&
        next.end <= p.end &&
        ((DETERMINERS.has(next.lower) && next.lower !== "one") ||
          ((/ed$/.test(t.lower) || IRREGULAR_PAST.has(t.lower)) && isCap(next)) ||
          // ("paid tribute", "took issue": an irregular past and a bare noun ending the phrase, set 22)
          (IRREGULAR_PAST.has(t.lower) &&
            !isCap(next) &&
            next.end === p.end &&
            isOn("quotes", PAST_BARE_OBJECT_SWITCH.name, switches)) ||
          // ("took legal action, saying": a past form and a bare object of two or three words before
          // a participle, set 28)
          ((/ed$/.test(t.lower) || IRREGULAR_PAST.has(t.lower)) &&
            participle &&
            bareTail(toks, k + 1, p.end) &&
            isOn("quotes", PAST_BARE_PHRASE_SWITCH.name, switches)));
      // ("McFadden makes" before "claims": its object right after the phrase, set 27)
      if (object || verbBeforeSpeechNoun(toks, k, p, switches)) return phraseOf(toks, a, last, text);
      open = false;
    } else open = false;
  }
  return p;
}
