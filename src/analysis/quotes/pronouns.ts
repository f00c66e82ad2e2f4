// Pronoun speakers. he/she: the model's pronoun mention gives the candidates; the quote-specific
// tie-break reads this article's speaker history. "it": the latest organisation. they/we/I: the
// latest plural speaker or organisation, or the latest person.

import type { Mention } from "../../types.ts";
import { genderOfName } from "../actors/index.ts";
import { OBJECT_PRONOUNS, PRONOUNS } from "../lexicons/pronouns.ts";
import { HONORIFIC_GENDER, ROLE_GENDER } from "../lexicons/titles.ts";
import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { isOn } from "../steps.ts";
import { copularPerson } from "./copular-person.ts";
import { itAfterDocument } from "./document-author.ts";
import { indefiniteGender, unnamedPersonSource } from "./indefinite-source.ts";
import { IT_OPENER_SWITCH, itOpener } from "./it-opener.ts";
import { itOneBodyBefore, itOwnSentenceBody } from "./it17-switches.ts";
import { kinBefore, kinSubject } from "./kin-antecedent.ts";
import { possessiveOpener } from "./leading-possessive.ts";
import { loneSurname } from "./lone-name.ts";
import { namedInQuote } from "./named-in-quote.ts";
import type { Phrase } from "./phrases.ts";
import { pluralSourceThey } from "./plural-source-they.ts";
import { possessedSpokesperson } from "./possessed-spokesperson.ts";
import { previousSentenceStart, sentenceStart, subjectMentionBefore } from "./prior-subject.ts";
import { anonymousSubjectOverName } from "./pronoun-anonymous-subject.ts";
import { asForSpeaker } from "./pronoun-as-for.ts";
import { PRONOUN_CONJUNCT_SWITCH, pronounConjuncts } from "./pronoun-conjunct.ts";
import { heSheFits, personLike } from "./pronoun-fits.ts";
import { heSheMayBe } from "./pronoun-lone-surname.ts";
import { mainAfterSubordinate } from "./pronoun-main-clause.ts";
import { nearestPersonBefore } from "./pronoun-nearest-person.ts";
import { namedInOwnClause } from "./pronoun-own-clause.ts";
import { speakerOverObject } from "./pronoun-speaker-over-object.ts";
import { heSheLastResort } from "./pronoun-unlinked-any.ts";
import { LONE_SURNAME_SUBJECT_SWITCH } from "./pronoun18-switches.ts";
import { descriptionSubjectPronoun } from "./s23-desc-switches.ts";
import { salientSubject } from "./s23-pron-switches.ts";
import { describedSpeaker } from "./s24-pron-switches.ts";
import { itSpeechSource } from "./s25-pron-switches.ts";
import { keptFallback } from "./s27-pron.ts";
import { apposedRoleEntry } from "./set32-switches.ts";
import { anonymousSource } from "./speaker-words.ts";
import { at, isBody, lastOf, orgDescription, paraOf, type QuoteDoc, speakerForActor } from "./state.ts";
import { staleName } from "./subject-who-spoke.ts";
import { namedInTagFrame, SUBORDINATE_OPENING } from "./tag-frame.ts";
import { topicPerson } from "./topic-person.ts";
import type { Speaker } from "./types.ts";
import { speakerPastQuestion } from "./writer-question.ts";

/** The pronoun class of a phrase that is only a pronoun, else null. */
export const pronounOf = (p: Phrase): (typeof PRONOUNS)[string] | null => {
  const lower = p.text.toLowerCase();
  return lower in PRONOUNS ? PRONOUNS[lower]! : (OBJECT_PRONOUNS[lower] ?? null);
};

/**
 * he/she: the model's pronoun mention gives the candidates (people of a compatible gender, the
 * model's choice first). The quote-specific tie-break reads this article's quotation history:
 * the latest person among the candidates whose gender is known, or who spoke in this or the
 * previous paragraph, wins; an anonymous source that spoke last ("a spokeswoman") wins too.
 * A person the tagged quotation `quote` names in the third person is never its speaker.
 */
