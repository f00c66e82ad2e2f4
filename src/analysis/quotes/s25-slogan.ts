// Session 25 (issue #13), slogans: a quoted slogan or motto is the words of the body whose slogan
// it is, when the sentence says whose: "Labour's election slogan will be: “…”", "UKIP, which
// campaigned on a slogan of “…”", "Ann Roe of Hilltop Gold - a mining firm that has the motto
// “…”", "The Greens have promised … with the slogan: “…”". Only an organisation (a party, a firm)
// owns one this way: "London's Olympic bid slogan" names a place, and the label is no one's. A
// possessive slogan inside someone's tag ("Ann Roe said Labour's slogan would be “…”") stays
// theirs; a relative clause ("a firm that has the motto") says whose it is outright.

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { isOn } from "../steps.ts";
import { itIntentTerms } from "./it-intent.ts";
import type { QuoteDoc } from "./state.ts";
import type { QuoteFound } from "./types.ts";

export const SLOGAN_OWNER_SWITCH = {
  name: "slogan-owner",
  doc: '"UKIP, which campaigned on a slogan of “…”", "Labour\'s election slogan will be: “…”": a slogan or motto is the organisation\'s whose slogan the sentence says it is',
};

const SLOGAN = "(?:slogan|motto|catch-?phrase|rallying\\s+cry|battle\\s+cry|strapline|tagline)";

/** Right before the quotation: "<owner>'s (election) slogan (will be):". */
const POSSESSED = new RegExp(
  `['’]s?\\s+(?:[\\p{L}\\d-]+\\s+){0,3}${SLOGAN}\\s*(?:(?:will|would)\\s+be|is|was|reads?)?\\s*[:,]?\\s*$`,
  "u",
);

/** Right before the quotation: "which campaigned on a slogan of", "that has the motto". */
const RELATIVE = new RegExp(
  `\\b(?:which|that|who)\\s+(?:(?:has|have|had)\\s+)?(?:\\p{Ll}+\\s+)?(?:(?:on|under|with)\\s+)?(?:a|the|its|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${SLOGAN}(?:\\s+of)?\\s*[:,]?\\s*$`,
  "u",
);

/** Right before the quotation: "with the slogan:", "under its slogan". */
const WITH = new RegExp(
  `\\b(?:with|under)\\s+(?:a|the|its|their)\\s+${SLOGAN}(?:\\s+of)?\\s*[:,]?\\s*$`,
  "u",
);

/** Mentions (by name) of the article in [from, to). */
function namedIn(doc: QuoteDoc, from: number, to: number) {
  return doc.actors
    .mentionsIn(doc.article.docId)
    .filter((m) => m.start >= from && m.end <= to && m.via !== "pronoun" && m.via !== "role");
}

/** Organisation mentions (by name) of the article in [from, to). */
function organisationsIn(doc: QuoteDoc, from: number, to: number) {
  return namedIn(doc, from, to).filter((m) => doc.actors.byId.get(m.actorId)?.kind === "organization");
}

/** " - a mining firm ", ", the party ": an apposition whose head is an organisation noun. */
function bodyApposition(text: string): boolean {
  const m = /^\s*[-–,]\s*(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}+)\s*,?\s*$/u.exec(text);
  return !!m && ORG_NOUNS.has(m[1]!);
}

/** The organisation whose slogan the quotation at `q` is, by the words before it, and whether the
 *  words say so outright (a relative clause), else null. */
function sloganOwner(doc: QuoteDoc, q: QuoteFound, from: number): { id: string; outright: boolean } | null {
  const open = q.start - 1;
  const before = doc.text.slice(from, open);
  const poss = POSSESSED.exec(before);
  if (poss) {
    // the organisation whose name ends at the possessive
    const at = from + poss.index;
    const m = organisationsIn(doc, from, at).find((x) => x.end === at);
    return m ? { id: m.actorId, outright: false } : null;
  }
  const rel = RELATIVE.exec(before);
  if (rel) {
    // the organisation the relative clause follows, within a short apposition ("X - a firm that")
    const at = from + rel.index;
    const m = namedIn(doc, Math.max(from, at - 60), at).pop();
    if (!m || /[.;:]/.test(doc.text.slice(m.end, at))) return null;
    // (a name the model took for a person is a body when the apposition says so: "- a mining firm")
    const body =
      doc.actors.byId.get(m.actorId)?.kind === "organization" || bodyApposition(doc.text.slice(m.end, at));
    return body ? { id: m.actorId, outright: true } : null;
  }
  if (WITH.test(before)) {
    // the organisation the sentence opens on as its subject
    const m = organisationsIn(doc, from, open)[0];
    const lead = m ? doc.text.slice(from, m.start) : "";
    return m && /^\s*(?:The\s+)?$/.test(lead) ? { id: m.actorId, outright: false } : null;
  }
  return null;
}

/** Gives each slogan with no speaker (or, said outright, any) the organisation whose it is. */
function sloganOwners(doc: QuoteDoc, direct: QuoteFound[]): void {
  if (!isOn("quotes", SLOGAN_OWNER_SWITCH.name, doc.switches)) return;
  const sentences = doc.article.paragraphs.flatMap((p) => p.sentences);
  for (const q of direct) {
    const s = sentences.find((x) => x.start <= q.start && q.start < x.end);
    if (!s) continue;
    const owner = sloganOwner(doc, q, s.start);
    if (!owner || (q.speakerName && !owner.outright)) continue;
    const actor = doc.actors.byId.get(owner.id)!;
    Object.assign(q, {
      speakerId: actor.id,
      speakerText: actor.name,
      speakerName: actor.name,
      speakerKind: "organization",
      via: "context",
      cue: "slogan",
    });
  }
}

/** The terms an organisation uses by the sentence around them: "It also plans to develop a “…”"
 *  after it (it-intent.ts), then a slogan's owner (extract.ts calls both at once). */
export function organisationTerms(doc: QuoteDoc, direct: QuoteFound[]): void {
  itIntentTerms(doc, direct);
  sloganOwners(doc, direct);
}
