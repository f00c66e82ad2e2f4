// Coreference mentions for the actor model: he/she (checked against each person's gender) and
// role descriptions resolved to actors, and "also known as" short forms, as "pronoun", "role"
// and "alias" mentions, which quotes, /actor and events all read. Linear passes over one article.

import { literal } from "../../../text/regex-literal.ts";
import type { Mention } from "../../../types.ts";
import { DEMONYM_NOUNS } from "../../lexicons/places.ts";
import { ANONYMOUS_HEADS } from "../../lexicons/sources.ts";
import { OFFICE_HEADS, ROLE_HEADS } from "../../lexicons/titles.ts";
import { ALL_STEPS, isOn, type StepSwitches } from "../../steps.ts";
import type { Gender } from "../gender.ts";
import { COREF_KNOWN_GENDER_NEARER_STEP, knownGenderNearer } from "../s26-pron-steps.ts";
import { COREF_FRONTED_PHRASE_SUBJECT_STEP, openingWordsReader, opensAfterFront } from "../s27-pron-steps.ts";
import { PersonFacts, statedIn } from "./attributes.ts";
import { boundSubject } from "./binding.ts";
import { CHIEF_POST_STEP, chiefPost } from "./chief-post.ts";
import { COREF_CONTRAST_DESCRIPTION_STEP } from "./contrast.ts";
import { nationalPerson } from "./demonym.ts";
import { agedHead, backPerson, DESCRIPTION_SUBJECT_FIRST_STEP, statedPerson } from "./described-person.ts";
import { gendersOf, PERSON_PRONOUNS, SURNAME_NO_GENDER_STEP } from "./genders.ts";
import { actorAtName } from "./name-at.ts";
import { possessiveOwnSubject } from "./own-subject.ts";
import { quoteTest, sentIndex } from "./positions.ts";
import { corefReadOptions, personForRole, readCoref, roleOf } from "./read-coref.ts";
import { RELATION_OF_STEP, relationOf } from "./relation-of.ts";
import { type Cand, type CorefEvent, type CorefInput, type CorefRun, sentOf } from "./run.ts";
import { SAME_EPITHET_STEP } from "./same-epithet.ts";
import {
  appositionOf,
  CLAUSE_SUBJECT_STEP,
  clauseSubject,
  INVERTED_APPOSITION,
  OPENING,
  ROLE_PHRASE,
  SPEECH_AFTER,
  SPEECH_BEFORE,
  SPEECH_BEFORE_NOT_TOLD,
  SPEECH_IN,
  speaksAfter,
} from "./speech-cues.ts";
import { liveEvents } from "./subordinate-description.ts";

/** he/she and role descriptions of one article as mentions, each checked against the actor's gender. */
export function corefMentions(inp: CorefInput, switches: StepSwitches = ALL_STEPS): Mention[] {
  const r: CorefRun = {
    inp,
    out: [],
    gender: gendersOf(
      inp,
      (id) => isPerson(inp, id),
      isOn("actors", "coref-apposition-gender", switches),
      isOn("actors", "coref-role-before-gender", switches),
      isOn("actors", SURNAME_NO_GENDER_STEP.name, switches),
    ),
    learned: new Map(),
    recent: [],
    allObjects: [],
    corefRead: null,
    demonym: isOn("actors", "coref-demonym", switches),
    epithet: isOn("actors", SAME_EPITHET_STEP.name, switches),
    chiefPost: isOn("actors", CHIEF_POST_STEP.name, switches),
    relationOf: isOn("actors", RELATION_OF_STEP.name, switches),
    facts: isOn("actors", "coref-attributes", switches)
      ? new PersonFacts(inp.text, inp.named, inp.byId)
      : null,
    read: corefReadOptions(switches),
    onlyAny: isOn("actors", "coref-only-unknown-gender", switches),
    fronted: isOn("actors", COREF_FRONTED_PHRASE_SUBJECT_STEP.name, switches),
    contrast: isOn("actors", COREF_CONTRAST_DESCRIPTION_STEP.name, switches),
    knownNearer: isOn("actors", COREF_KNOWN_GENDER_NEARER_STEP.name, switches),
    onlyFitting: isOn("actors", "coref-only-fitting-gender", switches),
    subjectFirst: isOn("actors", DESCRIPTION_SUBJECT_FIRST_STEP.name, switches),
  };
  if (inp.sentences.length === 0) return r.out;
  const { cands, objects } = candidates(inp, switches);
  const pronouns = isOn("actors", "coref-pronouns", switches);
  const roles = isOn("actors", "coref-roles", switches);
  const binding = isOn("actors", "coref-object-not-subject", switches);
  const own = isOn("actors", "coref-possessive-subject", switches);
  const live = liveEvents(eventsOf(inp), inp, switches, pronouns, roles);
  let ci = 0;
  let oi = 0;
  for (const e of live) {
    while (ci < cands.length && cands[ci]!.at < e.at) r.recent.push(cands[ci++]!);
    while (oi < objects.length && objects[oi]!.at < e.at) r.allObjects.push(objects[oi++]!);
    if (e.kind === "pronoun") resolvePronoun(r, e, binding ? boundSubject(inp, e.at, e.end) : null, own);
    else resolveRole(r, e);
  }
  if (inp.genders) {
    for (const [id, g] of [...r.learned, ...r.gender]) if (g !== "any") inp.genders.set(id, g);
  }
  if (isOn("actors", "coref-aliases", switches)) aliasMentions(r);
  return r.out;
}

