// Headline and lead quotations whose speaker the body gives later (session 18, issue #13):
// - "Mogul backs band" over `… he has found his "third major band". … "They are my third major
//   band," he told …`: a lead quotation with no speaker is the words one named speaker says later
//   in a longer statement (not a term of the same words: "failing" then "failing" agency).
// - "Disaster claims 'less than $10bn'" over "Kestrel Re has said total claims are likely to be
//   less than $10bn": headline words a body report of one named speaker holds whole.
// - "UK 'discriminated against Roma'" over "…, racially discriminated against Roma, the Law Lords
//   have ruled.": the named source a lead closes on, when the lead holds the headline's words.
// - "UK 'world's biggest music buyer'" over "…, according to new figures released by the BPI.":
//   the organisation issuing the document the lead reports through.
// - "Golden rule 'intact' says ex-aide": a title tagging its words with "says" and a description
//   is the lead's reporter.
// - "Labour plan 'hides Blair'" over "The Tories accused him of being “terrified” …" where the
//   lead's words are a Tory's named later: the lead's reporter as that person.
// - "Card fraudsters 'targeting web'" over "…, an anti-fraud agency has said. Anti-fraud
//   consultancy Kestrel Checks says …": the unnamed source named as the next sentence's speaker.

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { LABEL_VERBS, SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { nextSentenceSource } from "./lead-named-next.ts";
import { type Said, said } from "./said.ts";
import type { QuoteDoc } from "./state.ts";
import type { Tok } from "./tokens.ts";
import type { QuoteFound } from "./types.ts";

export const HEADLINE18_SWITCHES = [
  {
    name: "lead-words-later",
    doc: '`he has found his "third major band". … "They are my third major band," he told`: a lead quotation with no speaker is the one named speaker\'s who says its words later in a longer statement',
  },
  {
    name: "lead-members-committee",
    doc: '"…branded a “waste” by MPs. … The Commons transport committee called it …": a lead quotation a bare group of members ("MPs", "peers") voices is the committee of theirs that speaks after it',
  },
  {
    name: "passive-reduced-relative",
    doc: '"…, in a move branded a “humiliating retreat” by the Tories": a label verb\'s participle after a noun a preposition or comma opens is a passive, whose agent after the quotation speaks',
  },
  {
    name: "headline-body-noun-lead",
    doc: '"Game firm holds \'cast\' auditions" over "Video game firm Kestrel is to hold … cast members": an organisation noun before a headline\'s verb is the organisation the lead names after the same noun, when the lead uses the words',
  },
  {
    name: "headline-in-lead-quote",
    doc: "\"Police praise 'courageous' star\" over `praised for \"very courageously\" …`: a one-word headline quotation a longer lead quotation holds (as a word's start) is that quotation's speaker's",
  },
  {
    name: "headline-reported-words",
    doc: '"Disaster claims \'less than $10bn\'" over "Kestrel Re has said claims are likely to be less than $10bn": headline words one named speaker\'s report holds whole',
  },
  {
    name: "headline-lead-named-tag",
    doc: '"UK \'discriminated against Roma\'" over "…, the Law Lords have ruled.": the named source a lead holding the headline\'s words closes on',
  },
  {
    name: "headline-according-issuer",
    doc: '"UK \'biggest music buyer\'" over "…, according to new figures released by the Phono Guild": the issuer of the document the lead reports through',
  },
  {
    name: "headline-says-description",
    doc: "\"Golden rule 'intact' says ex-aide\": words a title tags with \"says\" and a description are the lead's reporter's",
  },
  {
    name: "headline-lead-echoed",
    doc: '"Plan \'hides Blair\'" over "The Tories accused him of being “terrified” …" where a Tory named later says the words: the headline follows the lead\'s words to that person',
  },
  {
    name: "headline-lead-source-next",
    doc: '"…, an anti-fraud agency has said. Anti-fraud consultancy Kestrel Checks says …": a headline\'s words go to the speaker the next sentence opens on, after a lead closing on an unnamed source',
  },
] as const;

const fold = (s: string) =>
  ` ${s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()} `;

const wordCount = (folded: string) => folded.trim().split(" ").length;

/** A named person or organisation speaks the quotation (no unnamed source). */
const named = (q: QuoteFound) =>
  !!q.speakerName && (q.speakerKind === "person" || q.speakerKind === "organization");

/** The one speaker of `qs` (several different ones: none). */
function oneSpeaker(qs: readonly QuoteFound[]): QuoteFound | null {
  const ids = new Set(qs.map((q) => q.speakerId ?? q.speakerName));
  return ids.size === 1 ? qs[0]! : null;
}

/** The end of the article's second sentence (the lead and the sentence after it). */
function leadEnd(doc: QuoteDoc): number {
  const sentences = doc.article.paragraphs.flatMap((p) => p.sentences);
  return sentences[1]?.end ?? sentences[0]?.end ?? 0;
}

/** The lead's quotations with no speaker, given to the one named speaker who says their words
 *  later in a longer statement (switch "lead-words-later"). */
export function leadWordsLater(doc: QuoteDoc, direct: QuoteFound[]): void {
  if (!isOn("quotes", "lead-words-later", doc.switches)) return;
  const end = leadEnd(doc);
  for (const q of direct) {
    if (q.end > end || q.speakerName || q.kind === "reported") continue;
    const w = fold(q.text);
    if (w.trim().length < 4 || organisationVoiced(doc, q)) continue;
    // (a word the article quotes again as a term of its own is a label: "failing" … "failing" agency)
    if (direct.some((x) => x !== q && fold(x.text) === w)) continue;
    const later = direct.filter((x) => {
      if (x.start <= q.end || x.kind === "reported" || !named(x)) return false;
      const t = fold(x.text);
      // (a statement saying more than the words, not the same term again)
      return t.includes(w) && wordCount(t) > wordCount(w) + 2;
    });
    const by = oneSpeaker(later);
    if (by) Object.assign(q, { ...said(by), via: "context", cue: "lead" });
  }
}

/** Members of a body a lead names bare ("MPs", "peers"), whose committee speaks as itself. */
const MEMBERS = new Set(["mps", "peers", "senators", "councillors", "lawmakers", "msps", "meps", "ams"]);

/** Sentences after the lead searched for the committee. */
const COMMITTEE_AHEAD = 4;

/** "…branded a “waste” by MPs. … The Commons education committee called it …": a lead quotation
 *  given to a bare group of members is the committee that speaks next, in the sentences after it
 *  (set 6's rule: committees speak as themselves; switch "lead-members-committee"). */
export function leadMembersCommittee(
  doc: QuoteDoc,
  direct: QuoteFound[],
  reported: readonly QuoteFound[],
): void {
  if (!isOn("quotes", "lead-members-committee", doc.switches)) return;
  const sentences = doc.article.paragraphs.flatMap((p) => p.sentences);
  const end = leadEnd(doc);
  const ahead = sentences[Math.min(sentences.length - 1, COMMITTEE_AHEAD)]?.end ?? end;
  for (const q of direct) {
    if (q.end > end || !MEMBERS.has(fold(q.speakerName ?? "").trim())) continue;
    const committee = [...direct, ...reported]
      .filter((x) => x.start > q.end && x.end <= ahead && x.speakerKind === "organization")
      .sort((a, b) => a.start - b.start)
      .find((x) => /\bcommittee$/i.test(x.speakerName ?? ""));
    if (committee) Object.assign(q, { ...said(committee), via: "context", cue: "lead" });
  }
}

/** The quotation's sentence opens on an organisation by name ("The Conservatives have expressed
 *  “…”"): its own voice, whose person saying the words later is no better speaker. */
function organisationVoiced(doc: QuoteDoc, q: QuoteFound): boolean {
  const sentence = doc.article.paragraphs
    .flatMap((p) => p.sentences)
    .find((s) => s.start <= q.start && q.start < s.end);
  if (!sentence) return false;
  const first = doc.actors
    .mentionsIn(doc.article.docId)
    .find((m) => m.start >= sentence.start && m.end <= q.start && m.via !== "pronoun");
  return !!first && doc.actors.byId.get(first.actorId)?.kind === "organization";
}

/** A headline speaker found in the body when the older rules find none (session 18 switches). */
export function headlineFromBody(
  doc: QuoteDoc,
  found: readonly QuoteFound[],
  words: string,
  titleBefore: string,
): Said | null {
  return (
    bodyNounInLead(doc, words, titleBefore) ??
    inLeadQuote(doc, found, words) ??
    inReport(doc, found, words) ??
    leadNamedTag(doc, words) ??
    accordingIssuer(doc) ??
    sourceNext(doc, found)
  );
}

/** The first sentence's range. */
const leadOf = (doc: QuoteDoc) => doc.article.paragraphs[0]?.sentences[0] ?? null;

/** "Game firm holds 'cast' auditions" over "Video game firm Kestrel is to hold … cast members":
 *  the organisation the lead names right after the title's noun (switch "headline-body-noun-lead"). */
function bodyNounInLead(doc: QuoteDoc, words: string, titleBefore: string): Said | null {
  const noun = /(?:^|\s)(\p{Ll}[\p{Ll}-]+)\s+\p{Ll}+s\s*$/u.exec(titleBefore)?.[1]?.toLowerCase();
  const lead = leadOf(doc);
  if (!noun || !ORG_NOUNS.has(noun) || !lead || !isOn("quotes", "headline-body-noun-lead", doc.switches))
    return null;
  // (the lead uses the headline's words: they are the organisation's own, not a label)
  if (!fold(doc.text.slice(lead.start, lead.end)).includes(fold(words))) return null;
  const after = new RegExp(`(?:^|\\s)${noun}\\s+$`, "i");
  const m = doc.actors
    .mentionsIn(doc.article.docId)
    .find(
      (x) =>
        x.start >= lead.start &&
        x.end <= lead.end &&
        x.via === "name" &&
        after.test(doc.text.slice(lead.start, x.start)),
    );
  const actor = m ? doc.actors.byId.get(m.actorId) : undefined;
  if (!m || actor?.kind !== "organization") return null;
  return {
    speakerId: actor.id,
    speakerText: m.text,
    speakerName: actor.name,
    speakerKind: "organization",
    speakerOrg: null,
    speakerOrgId: null,
  };
}

/** "courageous" in the lead's "very courageously": the lead quotation holding the one word. */
function inLeadQuote(doc: QuoteDoc, found: readonly QuoteFound[], words: string): Said | null {
  const w = fold(words).trim();
  const lead = leadOf(doc);
  if (!lead || w.includes(" ") || w.length < 5 || !isOn("quotes", "headline-in-lead-quote", doc.switches))
    return null;
  const holding = found.filter(
    (q) =>
      q.kind !== "reported" &&
      named(q) &&
      q.start >= lead.start &&
      q.end <= lead.end &&
      wordCount(fold(q.text)) > 1 &&
      fold(q.text).includes(` ${w}`),
  );
  const by = oneSpeaker(holding);
  return by ? said(by) : null;
}

/** "less than $10bn" in "Kestrel Re has said total claims are likely to be less than $10bn". */
function inReport(doc: QuoteDoc, found: readonly QuoteFound[], words: string): Said | null {
  const w = fold(words);
  if (wordCount(w) < 2 || !isOn("quotes", "headline-reported-words", doc.switches)) return null;
  const by = oneSpeaker(found.filter((q) => q.kind === "reported" && named(q) && fold(q.text).includes(w)));
  return by ? said(by) : null;
}

/** Verbs a lead closes on with a named source, beyond the verbs of saying: a court's or an inquiry's. */
const FINDING = new Set(["ruled", "found", "decided", "concluded", "judged", "finds", "rules"]);

/** "…, the Law Lords have ruled.": the named source closing a lead that holds the headline's words. */
function leadNamedTag(doc: QuoteDoc, words: string): Said | null {
  const lead = leadOf(doc);
  const w = fold(words);
  if (!lead || wordCount(w) < 2 || !isOn("quotes", "headline-lead-named-tag", doc.switches)) return null;
  const text = doc.text.slice(lead.start, lead.end);
  if (!fold(text).includes(w)) return null;
  const tag =
    /,\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4})\s+(?:(?:has|have|had)\s+)?(\p{Ll}+)\.?\s*$/u.exec(
      text.trimEnd(),
    );
  if (!tag || !(SPEECH_VERB_FORMS.has(tag[2]!) || FINDING.has(tag[2]!))) return null;
  const name = tag[1]!;
  const actor = doc.actors.resolve(name);
  if (actor && actor.kind !== "person" && actor.kind !== "organization") return null;
  return {
    speakerId: actor?.id ?? null,
    speakerText: name,
    speakerName: actor?.name ?? name,
    // (a body of several capitalised words with no record, "the Law Lords", is an organisation)
    speakerKind: actor?.kind === "person" ? "person" : "organization",
    speakerOrg: null,
    speakerOrgId: null,
  };
}

