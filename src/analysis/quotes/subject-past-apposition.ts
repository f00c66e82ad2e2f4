// A speech verb's subject before an apposition ("Rubio, speaking to reporters before boarding his
// plane, said"): the phrase before it, or the name in it, read past ages and places of origin.

import { PRONOUNS } from "../lexicons/pronouns.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { nameAfterRole } from "./apposition.ts";
import { holderAfterOffice, openingAntecedent } from "./office-apposition.ts";
import { personNoun } from "./person-noun.ts";
import {
  appositionComma,
  nameRun,
  type Phrase,
  phraseBefore,
  phraseOf,
  pluralPossessive,
} from "./phrases.ts";
import { subjectBeforeLongRelative } from "./s24-cue-switches.ts";
import { nameBeforeRoleWhich } from "./s24-which-apposition.ts";
import {
  AFFILIATED_NAME_SWITCH,
  FRONTED_PLACE_SWITCH,
  LINKED_PERSON_HEAD_SWITCH,
  NAMED_BEFORE_RELATIVE_SWITCH,
} from "./s46-switches.ts";
import { isCap, type Tok } from "./tokens.ts";

/** A speech verb in its sentence, for the rules finding its subject. */
export interface VerbAt {
  toks: Tok[];
  /** The verb, and the first token before it that is not an adverb. */
  j: number;
  b: number;
  text: string;
  switches: StepSwitches;
}

/** "Rubio, speaking to reporters before boarding his plane, said": the phrase before the apposition. */
export function subjectPastApposition({ toks, j, b, text, switches }: VerbAt): Phrase | null {
  for (let c = b - 1; c >= 0 && j - c < 25; c--) {
    const u = toks[c]!;
    // ("general secretary of the Calder Trade Unions (CTU), said": an acronym in brackets, switch)
    if (u.text === ")" && bracketedAcronym(toks, c, switches)) {
      c -= 2;
      continue;
    }
    // (a short quoted term inside the apposition, "one of the so-called “Blair Babes”", is read past)
    // ("chief economist at the builders' body BFA": a plural possessive is read past too)
    if (
      (u.type === "q" && u.end - u.start > 30) ||
      (u.type === "p" && u.text !== "," && !pluralPossessive(toks, c))
    )
      break;
    if (u.text !== ",") continue;
    const opening = isOn("quotes", "relative-opening", switches) ? openingAntecedent(toks, c, text) : null;
    if (opening) return opening;
    // "The Calder Water Council (CWC), which …, said": the name before its abbreviation.
    const abbreviated = toks[c - 1]?.text === ")" && toks[c - 3]?.text === "(" && isCap(toks[c - 2]!);
    let subj = phraseBefore(toks, abbreviated ? c - 3 : c, text);
    // "Tony Lloyd, the city's MP, whose seat includes the ground, has pledged": a relative
    // clause after an apposition belongs to the name before the apposition.
    if (
      /^(?:who|whose)$/.test(toks[c + 1]?.lower ?? "") &&
      subj &&
      /^(?:the|a|an|his|her|its|their)\s/i.test(subj.text)
    ) {
      const c2 = appositionComma(toks, c);
      const named = c2 >= 0 ? phraseBefore(toks, c2, text) : null;
      if (named && /^\p{Lu}/u.test(named.text) && !frontedPlace(toks, named, switches)) subj = named;
    }
    // "The Archbishop of Cardiff, the Most Reverend Peter Smith, told": the holder, not the place.
    const holder =
      subj && isOn("quotes", "office-apposition", switches)
        ? holderAfterOffice(toks, c, b, subj, text)
        : null;
    if (holder) return holder;
    // "Tom Marsh, spokesman for the sport's body the FA, which …, said": the name (switch).
    const roleNamed = nameBeforeRoleWhich(toks, c, subj, text, switches);
    if (roleNamed) return roleNamed;
    // "The Harbour Trust's spokeswoman, Wren Atallah, said" and its relative and affiliation forms
    const named = subj ? namedSubject(toks, c, b, subj, text, switches) : null;
    if (named) return named;
    // "one dealer, who asked not to be named, told": a described subject before a relative clause
    // speaks; other lowercase phrases before a comma are most often a clause's tail.
    const described =
      /^(?:the|a|an|one)\s/i.test(subj?.text ?? "") && /^(?:who|whose)$/.test(toks[c + 1]?.lower ?? "");
    // "A buyer for one leading UK chain, who …": the buyer, not the chain (switch)
    if (described && subj) subj = linkedPersonHead(toks, subj, text, switches) ?? subj;
    if (subj && !described && !/\p{Lu}/u.test(subj.text) && !(subj.text.toLowerCase() in PRONOUNS))
      subj = null;
    // "Another peer, Lord Sand, said": the name in apposition to a description speaks; so does one
    // after a body's name ending on a list ("Customs and Enforcement, Dean Boyd, said", switch).
    subj = apposedName(toks, c, b, subj, text, switches) ?? subj;
    // "Jane Doe, 34, from Leeds, told": an age or a place of origin is read past to the name (switch).
    // …and "Jane Doe, 34, who works as a nurse, said": an age before a relative clause.
    const age = /^\d{1,3}$/.test(toks[c - 1]?.text ?? "") && toks[c - 2]?.text === ",";
    const relative = age && /^(?:who|whose)$/.test(toks[c + 1]?.lower ?? "");
    if (
      (!subj || age) &&
      (ageOrPlace(toks, c + 1, b) || relative) &&
      isOn("quotes", "past-age-place", switches)
    )
      continue;
    return subj;
  }
  // (past a clause too long or too punctuated for the loop: s24-cue-switches.ts)
  return subjectBeforeLongRelative(toks, b, text, switches);
}