export function resolveHeShe(
  doc: QuoteDoc,
  p: Phrase,
  want: "male" | "female",
  quote: string | null = null,
): Speaker {
  const early = earlySpeaker(doc, p, want);
  if (early) return early;
  const m = doc.actors.mentionAt(doc.article.docId, p.start, p.end);
  // "Sean Long … “I think Sean's situation is …,” he said": Sean Long, named but no speaker
  // before, is passed over (one who spoke may go on about himself: "people say Sanders should …").
  const inQuote =
    quote && isOn("quotes", "pronoun-not-named-in-quote", doc.switches)
      ? (id: string) => namedInQuote(doc, id, quote)
      : null;
  // "Of Hepburn, she said": not the person the sentence opens on as its topic (switch);
  // `Mr Dunmore has "…" as ever, he said.`: nor a person the sentence names before the tag (switch).
  const topic =
    (isOn("quotes", "pronoun-not-topic", doc.switches) ? topicPerson(doc, p) : null) ??
    possessiveOpener(doc, p);
  const frame = isOn("quotes", "pronoun-not-in-tag-frame", doc.switches) ? namedInTagFrame(doc, p) : null;
  // "He said Mr Cole's …: “…”", "Asked if Mr Cole …, he replied": nor one its own clause names.
  const own = namedInOwnClause(doc, p);
  const named =
    inQuote || frame || topic || own
      ? (id: string) => id === topic || !!frame?.has(id) || !!own?.has(id) || (inQuote ? inQuote(id) : false)
      : null;
  // The subject of the sentence before (switches "pronoun-last-clause-subject", "pronoun-opening-subject");
  // else, no person of the history in the sentence before, the person it names as a clause's subject.
  const subject = salientSubject(doc, p, want, named) ?? subjectWithoutHistory(doc, p, want, named);
  if (subject) return speakerForActor(doc, subject, p, want);
  // "The show's director is Ann Roe, …. “…,” she said": the person just introduced (switch);
  // "When Rita Marsh pointed out …, Ann Roe seized on it": the main clause's subject (switch).
  const introduced =
    (isOn("quotes", "copular-person", doc.switches) ? copularPerson(doc, p, want, named) : null) ??
    mainAfterSubordinate(doc, p, (id) => !named?.(id) && heSheFits(doc, id, want));
  if (introduced) return speakerForActor(doc, introduced, p, want);
  // the speaker just before over the model's name ending a subjectless sentence (switch)
  const over = isOn("quotes", "pronoun-speaker-over-object", doc.switches)
    ? speakerOverObject(doc, p, want, m)
    : null;
  if (over) return over;
  const chosen = fromHistory({
    doc,
    p,
    want,
    m: m?.via === "pronoun" ? m : null,
    named,
    // …and with the model's choice so passed over, its candidates no longer bound the choice.
    unbound: !!named && m?.via === "pronoun" && named(m.actorId),
    prevStart: previousSentenceStart(doc, p.start),
  });
  if (chosen) return chosen;
  if (m?.via === "pronoun" && !named?.(m.actorId)) {
    // "But what if Maria Colby wins? … than Ted Bruck? “…,” he said": not a name in the writer's question (switch).
    const past = isOn("quotes", "pronoun-past-question", doc.switches)
      ? speakerPastQuestion(
          doc,
          m.actorId,
          p,
          want,
          (id) => doc.actors.genderOf?.(doc.article.docId, id) ?? "any",
        )
      : null;
    return past ?? speakerForActor(doc, m.actorId, p, want);
  }
  // Nothing else: the nearest person named just before, of no other gender (switch "pronoun-nearest-person").
  const near = isOn("quotes", "pronoun-nearest-person", doc.switches)
    ? nearestPersonBefore(doc, p.start, want, named)
    : null;
  if (near) return speakerForActor(doc, near, p, want);
  // "Gordon Brown's wife Sarah attended. “…,” she said": the relative named by a given name (switch).
  const kin = isOn("quotes", "pronoun-kin-antecedent", doc.switches) ? kinBefore(doc, p, want) : null;
  if (kin) return kin;
  // `Jan Holt said: "…. "…," she warned.`: the paragraph's latest speaker, a name with no actor (switch).
  return heSheLastResort(doc, p, want) ?? { ...p, id: null, name: null, kind: "person", gender: want };
}