const isPerson = (inp: CorefInput, id: string) => inp.byId.get(id)?.kind === "person";
const genderOf = (r: CorefRun, id: string): Gender => r.gender.get(id) ?? r.learned.get(id) ?? "any";
const corefOf = (r: CorefRun) => {
  r.corefRead ??= readCoref(r.inp.text, r.inp.bodyStart, r.read);
  return r.corefRead;
};

/** Named person mentions as candidates, with their salience (subject of speech, sentence subject). */
function candidates(inp: CorefInput, switches: StepSwitches): { cands: Cand[]; objects: Cand[] } {
  const { text, named } = inp;
  const inverted = isOn("actors", "coref-inverted-apposition", switches);
  const participle = isOn("actors", "coref-participle-after-object", switches);
  const told = isOn("actors", "coref-told-listener", switches);
  const speechBefore = told ? SPEECH_BEFORE_NOT_TOLD : SPEECH_BEFORE;
  const openingWords = openingWordsReader(switches);
  const clause = isOn("actors", CLAUSE_SUBJECT_STEP.name, switches);
  const inQuote = quoteTest(inp.quoted);
  const cands: Cand[] = [];
  const objects: Cand[] = [];
  for (const m of named) {
    if (!isPerson(inp, m.actorId) || inQuote(m.start)) continue;
    const s = sentOf(inp, m.start);
    if (m.start < s.start || m.start >= s.end) continue;
    const after = text.slice(m.end, Math.min(s.end, m.end + 140));
    const before = text.slice(s.start, m.start);
    const app = appositionOf(before, after, switches);
    const opening = OPENING.test(openingWords(before, m.actorId)) || app.opening;
    // the subject of a speech verb: right after it, an inverted tag, or the sentence's subject
    // when the sentence reports speech ("X refused to comment, saying …")
    const speaker =
      app.speaker ||
      speaksAfter(after, opening, participle) ||
      speechBefore.test(before) ||
      (inverted && INVERTED_APPOSITION.test(before)) ||
      (opening && SPEECH_IN.test(text.slice(m.end, s.end)));
    const inClause = clause && !speaker && !opening && clauseSubject(before, after);
    (speaker || opening ? cands : objects).push({
      actorId: m.actorId,
      at: m.start,
      para: s.para,
      speaker,
      inClause,
    });
  }
  return { cands, objects };
}

/** Pronouns and role descriptions outside quotations, in text order, each read by what came before. */
function eventsOf(inp: CorefInput): CorefEvent[] {
  const { text } = inp;
  const events: CorefEvent[] = [];
  for (const s of inp.sentences) {
    const seg = text.slice(s.start, s.end);
    for (const m of seg.matchAll(/\b(he|him|his|himself|she|her|hers|herself|He|His|She|Her)\b/g)) {
      const w = m[1]!.toLowerCase();
      events.push({
        at: s.start + m.index!,
        end: s.start + m.index! + w.length,
        kind: "pronoun",
        want: PERSON_PRONOUNS[w]!,
      });
    }
    for (const m of seg.matchAll(ROLE_PHRASE)) {
      const phrase = m[0];
      const head = (m[2] ?? "").toLowerCase();
      // "the ex-Wallaby", "the 23-year-old (Dubliner)": a former membership or an age describes a person too.
      if (
        !ROLE_HEADS.has(head) &&
        !DEMONYM_NOUNS.has(head) &&
        !/year-old$|^ex-\p{L}/u.test(head) &&
        !agedHead(phrase)
      )
        continue;
      events.push({ at: s.start + m.index!, end: s.start + m.index! + phrase.length, kind: "role" });
    }
  }
  events.sort((a, b) => a.at - b.at);
  const inQuote = quoteTest(inp.quoted);
  return events.filter((e) => !inQuote(e.at));
}

