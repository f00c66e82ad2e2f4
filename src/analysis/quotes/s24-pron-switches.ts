// Pronoun and continuation classes of session 24 (issue #13; BBC study sets 42-51): salience as a
// careful reader reads it. An "it" tag is the body its own clause's speech verb has as subject
// ("Harlow has said it believes …"), or the author of the statement the sentence before quotes
// ("Mr Ross's statement said: “…” It added"), never a body named inside that quotation; a he/she
// goes on from an unnamed speaker described by a role ("the head of a car maker told the BBC");
// and an untagged quotation goes on from the last sentence that reported someone's speech.

import { genderOfName } from "../actors/index.ts";
import { DOCUMENT_HEADS } from "../lexicons/sources.ts";
import { ROLE_GENDER, ROLE_HEADS } from "../lexicons/titles.ts";
import { REPORTED_THAT_VERBS, SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { insideQuotation, sentenceStart } from "./prior-subject.ts";
import { finiteAfter, fitsGender, tagSentence } from "./s22-pron-switches.ts";
import { WHICH_PAST_ROLE_SWITCH } from "./s24-which-apposition.ts";
import { prefixedVerbs } from "./s25-prefixed-verb.ts";
import { at, type QuoteDoc, speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

const IT_CLAUSE_SWITCH = {
  name: "it-speech-clause-subject",
  doc: '"Harlow has said it believes there is “no case”": an "it" opening the clause a speech verb takes is that verb\'s subject',
};
const IT_STATEMENT_SWITCH = {
  name: "it-statement-author",
  doc: '"Mr Ross\'s statement said: “…the Green Party…” It added: “…”": "it" is the statement, its author; not a body named inside the quotation',
};
const DESCRIBED_SPEAKER_SWITCH = {
  name: "pronoun-described-speaker",
  doc: '"“…,” the head of a large car maker told the BBC. It was “foolish”, he said": a he/she goes on from the unnamed role that spoke just before',
};
const LATER_REPORTER_SWITCH = {
  name: "split-after-reported-speech",
  doc: "\"She said: “A.” Mr Ross said the rules were fair. “B.”\": a bare quotation after another speaker's reported speech is that speaker's",
};

const TOPIC_REPORTER_SWITCH = {
  name: "pronoun-reporter-over-topic",
  doc: '"Ray Dorn warned that Tom Vale needed a rest. Vale, 22, has looked tired. “He was brilliant …,” he said": the one who reported on the person the quotation calls he',
};

export const S24_PRON_SWITCHES = [
  IT_CLAUSE_SWITCH,
  IT_STATEMENT_SWITCH,
  DESCRIBED_SPEAKER_SWITCH,
  LATER_REPORTER_SWITCH,
  WHICH_PAST_ROLE_SWITCH,
  TOPIC_REPORTER_SWITCH,
];

/** A name (of up to five capitalised words, "&" and "of" allowed) ending where the match ends. */
const NAME = String.raw`(?:\p{Lu}[\p{L}&'’.-]*|&)(?:\s+(?:of\s+|&\s+|the\s+)?\p{Lu}[\p{L}&'’.-]*){0,4}`;

/** "Harlow has said it …", "Harlow, which makes vans, insisted that it …": the name, an optional
 *  apposition in commas, an auxiliary and adverb, a speech verb and "that", right before "it". */
const CLAUSE_BEFORE_IT = new RegExp(
  String.raw`(?:^|[,;:]\s+|\b(?:and|but)\s+)(?:the\s+)?(${NAME})(?:,[^,;:"“”]{1,100},)?\s+(?:(?:has|have|had|will|would|also|again|previously|repeatedly|always|now)\s+){0,2}(\p{Ll}+)\s+(?:that\s+)?$`,
  "u",
);

/** The organisation whose speech verb takes the clause "it" opens ("Harlow has said it believes");
 *  else null. Only an organisation the model names there, outside a quotation. */
export function itSpeechClauseSubject(doc: QuoteDoc, p: Phrase): Speaker | null {
  if (!isOn("quotes", IT_CLAUSE_SWITCH.name, doc.switches) || p.text.toLowerCase() !== "it") return null;
  const from = sentenceStart(doc, p.start);
  if (insideQuotation(doc, p.start)) return null;
  const before = doc.text.slice(from, p.start);
  const m = CLAUSE_BEFORE_IT.exec(before);
  if (!m || !(SPEECH_VERB_FORMS.has(m[2]!) || REPORTED_THAT_VERBS.has(m[2]!))) return null;
  const start = from + m.index + m[0].indexOf(m[1]!);
  return organisationAt(doc, start, start + m[1]!.length, p);
}

/** The speaker for the organisation the model names in [start, end) (by name, not pronoun). */
function organisationAt(doc: QuoteDoc, start: number, end: number, p: Phrase): Speaker | null {
  const hit = doc.actors
    .mentionsIn(doc.article.docId)
    .find((x) => x.start >= start && x.end <= end && x.via !== "pronoun");
  const actor = hit ? doc.actors.byId.get(hit.actorId) : undefined;
  if (!actor) return null;
  if (actor.kind === "organization") return speakerForActor(doc, actor.id, p);
  // (a name the model took for a person's with no gender to it, no given name nor title: the
  // "it" its own clause takes up makes it a body's, "Vivendi has said it …")
  const genderless =
    (doc.actors.genderOf?.(doc.article.docId, actor.id) ?? "any") === "any" &&
    genderOfName(actor.name) === "any";
  return genderless ? { ...speakerForActor(doc, actor.id, p), kind: "organization", gender: "any" } : null;
}

const DOC_HEAD = String.raw`(?:[\p{Ll}-]+\s+){0,2}(${[...DOCUMENT_HEADS].join("|")})`;
/** "Mr Ross's statement said", "Harlow's written statement, …": the document heads its clause
 *  (not "the sport's ruling body"). */
const POSSESSED_DOC = new RegExp(
  String.raw`(${NAME})['’]s?\s+${DOC_HEAD}(?=\s*[,:;.]|\s+(?:said|says|added|adds|read|reads|stated|states|went on|continued)\b)`,
  "gu",
);
/** "a statement from Orbis Europe", "the letter issued by the Harbour Trust". */
const DOC_FROM = new RegExp(
  String.raw`\b(?:an?|the)\s+${DOC_HEAD}\s+(?:(?:issued|released|published|sent)\s+)?(?:from|by)\s+(?:the\s+)?(${NAME})`,
  "gu",
);

/**
 * "It added:" / "“…,” it said" after a sentence whose statement is someone's ("Mr Ross's
 * statement said: “…”", "In a statement from Orbis Europe …, the company denied …"): "it" is the
 * statement, so its author speaks, not a body the quotation names. Else null.
 */
export function itStatementAuthor(doc: QuoteDoc, p: Phrase): Speaker | null {
  if (!isOn("quotes", IT_STATEMENT_SWITCH.name, doc.switches) || p.text.toLowerCase() !== "it") return null;
  const window = tagSentence(doc, p.start);
  if (!window) return null;
  const words = doc.text.slice(window.from, window.to);
  const found: { name: string; start: number }[] = [];
  for (const m of words.matchAll(POSSESSED_DOC)) found.push({ name: m[1]!, start: m.index! });
  for (const m of words.matchAll(DOC_FROM))
    found.push({ name: m[2]!, start: m.index! + m[0].lastIndexOf(m[2]!) });
  const authors = found
    .map((f) => ({ ...f, start: window.from + f.start }))
    .filter((f) => !insideQuotation(doc, f.start));
  if (authors.length !== 1) return null;
  const a = authors[0]!;
  const hit = doc.actors
    .mentionsIn(doc.article.docId)
    .find((x) => x.start >= a.start && x.end <= a.start + a.name.length && x.via !== "pronoun");
  const id = hit?.actorId ?? doc.actors.resolve(a.name)?.id;
  // (a body the model holds no actor for is named as written: "it" is no person's)
  return id
    ? speakerForActor(doc, id, p)
    : { ...p, id: null, name: a.name, kind: "organization", gender: "any" };
}

/** An anonymous member of an unnamed body: a role, then "of/at/for a …" ("the chief executive of
 *  a leading car maker", "a trader at a London bank"); the role's head word. */
const INDEFINITE_ROLE =
  /^(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?([\p{Ll}-]+)\s+(?:of|at|for|with|from)\s+(?:a|an|one)\s/u;

/**
 * `“…,” the chief executive of a large car maker told BBC News. It was “foolish”, he said.`: the
 * unnamed speaker a role in an unnamed body describes (no named person's description), who spoke last, in this or the sentence before, with no
 * person of the tag's gender named since, is the he/she that goes on. Else null.
 */
export function describedSpeaker(doc: QuoteDoc, p: Phrase, want: "male" | "female"): Speaker | null {
  if (!isOn("quotes", DESCRIBED_SPEAKER_SWITCH.name, doc.switches)) return null;
  let k = -1;
  for (let i = doc.spans.length - 1; i >= 0; i--)
    if (doc.spans[i]!.end <= p.start && doc.speakers[i] && doc.kinds[i] !== "term") {
      k = i;
      break;
    }
  const sp = k >= 0 ? doc.speakers[k]! : null;
  const head = sp?.kind === "unnamed" && sp.end <= p.start ? INDEFINITE_ROLE.exec(sp.text)?.[1] : undefined;
  if (!sp || !head || !ROLE_HEADS.has(head) || (ROLE_GENDER[head] && ROLE_GENDER[head] !== want)) return null;
  // (the speaker's tag in the tag's sentence or the one before it)
  const own = sentenceStart(doc, p.start);
  if (own === 0 || sp.start < sentenceStart(doc, own - 1)) return null;
  const since = doc.actors
    .mentionsIn(doc.article.docId)
    .some(
      (m) =>
        m.start > sp.end &&
        m.start < p.start &&
        m.via !== "pronoun" &&
        doc.actors.byId.get(m.actorId)?.kind === "person" &&
        !insideQuotation(doc, m.start),
    );
  return since ? null : at(sp, p, want);
}

/**
 * `She said: “A.” Mr Ross said the rules were fair. “B.”`: after the quotation `prevQ` closes, a
 * sentence whose speech verb has another subject (reported speech, no quotation of its own)
 * takes the turn; the bare quotation `q` after it is that speaker's. Else null.
 */
export function laterReporter(doc: QuoteDoc, prevQ: number, q: number): Speaker | null {
  if (!isOn("quotes", LATER_REPORTER_SWITCH.name, doc.switches)) return null;
  const close = doc.spans[prevQ]!.markClose;
  const open = doc.spans[q]!.markOpen;
  // (the quotation before ends its sentence: `“A,” he said. “B.”` keeps its own tag)
  if (!/[.!?]\s*$/u.test(doc.text.slice(Math.max(0, close - 2), close))) return null;
  const between = doc.text.slice(close + 1, open);
  if (!/[.!?]\s*$/u.test(between) || /["“”]/u.test(between)) return null;
  const prev = doc.speakers[prevQ];
  for (let h = doc.history.length - 1; h >= 0; h--) {
    const c = doc.history[h]!;
    if (c.start >= open) continue;
    if (c.start <= close) break;
    if (!c.speaker) continue;
    // (the latest speaker only, a speech verb right after it: "Mr Ross said the …", not "Ross's")
    const verb = /^\s+(?:(?:also|later|then)\s+)?(\p{Ll}+)\b/u.exec(doc.text.slice(c.end, c.end + 30))?.[1];
    const speaks = !!verb && (SPEECH_VERB_FORMS.has(verb) || REPORTED_THAT_VERBS.has(verb));
    const other = (c.kind === "person" || c.kind === "organization") && !!c.id && c.id !== prev?.id;
    return speaks && other ? c : null;
  }
  return null;
}

/** A third person of each gender inside a quotation ("his first season", "he was brilliant"). */
const THIRD = { male: /\b(?:he|him|his|himself)\b/iu, female: /\b(?:she|her|hers|herself)\b/iu };

/**
 * `Ray Dorn warned that Tom Vale needed a rest. Vale, 22, has looked tired. “It is his first
 * season and he was brilliant,” he said.`: the salient person `id` is the topic the quotation
 * calls he/she, and a speaker does not speak of himself so; the person of that gender who
 * reported on the topic in the two sentences before (and no later speech of the topic's own) is
 * the speaker. Else null.
 */
export function reporterOverTopic(
  doc: QuoteDoc,
  p: Phrase,
  want: "male" | "female",
  quote: string | null,
  id: string,
  named: ((id: string) => boolean) | null,
): string | null {
  const fits = (x: string) => !named?.(x) && fitsGender(doc, x, want);
  if (!quote || !isOn("quotes", TOPIC_REPORTER_SWITCH.name, doc.switches)) return null;
  if (!THIRD[want].test(quote.replace(/["“][^"“”]*["”]/gu, " "))) return null;
  const window = tagSentence(doc, p.start);
  if (!window || window.from === 0) return null;
  // (two sentences back, past a quotation the tag's run opens with)
  const back = sentenceStart(doc, window.from - 1);
  const from = insideQuotation(doc, window.from) && back > 0 ? sentenceStart(doc, back - 1) : back;
  const ms = doc.actors.mentionsIn(doc.article.docId);
  for (let h = doc.history.length - 1; h >= 0; h--) {
    const c = doc.history[h]!;
    if (c.start >= p.start) continue;
    if (c.start < from) break;
    if (!c.speaker || insideQuotation(doc, c.start)) continue;
    // (the topic speaking since: "Vale said he felt fine" leaves him the speaker)
    if (c.id === id) return null;
    if (c.kind !== "person" || !c.id || !fits(c.id)) continue;
    const end = sentenceEnd(doc, c.end);
    // (the topic the subject of the clause reported: "warned that Tom Vale needed …")
    const about = ms.some(
      (m) =>
        m.actorId === id &&
        m.start > c.end &&
        m.start < end &&
        m.via !== "pronoun" &&
        !!finiteAfter(doc.text.slice(m.end, end), prefixedVerbs(doc)),
    );
    return about ? c.id : null;
  }
  return null;
}

/** Where the sentence holding `pos` ends. */
function sentenceEnd(doc: QuoteDoc, pos: number): number {
  const m = /[.!?]["”’]?(?:\s|$)/u.exec(doc.text.slice(pos));
  return m ? pos + m.index + 1 : doc.text.length;
}
