// Whose word a quoted term is, by its verb (session 24, issue #13). A verb of judging or rating
// (class, rate, grade, rank, flag) makes its subject the user of the term it applies: `Moody's has
// rated the bonds "junk"`. A naming or judging participle with no agent (`links, called
// "trackers"`, `holes considered "critical"`) gives the term to no one: it is the general name or
// an unstated judgement, not the words of whoever spoke nearby.

import { isOn, type StepSwitches } from "../steps.ts";
import { resolvePhrase } from "./resolve-speaker.ts";
import { clearSpeaker } from "./so-called.ts";
import type { QuoteDoc } from "./state.ts";
import type { QuoteFound } from "./types.ts";

const RATING_VERB_TERM_SWITCH = {
  name: "rating-verb-term",
  doc: '`Moody\'s has classed the bonds as "junk"`, `it flagged up eight "critical" holes`: the subject of a verb of judging or rating uses the term it applies',
};

const AGENTLESS_NAMING_TERM_SWITCH = {
  name: "agentless-naming-term",
  doc: '`They host links, called "trackers"`, `holes considered "critical"`: a term after a naming or judging participle with no agent is no one\'s',
};

/** Verbs of judging and rating, past or present (with "up": "flagged up"). */
const RATING =
  "(?:class(?:ed|es|ifie[sd])|rat(?:ed|es)|grad(?:ed|es)|rank(?:ed|s)|flag(?:ged|s)(?:\\s+up)?|downgraded|upgraded|categori[sz]ed|judged|assessed|listed)";

/** A subject: a capitalised phrase (a name; "&" and "'s" inside), "the" and a description, it or they. */
const SUBJECT =
  "((?:The\\s+)?\\p{Lu}[\\p{L}'’.&-]*(?:\\s+(?:&\\s+)?\\p{Lu}[\\p{L}'’.&-]*){0,4}|[Tt]he(?:\\s+\\p{Ll}+){1,3}|[Ii]t|[Tt]hey)";

/** "(fronted phrase,) <Subject> (has|have|had) (adverb) <rating verb> <object words> “": the object
 *  unbroken by a clause mark. */
const RATING_OPENING = new RegExp(
  `(?:^|,\\s+)${SUBJECT}\\s+(?:(?:has|have|had)\\s+)?(?:\\p{Ll}+ly\\s+)?${RATING}\\s+([^;:,–—"“”]{0,60}?)\\s*["“]$`,
  "u",
);

/** `The watchdog is said to believe the pair were party to “`: what a subject is said to believe or
 *  think is its own view, in its own words. */
const SAID_TO_OPENING = new RegExp(
  `(?:^|,\\s+)${SUBJECT}\\s+(?:is|are|was|were)\\s+(?:said|understood|thought|believed|reported)\\s+to\\s+(believe|think|feel|consider|regard|view|want|fear)\\s+([^;:–—"“”]{0,100}?)\\s*["“]$`,
  "u",
);

/** The sentence text of `doc` before quotation q. */
function sentenceBefore(doc: QuoteDoc, q: QuoteFound): string | null {
  const s = doc.article.paragraphs
    .flatMap((p) => p.sentences)
    .find((x) => x.start <= q.start && q.start < x.end);
  return s ? doc.text.slice(s.start, q.start) : null;
}

/** Gives each unattributed term after a rating verb the verb's subject, when it resolves to an actor. */
function ratingVerbTerms(doc: QuoteDoc, direct: QuoteFound[], switches: StepSwitches): void {
  if (!isOn("quotes", RATING_VERB_TERM_SWITCH.name, switches)) return;
  let last: QuoteFound | null = null;
  for (const q of direct) {
    if (q.speakerName || q.kind !== "term") continue;
    const before = sentenceBefore(doc, q);
    // (`…as “investment grade”, up from their former “speculative” rating`: a later term of the
    // same sentence, no verb of saying between, is the same subject's)
    const between =
      last && before && last.end > q.start - before.length ? doc.text.slice(last.end, q.start) : null;
    if (
      last &&
      between !== null &&
      !/\b(?:said|says|told|added|according|but|while|whereas)\b|[;:]/.test(between)
    ) {
      copySpeaker(last, q);
      continue;
    }
    const m = before ? (RATING_OPENING.exec(before) ?? SAID_TO_OPENING.exec(before)) : null;
    if (!m || m[m.length - 1]!.split(/\s+/).filter(Boolean).length > 16) continue;
    const start = q.start - before!.length + m.index + m[0].indexOf(m[1]!);
    const sp = resolvePhrase(doc, { start, end: start + m[1]!.length, text: m[1]! });
    if (!sp.id || (sp.kind !== "organization" && sp.kind !== "person")) continue;
    q.speakerName = sp.name ?? sp.text;
    q.speakerText = sp.text;
    q.speakerId = sp.id;
    q.speakerKind = sp.kind;
    q.cue = m[0].match(new RegExp(`${RATING}|said to`, "u"))?.[0] ?? null;
    q.via = "cue";
    last = q;
  }
}