/** Before any other reading: a possessed spokesperson ("his spokeswoman"), "As for Dan Okoro, he said" … */
const earlySpeaker = (doc: QuoteDoc, p: Phrase, want: "male" | "female"): Speaker | null =>
  (isOn("quotes", "possessed-spokesperson", doc.switches)
    ? possessedSpokesperson(doc, p, want, isOn("quotes", "spokesperson-for-subject", doc.switches))
    : null) ??
  asForSpeaker(doc, p, want) ??
  kinSubject(doc, p, want) ??
  descriptionSubjectPronoun(doc, p, want) ??
  describedSpeaker(doc, p, want) ??
  anonymousSubjectOverName(doc, p, want);

interface HeShe {
  doc: QuoteDoc;
  p: Phrase;
  want: "male" | "female";
  /** The model's pronoun mention at p, if any. */
  m: Mention | null;
  named: ((id: string) => boolean) | null;
  unbound: boolean;
  prevStart: number;
}

/** The walk back over the speaker history for resolveHeShe; null leaves it to the model. */
function fromHistory({ doc, p, want, m, named, unbound, prevStart }: HeShe): Speaker | null {
  const { actors, article, history } = doc;
  const cands = new Set(m ? (m.candidates ?? [m.actorId]) : []);
  const para = paraOf(doc, p.start);
  let chosen: Speaker | undefined;
  let fallback: Speaker | undefined;
  let first = true;
  const unlinked = isOn("quotes", "pronoun-unlinked-speaker", doc.switches);
  const indefinite = isOn("quotes", "indefinite-source", doc.switches);
  const latestSubject = isOn("quotes", "pronoun-latest-subject", doc.switches);
  const loneName = isOn("quotes", "pronoun-lone-name", doc.switches);
  const ungendered = isOn("quotes", "pronoun-ungendered-subject", doc.switches);
  const loneSurnameSubject = isOn("quotes", LONE_SURNAME_SUBJECT_SWITCH.name, doc.switches);
  let firstPerson = true;
  const modelFirst = !!m && isOn("quotes", "pronoun-model-over-stale", doc.switches);
  const mainOver = isOn("quotes", "pronoun-main-over-relative", doc.switches);
  const inReport = isOn("quotes", "pronoun-not-reported-subject", doc.switches);
  const skipOther = isOn("quotes", "pronoun-past-other-gender", doc.switches);
  for (let h = history.length - 1; h >= 0; h--) {
    const c = history[h]!;
    if (c.start >= p.start) continue;
    if ((c.para ?? 0) < para - 3) break;
    if (named && c.id && named(c.id)) continue;
    // "Jones had been late every day, he said.": a subject inside words a he/she reports is not
    // the he/she that goes on (switch).
    if (inReport && reportedSubject(doc, c)) continue;
    const recentSpeaker = !!c.speaker && (c.para ?? 0) >= para - 1;
    // "A spokeswoman said Lord Hale and Lord Dunmore agreed …. “…,” she said": a speaker of the other
    // gender, or a body ("… said the ministry told his bank"), is no "latest speaker" to stop at (switch).
    const otherGender = (/^(?:fe)?male$/.test(c.gender) && c.gender !== want) || isBody(c);
    if (first && recentSpeaker && !(otherGender && skipOther)) {
      first = false;
      const anonymous = c.kind === "unnamed" && (c.gender === want || c.gender === "any");
      if (anonymous && anonymousSource(c.text)) return at(c, p, want);
      // "one dealer … told Reuters …. “…,” he said", "The chancellor told …" (indefinite-source.ts)
      const g = indefinite && anonymous ? indefiniteGender(c) : "none";
      const after = doc.text.slice(c.end, c.end + 8);
      if ((g === want || g === "any") && unnamedPersonSource(c, after, doc.switches)) return at(c, p, want);
      // "Fletcher's daughter Jill said …. “…,” she said": a speaker the model has no actor for.
      if (unlinked && c.kind === "person" && !c.id && writtenGender(c) === want) return at(c, p, want);
    }
    // "Ostrova said the result was deserved. “…,” she added": a lone surname the model has no
    // actor for, the nearest person and in the sentence before, of no other written gender.
    if (loneName && c.kind === "person" && !c.id && loneSurname(c.name, doc.text, c.start)) {
      const g = writtenGender(c);
      if (firstPerson && c.start >= prevStart && (g === want || g === "any")) return at(c, p, want);
      firstPerson = false;
    }
    if (c.kind !== "person" || !c.id) continue;
    // the model's candidates, or a speaker the model gives no other gender
    // …or, where the model knows none, the gender the article gave this speaker ("the spokeswoman, Wren Atallah")
    const modelGender = actors.genderOf?.(article.docId, c.id) ?? "any";
    const g =
      modelGender === "any" && (c.gender === "male" || c.gender === "female") ? c.gender : modelGender;
    // "Mr Gref … was keen to distance himself from Mr Iliaronov's comments. …, he said": the
    // latest person subject of that gender, nearby, wins over the model's nearest name.
    const nearest = firstPerson;
    firstPerson = false;
    // …and one of no known gender there too ("Bishop Colm Daly, … backed the families. In a
    // statement, he said"), the article giving it none (switch "pronoun-ungendered-subject").
    // …or a lone surname a he/she of that gender may stand for (switch "pronoun-lone-surname-subject")
    const fits = g === want || (g === "any" && anyFits(doc, c.id, want, ungendered, loneSurnameSubject));
    if (latestSubject && nearest && fits && c.start >= prevStart) {
      chosen = mainOver ? (mainSubjectOver(doc, h, prevStart, want) ?? c) : c;
      break;
    }
    const open = unbound && (g === want || g === "any");
    if (!cands.has(c.id) && !open && (g !== want || cands.size === 1)) continue;
    // a stale name is no better than the model's own choice ("Mr Johnson was asked why Mr Smith …")
    if (modelFirst && !unbound && staleName(doc, c, m!.actorId, prevStart, para)) continue;
    if (g === want || recentSpeaker) {
      chosen = c;
      break;
    }
    fallback ??= c;
  }
  chosen ??= keptFallback(doc, fallback, m?.actorId ?? null, want, para, prevStart);
  return chosen?.id ? speakerForActor(doc, chosen.id, p, want) : null;
}

