// What the attribution walk of one article accumulates: each quotation's kind, cue, speaker and
// how it was found; the speaker history (named speakers and sentence subjects in text order) that
// pronouns and bare quotations read; and the small helpers that make a Speaker from a phrase.

import { foldKey } from "../../text/fold.ts";
import type { TextLayer } from "../../text/tokens.ts";
import type { ActorModel, Article, QuoteKind } from "../../types.ts";
import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { STYLED } from "../lexicons/titles.ts";
import type { StepSwitches } from "../steps.ts";
import type { DocNames } from "./doc-names.ts";
import { expandNamed } from "./expand-named.ts";
import type { Cue, Phrase } from "./phrases.ts";
import type { Span } from "./spans.ts";
import { coreName, fuller, genderOfWords } from "./speaker-words.ts";
import type { QuoteFound, Speaker, SpeakerKind } from "./types.ts";

export interface QuoteDoc {
  readonly article: Article;
  readonly text: string;
  /** The article's text layer: the sentences' words are read from it. */
  readonly layer: TextLayer;
  readonly spans: Span[];
  readonly actors: ActorModel;
  readonly names: DocNames;
  readonly switches: StepSwitches;
  readonly speakers: Array<Speaker | null>;
  readonly cues: Array<Cue | null>;
  readonly via: Array<QuoteFound["via"]>;
  readonly kinds: QuoteKind[];
  /** Named speakers and sentence subjects, in text order, for pronoun resolution. */
  readonly history: Speaker[];
  readonly inHistory: Set<number>;
  /** The cue subject of each sentence (by paragraph, sentence index), for bare quote paragraphs. */
  readonly sentenceSpeaker: Map<string, Speaker>;
  /** The person a sentence with no speech verb opens on ("Mr Blair went on to list …"). */
  readonly sentenceSubject: Map<string, Speaker>;
  readonly paraStarts: number[];
}

export function newQuoteDoc(
  article: Article,
  layer: TextLayer,
  spans: Span[],
  actors: ActorModel,
  names: DocNames,
  switches: StepSwitches,
): QuoteDoc {
  return {
    article,
    text: article.text,
    layer,
    spans,
    actors: readingArticle(actors, article.docId),
    names,
    switches,
    speakers: spans.map(() => null),
    cues: spans.map(() => null),
    via: spans.map(() => null),
    kinds: spans.map(() => "statement"),
    history: [],
    inHistory: new Set(),
    sentenceSpeaker: new Map(),
    sentenceSubject: new Map(),
    paraStarts: article.paragraphs.map((x) => x.start),
  };
}

/**
 * The actor model as one article reads it: a one-word name ("Johnson's", "Sheila") that the corpus
 * gives to someone only other articles mention names the actor this article calls so, if any; else
 * a surname may still name that someone, a first name never; a fuller name may be anyone's.
 */
