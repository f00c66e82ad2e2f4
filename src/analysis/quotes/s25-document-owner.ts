// A document whose owner its own phrase names speaks for that owner (session 25, issue #13; BBC
// study set 55): "The Bank's latest inflation report" (a definite article before the owner's
// possessive, which the document-owner rule leaves alone), "the instructions on Microsoft's
// website", "the statement on the Kestrel Trust website" (the owner after "on"/"at", in the phrase
// or right after it in an inverted tag: `"…," says the statement on …`), "the Kestrel Trust
// website". Only a name the actor model holds is an owner.

import { DOCUMENT_HEADS } from "../lexicons/sources.ts";
import { forms } from "../lexicons/word-list.ts";
import type { Alternative } from "../steps.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { type QuoteDoc, speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** Written things that speak for their owner, beyond DOCUMENT_HEADS. */
const MORE_HEADS: ReadonlySet<string> = new Set(
  forms("instruction notice note advice guide page website site proposal submission"),
);
/** A document noun, singular or plural ("instructions", "minutes"). */
const isHead = (w: string) =>
  [w, w.replace(/s$/, "")].some((x) => DOCUMENT_HEADS.has(x) || MORE_HEADS.has(x));

/** A capitalised name of one to five words ("Microsoft", "Bank", "Kestrel Trust"). */
const NAME = String.raw`\p{Lu}[\p{L}&.-]*(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}&.-]*){0,4}`;
/** Lower-case modifiers before the head ("latest inflation", "12-page"). */
const MODS = String.raw`(?:[\p{Ll}\p{N}-]+\s+){0,3}`;

const POSSESSED = new RegExp(String.raw`^[Tt]he\s+(${NAME})['’]s?\s+${MODS}(\p{Ll}[\p{Ll}-]*)$`, "u");
const WEBSITE = String.raw`(?:official\s+)?(?:web\s?site|site|home\s?page|blog)`;
const ON_SITE = new RegExp(String.raw`^\s+(?:on|at)\s+(?:the\s+)?(${NAME})(?:['’]s?)?\s+${WEBSITE}\b`, "u");
const SITE_OF = new RegExp(String.raw`^(?:[Tt]he|[Ii]ts)\s+(${NAME})\s+${WEBSITE}$`, "u");
const DOC_HEAD = new RegExp(String.raw`^(?:[Tt]he|[Aa]n?)\s+${MODS}(\p{Ll}[\p{Ll}-]*)`, "u");

const DOCUMENT_OWNER_SWITCH = {
  name: "document-owner-in-phrase",
  doc: '"The Bank\'s latest report", "the instructions on Microsoft\'s website", "the Kestrel Trust website": a document speaks for the owner its phrase names',
};

/** The actor of the name at [start, start + name.length), when the model marks it there. */
function ownerAt(doc: QuoteDoc, start: number, name: string): string | null {
  const hit = doc.actors.mentionAt(doc.article.docId, start, start + name.length);
  return hit && hit.via !== "pronoun" && hit.via !== "role" ? hit.actorId : null;
}

/** The owner the phrase `p` (a document) names, else null. */
function ownerOf({ doc, p }: SpeakerInput): Speaker | null {
  const own = POSSESSED.exec(p.text);
  if (own && isHead(own[2]!)) {
    const id = ownerAt(doc, p.start + p.text.indexOf(own[1]!, 3), own[1]!);
    return id ? speakerForActor(doc, id, p) : null;
  }
  const site = SITE_OF.exec(p.text);
  if (site) {
    const id = ownerAt(doc, p.start + p.text.indexOf(site[1]!, 3), site[1]!);
    return id ? speakerForActor(doc, id, p) : null;
  }
  const head = DOC_HEAD.exec(p.text);
  if (!head || !isHead(head[1]!)) return null;
  // the owner after the head: inside the phrase, or right after it ("says the notes on …")
  const from = p.start + head[0].length;
  const on = ON_SITE.exec(doc.text.slice(from, Math.max(p.end, from) + 90));
  if (!on) return null;
  const id = ownerAt(doc, from + on[0].indexOf(on[1]!), on[1]!);
  return id ? speakerForActor(doc, id, p) : null;
}

export const DOCUMENT_OWNER_RULE: Alternative<SpeakerInput, Speaker> = {
  ...DOCUMENT_OWNER_SWITCH,
  try: ownerOf,
};