/** A person of no known gender that may be the he/she: a full personal name (with `full`), or a
 *  lone surname titled somewhere and a he/she of the model may be ("And even Roe tried …", with `lone`). */
const anyFits = (doc: QuoteDoc, id: string, want: "male" | "female", full: boolean, lone: boolean) =>
  (full && personLike(doc, id)) || (lone && heSheMayBe(doc, id, want));

/** The person subject the sentence before `p` names, of gender `want` (or none the article gives,
 *  for a full personal name), when the history holds no person from that sentence on. */
function subjectWithoutHistory(
  doc: QuoteDoc,
  p: Phrase,
  want: "male" | "female",
  named: ((id: string) => boolean) | null,
): string | null {
  if (!isOn("quotes", "pronoun-subject-mention", doc.switches)) return null;
  const from = previousSentenceStart(doc, p.start);
  for (let h = doc.history.length - 1; h >= 0; h--) {
    const c = doc.history[h]!;
    if (c.start < from) break;
    if (c.start < p.start && c.kind === "person" && !apposedRoleEntry(doc, c)) return null;
  }
  // (not a person coordinated with a he/she of that gender: switch "pronoun-not-conjunct")
  const others = isOn("quotes", PRONOUN_CONJUNCT_SWITCH.name, doc.switches)
    ? pronounConjuncts(doc, from, p.start, want)
    : null;
  return subjectMentionBefore(
    doc,
    p.start,
    (id) => !named?.(id) && !others?.has(id) && heSheFits(doc, id, want),
  );
}