/** Gives `to` the speaker of `from`. */
function copySpeaker(from: QuoteFound, to: QuoteFound): void {
  to.speakerName = from.speakerName;
  to.speakerText = from.speakerText;
  to.speakerId = from.speakerId;
  to.speakerKind = from.speakerKind;
  to.cue = from.cue;
  to.via = "cue";
}

/** `links, called “`, `holes considered “`: a naming or judging participle after a noun or a
 *  comma, not after a subject or an auxiliary of its own ("which it called “", "he has called “"). */
const AGENTLESS =
  /(?:,\s*(?:called|considered|deemed|termed|nicknamed|labelled|labeled)|\b(?!(?:he|she|it|they|we|you|who|which|that|what|has|have|had|was|were|is|are|be|been|being)\b)\p{Ll}{3,}\s+(?:considered|deemed))\s*["“‘']$/u;

/** Clears the speaker of each term after an agentless naming participle, unless "by" follows it. */
function unattributeAgentlessNaming(text: string, direct: QuoteFound[], switches: StepSwitches): void {
  if (!isOn("quotes", AGENTLESS_NAMING_TERM_SWITCH.name, switches)) return;
  for (const q of direct) {
    if (q.kind !== "term" || !q.speakerName) continue;
    const before = text.slice(Math.max(0, q.start - 200), q.start);
    if (!AGENTLESS.test(before.slice(-40))) continue;
    // ("Ann Lee, a former aide, called “…”": a comma closing an apposition leaves an active verb)
    const clause = before.slice(before.search(/[^.!?]*$/));
    if (
      /,\s*(?:called|considered|deemed|termed|nicknamed|labell?ed)\s*["“‘']$/.test(clause) &&
      /,.*,/.test(clause)
    )
      continue;
    if (/^\s*(?:by|,\s*(?:said|says|according))\b/.test(text.slice(q.end, q.end + 16))) continue;
    clearSpeaker(q);
  }
}

const RENDERED_BY_SWITCH = {
  name: "rendered-by-agent-term",
  doc: '`the lyric "…", translated by campaign group Out Now as "…"`: the by-agent of a verb of rendering (translate, paraphrase, sum up) gives the words after "as"',
};

/** "<rendering verb> by <agent> as “": the agent, up to eight words. */
const RENDERED_BY =
  /\b(?:translated|interpreted|paraphrased|summari[sz]ed|summed\s+up|rendered|glossed|characteri[sz]ed)\s+by\s+((?:[^\s,;:"“”]+\s+){0,7}?[^\s,;:"“”]+)\s+as\s*["“]$/u;

/** Gives each quotation after "translated by <agent> as" that agent, when it resolves to an actor. */
function renderedByAgent(doc: QuoteDoc, direct: QuoteFound[], switches: StepSwitches): void {
  if (!isOn("quotes", RENDERED_BY_SWITCH.name, switches)) return;
  for (const q of direct) {
    const before = doc.text.slice(Math.max(0, q.start - 120), q.start);
    const m = RENDERED_BY.exec(before);
    if (!m) continue;
    // ("gay rights group Out Now!": the name the description ends on, when it ends on one)
    const name = /\p{Lu}[\p{L}!&'’.-]*(?:\s+\p{Lu}[\p{L}!&'’.-]*)*$/u.exec(m[1]!)?.[0] ?? m[1]!;
    const start = q.start - before.length + m.index + m[0].lastIndexOf(name, m[0].length - 3);
    const sp = resolvePhrase(doc, { start, end: start + name.length, text: name });
    // (the construction names the agent outright: a name the model has not met yet will do)
    if (!(sp.id || /^\p{Lu}/u.test(name)) || (sp.kind !== "organization" && sp.kind !== "person")) continue;
    q.speakerName = sp.name ?? sp.text;
    q.speakerText = sp.text;
    q.speakerId = sp.id;
    q.speakerKind = sp.kind;
    q.cue = "by";
    q.via = "cue";
  }
}

/** Both passes, after the context rules: a rating verb's subject first, then no one after an
 *  agentless naming participle. */
export function termsByVerb(doc: QuoteDoc, direct: QuoteFound[], switches: StepSwitches): void {
  ratingVerbTerms(doc, direct, switches);
  unattributeAgentlessNaming(doc.text, direct, switches);
  renderedByAgent(doc, direct, switches);
}

/** This module's switches, for the ablation. */
export const S24_TERM_SWITCHES = [RATING_VERB_TERM_SWITCH, AGENTLESS_NAMING_TERM_SWITCH, RENDERED_BY_SWITCH];
