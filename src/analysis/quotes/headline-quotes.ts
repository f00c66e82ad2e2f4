// Quotations in a headline: a title quotes in single marks ("Mayor 'will not back down'",
// "Holt attacks 'lazy' reviews"), which the body walk never sees (the headline is no paragraph,
// and single marks double as apostrophes). The words are given to, in this order: the person the
// title names right before them (with a colon or one verb between) or after them ("- Holt"); the
// speaker of a body quotation holding the same words (two or more); the reporter of the
// article's first sentence, when a verb of saying reports it ("…, a union leader has warned",
// "…, according to the OECD");
// else no one (a scare quote: "Row over 'police' power").

import type { Article } from "../../types.ts";
import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { isOn } from "../steps.ts";
import { bodyWordSpeaker, pastInLead, rebuttedClaim } from "./headline-body-term.ts";
import { headlineRolePerson } from "./headline-role.ts";
import { headlineFromBody, headlineLeadEchoed, headlineSaysTag } from "./headline18-switches.ts";
import { headlineWordInReport } from "./headline19-switches.ts";
import {
  headlineDocumentIssuer,
  leadClosesOnDocument,
  leadPassiveAgent,
  leadRoleNamedLater,
  plainLeadNextReporter,
  pluralOrgTitle,
  subjectNotSource,
  wantsIssuer,
} from "./headline21-switches.ts";
import { bodyStatementWord, describedNamedAhead, leadTagName, stemInLead } from "./headline21b-switches.ts";
import { reportedlyPaperAhead } from "./headline21c-switches.ts";
import { quoteKind } from "./kind.ts";
import { leadDocumentIssuer } from "./lead-issuer.ts";
import { nextSentenceSource, unnamedLeadVoice } from "./lead-named-next.ts";
import { leadReportSource, leadSourceAhead } from "./lead-source.ts";
import { resolvePhrase } from "./resolve-speaker.ts";
import { type Said, said, speakerSaid } from "./said.ts";
import { leadAccuser } from "./set32-headline.ts";
import type { QuoteDoc } from "./state.ts";
import type { QuoteFound } from "./types.ts";

/** A mark opens after a space or the line's start and closes before one, its end or punctuation. */
const MARKED = /(?<=^|[\s(])['‘](\S(?:.*?\S)?)['’](?=$|[\s,.:;!?)])/gu;