/**
 * "Weitz said he had visited Pullman, who had told him …. He added:": the nearest person, history[h],
 * is a relative clause's antecedent; the speaker of the sentence's main clause before it, of that
 * gender, is the one who goes on.
 */
function mainSubjectOver(
  doc: QuoteDoc,
  h: number,
  prevStart: number,
  want: "male" | "female",
): Speaker | null {
  const near = doc.history[h]!;
  if (!/^,\s+who\b/.test(doc.text.slice(near.end, near.end + 8))) return null;
  for (let k = h - 1; k >= 0; k--) {
    const e = doc.history[k]!;
    if (e.start < prevStart) break;
    if (e.kind !== "person" || !e.id || !e.speaker || e.id === near.id) continue;
    const g = doc.actors.genderOf?.(doc.article.docId, e.id) ?? "any";
    if (g === want || (g === "any" && personLike(doc, e.id))) return e;
  }
  return null;
}

/** A subject inside the words a he/she reports ("Jones had been late, he said."), but not the
 *  subject of a fronted subordinate clause: "When Dan Roper appeared …, he said Vale was …" is
 *  Roper's (switch "pronoun-subordinate-subject"). */
function reportedSubject(doc: QuoteDoc, c: Speaker): boolean {
  if (c.speaker || !reportedByPronoun(doc.text, c.end)) return false;
  return !(isOn("quotes", "pronoun-subordinate-subject", doc.switches) && subordinateSubject(doc, c));
}

/** "When Dan Roper appeared": the person opens the sentence's fronted subordinate clause. */
const subordinateSubject = (doc: QuoteDoc, c: Speaker): boolean =>
  SUBORDINATE_OPENING.test(doc.text.slice(sentenceStart(doc, c.start), c.start)) &&
  /^\s*\p{L}+\s+$/u.test(doc.text.slice(sentenceStart(doc, c.start), c.start));

