// Speaker rules of classes found on BBC study set 32 for organisations (ORG_DESCRIPTION_RULES
// entries, listed by its table for the ablation).

import { genderOfName } from "../actors/index.ts";
import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { FAMILY_NOUNS } from "../lexicons/titles.ts";
import { type Alternative, isOn } from "../steps.ts";
import type { NamedPhrase } from "./apposition.ts";
import { bodyOfKind } from "./body-kind.ts";
import { type Phrase, phraseBefore, sentenceSubject } from "./phrases.ts";
import { orgByHeadJoined } from "./portfolio-org.ts";
import { KIN_NAMED_OWNER_SWITCH } from "./s46-switches.ts";
import { KIN_SURNAME_SWITCH } from "./set32-switches.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { lastOf, type QuoteDoc, speakerForActor } from "./state.ts";
import type { VerbAt } from "./subject-past-apposition.ts";
import type { Speaker } from "./types.ts";

/** A document named by the kind of body that issued it: "an agency statement", "a club statement". */
const KIND_DOCUMENT = /^(?:a|an|the)\s+(\p{Ll}+)\s+(?:statement|release|letter|note)$/u;

/** `"…," said an agency statement` after "the Calder Water Agency": a statement named by a body's
 *  kind is that body's, the latest the article names with that head (as "the agency said" is). */
export const KIND_STATEMENT_RULE: Alternative<SpeakerInput, Speaker> = {
  name: "kind-noun-statement",
  doc: '`said an agency statement`, `a club statement said`: the organisation of that kind the article named, as for "the agency"',
  try: ({ doc, p }) => {
    const kind = KIND_DOCUMENT.exec(p.text)?.[1];
    if (!kind || !ORG_NOUNS.has(kind)) return null;
    const name = orgByHeadJoined(doc, kind, p.start);
    const actor = name ? doc.actors.resolve(name) : null;
    return actor?.kind === "organization" ? speakerForActor(doc, actor.id, p) : bodyOfKind(doc, kind, p);
  },
};

/** Without the switch: no parents ("his mother" may have kept her own name). */
const KIN_ROLE = new RegExp(
  `^(his|her)\\s+(?:${FAMILY_NOUNS.split("|")
    .filter((n) => n !== "mother" && n !== "father")
    .join("|")})$`,
  "i",
);
/** "Mr Whitlock's mother", "L/Cpl Pearce's widow", "her father": the owner and a relative who
 *  shares the family's name (switch kin-named-owner). */
const KIN_OF_OWNER = new RegExp(
  String.raw`^(?:([Hh]is|[Hh]er)|(\p{Lu}[\p{L}'’./-]*(?:\s+\p{Lu}[\p{L}'’-]*)*?)['’]s?)\s+(?:${FAMILY_NOUNS})$`,
  "u",
);

/** `," said his wife, Ann.` after "… Tom Hale … he once said": a lone given name in apposition to
 *  a kin noun of "his"/"her" is named with the family's surname, that of the latest person of the
 *  pronoun's gender in the speaker history (as kin-description.ts reads "Hale's wife Ann"); with
 *  "Mr Hale's mother, Ann," that of the person named. */
export function kinSurname(doc: QuoteDoc, p0: Phrase, sp: Speaker): Speaker {
  const role = (p0 as NamedPhrase).role?.text;
  const wide = isOn("quotes", KIN_NAMED_OWNER_SWITCH.name, doc.switches);
  const kin = role ? (wide ? KIN_OF_OWNER : KIN_ROLE).exec(role) : null;
  if (!kin || sp.kind !== "person" || !sp.name || !/^\p{Lu}\p{Ll}+$/u.test(sp.name)) return sp;
  if (genderOfName(sp.name) === "any" || !isOn("quotes", KIN_SURNAME_SWITCH.name, doc.switches)) return sp;
  const surname = kin[1] ? pronounOwnerSurname(doc, p0, kin[1]) : namedOwnerSurname(doc, kin[2]!);
  if (!surname) return sp;
  const name = `${sp.name} ${surname}`;
  const actor = doc.actors.resolve(name);
  // (the model may know the relative by the one name: that actor, so a later "she said" finds the full name)
  const kept = wide && sp.id && doc.actors.byId.get(sp.id)?.name === sp.name ? sp.id : null;
  return { ...sp, name, id: actor?.kind === "person" ? actor.id : kept };
}