function readingArticle(actors: ActorModel, docId: string): ActorModel {
  let here: Map<string, string> | null = null;
  const calledHere = (name: string) => {
    if (!here) {
      here = new Map();
      for (const m of actors.mentionsIn(docId))
        if (m.via !== "pronoun" && m.via !== "role" && !here.has(foldKey(m.text)))
          here.set(foldKey(m.text), m.actorId);
    }
    const id = here.get(foldKey(name.replace(/['’]s?$/u, "")));
    return id ? (actors.byId.get(id) ?? null) : null;
  };
  return {
    ...actors,
    resolve: (name) => {
      const a = actors.resolve(name);
      // (a model that lists no documents for the actor does not say it is a stranger)
      if (!a || /\s/.test(name.trim()) || !a.documents.length || a.documents.includes(docId)) return a;
      // a surname ("Trump") may name the corpus's person; a first name ("Sheila") does not
      const first = foldKey(a.name.split(/\s+/)[0]!) === foldKey(name.replace(/['’]s?$/u, ""));
      return calledHere(name) ?? (first && a.name.includes(" ") ? null : a);
    },
  };
}

/** Gives quotation q its speaker and cue, found the way `via` says. */
export function attribute(
  doc: QuoteDoc,
  q: number,
  sp: Speaker,
  cue: Cue | null,
  via: NonNullable<QuoteFound["via"]>,
): void {
  doc.speakers[q] = sp;
  doc.cues[q] = cue;
  doc.via[q] = via;
}

/** The latest speaker of the history before `before` that passes `ok`. */
export function lastOf(doc: QuoteDoc, ok: (h: Speaker) => boolean, before: number): Speaker | undefined {
  const { history } = doc;
  for (let h = history.length - 1; h >= 0; h--)
    if (history[h]!.start < before && ok(history[h]!)) return history[h];
  return undefined;
}

/** The paragraph holding text position `pos`. */
export function paraOf(doc: QuoteDoc, pos: number): number {
  const { paraStarts } = doc;
  let lo = 0;
  let hi = paraStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paraStarts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Speaker `sp` again, at the words `p` ("he" for "Straw"). */
export const at = (sp: Speaker, p: Phrase, gender = sp.gender): Speaker => ({
  ...sp,
  text: p.text,
  start: p.start,
  end: p.end,
  gender,
  speaker: false,
});

/** An unnamed source ("a spokeswoman", "officials"): named as written. */
export const unnamed = (p: Phrase, gender: Speaker["gender"] = "any"): Speaker => ({
  ...p,
  id: null,
  name: p.text,
  kind: "unnamed",
  // "a spokeswoman" is a she, "a spokesman" a he
  gender:
    gender === "any"
      ? /woman$/.test(p.text)
        ? "female"
        : /(?:spokes|chair)man$/.test(p.text)
          ? "male"
          : "any"
      : gender,
});

/** "the council", "the firm": an organisation no name was found for, unnamed. */
export const orgDescription = (sp: Speaker): boolean =>
  sp.kind === "unnamed" &&
  /^the\s/i.test(sp.text) &&
  ORG_NOUNS.has(sp.text.split(/\s+/).pop()!.toLowerCase());

/** An organisation, named or described ("the ministry"): no he or she. */
export const isBody = (sp: Speaker): boolean => sp.kind === "organization" || orgDescription(sp);

/** A speaker for one of the model's actors, named as this article names it. */
export function speakerForActor(
  doc: QuoteDoc,
  id: string,
  p: Phrase,
  gender: Speaker["gender"] = "any",
): Speaker {
  const actor = doc.actors.byId.get(id)!;
  const seen =
    lastOf(doc, (h) => h.id === id && !!h.name && !!h.speaker, p.start) ??
    lastOf(doc, (h) => h.id === id && !!h.name, p.start);
  // (a body's name is no person's: "Court of Arbitration for Sport" keeps its head words)
  const sp = seen
    ? at(seen, p, gender)
    : { ...speakerForName(doc, actor.name, p, actor.kind === "organization"), gender };
  return { ...sp, id, kind: actor.kind };
}

/** A speaker for a name the article gives. */
function speakerForName(doc: QuoteDoc, name: string, p: Phrase, body = false): Speaker {
  const ws = name.split(/\s+/);
  const core = body ? ws : coreName(ws);
  const full = expandNamed(doc, core, p.start, ws);
  let canonical = full && full.name.split(" ").length > ws.length ? full.name : core.join(" ");
  if (STYLED.has(ws[0]!.toLowerCase()) && !canonical.includes(" ")) canonical = `${ws[0]} ${canonical}`;
  let id: string | null = null;
  let kind: SpeakerKind = "person";
  const actor = doc.actors.resolve(canonical);
  if (actor) {
    id = actor.id;
    canonical = fuller(canonical, actor.name);
    kind = actor.kind;
  }
  return { ...p, id, name: canonical, kind, gender: genderOfWords(ws) };
}

/** "the Arsenal boss", "the Scot", "the chancellor": the model's role mention, else unnamed. */
export function resolveDescription(doc: QuoteDoc, p: Phrase): Speaker {
  const { actors, article } = doc;
  const m =
    actors.mentionAt(article.docId, p.start, p.end) ?? actors.mentionAt(article.docId, p.end - 1, p.end);
  if (m?.via === "role" && actors.byId.get(m.actorId)?.kind === "person")
    return speakerForActor(doc, m.actorId, p);
  return unnamed(p);
}

/** The key ("paragraph:sentence", as in `sentenceSubject`) of the sentence before sentence `si`
 *  of paragraph `pi`: the paragraph's previous one, else the last of the paragraph before. */
export function sentenceBeforeKey(article: Article, pi: number, si: number): string | null {
  if (si > 0) return `${pi}:${si - 1}`;
  if (pi === 0) return null;
  const prev = article.paragraphs[pi - 1]!;
  return prev.sentences.length ? `${pi - 1}:${prev.sentences.length - 1}` : null;
}
