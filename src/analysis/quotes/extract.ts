// Who said what in one article: stage 1 finds the quoted spans; the walk over paragraphs and
// sentences (in order, so pronouns see the speakers before them) runs stage 2 (kind) and stage 3
// (attribution) per sentence, resolving speakers through stage 4 (resolve-speaker.ts).

import { readText, type TextLayer } from "../../text/tokens.ts";
import type { ActorModel, Article } from "../../types.ts";
import { buildActorModel } from "../actors/index.ts";
import { TIME_WORDS } from "../lexicons/clauses.ts";
import { ALL_STEPS, isOn, runSteps, type StepSwitches } from "../steps.ts";
import { TOKEN_STEPS } from "./asides.ts";
import { BACKSHIFTED_QUOTE_IN_REPORT_SWITCH, backshiftedTerms } from "./backshifted-term.ts";
import { ARTICLE_STEPS, SENTENCE_CONTEXT } from "./context.ts";
import type { DocNames } from "./doc-names.ts";
import { docNamesFor } from "./doc-names-for.ts";
import { headlineQuotes } from "./headline-quotes.ts";
import { leadMembersCommittee, leadWordsLater } from "./headline18-switches.ts";
import { unattributeKnownAs } from "./known-as.ts";
import { unattributeKnownAsMore } from "./known-as-more.ts";
import { leadEchoes } from "./lead-echo.ts";
import { leadQuotesNamedNext } from "./lead-named-next.ts";
import { LIST_OWNER_SWITCH, listOwner } from "./list-owner.ts";
import { unattributeUnresolvedPronouns } from "./narrator-i.ts";
import { NICKNAME_NO_SPEAKER_SWITCH, unattributeNameNicknames } from "./nickname.ts";
import { unattributeNicknamed } from "./nicknamed.ts";
import { openingTakenUp } from "./opening-taken-up.ts";
import { pluralPartyTerms } from "./plural-party-term.ts";
import { QUOTED_KEPT_SWITCH } from "./quoted-as-saying.ts";
import { mayReport, reportedSpeech } from "./reported.ts";
import { lendReportedSpeakers } from "./reported-inside.ts";
import { reportedOverContext } from "./reported-over-context.ts";
import { roleNamedNext } from "./role-named-next.ts";
import {
  BACKSHIFTED_AFTER_QUOTE_SWITCH,
  BACKSHIFTED_TERM_SWITCH,
  PLURAL_PARTY_TERM_SWITCH,
} from "./s22-term-switches.ts";
import { termsByVerb } from "./s24-term.ts";
import { organisationTerms } from "./s25-slogan.ts";
import { governedTermsThenSharedTag } from "./s26-terms.ts";
import { CONTEXT_SANDWICH_SWITCH, contextBetweenPersonQuotes } from "./s27-context-sandwich.ts";
import { oneOfGroup } from "./s27-one-of-group.ts";
import { siblingTerms } from "./s27-sibling-term.ts";
import { SHARED_SURNAME_FIRST_SWITCH } from "./s41-switches.ts";
import { ACTING_RECORD_TERM_SWITCH, recordLendsTerm, unattributeCrowdNoise } from "./scare18-switches.ts";
import { resolveFound, SENTENCE_CUES, type SentenceCtx } from "./sentence.ts";
import { KNOWN_AS_SWITCH } from "./set27-switches.ts";
import { NAMED_DIRECT_SWITCH } from "./set29-switches.ts";
import { LATEST_SHARED_NAME_SWITCH } from "./set30-switches.ts";
import { REPORTED_OVER_CONTEXT_SWITCH } from "./set31-switches.ts";
import { STRAY_TAGGED_SWITCH } from "./set32-switches.ts";
import { unattributeWordsUsed } from "./set33-mentioned.ts";
import { unattributeShared } from "./shared-speakers.ts";
import { SPOKEN_SO_CALLED_SWITCH, unattributeSoCalled } from "./so-called.ts";
import { quotedSpans, STRAY_SUBJECT_TAG_SWITCH, STRAY_UNTAGGED_SWITCH } from "./spans.ts";
import { newQuoteDoc, type QuoteDoc } from "./state.ts";
import { STRAY_RUN_TERM_SWITCH, strayRunTerms } from "./stray-run-term.ts";
import { statementsAfterReport, termsAfterSpeaker } from "./term-after-speaker.ts";
import { tokensOf } from "./tokens.ts";
import type { QuoteFound } from "./types.ts";

/** The article's names, read as the switches say: a shared surname's latest bearer after a point
 *  of reference (set 30), the first of two people over a longer name (session 41). */