/** The name apposed to the subject phrase before the comma toks[c], else null: "The Harbour
 *  Trust's spokeswoman, Wren Atallah, said" (the name, not its role); "His wife, Carol, who was in
 *  the public gallery, said" (past a relative clause, switch); "Simon Ferris, of Kent Police, who
 *  led the inquiry, said" (the person, not the body, switch). */
function namedSubject(toks: Tok[], c: number, b: number, subj: Phrase, text: string, switches: StepSwitches) {
  const named = isOn("quotes", "apposition-name", switches)
    ? nameAfterRole(
        toks,
        c,
        subj,
        text,
        -1,
        isOn("quotes", "role-for-place", switches),
        isOn("quotes", "role-to-body", switches),
        switches,
      )
    : null;
  if (named && toks.find((x) => x.start >= (named.tailEnd ?? named.end)) === toks[b]) return named;
  return (
    namedBeforeRelative(toks, c, text, switches) ??
    (isOn("quotes", AFFILIATED_NAME_SWITCH.name, switches) ? affiliatedName(toks, subj, text) : null)
  );
}

/** `<role>, <Name>, who …`: the name with its role, the comma toks[c] opening the relative clause. */
function namedBeforeRelative(toks: Tok[], c: number, text: string, switches: StepSwitches): Phrase | null {
  if (
    !/^(?:who|whose)$/.test(toks[c + 1]?.lower ?? "") ||
    !isOn("quotes", NAMED_BEFORE_RELATIVE_SWITCH.name, switches)
  )
    return null;
  // (the comma before the name: only words between)
  let c2 = c - 1;
  while (c2 > 0 && c - c2 <= 6 && toks[c2]!.type === "w") c2--;
  const role = toks[c2]?.text === "," ? phraseBefore(toks, c2, text) : null;
  return role
    ? nameAfterRole(
        toks,
        c2,
        role,
        text,
        c,
        isOn("quotes", "role-for-place", switches),
        isOn("quotes", "role-to-body", switches),
        switches,
      )
    : null;
}

/** "A buyer for one leading chain": with `p` a link's object, the indefinite person before the
 *  link and `p` as one phrase, else null (switch linked-person-head). */
function linkedPersonHead(toks: Tok[], p: Phrase, text: string, switches: StepSwitches): Phrase | null {
  const k = toks.findIndex((t) => t.start === p.start);
  if (k < 3 || !/^(?:for|at|with|from|of|in)$/.test(toks[k - 1]!.lower)) return null;
  const h = phraseBefore(toks, k - 1, text);
  const head = h?.text.split(/\s+/).pop()?.toLowerCase() ?? "";
  if (!h || !/^(?:a|an|one|another)\s/i.test(h.text) || !personNoun(head)) return null;
  return isOn("quotes", LINKED_PERSON_HEAD_SWITCH.name, switches)
    ? { start: h.start, end: p.end, text: text.slice(h.start, p.end) }
    : null;
}

