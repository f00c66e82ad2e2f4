// Pass 1: one article's actors, from its sentences' capitalised runs, its acronym
// introductions, its own short forms and its headline.

import type { TextLayer } from "../../text/tokens.ts";
import { nameWords, nameWordsIn } from "../../text/views.ts";
import type { Article } from "../../types.ts";
import type { NerSpan } from "../ner/index.ts";
import { isOn, runSteps, type Step, type StepSwitches } from "../steps.ts";
import { addOrg } from "./article-actors.ts";
import { chunksOf, MEDIUM_ORG_WORD_STEP, WEEKDAY_PAPER_STEP } from "./chunks.ts";
import { CLUB_SHORT_FORM_STEPS } from "./club-short-forms.ts";
import { readAcronyms } from "./coref/read-coref.ts";
import { addSet } from "./maps.ts";
import { nerView } from "./ner-view.ts";
import { POSSESSIVE_FORM_NAME_STEP, withPossessiveFormNames } from "./possessive-form-name.ts";
import { PRONOUN19_ARTICLE_STEPS } from "./pronoun19-steps.ts";
import { readChunk } from "./read-chunk.ts";
import { RESIDUAL19_ARTICLE_STEPS } from "./residual19-steps.ts";
import { resolveLocally } from "./resolve-locally.ts";
import { ORG_INNER_AND_STEP } from "./s22-org-steps.ts";
import { PERSON_WRITTEN_AS_ORG_STEP } from "./s25b-kinds-steps.ts";
import { TWO_BODIES_AND_STEP } from "./s26-names-and.ts";
import { S26_NAME_ARTICLE_STEPS } from "./s26-names-steps.ts";
import { S26B_NAME_ARTICLE_STEPS } from "./s26b-names-steps.ts";
import { SET22_ARTICLE_STEPS } from "./set22-steps.ts";
import { SET24_ARTICLE_STEPS } from "./set24-steps.ts";
import { SET25_ARTICLE_STEPS } from "./set25-steps.ts";
import { readStageNames } from "./stage-names.ts";
import type { ArticleState, Local, Pending, Sent, Via, Vocab } from "./types.ts";
import { joined, span } from "./word-classes.ts";

/** What the article steps work on. */
interface ArticleRead {
  st: ArticleState;
  article: Article;
  sentences: Sent[];
  vocab: Vocab;
  /** The article's text layer (read only where a step needs words outside its sentences). */
  layerOf: (article: Article) => TextLayer;
}

/** Pass 1's steps, in order, for one article. */
export const ARTICLE_STEPS: readonly Step<ArticleRead>[] = [
  {
    name: "read-runs",
    doc: "capitalised runs of each sentence through the chunk rules",
    run: ({ st, article, sentences, vocab }) => {
      const innerAnd = isOn("actors", ORG_INNER_AND_STEP.name, st.switches);
      const twoBodies = isOn("actors", TWO_BODIES_AND_STEP.name, st.switches);
      const papers = isOn("actors", WEEKDAY_PAPER_STEP.name, st.switches);
      const medium = isOn("actors", MEDIUM_ORG_WORD_STEP.name, st.switches);
      for (const s of sentences) {
        for (const chunk of chunksOf(s, article.text, innerAnd, twoBodies, papers, medium))
          readChunk(st, s, chunk, vocab);
      }
    },
  },
  {
    name: "stage-names",
    doc: "'rapper 50 Cent', 'protege The Game', 'X, real name Y': a stage name the runs cannot read is a person",
    run: ({ st, article }) => readStageNames(st, article),
  },
  {
    name: "introduced-acronyms",
    doc: "a name the article gives an acronym for ('… Research (NIESR)') is one organisation",
    run: ({ st, article, layerOf }) => introducedNames(st, article, layerOf),
  },
  ...SET22_ARTICLE_STEPS,
  ...SET24_ARTICLE_STEPS,
  ...RESIDUAL19_ARTICLE_STEPS,
  ...SET25_ARTICLE_STEPS,
  ...PRONOUN19_ARTICLE_STEPS,
  {
    name: "resolve-locally",
    doc: "lone words join the unique actor of the article they name",
    run: ({ st, vocab }) => resolveLocally(st, vocab),
  },
  PERSON_WRITTEN_AS_ORG_STEP,
  // (s26: short forms the lone-word rules cannot reach, as both are organisations of their own)
  ...S26_NAME_ARTICLE_STEPS,
  ...CLUB_SHORT_FORM_STEPS,
  ...S26B_NAME_ARTICLE_STEPS,
  {
    name: "headline-mentions",
    doc: "headline words printed exactly as a body name become mentions",
    run: ({ st, article }) => {
      for (const d of article.dropped) if (d.reason === "headline") headlineMentions(st, d.start, d.end);
    },
  },
];