/** Documents a lead reports through "according to" (beyond the lexicon's document heads). */
const ISSUED = /^(?:figures|data|statistics|report|survey|study|research|poll|analysis|estimates)$/;

/** "…, according to new figures released on Tuesday by the British Phono Guild (BPG).": the issuer. */
function accordingIssuer(doc: QuoteDoc): Said | null {
  const lead = leadOf(doc);
  if (!lead || !isOn("quotes", "headline-according-issuer", doc.switches)) return null;
  const text = doc.text.slice(lead.start, lead.end);
  const at = text.search(/\baccording\s+to\s/u);
  const m =
    at < 0
      ? null
      : /^according\s+to\s+(?:(?:a|an|the|new|latest|official)\s+)*([\p{Ll}-]+)\b[^,;]*?\bby\s+(?:the\s+)?(?=\p{Lu})/u.exec(
          text.slice(at),
        );
  if (!m || !ISSUED.test(m[1]!)) return null;
  const from = lead.start + at + m[0].length;
  const mention = doc.actors
    .mentionsIn(doc.article.docId)
    .find((x) => x.start === from && x.via !== "pronoun" && x.via !== "role");
  const actor = mention ? doc.actors.byId.get(mention.actorId) : undefined;
  if (!mention || !actor || (actor.kind !== "organization" && actor.kind !== "person")) return null;
  return {
    speakerId: actor.id,
    speakerText: mention.text,
    speakerName: actor.name,
    speakerKind: "organization",
    speakerOrg: null,
    speakerOrgId: null,
  };
}