function withNameSwitches(names: DocNames, switches: StepSwitches): DocNames {
  names.latestTie = isOn("quotes", LATEST_SHARED_NAME_SWITCH.name, switches);
  names.firstOfTwoPeople = isOn("quotes", SHARED_SURNAME_FIRST_SWITCH.name, switches);
  return names;
}

/** The article's quoted spans, stray closing marks read as the switches say. */
const spansOf = (article: Article, switches: StepSwitches) =>
  quotedSpans(
    article,
    isOn("quotes", STRAY_TAGGED_SWITCH.name, switches),
    isOn("quotes", STRAY_SUBJECT_TAG_SWITCH.name, switches),
    isOn("quotes", STRAY_UNTAGGED_SWITCH.name, switches),
  );

/** Extracts every quotation of one article, attributed where the article says who spoke. */
export function extractQuotes(
  article: Article,
  model: ActorModel | null = null,
  switches: StepSwitches = ALL_STEPS,
  layerOf: (article: Article) => TextLayer = readText,
  namesOf: (article: Article, layer: TextLayer) => DocNames = (a, layer) => docNamesFor(a, layer, switches),
): QuoteFound[] {
  const spans = spansOf(article, switches);
  if (spans.length === 0 && !mayReport(article, switches)) return [];
  const layer = layerOf(article); // only for articles with quotations or reporting cues
  // One actor model for quotes, /actor and events: without one, this article's own.
  const actors = model ?? buildActorModel([article]);
  const names = withNameSwitches(namesOf(article, layer), switches);
  const doc = newQuoteDoc(article, layer, spans, actors, names, switches);
  if (spans.length > 0) {
    walkSentences(doc);
    runSteps("quotes", ARTICLE_STEPS, doc, switches);
  }
  const direct = quotesOf(doc);
  const reported = reportedSpeech(doc);
  if (isOn("quotes", "quote-in-reported", switches))
    lendReportedSpeakers(
      quotedKept(direct, switches),
      reported,
      article.text,
      switches,
      isOn("quotes", ACTING_RECORD_TERM_SWITCH.name, switches)
        ? (r, q) => recordLendsTerm(r, q, article.text)
        : undefined,
    );
  siblingTerms(direct, reported, switches); // (s27: "… was “no” answer and the area was “grey”")
  if (isOn("quotes", REPORTED_OVER_CONTEXT_SWITCH.name, switches)) reportedOverContext(direct, reported);
  if (isOn("quotes", "term-after-speaker", switches)) termsAfterSpeaker(article, direct, reported);
  if (isOn("quotes", STRAY_RUN_TERM_SWITCH.name, switches)) strayRunTerms(article.text, direct);
  if (isOn("quotes", BACKSHIFTED_TERM_SWITCH.name, switches))
    backshiftedTerms(
      article,
      direct,
      reported,
      isOn("quotes", BACKSHIFTED_AFTER_QUOTE_SWITCH.name, switches),
      isOn("quotes", BACKSHIFTED_QUOTE_IN_REPORT_SWITCH.name, switches),
    );
  if (isOn("quotes", PLURAL_PARTY_TERM_SWITCH.name, switches)) pluralPartyTerms(doc, direct);
  if (isOn("quotes", "statement-after-report", switches))
    statementsAfterReport(article, direct, reported, isOn("quotes", "merged-quote-sentence", switches));
  governedTermsThenSharedTag(doc, direct, switches); // (s26 and set 33: before terms are cleared)
  if (isOn("quotes", "so-called-term", switches))
    unattributeSoCalled(article.text, direct, isOn("quotes", SPOKEN_SO_CALLED_SWITCH.name, switches));
  if (isOn("quotes", KNOWN_AS_SWITCH.name, switches)) unattributeKnownAs(article.text, direct);
  unattributeKnownAsMore(doc, direct);
  termsByVerb(doc, direct, switches); // (s24-term.ts: a rating verb's subject; none after "called")
  if (isOn("quotes", NAMED_DIRECT_SWITCH.name, switches)) unattributeNicknamed(article.text, direct);
  if (isOn("quotes", NICKNAME_NO_SPEAKER_SWITCH.name, switches))
    unattributeNameNicknames(article.text, direct);
  unattributeCrowdNoise(article.text, direct, switches); // (switch "crowd-noise-term")
  unattributeWordsUsed(article.text, direct, switches); // (set 33 and session 36: mentioned words, yes/no)
  if (isOn("quotes", "shared-speakers", switches)) unattributeShared(doc, direct);
  if (isOn("quotes", "lead-named-next", switches)) leadQuotesNamedNext(doc, direct);
  // ("Norway's trade minister has said …. Lars Hoff said …": the office is the person named next)
  roleNamedNext(doc, direct);
  // ("… Pixel Arts has not ruled it out. It also plans a “…”": the organisation before; a slogan's owner)
  organisationTerms(doc, direct);
  if (isOn("quotes", "lead-echo", switches)) leadEchoes(doc, direct);
  // (a lead quotation with no speaker: the one named speaker saying its words later)
  leadWordsLater(doc, direct);
  // ("…branded a “waste” by MPs": the committee of theirs that speaks next)
  leadMembersCommittee(doc, direct, reported);
  if (isOn("quotes", "opening-taken-up", switches)) openingTakenUp(doc, direct);
  // "… plans unveiled by the Greens. The proposals include: - a “fair rent” cap": the plans' body.
  if (isOn("quotes", LIST_OWNER_SWITCH.name, switches)) listOwner(doc, direct);
  // ("Ann Roe said: “…”. Vexa said sales doubled. “Nobody queues.” “…,” she said.": hers)
  if (isOn("quotes", CONTEXT_SANDWICH_SWITCH.name, switches))
    contextBetweenPersonQuotes(article, direct, reported);
  oneOfGroup(article.text, direct, switches); // (s27) `Sources were blunt. "…," one said.`
  const headline = isOn("quotes", "headline-quote", switches)
    ? headlineQuotes(doc, [...direct, ...reported])
    : [];
  return [...headline, ...direct, ...reported];
}