/** A subject pronoun carries its person on ("…," he said. … she said.). */
function carryOn(r: CorefRun, e: CorefEvent, actorId: string, para: number) {
  const { text } = r.inp;
  const w = text.slice(e.at, e.end).toLowerCase();
  if (w !== "he" && w !== "she") return;
  const after = text.slice(e.end, Math.min(sentOf(r.inp, e.at).end, e.end + 80));
  r.recent.push({ actorId, at: e.at, para, speaker: SPEECH_AFTER.test(after) });
}

function pronounMention(r: CorefRun, e: CorefEvent, actorId: string, candidates: string[]): Mention {
  const text = r.inp.text.slice(e.at, e.end);
  return { actorId, docId: r.inp.docId, start: e.at, end: e.end, text, via: "pronoun", candidates };
}

/** The mention opens its sentence ("Wilkinson, who …"), or its clause after an opening phrase. */
const opensSentence = (r: CorefRun, at: number) =>
  opensAfterFront(r.inp.text.slice(sentOf(r.inp, at).start, at), r.fronted);

/** he/she: the only person of the previous and this sentence, else the latest fitting subject. */
function resolvePronoun(r: CorefRun, e: CorefEvent, bound: string | null, possessive: boolean) {
  const { recent, allObjects } = r;
  const sents = r.inp.sentences;
  const para = sentOf(r.inp, e.at).para;
  const want = e.want!;
  // exactly one person named in the previous sentence and this one before it, of that gender
  const from = sents[Math.max(0, sentIndex(sents, e.at) - 1)]!.start;
  const near = new Set<string>();
  for (let h = recent.length - 1; h >= 0 && recent[h]!.at >= from; h--) near.add(recent[h]!.actorId);
  for (let h = allObjects.length - 1; h >= 0 && allObjects[h]!.at >= from; h--)
    near.add(allObjects[h]!.actorId);
  near.delete(bound ?? "");
  // (of two or more there, the one whose known gender alone fits: "Ms Baird joined Health Minister
  // Gordon Petrie. “…,” he said" is Petrie's; switch "coref-only-fitting-gender", session 43)
  const fitting = [...near].filter((id) => genderOf(r, id) !== "any" && genderOf(r, id) === want);
  const knownOthers = [...near].every((id) => genderOf(r, id) !== "any");
  const only =
    near.size === 1
      ? [...near][0]!
      : r.onlyFitting && fitting.length === 1 && knownOthers
        ? fitting[0]!
        : null;
  // (a lone subject of unknown gender, "Wilkinson, who has …, kicked …. But he then missed", is that person too)
  const anyOnly =
    r.onlyAny &&
    only &&
    genderOf(r, only) === "any" &&
    (recent.some((c) => c.at >= from && c.actorId === only && opensSentence(r, c.at)) ||
      allObjects.some((c) => c.at >= from && c.actorId === only && !!c.inClause));
  if (only && (genderOf(r, only) === want || anyOnly)) {
    if (anyOnly) r.learned.set(only, want);
    r.out.push(pronounMention(r, e, only, [only]));
    carryOn(r, e, only, para);
    return;
  }
  const own = possessive
    ? possessiveOwnSubject(r.inp.text, e, sentOf(r.inp, e.at).start, r, (id) => genderOf(r, id))
    : null;
  let chosen: Cand | undefined = own ?? undefined;
  let fallback: Cand | undefined;
  const ids: string[] = own ? [own.actorId] : [];
  for (let h = recent.length - 1; h >= 0; h--) {
    const c = recent[h]!;
    if (c.para < para - 3) break;
    const g = genderOf(r, c.actorId);
    if ((g !== "any" && g !== want) || c.actorId === bound) continue;
    if (!ids.includes(c.actorId)) ids.push(c.actorId);
    if (chosen) continue;
    if (g === want || (c.speaker && c.para >= para - 1)) chosen = c;
    else fallback ??= c;
  }
  // a person named in another role in the sentence ("met Mr Dunmore") when no subject fits
  for (let h = allObjects.length - 1; h >= 0 && !chosen && !fallback; h--) {
    const c = allObjects[h]!;
    if (c.para < para - 1) break;
    if (genderOf(r, c.actorId) === want) {
      fallback = c;
      if (!ids.includes(c.actorId)) ids.push(c.actorId);
    }
  }
  chosen ??= fallback;
  if (r.knownNearer) chosen = knownGenderNearer(r, chosen, [...recent, ...allObjects], e, from, ids);
  if (!chosen) {
    for (let h = recent.length - 1; h >= 0 && !chosen; h--)
      if (genderOf(r, recent[h]!.actorId) === want && recent[h]!.actorId !== bound) chosen = recent[h];
    if (chosen) ids.push(chosen.actorId);
  }
  if (!chosen) return;
  const id = chosen.actorId;
  if (genderOf(r, id) === "any") r.learned.set(id, want);
  r.out.push(pronounMention(r, e, id, [id, ...ids.filter((x) => x !== id)]));
  carryOn(r, e, id, para);
}