/** "Golden rule 'intact' says ex-aide": the lead's named reporter, for words a title tags with
 *  "says" and a lower-case description (switch "headline-says-description"). */
export function headlineSaysTag(
  doc: QuoteDoc,
  found: readonly QuoteFound[],
  end: number,
  title: { start: number; end: number },
): Said | null {
  if (!isOn("quotes", "headline-says-description", doc.switches)) return null;
  if (
    !/^['’]?\s*,?\s*(?:says?|claims?|warns?)\s+(?:an?\s+)?\p{Ll}[\p{Ll}-]*\s*$/u.test(
      doc.text.slice(end, title.end),
    )
  )
    return null;
  const lead = leadOf(doc);
  if (!lead) return null;
  const inLead = found.filter((q) => named(q) && q.start >= lead.start && q.end <= lead.end);
  const by = inLead.find((q) => q.kind !== "reported") ?? inLead[0];
  return by ? said(by) : null;
}

/** The headline's speaker from the lead's report, moved to the person the lead's own quotation
 *  inside that report was given to later (lead-echo.ts; switch "headline-lead-echoed"). */
export function headlineLeadEchoed(doc: QuoteDoc, found: readonly QuoteFound[], sp: Said): Said {
  const lead = leadOf(doc);
  if (!lead || !isOn("quotes", "headline-lead-echoed", doc.switches)) return sp;
  const report = found.find(
    (q) =>
      q.kind === "reported" && q.speakerId === sp.speakerId && q.start >= lead.start && q.end <= lead.end,
  );
  const echoed = report
    ? found.find(
        (q) =>
          q.kind !== "reported" &&
          q.cue === "lead" &&
          named(q) &&
          q.speakerId !== sp.speakerId &&
          q.start >= report.start &&
          q.end <= report.end,
      )
    : undefined;
  return echoed ? said(echoed) : sp;
}