/** The headline's range, when the article opens on one. */
function headlineOf(article: Article): { start: number; end: number } | null {
  const h = article.dropped.find((d) => d.reason === "headline");
  return h ? { start: h.start, end: h.end } : null;
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

/** Verbs an organisation says a headline's words with ("Kestrel unveils 'fastest ferry'"). */
const ORG_TITLE_VERB =
  /^(?::|says|warns|claims|predicts|unveils|launches|promises|pledges|vows|plans|urges|backs|hails|defends|denies|rejects|attacks|seeks|wants)$/;

/** The person the title names next to the quoted words: "Holt: '…'", "Holt attacks '…'", "'…' - Holt". */
function namedInTitle(
  doc: QuoteDoc,
  found: readonly QuoteFound[],
  start: number,
  end: number,
  title: { start: number; end: number },
): Said | null {
  const { actors, article, text } = doc;
  const before = text.slice(title.start, start - 1);
  const titleVerb = /(\p{Lu}[\p{L}'’-]+)(?::|\s+(\p{Ll}+s))\s*$/u.exec(before);
  // ("Minister rebuts 'sham' claims": the claim rebutted is someone else's, switch)
  if (
    titleVerb?.[2] &&
    rebuttedClaim(titleVerb[2], text.slice(end + 1, title.end)) &&
    isOn("quotes", "headline-rebutted-claim", doc.switches)
  )
    return null;
  const verbed = titleVerb?.[1];
  const word =
    verbed ??
    // "Dunmore 'proud of his record'": the name right before words of a claim (switch), not a
    // noun's modifier before a term ("Media seek Dunmore 'juror' notes").
    (isOn("quotes", "headline-name-before", doc.switches) && /\s/.test(text.slice(start, end))
      ? /(?:^|\s)(\p{Lu}[\p{L}'’-]+)\s+$/u.exec(before)?.[1]
      : undefined) ??
    /^\s*[-–:]\s*(\p{Lu}[\p{L}'’-]+)\s*$/u.exec(text.slice(end + 1, title.end))?.[1];
  const actor = word ? actors.resolve(word) : null;
  // Only a person the body names: a title's capitalised word is often no one ("Police praise …");
  // or an organisation the body names, before a verb ("Kestrel unveils 'fastest ferry'", switch)
  const org =
    actor?.kind === "organization" &&
    verbed === word &&
    // (a verb of saying or launching: not "Labour faces 'cold calls' inquiry")
    ORG_TITLE_VERB.test(titleVerb?.[2] ?? ":") &&
    isOn("quotes", "headline-org-verb", doc.switches);
  if (
    (actor?.kind !== "person" && !org) ||
    !actors.mentionsIn(article.docId).some((m) => m.actorId === actor!.id)
  )
    return null;
  return {
    speakerId: actor.id,
    speakerText: word!,
    // As the body names the speaker ("Lord Goldsmith"), else the model's name.
    speakerName: found.find((q) => q.speakerId === actor.id)?.speakerName ?? actor.name,
    speakerKind: org ? "organization" : "person",
    speakerOrg: null,
    speakerOrgId: null,
  };
}

/** The speaker of a body quotation holding the same words, or of the first sentence's report. */
function saidInBody(
  doc: QuoteDoc,
  words: string,
  found: readonly QuoteFound[],
  title: { start: number; end: number },
): Said | null {
  const w = fold(words);
  if (w.includes(" ")) {
    const same = found.find((q) => q.kind !== "reported" && q.speakerName && fold(q.text).includes(w));
    if (same) return said(same);
  }
  // "Holt hails 'superb' win": one word the body's speaker says (switch "headline-word-in-body")
  const one = isOn("quotes", "headline-word-in-body", doc.switches)
    ? bodyWordSpeaker(doc, words, found, title)
    : null;
  // ("Port wary of 'gamble'": the one body speaker of the word, headline21b-switches.ts)
  const only = one ? null : bodyStatementWord(doc, words, found, title.end);
  if (only) return said(only);
  if (one) return said(one);
  const lead = doc.article.paragraphs[0]?.sentences[0];
  if (!lead) return null;
  // "Row over 'police' power": one word the lead does not use is the headline writer's label.
  if (!w.includes(" ") && isOn("quotes", "headline-term-in-lead", doc.switches) && !usedInLead(doc, w))
    return null;
  const report = found.find(
    (q) =>
      q.speakerName &&
      q.start >= lead.start &&
      q.end <= lead.end &&
      (SPEECH_VERB_FORMS.has((q.cue ?? "").toLowerCase().split(/\s+/).pop() ?? "") ||
        // "…, according to the OECD" (switch "headline-according-to")
        (q.cue?.toLowerCase() === "according to" && isOn("quotes", "headline-according-to", doc.switches))),
  );
  if (report?.speakerKind !== "unnamed" && report) return said(report);
  // "China 'blocks …'" over "China has been accused of … by the watchdog, RWB": the accuser (switch)
  const accuser = leadAccuser(doc);
  if (accuser) return speakerSaid(accuser.id, accuser.name, accuser.name, accuser.kind);
  // "…, a report says. The National Audit Office praised …": the lead's unnamed source, named next.
  const ahead = isOn("quotes", "headline-lead-source", doc.switches) ? leadSourceAhead(doc, found) : null;
  if (ahead) return said(ahead);
  // "A bookmaker has stopped bets after claiming …. William Hill made the move": the source the
  // sentence after an unnamed lead voice opens on (switch "headline-lead-named-next")
  const next =
    isOn("quotes", "headline-lead-named-next", doc.switches) && unnamedLeadVoice(doc) !== null
      ? nextSentenceSource(doc, found)
      : null;
  // "…, a survey suggests. … Kestrel, which commissioned the survey": the document's issuer (switch)
  const issuer =
    next ?? (isOn("quotes", "headline-lead-issuer", doc.switches) ? leadDocumentIssuer(doc, found) : null);
  if (issuer) return speakerSaid(issuer.id, issuer.text, issuer.name, issuer.kind);
  // ("…, port manager Ann Roe has said.", "…, the harbour watchdog has said. … The Port Users
  // Board said": the tag's name, or the described source named next; headline21b-switches.ts)
  const tagged = leadTagName(doc, found) ?? describedNamedAhead(doc, found);
  if (tagged) return tagged;
  if (report) return said(report);
  // "…, the industry warns.": a description the lead reports through, no record of its own (switch).
  const source = isOn("quotes", "headline-lead-description", doc.switches)
    ? leadReportSource(doc.text.slice(lead.start, lead.end).trimEnd(), lead.start)
    : null;
  const sp = source ? resolvePhrase(doc, source) : null;
  return sp?.name ? speakerSaid(sp.id, source!.text, sp.name, sp.kind) : null;
}

/** The lead uses the word too, in lower case: "…, many of which are useless, a report claims"
 *  (not "The Police Federation has said …" for 'police'). */
function usedInLead(doc: QuoteDoc, w: string): boolean {
  const lead = doc.article.paragraphs[0]?.sentences[0];
  const word = w.replace(/[^\p{L}\p{N}]/gu, "");
  if (!lead || !word) return false;
  // "Bets off after 'leak'" over "… had been leaked": an inflected form too (switch)
  const inflected = word.length >= 4 && isOn("quotes", "headline-term-inflected", doc.switches);
  // ("Sales 'fall' 40%" over "… sales fell 40%": switch "headline-irregular-past")
  const leadText = doc.text.slice(lead.start, lead.end);
  if (isOn("quotes", "headline-irregular-past", doc.switches) && pastInLead(leadText, word)) return true;
  // ("Bank 'cuts' forecast" over "… is to cut its forecast": headline21b-switches.ts)
  if (inflected && stemInLead(doc, leadText, word)) return true;
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${word}(?:${inflected ? "(?:s|ed|ing)" : ""})?(?![\\p{L}\\p{N}])`,
    "u",
  ).test(doc.text.slice(lead.start, lead.end));
}

/** headline-role-lead-person as a speaker. */
function roleSaid(doc: QuoteDoc, start: number, title: { start: number; end: number }): Said | null {
  const p = headlineRolePerson(doc, start, title);
  return p
    ? {
        speakerId: p.id,
        speakerText: p.text,
        speakerName: p.name,
        speakerKind: "person",
        speakerOrg: null,
        speakerOrgId: null,
      }
    : null;
}

/** saidInBody, followed to the person a lead's echoed words went to; else the session 18 rules
 *  of headline18-switches.ts (words a report holds, a lead's named tag or issuer, …). */
function fromBody(
  doc: QuoteDoc,
  start: number,
  words: string,
  found: readonly QuoteFound[],
  title: { start: number; end: number },
): Said | null {
  const sp = saidInBody(doc, words, found, title);
  const got = sp
    ? headlineLeadEchoed(doc, found, sp)
    : (headlineFromBody(doc, found, words, doc.text.slice(title.start, start - 1)) ??
      // ("Budget 'leanest' yet" over "Ms Darrow admitted that the plan was the leanest")
      headlineWordInReport(doc, found, words));
  // ("…, according to a study. … The research was carried out by Kestrel": headline21-switches.ts;
  // not for one word the lead does not use, a label: "Row over 'police' power")
  const w = fold(words);
  const label =
    !w.includes(" ") && isOn("quotes", "headline-term-in-lead", doc.switches) && !usedInLead(doc, w);
  const issuer =
    (wantsIssuer(got) || leadClosesOnDocument(doc)) && !label ? headlineDocumentIssuer(doc, found) : null;
  // ("Harbour cuts 'ahead of plan'" over a plain lead and "Mayor Ann Roe said …": headline21)
  const role = wantsIssuer(got) && !label ? leadRoleNamedLater(doc, found) : null;
  const agent = wantsIssuer(got) ? leadPassiveAgent(doc, words) : null;
  return issuer ?? role ?? agent ?? got ?? (label ? null : plainLeadNextReporter(doc, found));
}

/** The title's name before the words, unless it is the subject of a lead another reports
 *  ("Singer Jo Marr 'in hotel row'" over "…, her agent has said."): then the body's source. */
function titleOrLead(
  doc: QuoteDoc,
  named: Said | null,
  start: number,
  end: number,
  found: readonly QuoteFound[],
  title: { start: number; end: number },
): Said | null {
  const text = named?.speakerText;
  if (!named || !text || named.speakerKind !== "person") return named;
  if (
    !doc.text
      .slice(title.start, start - 1)
      .trimEnd()
      .endsWith(text) ||
    !subjectNotSource(doc, text)
  )
    return named;
  const other =
    leadRoleNamedLater(doc, found) ?? fromBody(doc, start, doc.text.slice(start, end), found, title);
  return other?.speakerName && other.speakerKind !== "unnamed" && other.speakerId !== named.speakerId
    ? other
    : named;
}

/** The headline's quotations, each given to whoever the title or the body shows said it. */
export function headlineQuotes(doc: QuoteDoc, found: readonly QuoteFound[]): QuoteFound[] {
  const { article, text } = doc;
  const title = headlineOf(article);
  if (!title) return [];
  const line = text.slice(title.start, title.end);
  return [...line.matchAll(MARKED)].map((m, i) => {
    const start = title.start + m.index + 1;
    const end = start + m[1]!.length;
    const sp =
      // ("Rivera 'eyes move'" over "… reportedly … . The Daily Courier reports": headline21c)
      reportedlyPaperAhead(doc, found) ??
      titleOrLead(doc, namedInTitle(doc, found, start, end, title), start, end, found, title) ??
      // ("Unions urge 'fair deal'": headline21-switches.ts)
      pluralOrgTitle(doc, found, text.slice(title.start, start - 1)) ??
      // (a role in the title, "US bank boss hails '…'", is the person the lead opens on)
      (isOn("quotes", "headline-role-lead-person", doc.switches) ? roleSaid(doc, start, title) : null) ??
      // ("Golden rule 'intact' says ex-aide": the lead's reporter, headline18-switches.ts)
      headlineSaysTag(doc, found, end + 1, title) ??
      fromBody(doc, start, m[1]!, found, title);
    return {
      id: `${article.docId}:h${i}`,
      docId: article.docId,
      passageId: article.passages[0]?.id ?? `${article.docId}:0`,
      text: m[1]!,
      start,
      end,
      kind: quoteKind(m[1]!, text.slice(title.start, start - 1)),
      cue: sp ? "headline" : null,
      via: sp ? "context" : null,
      ...(sp ?? {
        speakerId: null,
        speakerText: null,
        speakerName: null,
        speakerKind: null,
        speakerOrg: null,
        speakerOrgId: null,
      }),
    };
  });
}