/** Prepositions of a fronted phrase ("In Baquba, a police officer, who …, said"). */
const FRONTING = /^(?:in|at|on|from|near|outside|inside|across|throughout)$/;

/** `p` is the object of a preposition opening the sentence: a place or time, no one apposed (switch). */
function frontedPlace(toks: Tok[], p: Phrase, switches: StepSwitches): boolean {
  const k = toks.findIndex((t) => t.start === p.start);
  return k === 1 && FRONTING.test(toks[0]!.lower) && isOn("quotes", FRONTED_PLACE_SWITCH.name, switches);
}

/** "of", "from", "at": an affiliation after a person's name and a comma. */
const AFFILIATION = /^(?:of|from|at)$/;

/** "Simon Ferris, of Kent Police": the capitalised name before ", of <body>", else null. */
function affiliatedName(toks: Tok[], subj: Phrase, text: string): Phrase | null {
  const k = toks.findIndex((t) => t.start === subj.start);
  if (k < 3 || !AFFILIATION.test(toks[k - 1]!.lower) || toks[k - 2]!.text !== ",") return null;
  const name = phraseBefore(toks, k - 2, text);
  return name &&
    nameRun(
      toks,
      toks.findIndex((t) => t.start === name.start),
      k - 2,
    )
    ? name
    : null;
}

/** The switch of the list-tail reading in subjectPastApposition. */
export const LIST_TAIL_APPOSITION_SWITCH = {
  name: "list-tail-apposition",
  doc: '"A spokesman for US Immigration, Customs and Enforcement, Dean Boyd, said": a capitalised phrase after "and"/"or"/"&" is the tail of a body\'s name, so the name in apposition after it speaks',
};

/** The name run between the commas toks[c] and toks[b], when no subject stands before it or the
 *  one there closes a list inside a body's name; else null. */
function apposedName(
  toks: Tok[],
  c: number,
  b: number,
  subj: Phrase | null,
  text: string,
  switches: VerbAt["switches"],
): Phrase | null {
  return (!subj || listTail(toks, subj, switches)) && nameRun(toks, c + 1, b)
    ? phraseOf(toks, c + 1, b - 1, text)
    : null;
}

/** The phrase follows "and", "or" or "&" (the last item of a list inside a name). */
function listTail(toks: Tok[], subj: Phrase, switches: VerbAt["switches"]): boolean {
  const k = toks.findIndex((t) => t.start === subj.start);
  return (
    k > 0 &&
    /^(?:and|or|&)$/.test(toks[k - 1]!.lower) &&
    isOn("quotes", LIST_TAIL_APPOSITION_SWITCH.name, switches)
  );
}

/** toks[a, b) is an age ("34") or a place of origin ("from Leeds", "of Calder Vale"), no more. */
function ageOrPlace(toks: Tok[], a: number, b: number): boolean {
  if (b === a + 1 && /^\d{1,3}$/.test(toks[a]!.text)) return true;
  return b > a + 1 && /^(?:from|of|in)$/.test(toks[a]!.lower) && toks.slice(a + 1, b).every((t) => isCap(t));
}

/** The switch of reading past an acronym in brackets inside an apposition (set1-switches.ts). */
export const APPOSITION_ACRONYM_SWITCH = {
  name: "apposition-bracketed-acronym",
  doc: '"However, Ravi Sundaram, general secretary of the Westmoor Trade Unions (WTU), said": the apposition reads past its acronym in brackets to the name',
};

/** toks[c] closes "(ACRONYM)" and the step is on. */
function bracketedAcronym(toks: Tok[], c: number, switches: VerbAt["switches"]): boolean {
  const a = toks[c - 1];
  return (
    toks[c - 2]?.text === "(" &&
    a?.type === "w" &&
    /^\p{Lu}[\p{Lu}\p{N}&]{1,7}$/u.test(a.text) &&
    isOn("quotes", APPOSITION_ACRONYM_SWITCH.name, switches)
  );
}
