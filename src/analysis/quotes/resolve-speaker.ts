// Stage 4: the words naming a speaker become a Speaker, canonical through the shared actor model. Rules
// in order: pronouns (the model's coreference, this article's speaker history), a document for its
// author, descriptions ("critics of the plan", "the Arsenal boss", "a spokeswoman", "the department");
// anything else is a name, expanded to the article's fullest form and matched to the model's actor.

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { DOCUMENT_HEADS } from "../lexicons/sources.ts";
import { HONORIFIC_GENDER, STYLED } from "../lexicons/titles.ts";
import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { type Alternative, firstOf, isOn } from "../steps.ts";
import { demonymDescription } from "./aged-demonym.ts";
import type { NamedPhrase } from "./apposition.ts";
import { bodyOfKind, bodyOfSpecificKind, kindClash } from "./body-kind.ts";
import { CAPITALISED_OFFICE_RULE } from "./capitalised-office.ts";
import { firstRoleOf } from "./coordinated-role.ts";
import { nationalBody } from "./demonym-description.ts";
import { DESCRIBED_PERSON_RULES } from "./described-person.ts";
import { DESCRIPTION_REUSE_RULES } from "./description-reuse.ts";
import { descriptionSubject } from "./description-subject.ts";
import { authorElsewhere } from "./document-author.ts";
import { pastDocumentOpener } from "./document-opener.ts";
import { lowercaseHead } from "./elided-article.ts";
import { expandNamed } from "./expand-named.ts";
import { acronymModifiedPerson } from "./it17-switches.ts";
import { LAWSUIT_FILER_SWITCH, lawsuitFiler } from "./lawsuit-filer.ts";
import { LOWERCASE_COMMITTEE_SWITCH, lowercaseCommittee } from "./lowercase-committee.ts";
import { MEMBER_DESCRIPTION } from "./member-description.ts";
import { misspeltName } from "./misspelt-name.ts";
import { kinOf, knightName, styledName } from "./name-forms.ts";
import { latestPaper, PAPER_HEADS } from "./newspaper.ts";
import { orgByModifier } from "./org-by-modifier.ts";
import { ORG_BODY, ORG_DESCRIPTION_RULES, REPORT_BODY_RULES } from "./org-descriptions.ts";
import { orgNameTail } from "./org-link.ts";
import { orgSubjectBefore } from "./org-subject-before.ts";
import { peerOr } from "./peer-role.ts";
import { nameInPhrase } from "./phrase-name.ts";
import type { Phrase } from "./phrases.ts";
import { descriptive } from "./place-modifier.ts";
import { orgByHeadJoined } from "./portfolio-org.ts";
import { PRONOUN_RULES } from "./pronoun-rules.ts";
import { resolveHeShe } from "./pronouns.ts";
import { publicBody } from "./public-body.ts";
import { roleAntecedent } from "./role-antecedent.ts";
import { peerStyledName } from "./s22-actors-switches.ts";
import { S22_DESC_RULES } from "./s22-desc-switches.ts";
import { descriptionFocus } from "./s26-desc.ts";
import { NAMED_SPOKESPERSON_SWITCH, namedSpokesperson } from "./s27-named-spokesperson.ts";
import { S27_NAME_RULES } from "./s27-names-switches.ts";
import { plainHonorificName } from "./s27-plain-honorific.ts";
import { kinSurname } from "./set32-org.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { speakerOrganisation } from "./speaker-org.ts";
import { classify, coreName, fuller, genderOfWords, pluralNoun } from "./speaker-words.ts";
import { at, lastOf, paraOf, type QuoteDoc, resolveDescription, speakerForActor, unnamed } from "./state.ts";
import { titledAntecedent } from "./titled-antecedent.ts";
import { endsOnPersonName, nameAfterOffice } from "./titled-names.ts";
import type { Speaker, SpeakerKind } from "./types.ts";
import { EARLY_SPEAKER_RULES } from "./whole-organisation.ts";