/** "…, an anti-fraud agency has said. Anti-fraud consultancy Kestrel Checks says …": the
 *  speaker the sentence after a lead closing on an indefinite source opens on. */
function sourceNext(doc: QuoteDoc, found: readonly QuoteFound[]): Said | null {
  const lead = leadOf(doc);
  if (!lead || !isOn("quotes", "headline-lead-source-next", doc.switches)) return null;
  const text = doc.text.slice(lead.start, lead.end).trimEnd();
  const tag = /,\s+an?\s+(?:[\p{Ll}-]+\s+){0,3}(?:has\s+|have\s+)?(\p{Ll}+)\.?$/u.exec(text);
  if (!tag || !SPEECH_VERB_FORMS.has(tag[1]!)) return null;
  const src = nextSentenceSource(doc, found);
  if (!src) return null;
  // (the next sentence's subject speaks: "Kestrel Checks says …", "… has warned")
  const sentences = doc.article.paragraphs.flatMap((p) => p.sentences);
  const next = sentences[1];
  const at = next ? doc.text.indexOf(src.text, next.start) : -1;
  const verb =
    at >= 0 ? /^\s+(?:(?:has|have)\s+)?(\p{Ll}+)/u.exec(doc.text.slice(at + src.text.length)) : null;
  if (!verb || !SPEECH_VERB_FORMS.has(verb[1]!)) return null;
  return {
    speakerId: src.id,
    speakerText: src.text,
    speakerName: src.name,
    speakerKind: src.kind,
    speakerOrg: null,
    speakerOrgId: null,
  };
}

/** "in a move branded a “…” by the Tories": the label verb's participle at `j`, right after a noun
 *  that a determiner opens after a preposition or a comma (no sentence subject: "The minister
 *  branded …" is active; switch "passive-reduced-relative"). */
export function reducedPassive(toks: readonly Tok[], j: number, switches: StepSwitches): boolean {
  const [before, det, noun, verb] = [toks[j - 3], toks[j - 2], toks[j - 1], toks[j]];
  if (!verb || !/ed$/.test(verb.lower) || !LABEL_VERBS.has(verb.lower)) return false;
  // ("The rescue fund, dubbed a “…” by ministers,": set off by a comma after its noun; session 43)
  if (noun?.text === "," && det?.type === "w" && !/ed$/.test(det.lower))
    return isOn("quotes", "passive-reduced-relative", switches);
  if (noun?.type !== "w" || det?.type !== "w" || !/^(?:a|an|the|this|that)$/.test(det.lower)) return false;
  if (!before || !(before.type === "p" || /^(?:in|as|with|after|for|amid|despite)$/.test(before.lower)))
    return false;
  return isOn("quotes", "passive-reduced-relative", switches);
}