/** A role description: the person the article gave that role, else (not an office) the latest speaker. */
function resolveRole(r: CorefRun, e: CorefEvent) {
  const { text, named } = r.inp;
  const para = sentOf(r.inp, e.at).para;
  const phrase = text.slice(e.at, e.end);
  const coref = corefOf(r);
  const name = personForRole(coref, phrase, e.at);
  const head = roleOf(phrase)?.head ?? "";
  // "the former cabinet secretary", "the 74-year-old comedian": a description, not an office
  // with one holder, points back to someone already named before it points forward.
  const described =
    (!OFFICE_HEADS.has(head) || FORMER.test(phrase)) &&
    !ANONYMOUS_HEADS.has(head) &&
    !(r.chiefPost && chiefPost(phrase)) &&
    !(r.relationOf && relationOf(phrase));
  let id: string | null = null;
  if (name) {
    const link =
      [...coref.roles].reverse().find((l) => l.name === name && l.at < e.at) ??
      coref.roles.find((l) => l.name === name);
    // A link in the same sentence is an apposition ("the magazine's editor, Boris Johnson").
    const ahead = link && link.at > e.at && link.at >= sentOf(r.inp, e.at).end;
    const back = ahead && described ? backPerson(r, e, para) : null;
    id = back ?? (link ? actorAtName(r.inp.byId, named, link.at, link.name) : null);
  } else if (described) id = (r.demonym && nationalPerson(r.inp, phrase, e.at)) || statedPerson(r, e, para);
  if (!id) return;
  r.facts?.add(id, statedIn(phrase));
  r.out.push({ actorId: id, docId: r.inp.docId, start: e.at, end: e.end, text: phrase, via: "role" });
  r.recent.push({ actorId: id, at: e.at, para, speaker: SPEECH_AFTER.test(text.slice(e.end, e.end + 80)) });
}

const FORMER = /\b(?:former|ex-|retired|veteran)/i;

/** "JK, also known as Jason King": every later JK is Jason King. */
function aliasMentions(r: CorefRun) {
  const { text, named, bodyStart, docId } = r.inp;
  const aliases = /\b(?:known as|aka|a\.k\.a\.)\s/.test(text)
    ? corefOf(r).aliases
    : new Map<string, string>();
  for (const [short, full] of aliases) {
    const m = named.find((x) => x.text === full || (full.endsWith(` ${x.text}`) && x.text.includes(" ")));
    if (!m) continue;
    const re = new RegExp(String.raw`(?<![\p{L}\p{N}])${literal(short)}(?![\p{L}\p{N}])`, "gu");
    for (const x of text.slice(bodyStart).matchAll(re)) {
      const at = bodyStart + x.index!;
      r.out.push({ actorId: m.actorId, docId, start: at, end: at + short.length, text: short, via: "alias" });
    }
  }
}
