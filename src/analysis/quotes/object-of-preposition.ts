// "Howard Archer, economist at Global Insight said", "Nigel McCune from the Musicians' Union
// said": a name after a preposition is its object, never the verb's subject. The subject is the
// person named before it, directly or through a lower-case role in apposition.

import { STOPWORDS } from "../../search/stopwords.ts";
import { FEMALE_NAMES, MALE_NAMES } from "../actors/gender.ts";
import { PARTICLES_IN_SPEAKER_NAMES } from "../lexicons/person-names.ts";
import { PRONOUNS } from "../lexicons/pronouns.ts";
import { ROLE_HEADS } from "../lexicons/titles.ts";
import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { HYPHENED_MODIFIER_SWITCH } from "./set26-switches.ts";
import { LOWER_BODY_SWITCH } from "./set29-switches.ts";
import type { QuoteDoc } from "./state.ts";
import { FRONT_WORDS } from "./tokens.ts";

const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+`;
/** A name with lower-case particles inside ("Nick van den Berg", "Ana de la Cruz"). */
const PARTICLE = `(?:${[...PARTICLES_IN_SPEAKER_NAMES].map((w) => w.replace(".", "\\.")).join("|")})`;
const NAME_WITH_PARTICLES = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+(?:${PARTICLE}\s+)*\p{Lu}[\p{L}'’.-]+)+`;
/** "Dana Okoro of [campaign group] …", and after a job ("Aviation analyst Nick van den Berg of …",
 *  "analyst Rosario Ilacqua of L.F. Rothschild", "Senate Republican leader Robert Dole of Kansas":
 *  session 37). */
const INSIDE = new RegExp(
  String.raw`^(?:(?:\p{Lu}\p{Ll}+\s+){0,3}(?:(?!(?:the|an?)\s)\p{Ll}[\p{L}-]*\s+){1,2})?(${NAME_WITH_PARTICLES})\s+(?:of|from|at)\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Lu}`,
  "u",
);

/** "Ann Roe of the excellent widgetclub.org.uk website": a body in lower case with a body noun at
 *  its head closing the phrase (switch, set 29). */
const INSIDE_LOWER = new RegExp(
  String.raw`^(${NAME_WITH_PARTICLES})\s+(?:of|from|at)\s+the\s+(?:[\p{Ll}\d][\p{L}\d.'’-]*\s+){0,3}(?:website|site|blog|magazine|newspaper|firm|company|group|charity|agency|council|union|association|society|club|institute|university|college|campaign|organisation|organization|department)$`,
  "u",
);

/** "<Name>[, (a|an|the) <role words>] <preposition> [the] [hyphened modifier] …" ending where the phrase begins. */
const beforeWith = (modifier: string) =>
  new RegExp(
    String.raw`(${NAME})(,\s+(?:(?:an?|the)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*)?\s+(?:at|of|from|for|with)\s+(?:the\s+)?${modifier}(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$`,
    "u",
  );
/** "editor of union-backed Hazards magazine": one lowercase modifier with a hyphen (switch). */
const HYPHENED = String.raw`(?:\p{Ll}+-[\p{L}-]+\s+)?`;
const BEFORE = beforeWith("");
const BEFORE_HYPHENED = beforeWith(HYPHENED);