/** The surname of the latest person of the pronoun's gender in the speaker history. */
function pronounOwnerSurname(doc: QuoteDoc, p0: Phrase, pronoun: string): string | null {
  const want = pronoun.toLowerCase() === "his" ? "male" : "female";
  const owner = lastOf(
    doc,
    (h) =>
      h.kind === "person" &&
      !!h.id &&
      /\s\p{Lu}[\p{L}'’-]+$/u.test(h.name ?? "") &&
      doc.actors.genderOf?.(doc.article.docId, h.id) === want,
    p0.start,
  );
  return owner?.name ? owner.name.split(/\s+/).pop()! : null;
}

/** "Mr Whitlock" → Whitlock: the named owner's surname, when it names a person the model knows
 *  ("Leeds's son, Marcus," is no family's). */
function namedOwnerSurname(doc: QuoteDoc, owner: string): string | null {
  const surname = owner.split(/\s+/).pop()!;
  return /^\p{Lu}\p{Ll}/u.test(surname) && doc.actors.resolve(surname)?.kind === "person" ? surname : null;
}

/** Things one carries, shows or sends with words on them. */
const CARRIED =
  /^(?:note|notes|letter|sign|card|banner|placard|message|poster|t-shirt|badge|e-mail|email|text)$/;
/** Verbs of carrying, showing or sending such a thing. */
const CARRY_VERBS =
  /^(?:carried|carries|held|holds|wrote|writes|sent|sends|posted|posts|displayed|displays|left|leaves|wore|wears|handed|hands|pinned|brandished|waved|showed|shows)$/;

/** `Ann Roe carried around a note written on a napkin that said: "…"`: a that/which clause on a
 *  thing carried or sent: the words are the carrier's, the sentence's subject (the clause's own
 *  "that" names no one; which-document gives a report's clause to the report). */
export const CARRIED_NOTE_RULE: Alternative<VerbAt, Phrase> = {
  name: "carried-note-clause",
  doc: '`Ann Roe carried a note written on a napkin that said: "…"`: the words on a thing carried or sent are the subject\'s',
  try: ({ toks, b, text }) => {
    if (!/^(?:that|which)$/.test(toks[b]?.lower ?? "")) return null;
    for (let k = b - 1; k >= 1 && b - k <= 9; k--) {
      const t = toks[k]!;
      if (t.type !== "w") return null;
      if (!CARRIED.test(t.lower) || !/^(?:a|an|the|his|her|their)$/.test(toks[k - 1]!.lower)) continue;
      let v = k - 2;
      if (toks[v] && /^(?:around|about|up|out)$/.test(toks[v]!.lower)) v--;
      // (the subject, or the name in apposition right before the verb: "One judge, Ann Roe, carried")
      if (v >= 1 && CARRY_VERBS.test(toks[v]!.lower))
        return (
          sentenceSubject(toks, v, text) ?? phraseBefore(toks, toks[v - 1]!.text === "," ? v - 1 : v, text)
        );
    }
    return null;
  },
};

/** `… by the media watchdog, Reporters Abroad. The Paris-based pressure group said … "…," said the
 *  group`: a definite description of a kind no organisation's name ends with is the organisation
 *  the article last named right before a sentence it opened with that kind ("The … group"): a
 *  body named and then taken up by a description. */
export const KIND_AFTER_NAMED_RULE: Alternative<SpeakerInput, Speaker> = {
  name: "kind-opening-after-named-org",
  doc: '`… the watchdog, Reporters Abroad. The pressure group said … "…," said the group`: the body named right before the sentence the article opened with that kind',
  try: ({ doc, p, definite }) => {
    const head = definite ? /^the\s+(?:[\p{Ll}-]+\s+){0,3}(\p{Ll}+)$/iu.exec(p.text)?.[1] : undefined;
    if (!head || !ORG_NOUNS.has(head) || orgByHeadJoined(doc, head, p.start)) return null;
    const body = doc.article.bodyStart;
    const opening = new RegExp(`([.!?]["”]?\\s+)The\\s+(?:[\\p{L}-]+\\s+){0,3}${head}\\b`, "gu");
    let id: string | null = null;
    for (const m of doc.text.slice(body, p.start).matchAll(opening)) {
      const end = body + m.index!;
      const org = doc.actors
        .mentionsIn(doc.article.docId)
        .find((x) => x.end === end && doc.actors.byId.get(x.actorId)?.kind === "organization");
      if (org) id = org.actorId;
    }
    return id ? speakerForActor(doc, id, p) : null;
  },
};
