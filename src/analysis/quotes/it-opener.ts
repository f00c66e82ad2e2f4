// "it said" with no organisation in the speaker history: the model does not hold the body (a
// one-word name it never saw before, "Allianz, a leading German insurer, said it …. However, it
// said"; a club it reads as a person) or the body is written only as a description ("The new
// Indian government, led by …, was voted in after it pledged"). The organisation the sentence of
// the "it", or the one before, opens on is the one "it" takes up.

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { PRONOUNS } from "../lexicons/pronouns.ts";
import type { Phrase } from "./phrases.ts";
import { sentenceStart } from "./prior-subject.ts";
import type { QuoteDoc } from "./state.ts";
import type { Speaker } from "./types.ts";

/** `"…" it said` with no organisation before it: the organisation its sentence or the one before opens on. */
export const IT_OPENER_SWITCH = {
  name: "it-sentence-opener",
  doc: '"Allianz, a leading German insurer, said …. However, it said", "The company\'s shares fell after it said": with no organisation before it, "it" is the body its sentence or the one before opens on',
};

/** Heads of a description of a business the organisation lexicon leaves out. */
const MORE_ORG_NOUNS = new Set(["insurer", "reinsurer", "lender", "carmaker", "brewer", "chain", "supplier"]);
const orgNoun = (w: string): boolean => ORG_NOUNS.has(w) || MORE_ORG_NOUNS.has(w);

/** "Allianz, a leading German insurer, said": a name set off by a description of a business. */
const NAME_APPOSED =
  /^(\p{Lu}[\p{L}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}&.'’-]*|&|of))*),\s+(?:a|an|the)\s+[^,.;:"“”]{0,60}?\b(\p{Ll}+),/u;
/** "The company's shares", "The new Indian government, led by": the words of a description opening
 *  the sentence (up to four after "The"). */
const DESCRIPTION = /^(?:(?:But|And|However|Meanwhile),?\s+)?The\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u;
/** Openers that name no body. */
const NOT_A_NAME = new Set([
  "however",
  "but",
  "and",
  "meanwhile",
  "the",
  "a",
  "an",
  "in",
  "on",
  "at",
  "last",
]);

/** "it" with no organisation before it: the body its sentence, or the sentence before, opens on. */
export function itOpener(doc: QuoteDoc, p: Phrase): Speaker | null {
  let start = sentenceStart(doc, p.start);
  let end = p.start;
  for (let back = 0; back < 2; back++) {
    const hit = openerOrg(doc, p, start, doc.text.slice(start, end));
    if (hit) return hit;
    if (start <= doc.article.bodyStart) return null;
    end = start;
    start = sentenceStart(doc, start - 1);
  }
  return null;
}

/** The organisation a sentence (from `start`, text `s`) opens on, else null. */
function openerOrg(doc: QuoteDoc, p: Phrase, start: number, s: string): Speaker | null {
  const apposed = NAME_APPOSED.exec(s);
  if (apposed && orgNoun(apposed[2]!)) {
    const name = apposed[1]!;
    const first = name.split(/\s+/)[0]!.toLowerCase();
    if (NOT_A_NAME.has(first) || first in PRONOUNS) return null;
    const hit = doc.actors.mentionAt(doc.article.docId, start, start + name.length);
    const actor = hit ? doc.actors.byId.get(hit.actorId) : undefined;
    return { ...p, id: actor?.id ?? null, name: actor?.name ?? name, kind: "organization", gender: "any" };
  }
  const described = descriptionOpening(s);
  if (!described) return null;
  // "The company" takes up a body named in the sentence before, else the description speaks.
  const named = namedBodyIn(doc, sentenceStart(doc, Math.max(0, start - 1)), start);
  if (named) return { ...p, ...named, kind: "organization", gender: "any" };
  return { ...p, id: null, name: described, kind: "organization", gender: "any" };
}

/** "The new Indian government, …" -> "new Indian government": the description up to its first
 *  lower-case organisation noun, else null. */
function descriptionOpening(s: string): string | null {
  const words = (DESCRIPTION.exec(s)?.[1] ?? "").split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.replace(/['’]s$/, "");
    if (/^\p{Ll}+$/u.test(w) && orgNoun(w)) return [...words.slice(0, i), w].join(" ");
  }
  return null;
}

/** The last name in [from, to) the model holds as an organisation, or as a name no he/she, title or
 *  gendered given name goes with (a club read as a person: "Borussia Dortmund has warned"). */
function namedBodyIn(doc: QuoteDoc, from: number, to: number): { id: string; name: string } | null {
  const docId = doc.article.docId;
  const mentions = doc.actors.mentionsIn(docId).filter((m) => m.start >= from && m.end <= to);
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    const actor = doc.actors.byId.get(m.actorId);
    if (!actor || m.via === "pronoun") continue;
    if (actor.kind === "organization") return { id: actor.id, name: actor.name };
    if (actor.kind !== "person" || (doc.actors.genderOf?.(docId, actor.id) ?? "any") !== "any") continue;
    if (
      doc.actors
        .mentionsIn(docId)
        .some((x) => x.actorId === actor.id && x.via !== "name" && x.via !== "surname")
    )
      continue;
    return { id: actor.id, name: actor.name };
  }
  return null;
}