/** Quotations whose tag names the one quoted ("the paper quoted a spokesman … complaining that it
 *  was “…”") keep that person over the quoting reporter's record around them (switch). */
function quotedKept(direct: QuoteFound[], switches: StepSwitches): QuoteFound[] {
  if (!isOn("quotes", QUOTED_KEPT_SWITCH.name, switches)) return direct;
  return direct.filter((q) => !(q.speakerName && /^quote[sd]\b/.test(q.cue ?? "")));
}

/** Runs the sentence tables over every sentence, in text order. */
function walkSentences(doc: QuoteDoc): void {
  const { article, spans, layer, switches } = doc;
  const daySurnames = daySurnamesOf(doc);
  let spanIdx = 0;
  article.paragraphs.forEach((para, pi) => {
    para.sentences.forEach((sent, si) => {
      let first = spanIdx;
      while (first > 0 && spans[first - 1]!.end > sent.start) first--;
      while (spanIdx < spans.length && spans[spanIdx]!.start < sent.end) spanIdx++;
      const { toks } = runSteps(
        "quotes",
        TOKEN_STEPS,
        { toks: tokensOf(layer, sent.start, sent.end, spans, first, switches), daySurnames },
        switches,
      );
      const qis = toks.map((t, j) => (t.type === "q" ? j : -1)).filter((j) => j >= 0);
      const ctx: SentenceCtx = { doc, pi, si, start: sent.start, toks, qis, found: [] };
      runSteps("quotes", SENTENCE_CUES, ctx, switches);
      resolveFound(ctx);
      runSteps("quotes", SENTENCE_CONTEXT, ctx, switches);
    });
  });
}

/** "said Friday" after "Mike Friday" is his tag, not a date: the day names the article's people
 *  bear as surnames (session 43). */
function daySurnamesOf(doc: QuoteDoc): ReadonlySet<string> {
  const out = new Set<string>();
  for (const m of doc.actors.mentionsIn(doc.article.docId)) {
    const a = doc.actors.byId.get(m.actorId);
    const last = a?.kind === "person" ? a.name.split(" ").at(-1)!.toLowerCase() : "";
    if (TIME_WORDS.has(last)) out.add(last);
  }
  return out;
}

/** The quotations with what the walk found, each in its passage. */
function quotesOf(doc: QuoteDoc): QuoteFound[] {
  const { article, spans, speakers, cues, via, kinds, text } = doc;
  let pp = 0;
  const found = spans.map((s, i): QuoteFound => {
    const sp = speakers[i];
    while (pp + 1 < article.passages.length && article.passages[pp + 1]!.start <= s.start) pp++;
    const passage = article.passages[pp];
    return {
      id: `${article.docId}:q${i}`,
      docId: article.docId,
      passageId: passage?.id ?? `${article.docId}:0`,
      text: text.slice(s.start, s.end),
      start: s.start,
      end: s.end,
      kind: kinds[i]!,
      speakerId: sp && sp.kind !== "unnamed" ? sp.id : null,
      speakerText: sp ? sp.text : null,
      cue: cues[i]?.cue ?? (sp ? (cues[i]?.cue ?? null) : null),
      speakerName: sp ? (sp.name ?? sp.text) : null,
      speakerKind: sp ? sp.kind : null,
      via: sp ? via[i]! : null,
      speakerOrg: sp?.org?.name ?? null,
      speakerOrgId: sp?.org?.id ?? null,
    };
  });
  unattributeUnresolvedPronouns(doc, found); // (narrator-i.ts: the writer's I, an unresolved "him")
  return found;
}