/** "The 34-year-old from", ", the pensioner from": a definite description opening its clause before "from"/"of". */
const DESCRIBED =
  /(?:^\s*|[,;:"”]\s+|\n)([Tt]he\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,3}[\p{Ll}\d][\p{L}\d-]*)\s+(?:from|of)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$/u;

/** Heads of a person's description that a place of origin may follow. */
const PERSON_HEADS = new Set([
  "man",
  "woman",
  "mother",
  "father",
  "pensioner",
  "teenager",
  "student",
  "boy",
  "girl",
]);
const personHead = (d: string) => {
  const head = d.split(/\s+/).pop()!;
  return /-year-old$/.test(head) || PERSON_HEADS.has(head) || ROLE_HEADS.has(head);
};

/** The person named before the preposition that `p` is the object of, or null. */
export function subjectBeforePreposition(doc: QuoteDoc, p: Phrase): Phrase | null {
  // "Dana Okoro of Brightwave Labs" read as one phrase: the person at its front.
  const lower = isOn("quotes", LOWER_BODY_SWITCH.name, doc.switches) ? INSIDE_LOWER.exec(p.text) : null;
  const inside = / (?:of|from|at) /.test(p.text) ? (INSIDE.exec(p.text) ?? lower) : null;
  if (inside) {
    const start = p.start + inside[0].indexOf(inside[1]!);
    const name = { start, end: start + inside[1]!.length, text: inside[1]! };
    return personAt(doc, name) ?? givenNameTail(doc, name);
  }
  // Only a name is the object read here ("I", "this" are the clause's own subjects).
  if (!/^(?:the\s+)?\p{Lu}\p{L}/u.test(p.text) || p.text.toLowerCase() in PRONOUNS) return null;
  const hyphened = isOn("quotes", HYPHENED_MODIFIER_SWITCH.name, doc.switches);
  if (!afterPreposition(doc.text.slice(Math.max(0, p.start - 60), p.start), hyphened)) return null;
  // Within the sentence: back to a line break or a sentence's end at most.
  let from = Math.max(doc.article.bodyStart, p.start - 120);
  const window = doc.text.slice(from, p.start);
  const cut = Math.max(
    window.lastIndexOf("\n"),
    ...[...window.matchAll(/[.!?]["”’]?\s/g)].map((x) => x.index!),
  );
  if (cut >= 0) from += cut + 1;
  const before = doc.text.slice(from, p.start);
  // "The 34-year-old from Leeds said": a person's description before the place (switch).
  const described = isOn("quotes", "description-before-place", doc.switches) ? DESCRIBED.exec(before) : null;
  if (described && personHead(described[1]!)) {
    const start = from + described.index + described[0].indexOf(described[1]!);
    return { start, end: start + described[1]!.length, text: described[1]! };
  }
  const m = (hyphened ? BEFORE_HYPHENED : BEFORE).exec(before);
  // "Benito Mussolini, and most decidedly not from Trump": a role, not a clause, in apposition.
  if (!m || (m[2] ?? "").split(/\s+/).some((w) => STOPWORDS.has(w) && !/^(?:an?|the)$/.test(w))) return null;
  // The name opens the clause ("block Donald Trump from the nomination": an object, not a subject).
  if (!/(?:^|[,;:—–]|\band|["”’])\s*$/.test(before.slice(0, m.index))) return null;
  let start = from + m.index;
  let name = m[1]!;
  // "But Mr Hale from City Rents said": a sentence opener is no part of the name (switch
  // "opener-before-name").
  const first = /^(\p{Lu}\p{Ll}*)\s+/u.exec(name);
  if (
    first &&
    FRONT_WORDS.has(first[1]!.toLowerCase()) &&
    isOn("quotes", "opener-before-name", doc.switches)
  ) {
    start += first[0].length;
    name = name.slice(first[0].length);
  }
  return personAt(doc, { start, end: start + name.length, text: name });
}

/** Does `before` end on a preposition, "the" and up to three capitalised words? (cheap, first) */
function afterPreposition(before: string, hyphened: boolean): boolean {
  const ws = before.trimEnd().split(/\s+/);
  let i = ws.length - 1;
  for (let n = 0; n < 3 && i >= 0 && /^\p{Lu}/u.test(ws[i]!); n++) i--;
  if (hyphened && /^\p{Ll}+-[\p{L}-]+$/u.test(ws[i] ?? "")) i--;
  if (ws[i] === "the") i--;
  return i >= 0 && PREPOSITIONS.has(ws[i]!);
}

const PREPOSITIONS = new Set(["at", "of", "from", "for", "with"]);

/** The switch of the titled name before "of" (listed in inline-switches.ts for the ablation). */
export const TITLED_NAME_OF_PLACE_SWITCH = {
  name: "titled-name-of-place",
  doc: '"Republican Rep. Dan Roper of Ohio said": the person is the titled name before "of", not the place',
};

/** The name, when the model holds a person there ("Calder Bank of Leeds" is one organisation's name). */
export function personAt(doc: QuoteDoc, name: Phrase): Phrase | null {
  // "Republican Rep. Dan Roper of Ohio": the model's person is the titled name's last words (switch;
  // a sentence opener before them, "But Tom Hale", is the "opener-before-name" rule's)
  const last = name.end - (/\S+$/.exec(name.text)?.[0].length ?? 0);
  const titled =
    isOn("quotes", "titled-name-of-place", doc.switches) &&
    !FRONT_WORDS.has(name.text.split(/\s/)[0]!.toLowerCase());
  const at =
    doc.actors.mentionAt(doc.article.docId, name.start, name.end) ??
    (titled ? doc.actors.mentionAt(doc.article.docId, last, name.end) : null);
  return at &&
    at.start >= name.start &&
    at.end <= name.end &&
    doc.actors.byId.get(at.actorId)?.kind === "person"
    ? name
    : null;
}

export const GIVEN_NAME_TAIL_SWITCH = {
  name: "of-place-given-name-tail",
  doc: '"Senate Democratic Leader Robert Byrd of West Virginia said": a titled run the model holds no person in still ends on a person when a given name and a surname close it',
} as const;

/** The last two words of `name` when they are a known given name and a capitalised surname
 *  ("… Leader Robert Byrd"), else null. */
function givenNameTail(doc: QuoteDoc, name: Phrase): Phrase | null {
  if (!isOn("quotes", GIVEN_NAME_TAIL_SWITCH.name, doc.switches)) return null;
  const m = /(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(name.text);
  const given = m?.[1]?.toLowerCase() ?? "";
  if (!m || !(MALE_NAMES.has(given) || FEMALE_NAMES.has(given))) return null;
  const start = name.start + m.index;
  return { start, end: name.end, text: m[0] };
}