/** One article's actors as the article alone knows them, and its lone words left to the corpus. */
export interface ArticleActors {
  locals: Local[];
  pending: Pending[];
}

export function readArticle(
  article: Article,
  sentences: Sent[],
  ner: NerSpan[],
  vocab: Vocab,
  switches: StepSwitches,
  layerOf: (article: Article) => TextLayer,
): ArticleActors {
  const st: ArticleState = {
    docId: article.docId,
    text: article.text,
    persons: new Map(),
    surnameOnly: new Map(),
    orgs: new Map(),
    all: [],
    pending: [],
    switches,
    ner: nerView(ner, article.text),
  };
  // ("McDonald's said": a name printed with 's, read whole, switch)
  const sents = isOn("actors", POSSESSIVE_FORM_NAME_STEP.name, switches)
    ? sentences.map((s) => withPossessiveFormNames(s, article.text))
    : sentences;
  runSteps("actors", ARTICLE_STEPS, { st, article, sentences: sents, vocab, layerOf }, switches);
  return { locals: st.all, pending: st.pending };
}

/**
 * The headline is not coverage text, but it names the article's actors: a run of capitalised
 * words printed exactly as a name, surname or acronym the body gives one actor becomes a mention.
 * Nothing new is learnt from a headline (headlines drop articles and run words together).
 */
function headlineMentions(st: ArticleState, start: number, end: number) {
  const forms = new Map<string, Set<Local>>();
  for (const l of st.all) for (const m of l.mentions) addSet(forms, m.text, l);
  const via = new Map<string, Via>();
  for (const l of st.all) for (const m of l.mentions) via.set(m.text, m.via);
  // "Fiat-GM deal": hyphens apart (same length, so offsets hold); the headline is dropped text,
  // which the text layer does not hold, so its words are read from the text
  const toks = nameWords(st.text.slice(start, end).replace(/-/g, " "), start);
  for (let i = 0; i < toks.length; ) {
    let hit = 0;
    for (let n = Math.min(5, toks.length - i); n >= 1 && !hit; n--) {
      const run = toks.slice(i, i + n);
      if (!run[0]!.cap || !run[n - 1]!.cap) continue;
      if (run.some((t, k) => k > 0 && !joined(st.text, run[k - 1]!, t, 0))) continue;
      const text = span(st.text, run);
      const ls = forms.get(text);
      if (ls?.size !== 1) continue;
      const l = [...ls][0]!;
      l.mentions.push({
        start: run[0]!.start,
        end: run[n - 1]!.end,
        text,
        via: via.get(text) ?? "name",
        local: l,
      });
      hit = n;
    }
    i += hit || 1;
  }
}

/**
 * "National Institute of Economic and Social Research (NIESR)": a name the article introduces an
 * acronym for is one organisation, whatever pieces the chunker made of it.
 */
function introducedNames(st: ArticleState, article: Article, layerOf: (article: Article) => TextLayer) {
  const from = article.bodyStart;
  if (!st.text.includes("(", from)) return;
  for (const [acr, full] of readAcronyms(st.text, from)) {
    if (!full.includes(" ") || !/ (?:of|and|for) /.test(full)) continue;
    const at = st.text.indexOf(`${full} (${acr})`, from);
    if (at < 0) continue;
    const end = at + full.length;
    for (const l of st.all) l.mentions = l.mentions.filter((m) => m.end <= at || m.start >= end);
    addOrg(st, nameWordsIn(layerOf(article), at, end), true, "name");
  }
}