export const SPEAKER_RULES: readonly Alternative<SpeakerInput, Speaker>[] = [
  ...EARLY_SPEAKER_RULES,
  ...PRONOUN_RULES,
  {
    name: "document-owner",
    doc: '"Mr Howard\'s letter": a document speaks for its author',
    try: ({ doc, p }) => {
      // (a hyphened head too: "Mr Howard's e-mail")
      const own = /^(.+?)['’]s\s+(?:[\p{Ll}-]+\s+)*(\p{Ll}[\p{Ll}-]*)$/u.exec(p.text);
      if (
        !own ||
        !DOCUMENT_HEADS.has(own[2]!) ||
        !/^\p{Lu}/u.test(own[1]!) ||
        /^(?:The|A|An)\s/.test(own[1]!)
      )
        return null;
      const owner = resolvePhrase(doc, { start: p.start, end: p.start + own[1]!.length, text: own[1]! });
      return at(owner, p);
    },
  },
  {
    name: "document-author",
    doc: '"the Hale report", "her report": a document named for its author, or his/hers, speaks for them',
    try: ({ doc, p, lastWord }) => {
      if (!DOCUMENT_HEADS.has(lastWord)) return null;
      // "the World Bank report" too: a name of up to four words (switch "document-author-long-name");
      // a poll's or survey's finding stays the poll's ("A Harbour Gazette poll found").
      const long =
        isOn("quotes", "document-author-long-name", doc.switches) && !/^(?:polls?|surveys?)$/.test(lastWord)
          ? "{0,3}"
          : "{0}";
      const m = new RegExp(
        `^(?:([Tt]he|[Aa]n?)\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)${long})|(his|her|His|Her))\\s+(?:[\\p{Ll}-]+\\s+)*\\p{Ll}+$`,
        "u",
      ).exec(p.text);
      // "The Gazette's headline" is the document-owner rule's, and the paper's.
      if (!m || /['’]s$/.test(m[2] ?? "")) return null;
      // "An IAAF statement said" too: an indefinite document named for its author (switch).
      if (m[1] && !/^the$/i.test(m[1]) && !isOn("quotes", "indefinite-document-author", doc.switches))
        return null;
      const word = m[2] ?? m[3]!;
      const start = p.start + (m[1] ? m[1].length + 1 : 0);
      const wp = { start, end: start + word.length, text: word };
      if (m[3]) {
        const sp = resolveHeShe(doc, wp, /^h[ie]s$/i.test(word) ? "male" : "female");
        return sp.id ? at(sp, p) : null;
      }
      // Only a name the model holds as an actor: "the Iraq report" is about Iraq, not by it.
      const hit = doc.actors.mentionAt(doc.article.docId, wp.start, wp.end);
      const actor = hit ? doc.actors.byId.get(hit.actorId) : doc.actors.resolve(word);
      if (actor) return speakerForActor(doc, actor.id, p);
      return /^the$/i.test(m[1]!) ? unnamed(p) : null;
    },
  },
  ...REPORT_BODY_RULES,
  ORG_BODY,
  ...DESCRIBED_PERSON_RULES,
  {
    ...LAWSUIT_FILER_SWITCH,
    try: ({ doc, p, lastWord, definite }) => (definite ? lawsuitFiler(doc, lastWord, p) : null),
  },
  ...S27_NAME_RULES,
  {
    name: "linked-description",
    doc: '"critics of the plan", "an aide to Ruiz", "officials in Brussels": a description whose head is not a name, unnamed',
    try: ({ doc, p }) => {
      const linked = /^(.*?)\s(?:of|to|for|at|in)\s/.exec(p.text);
      if (
        !linked ||
        (isOn("quotes", "titled-name", doc.switches) && endsOnPersonName(doc, p, linked[1]!)) ||
        // "Confederation of British Industry economist Ann Bell": a role and a full name close it
        // (the role's own organisation may stand before the name: "the rail union Unison Ann Bell")
        /\s(?!(?:of|to|for|at|in|on|from|with|by|and|the)\s)\p{Ll}[\p{Ll}-]+(?:\s+\p{Lu}[\p{L}'’-]+){2,3}$/u.test(
          p.text,
        ) ||
        /\p{Lu}[\p{L}'’.-]*\s+\p{Lu}/u.test(linked[1]!) ||
        ORG_NOUNS.has(linked[1]!.split(" ").pop()!.toLowerCase())
      )
        return null;
      const headWord = linked[1]!.split(" ").pop()!;
      return unnamed(p, pluralNoun(headWord) ? "plural" : "any");
    },
  },
  {
    name: "description-antecedent",
    doc: '"the senator told reporters" after "Sen. Dorian Vasquez …": the person the article gave that title',
    try: ({ doc, p, definite }) => {
      // The actor the model linked at that name, so a namesake elsewhere is never taken.
      const name = definite ? titledAntecedent(doc.text, p, doc.article.bodyStart) : null;
      const m = name ? doc.actors.mentionAt(doc.article.docId, name.start, name.end) : null;
      const actor = m ? doc.actors.byId.get(m.actorId) : null;
      return actor?.kind === "person" ? speakerForActor(doc, actor.id, p) : null;
    },
  },
  ...S22_DESC_RULES,
  MEMBER_DESCRIPTION,
  CAPITALISED_OFFICE_RULE,
  { ...NAMED_SPOKESPERSON_SWITCH, try: namedSpokesperson },
  {
    name: "role-antecedent",
    doc: '"The Tory leader brands …" after "Tory leader Maud Ellery": the person the article gave that role, where the model marks no mention',
    try: ({ doc, p, kind, namedHead, definite }) =>
      definite && kind === "person" && !namedHead ? roleAntecedent(doc, p) : null,
  },
  {
    name: "description-subject",
    doc: '"The 14-year-old said" after "… Emma Watson, who plays …": a person\'s description the model links to no one is the subject the sentence before names',
    try: ({ doc, p, kind, namedHead }) =>
      kind === "person" && !namedHead ? descriptionSubject(doc, p) : null,
  },
  ...DESCRIPTION_REUSE_RULES,
  ...ORG_DESCRIPTION_RULES,
  {
    name: "person-description",
    doc: '"the Arsenal boss", "the Scot": the model\'s role mention, else unnamed',
    try: ({ doc, p, words, kind, lastWord, namedHead, definite }) => {
      const lowerHead = lowercaseHead(words[words.length - 1]!, doc.switches);
      if (
        !definite ||
        kind !== "person" ||
        namedHead ||
        !(lowerHead || demonymDescription(words, lastWord, doc.switches))
      )
        return null;
      return lowerHead || !doc.names.hasWord(lastWord) ? resolveDescription(doc, p) : null;
    },
  },
  {
    ...LOWERCASE_COMMITTEE_SWITCH,
    try: ({ doc, p, lastWord, definite }) => (definite ? lowercaseCommittee(doc, lastWord, p) : null),
  },
  {
    name: "unnamed-source",
    doc: '"a spokeswoman", "officials": an anonymous source, named as written',
    try: ({ p, kind, namedHead, plural }) =>
      kind === "unnamed" || (!namedHead && !/\p{Lu}/u.test(p.text.replace(/^(?:The|A|An)\s/, "")))
        ? unnamed(p, plural ? "plural" : "any")
        : null,
  },
  {
    name: "organisation-description",
    doc: '"the department", "the statement": the organisation it stands for',
    try: (input, core = coreName(input.words)) =>
      input.definite && (core.length === 0 || descriptive(core[0]!, input.doc.switches, core))
        ? describedOrganisation(input, core)
        : null,
  },
];

/** The speaker a phrase names (tagging `quote`, if given): the first rule with an answer, else the name itself. */
export function resolvePhrase(doc: QuoteDoc, pIn: Phrase, quote: string | null = null): Speaker {
  const p0 = (isOn("quotes", "document-opener", doc.switches) ? pastDocumentOpener(pIn) : null) ?? pIn;
  const orgOn = isOn("quotes", "speaker-org", doc.switches);
  // "a proud coach Mike Ruddock", "Jo Marr, economist at …": the name inside the phrase (phrase-name.ts).
  const p1 = nameInPhrase(doc, p0);
  // "Secretary of State Imogen Farrow": the name after an office title that runs on through "of".
  const p = (isOn("quotes", "titled-name", doc.switches) ? nameAfterOffice(p1) : null) ?? peerOr(doc, p1);
  // "the feminist writer and broadcaster": read as its first role, a person's.
  const words = firstRoleOf(p.text.split(/\s+/)) ?? p.text.split(/\s+/);
  const lastWord = words[words.length - 1]!.toLowerCase();
  const input: SpeakerInput = {
    doc,
    p,
    words,
    kind: classify(words),
    lastWord,
    namedHead: ORG_NOUNS.has(lastWord) || DOCUMENT_HEADS.has(lastWord),
    definite: /^(?:the|its|his|her|their)\s/i.test(p.text),
    plural: /^\p{Ll}/u.test(words[words.length - 1]!) && pluralNoun(words[words.length - 1]!),
    quote,
  };
  // (`said his wife, Ann`: the family's surname, set 32)
  const sp0 = firstOf("quotes", SPEAKER_RULES, input, doc.switches) ?? namedSpeaker(input);
  // (an unresolved definite description: the actor in focus, s26-desc.ts)
  const sp = kinSurname(doc, p0, descriptionFocus(input, sp0) ?? sp0);
  // The organisation a role or an anonymous source speaks for ("a spokesperson for the …").
  const role = (p0 as NamedPhrase).role?.text ?? (sp.kind === "unnamed" ? p.text : null);
  const org = orgOn && role ? speakerOrganisation(doc, role) : undefined;
  // "The Trust's spokeswoman, Wren Atallah": the role tells the name's gender ("she said" next).
  const role0 = (p0 as NamedPhrase).role;
  // …its head before "for"/"of" too ("A spokesman for DLF Homes, Dr Rao, said … He said").
  const roleHead = role0 ? { ...role0, text: role0.text.replace(/\s(?:for|of|at)\s.*$/, "") } : null;
  const roleGender = roleHead ? unnamed(roleHead).gender : "any";
  const gender = sp.gender === "any" && sp.kind === "person" ? roleGender : sp.gender;
  return org || gender !== sp.gender ? { ...sp, gender, ...(org ? { org } : {}) } : sp;
}

/** "the department", "the club": the latest organisation with that head; documents speak for
 *  the organisation that issued them; other descriptions are left as written. */
function describedOrganisation(input: SpeakerInput, core: string[]): Speaker {
  const { doc, p } = input;
  const head = core[core.length - 1]?.toLowerCase() ?? "";
  const org = ORG_NOUNS.has(head) ? orgByHeadJoined(doc, head, p.start) : null;
  if (org) return canonicalise(input, core, org, genderOfWords(input.words));
  // "Tesco reported record profits. “…,” the firm said", "The BRC published a survey. “…,” the
  // survey said": the organisation the sentence right before opens on (switch "org-subject-first").
  // ("the government" is the country's, whoever the sentence before opens on)
  const subjectFirst = head !== "government" && isOn("quotes", "org-subject-first", doc.switches);
  const paper = PAPER_HEADS.has(head) ? latestPaper(doc, p.start) : null;
  if (paper) return speakerForActor(doc, paper, p);
  if (DOCUMENT_HEADS.has(head)) {
    // "the report said" where the article calls it "the ADB report" elsewhere: the ADB.
    const author = isOn("quotes", "document-author-elsewhere", doc.switches)
      ? authorElsewhere(doc, head, p)
      : null;
    if (author) return author;
    const issuer = subjectFirst ? orgSubjectBefore(doc, p, "issued") : null;
    if (issuer) return issuer;
    // "the report adds": the latest organisation that spoke, over one only named since.
    const lastOrg =
      (isOn("quotes", "document-speaking-organisation", doc.switches)
        ? lastOf(doc, (h) => h.kind === "organization" && !!h.speaker, p.start)
        : undefined) ?? lastOf(doc, (h) => h.kind === "organization", p.start);
    return lastOrg ? at(lastOrg, p) : unnamed(p);
  }
  const byModifier =
    ORG_NOUNS.has(head) && isOn("quotes", "org-by-modifier", doc.switches)
      ? orgByModifier(doc, core, p)
      : null;
  if (byModifier) return byModifier;
  // "the government said": a public body, never the organisation that spoke last (switch).
  const body = isOn("quotes", "public-body", doc.switches) ? publicBody(doc, head, core, p) : null;
  if (body) return body;
  if (ORG_NOUNS.has(head)) {
    // (s30: "said the magazine" after "US magazine Mobile PC", over anything named or opening since)
    const ofKind = bodyOfSpecificKind(doc, head, p);
    if (ofKind) return ofKind;
    const first = subjectFirst ? orgSubjectBefore(doc, p, "any") : null;
    if (first && !kindClash(doc, head, first)) return first;
    // "the club said" with no organisation of that name: the latest organisation nearby.
    const para = paraOf(doc, p.start);
    const near = (h: Speaker) => h.kind === "organization" && (h.para ?? 0) >= para - 3;
    const lastOrg = lastOf(doc, (h) => near(h) && !kindClash(doc, head, h), p.start);
    if (lastOrg) return at(lastOrg, p);
    // "Next has said …. “…,” the company said": the organisation the sentences before open on, else
    // the one introduced by its kind ("game firm Keelware"), or a demonym's (set 31: "the Australian firm").
    const opening = isOn("quotes", "org-subject-before", doc.switches) ? orgSubjectBefore(doc, p) : null;
    const fits = opening && !kindClash(doc, head, opening) ? opening : null;
    return fits ?? bodyOfKind(doc, head, p) ?? nationalBody(doc, core, p) ?? unnamed(p);
  }
  return resolveDescription(doc, p);
}

/** A name: the fullest form the article gives ("Straw" → "Jack Straw"), then the model's actor. */
function namedSpeaker(input: SpeakerInput): Speaker {
  const { doc, p, words } = input;
  const core = coreName(words);
  let name = core.join(" ");
  let gender: Speaker["gender"] = genderOfWords(words);
  // "Segas said" after "the Greek Athletics Federation (Segas)": the name it stands for.
  const abbreviated =
    core.length === 1 && isOn("quotes", "bracketed-abbreviation", doc.switches)
      ? doc.names.abbreviated(core[0]!, p.start)
      : null;
  const expanded =
    (abbreviated ? { name: abbreviated, gender: "any" as const } : null) ??
    plainHonorificName(doc, words, core, p.start) ??
    expandNamed(doc, core, p.start, words) ??
    (core.length > 1 && !orgNameTail(core) ? doc.names.expand(core.slice(-1), p.start) : null);
  // "Mr Montieth" after "David Monteith": a one-letter slip in the one surname (an actor of its own).
  const slip =
    !expanded && core.length === 1 && isOn("quotes", "misspelt-surname", doc.switches)
      ? misspeltName(doc.names, core[0]!, p.start)
      : null;
  const slipActor = slip ? doc.actors.resolve(slip.name) : undefined;
  if (slipActor?.kind === "person") return speakerForActor(doc, slipActor.id, p);
  const found = expanded ?? slip;
  // "Said Ellis: “…”" opening a sentence is no full name "Said Ellis".
  // …nor is "Touring Federation" the fuller name of "Cyclists' Touring Federation".
  const full =
    found &&
    !SPEECH_VERB_FORMS.has(found.name.split(" ")[0]!.toLowerCase()) &&
    !(name.length > found.name.length && name.endsWith(` ${found.name}`))
      ? found
      : null;
  if (full) {
    name = full.name;
    if (gender === "any") gender = full.gender;
  }
  // "Fletcher's daughter Jill": a relative named by the given name alone takes the family's surname.
  const kin =
    !full && core.length === 1 && isOn("quotes", "kin-surname", doc.switches) ? kinOf(doc, p) : null;
  if (kin) name = kin;
  // "Sir John" after "Sir John Bourn": a knight or dame is named by the first name.
  const knight = isOn("quotes", "knight-first-name", doc.switches)
    ? knightName(input.doc, input.p, core)
    : null;
  if (knight) name = knight;
  else if (STYLED.has(words[0]?.toLowerCase() ?? "") && core.length === 1) name = styledName(words, core[0]!);
  const sp = canonicalise(input, core, peerStyledName(doc, name, p.start), gender);
  // The model's actor may be the abbreviation itself: the name it stands for is the fuller.
  return abbreviated && sp.name === core[0] ? { ...sp, name: abbreviated } : sp;
}

/** The model's canonical actor for a name: the mention under the name, else the name itself. */
function canonicalise(input: SpeakerInput, core: string[], name: string, gender: Speaker["gender"]): Speaker {
  const { doc, p, words, kind } = input;
  const { actors, article } = doc;
  const head = core[core.length - 1]?.toLowerCase() ?? "";
  let id: string | null = null;
  let canonical = name;
  // ("the Institute for Fiscal Studies": an organisation's name linked through "for")
  let akind: SpeakerKind =
    ORG_NOUNS.has(name.split(" ").pop()?.toLowerCase() ?? "") || orgNameTail(core) ? "organization" : kind;
  const coreStart = p.end - (core.join(" ").length || 0);
  // "Former civil service chief Lord Butler": the model may hold only the surname's mention.
  const lastCore = core[core.length - 1] ?? "";
  const m0 =
    actors.mentionAt(article.docId, Math.max(p.start, coreStart), p.end) ??
    actors.mentionAt(article.docId, p.start, p.end) ??
    (core.length > 0 && p.text.endsWith(lastCore) && !orgNameTail(core)
      ? actors.mentionAt(article.docId, p.end - lastCore.length, p.end)
      : null);
  // "the Council for England": not "England", a place the linked name ends on.
  const m = m0 && orgNameTail(core) && m0.start > coreStart + 1 ? null : m0;
  // A role mention ("the club") is trusted only when the model's actor carries that head word.
  const trusted =
    m && (m.via !== "role" || (actors.byId.get(m.actorId)?.name ?? "").toLowerCase().includes(head));
  const actor = (trusted ? actors.byId.get(m.actorId) : null) ?? actors.resolve(name);
  if (actor) {
    id = actor.id;
    // The article's own fuller name wins over a shorter canonical one ("Jan Bolz" for "Bolz"),
    // and a peer keeps the styled name the article gives ("Lord Butler").
    canonical = STYLED.has(name.split(" ")[0]!.toLowerCase()) ? name : fuller(name, actor.name);
    akind = actor.kind;
  }
  // "The US tycoon": an acronym modifying a person's role noun is that person (switch).
  const modified = core.length === 1 ? acronymModifiedPerson(doc, p, core[0]!) : null;
  if (modified) return { ...p, ...modified, kind: "person", gender };
  // An acronym is an organisation ("EA said", "the WLGA").
  if (
    isOn("quotes", "acronym-organisation", doc.switches) &&
    actor?.kind !== "person" &&
    core.length === 1 &&
    /^\p{Lu}[\p{Lu}\p{N}&]{1,6}$/u.test(core[0]!) &&
    !HONORIFIC_GENDER[words[0]!.toLowerCase()]
  )
    akind = "organization";
  if (!canonical) return { ...p, id: null, name: null, kind: "person", gender: "any" };
  return { ...p, id, name: canonical, kind: akind, gender };
}