/** The sentence goes on from `end` to close on a he/she tag: `…, he said.`, `…, she told the BBC.` */
function reportedByPronoun(text: string, end: number): boolean {
  const rest = /^[^.!?"“”]*[.!?]/.exec(text.slice(end, end + 300))?.[0] ?? "";
  const tag = /,\s+(?:he|she)\s+(\p{Ll}+)\b[^,]*[.!?]$/u.exec(rest);
  return !!tag && SPEECH_VERB_FORMS.has(tag[1]!);
}

/** The gender a speaker's own words give: an honorific, a known given name, or a kin or role noun. */
function writtenGender(c: Speaker): Speaker["gender"] {
  if (c.gender !== "any") return c.gender;
  const g = genderOfName(c.name ?? c.text);
  if (g !== "any") return g;
  for (const w of c.text.toLowerCase().split(/\s+/)) if (ROLE_GENDER[w]) return ROLE_GENDER[w];
  return "any";
}

/** "it said": the latest organisation speaking or named as a subject, or "the council" that spoke. */
export function resolveIt(doc: QuoteDoc, p: Phrase): Speaker {
  // "…, the NIESR report was optimistic. It said …": the report's author (switch).
  const author = isOn("quotes", "it-document-subject", doc.switches) ? itAfterDocument(doc, p) : null;
  if (author) return author;
  // "Harlow has said it …", "Mr Ross's statement said: “…” It added", "…," said Seagate. "…," it said (switches)
  const joint = itSpeechSource(doc, p);
  if (joint) return joint;
  const described = isOn("quotes", "it-described-organisation", doc.switches);
  const isOrg = (h: Speaker) => h.kind === "organization" || (described && orgDescription(h));
  const org = lastOf(doc, isOrg, p.start);
  // "Halden said the market had been “tough”. “…,” it added": a name taken for a person's that
  // spoke in the sentence before, with no title or pronoun of a person, is the body "it" is (switch).
  const named = isOn("quotes", "it-named-speaker", doc.switches) ? namedBodyBefore(doc, p, org) : null;
  if (named) return named;
  if (org) return at(org, p);
  // "Allianz, a leading German insurer, said …. However, it said": the body a sentence opens on (switch).
  const opener = isOn("quotes", IT_OPENER_SWITCH.name, doc.switches) ? itOpener(doc, p) : null;
  // "… has sent the Rovers board “…”, it has confirmed": the body its own sentence names (switch).
  return (
    opener ??
    itOwnSentenceBody(doc, p) ??
    itOneBodyBefore(doc, p) ?? { ...p, id: null, name: null, kind: "organization", gender: "any" }
  );
}

/** they/we: the latest organisation or plural speaker; I: the latest person. */
export function resolveTheyWeI(doc: QuoteDoc, p: Phrase, want: "plural" | "any"): Speaker {
  const { history } = doc;
  // "Ministers deny …. Instead, they say": the plural source a sentence just before opens on (switch).
  const group = want === "plural" ? pluralSourceThey(doc, p) : null;
  if (group) return { ...group, start: p.start, end: p.end, text: p.text };
  for (let h = history.length - 1; h >= 0; h--) {
    const c = history[h]!;
    if (c.start >= p.start) continue;
    if (want === "plural") {
      if (c.kind === "organization" || c.gender === "plural") return at(c, p);
      continue;
    }
    if (c.kind !== "person" || c.gender === "plural") continue;
    return at(c, p);
  }
  return { ...p, id: null, name: null, kind: "person", gender: want };
}

/** The speaker of the sentence before `p`, after `org`, named by a bare name no person's title or
 *  he/she goes with: a company whose name reads as a person's ("Halden", "Kestrel Gray"). */
function namedBodyBefore(doc: QuoteDoc, p: Phrase, org: Speaker | undefined): Speaker | null {
  // (only the tag of a quotation: `“…,” it added`)
  if (!/["”]\s*$/u.test(doc.text.slice(Math.max(0, p.start - 3), p.start))) return null;
  const from = previousSentenceStart(doc, p.start);
  const h = lastOf(doc, (x) => !!x.speaker && x.start >= from && x.kind !== "unnamed", p.start);
  if (!h?.id || h.kind !== "person" || (org && org.start > h.start)) return null;
  if (
    !/^\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*)?$/u.test(h.text) ||
    h.text.split(/\s+/)[0]!.toLowerCase() in HONORIFIC_GENDER
  )
    return null;
  // (a person the model gives a gender, or he/she stands for nearby, is no company; but a lone
  // surname gendered by its given name only, never titled, may be: "George Wimpey" (switch))
  const gendered =
    (doc.actors.genderOf?.(doc.article.docId, h.id) ?? "any") !== "any" ||
    genderOfName(h.name ?? "") !== "any";
  if (gendered && !(isOn("quotes", "it-named-given-name", doc.switches) && untitledSurname(doc, h)))
    return null;
  if (doc.actors.mentionsIn(doc.article.docId).some((m) => m.actorId === h.id && m.via === "pronoun"))
    return null;
  return { ...at(h, p), kind: "organization", gender: "any" };
}

/** A one-word speaker never written with a title ("Mr Wimpey") in the article. */
function untitledSurname(doc: QuoteDoc, h: Speaker): boolean {
  if (/\s/.test(h.text)) return false;
  return !new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame)\\.?\\s+${h.text}\\b`).test(doc.text);
}
