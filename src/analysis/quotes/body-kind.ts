// "The company says …" where no organisation has spoken and no sentence before opens on one:
// the organisation the article introduced by that kind of body ("Video game firm Keelware",
// "online retailer Brightcart"), the latest before the cue; "firm" and "company" are one kind.
// Switch "body-kind-noun" (listed in coref18-switches.ts).

import { BODY_KIND_NOUNS, PARTY_NICKNAMES, SPECIFIC_BODY_KINDS } from "../lexicons/organisations.ts";
import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { type QuoteDoc, speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** The switch of the rule. */
export const BODY_KIND_SWITCH = {
  name: "body-kind-noun",
  doc: '"the company says" with no organisation in view: the one the article introduced as "game firm Keelware", the latest',
};

/** "The gadget was chosen by US magazine Mobile PC. … “…,” said the magazine": an organisation the
 *  article introduced by this very kind ("magazine Mobile PC") is the one "the magazine" means, over
 *  the latest organisation named nearby (a product, a rival). */
export const BODY_KIND_FIRST_SWITCH = {
  name: "body-kind-first",
  doc: '"said the magazine" after "US magazine Mobile PC": the organisation introduced by that kind, over the latest one named nearby',
};

/** Kinds of body that stand for one another. */
const SAME_KIND: Readonly<Record<string, string>> = {
  firm: "firm|company",
  company: "firm|company",
};

/** Kinds that name one another past "firm" and "company" (session 35). */
export const KIND_SYNONYMS_SWITCH = {
  name: "body-kind-synonyms",
  doc: '"French stock market regulator AMF …. The watchdog is said to believe …": a watchdog is a regulator, a paper a newspaper',
};
const MORE_SAME_KIND: Readonly<Record<string, string>> = {
  watchdog: "watchdog|regulator",
  regulator: "watchdog|regulator",
  paper: "paper|newspaper|tabloid|daily",
  newspaper: "paper|newspaper|tabloid|daily",
};

/** The organisation the model names right after the kind noun `head` ("firm Keelware"), latest before `p`. */
export function bodyOfKind(doc: QuoteDoc, head: string, p: Phrase): Speaker | null {
  if (!isOn("quotes", BODY_KIND_SWITCH.name, doc.switches)) return null;
  const more = isOn("quotes", KIND_SYNONYMS_SWITCH.name, doc.switches) ? MORE_SAME_KIND[head] : undefined;
  const kind = new RegExp(`\\b(?:${SAME_KIND[head] ?? more ?? head}) +$`);
  let id: string | null = null;
  for (const m of doc.actors.mentionsIn(doc.article.docId)) {
    if (m.start >= p.start) break;
    if (m.start < doc.article.bodyStart || doc.actors.byId.get(m.actorId)?.kind !== "organization") continue;
    if (kind.test(doc.text.slice(Math.max(0, m.start - 20), m.start)) || kindAfter(doc, head, m.end))
      id = m.actorId;
  }
  return id ? speakerForActor(doc, id, p) : null;
}

/** "Broadcast magazine said", "Rolling Stone magazine": a specific kind right after the name
 *  introduces the body too (switch "body-kind-first"). */
function kindAfter(doc: QuoteDoc, head: string, end: number): boolean {
  return (
    SPECIFIC_BODY_KINDS.has(head) &&
    isOn("quotes", BODY_KIND_FIRST_SWITCH.name, doc.switches) &&
    /^ +(\p{Ll}+)\b/u.exec(doc.text.slice(end, end + 20))?.[1] === head
  );
}

/** "said the magazine": the body introduced as "magazine X", for a kind specific enough (switch). */
export function bodyOfSpecificKind(doc: QuoteDoc, head: string, p: Phrase): Speaker | null {
  if (!SPECIFIC_BODY_KINDS.has(head)) return otherKindLatest(doc, head, p);
  if (!isOn("quotes", BODY_KIND_FIRST_SWITCH.name, doc.switches)) return null;
  return bodyOfKind(doc, head, p);
}

/** "Irish publishing group Harbour Media … Indian newspaper company Kestrel …. the group said":
 *  when the latest body named before was introduced as another kind ("company Kestrel"), "the
 *  group" is the one body introduced as a group (session 35). */
export const OTHER_KIND_SWITCH = {
  name: "body-kind-over-other-kind",
  doc: '"publishing group Harbour Media … newspaper company Kestrel …. the group said": the body introduced as that kind, when the latest named was introduced as another',
};

function otherKindLatest(doc: QuoteDoc, head: string, p: Phrase): Speaker | null {
  if (!BODY_KIND_NOUNS.has(head) || !isOn("quotes", OTHER_KIND_SWITCH.name, doc.switches)) return null;
  const kindOf = new Map<string, Set<string>>();
  let latest: string | null = null;
  for (const m of doc.actors.mentionsIn(doc.article.docId)) {
    if (m.start >= p.start) break;
    if (m.start < doc.article.bodyStart || doc.actors.byId.get(m.actorId)?.kind !== "organization") continue;
    if (m.via === "name" || m.via === "acronym" || m.via === "alias" || m.via === "surname")
      latest = m.actorId;
    const kind = /(?:^|[^\p{L}'’-])(\p{Ll}+) +$/u.exec(
      doc.text.slice(Math.max(0, m.start - 20), m.start),
    )?.[1];
    if (kind && BODY_KIND_NOUNS.has(kind))
      kindOf.set(m.actorId, (kindOf.get(m.actorId) ?? new Set()).add(kind));
  }
  const same = (k: string) => k === head || (SAME_KIND[head] ?? "").split("|").includes(k);
  const ofHead = [...kindOf].filter(([, ks]) => [...ks].some(same)).map(([id]) => id);
  const latestKinds = latest ? kindOf.get(latest) : undefined;
  if (ofHead.length !== 1 || !latest || ofHead[0] === latest || !latestKinds || [...latestKinds].some(same))
    return null;
  return speakerForActor(doc, ofHead[0]!, p);
}

/** "The SEC charged a Merrill Lynch director. “…,” the firm said": a company's kind noun never
 *  stands for a public body (a commission, a ministry, a court), whichever the sentence before
 *  opens on (switch "company-not-public-body"). */
export const COMPANY_NOT_PUBLIC_SWITCH = {
  name: "company-not-public-body",
  doc: '"The Securities and Exchange Commission charged …. “…,” the firm said": "the firm" is no commission, ministry or court',
};

const COMPANY_KINDS = /^(?:firm|company|retailer|maker|manufacturer|carrier|airline|operator|giant|group)$/;
const PUBLIC_HEADS =
  /\b(?:Commission|Department|Ministry|Agency|Authority|Court|Council|Committee|Parliament|Senate|Congress|Government|Bureau|Administration|Tribunal|Regulator|Police|SEC|FTC|FCC|FSA|OFT)$/;

/** "The Tories attacked the plan. The government wanted retirement ages "consigned to the past"":
 *  "the government" is never a political party, whichever the sentences before name (session 36). */
export const GOVERNMENT_NOT_PARTY_SWITCH = {
  name: "government-not-party",
  doc: '"The Tories attacked the plan. The government wanted …": "the government" is no political party',
};

/** A party's name: "… Party", an everyday name or its formal word ("Tories", "Labour"), the Lib Dems. */
const isPartyName = (name: string) =>
  /\bParty$|^(?:Liberal Democrats?|Lib Dems)$/.test(name) ||
  PARTY_NICKNAMES.has(name) ||
  [...PARTY_NICKNAMES.values()].includes(name);

/** Does the kind noun `head` clash with the organisation `sp` names: a company's kind with a public
 *  body, "government" with a party? */
export function kindClash(doc: QuoteDoc, head: string, sp: Speaker): boolean {
  const name = () => sp.name ?? (sp.id ? doc.actors.byId.get(sp.id)?.name : null) ?? sp.text;
  if (head === "government")
    return isOn("quotes", GOVERNMENT_NOT_PARTY_SWITCH.name, doc.switches) && isPartyName(name());
  if (!COMPANY_KINDS.test(head) || !isOn("quotes", COMPANY_NOT_PUBLIC_SWITCH.name, doc.switches))
    return false;
  return PUBLIC_HEADS.test(name());
}
