// The shared actor model: people and organisations named in the coverage, one actor per real
// actor across articles, with every place each is mentioned. Rules for English news
// conventions, no NER library:
//
//   1. per article, capitalised word runs in passage sentences are read as
//      title + name ("Secretary of State Marco Rubio"), honorific + name ("Mr McLetchie"),
//      organisation names (an org head: "State Department"; a known org: "FBI"; a lower-case
//      group noun after: "Sinaloa cartel"), or plain two-to-four word names ("Kristi Noem");
//      appositives and lower-case role words give descriptions ("Ryanair chairman X");
//   2. lone words (surnames, first names, acronyms, short forms) join the unique entity of the
//      same article that they name;
//   3. across articles entities are merged by folded name (Ramón = Ramon), same surname with a
//      close first name and compatible roles (Nicholas/Nicolás Maduro), acronym ↔ initials
//      (DEA ↔ Drug Enforcement Administration) and surname-only entities to the unique full name;
//   4. lone words left over resolve against the corpus when unambiguous;
//   5. coreference (coref.ts): he/she to the latest person of that gender (honorific, given
//      name, or the article's own pronouns), preferring subjects of speech verbs; role
//      descriptions ("the Arsenal boss") to the person the article gave that role; "also known
//      as" short forms; and role nouns ("the department") to an actor carrying that word.
//      quotes.ts, /actor and events all read these mentions.
//
// Everything is a pass over tokens or a lookup in a map: linear in the corpus.

import v8 from "node:v8";
import { STOPWORDS } from "../search/stopwords.ts";
import { foldKey } from "../text/fold.ts";
import { editDistance } from "../text/similarity.ts";
import { slug } from "../text/slug.ts";
import { nameWords, type NameWord as Token } from "../text/views.ts";
import type { Actor, ActorKind, ActorModel, AliasSeen, Article, Mention } from "../types.ts";
import { corefMentions, readAcronyms } from "./coref.ts";
import { EVENT_HEADS, NEVER, SENTENCE_STARTERS, THING_ACRONYMS } from "./lexicons/not-names.ts";
import {
  CORP_DESCRIPTORS,
  CORP_SUFFIXES,
  GROUP_NOUNS,
  INSTITUTION_NOUNS,
  KNOWN_ORG_PHRASES,
  KNOWN_ORGS,
  ORG_CONNECTORS,
  ORG_DESCRIPTOR_NOUNS,
  ORG_NAME_HEADS,
  ORG_STARTS,
} from "./lexicons/organisations.ts";
import { GIVEN_NAMES, NAME_SUFFIXES, PARTICLES_IN_ACTOR_NAMES } from "./lexicons/person-names.ts";
import { DEMONYMS, NATIONS, PLACE_HEADS, PLACE_MODIFIERS, PLACE_STARTS, PLACES } from "./lexicons/places.ts";
import {
  HONORIFICS,
  POST_NOMINALS,
  ROLE_NOUNS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  TITLE_OF_WORDS,
} from "./lexicons/titles.ts";
import { STATEMENT_VERBS } from "./lexicons/verbs.ts";
import { acronymInitials, initials } from "./names.ts";
import { quotedSpans } from "./spans.ts";

type Via = Mention["via"];

/** An actor as one article knows it. */
interface Local {
  id: number;
  docId: string;
  kind: ActorKind;
  /** Name tokens of the fullest name the article gives. */
  tokens: string[];
  /** Folded surname (persons; may hold particles: "de la fuente"). */
  surname: string | null;
  /** Folded first name (persons with two or more name words). */
  first: string | null;
  descriptions: string[];
  mentions: Raw[];
  /** Seen with a title, honorific, appositive, org head or known-org lexicon entry. */
  strong: boolean;
}

interface Raw {
  start: number;
  end: number;
  text: string;
  via: Via;
  local: Local;
}

/** A lone word (or particle surname) waiting to be resolved. */
interface Pending {
  docId: string;
  start: number;
  end: number;
  text: string;
  key: string;
  acronym: boolean;
  /** Evidence it names a person (honorific/title) or an org (possessive, verb…). */
  hint: ActorKind | null;
  description: string | null;
  /** A sentence-initial common word ("Brown", "Van"): only ever a surname the article gives. */
  weak?: boolean;
}

interface Sent {
  start: number;
  end: number;
  /** Index of its paragraph. */
  para: number;
  tokens: Token[];
}

interface Vocab {
  lower: Map<string, number>;
  capMid: Map<string, number>;
}

const lowerSet = (s: Set<string>) => new Set([...s].map((w) => w.toLowerCase()));
const TITLE_HEADS_LC = lowerSet(TITLE_HEADS);
const TITLE_MODIFIERS_LC = lowerSet(TITLE_MODIFIERS);
const ROLE_WORDS_LC = new Set([
  ...TITLE_HEADS_LC,
  ...ROLE_NOUNS.keys(),
  "executive",
  "boss",
  "chief",
  "head",
]);
const KNOWN_PHRASES = KNOWN_ORG_PHRASES.map((p) => p.split(" "));
const COUNTRY_PREFIX = new Set(["U.S.", "US", "UK", "U.K."]);
/** Countries that start the names of national bodies: "UK Athletics", "USA Track and Field". */
const NATION_PREFIX = new Set([...COUNTRY_PREFIX, "USA", "GB"]);

/** The characters between two tokens that still keep them in one name. */
const joined = (text: string, a: Token, b: Token, base: number) =>
  /^ {1,2}$/.test(text.slice(a.end - base, b.start - base)) && !a.possessive;

export function buildActorModel(articles: Article[]): ActorModel {
  const docs = articles.map((a) => ({ article: a, sentences: sentencesOf(a) }));
  const vocab = buildVocab(docs.flatMap((d) => d.sentences));
  const locals: Local[] = [];
  const pending: Pending[] = [];
  for (const d of docs) readArticle(d.article, d.sentences, vocab, locals, pending);
  const groups = mergeAcrossArticles(locals);
  const model = assemble(groups, pending, docs, vocab);
  return model;
}

// ---------------------------------------------------------------------------------------------
// Sentences and vocabulary

function sentencesOf(article: Article): Sent[] {
  const out: Sent[] = [];
  for (const p of article.passages) {
    const para = article.paragraphs[p.paragraph];
    const sents = (para?.sentences ?? []).filter((s) => s.start >= p.start && s.end <= p.end);
    for (const s of sents.length ? sents : [{ start: p.start, end: p.end }]) {
      out.push({
        start: s.start,
        end: s.end,
        para: p.paragraph,
        tokens: nameWords(article.text.slice(s.start, s.end), s.start),
      });
    }
  }
  return out;
}

function buildVocab(sentences: Sent[]): Vocab {
  const lower = new Map<string, number>();
  const capMid = new Map<string, number>();
  for (const s of sentences) {
    s.tokens.forEach((t, i) => {
      const k = t.text.toLowerCase();
      if (!t.cap) lower.set(k, (lower.get(k) ?? 0) + 1);
      else if (i > 0) capMid.set(k, (capMid.get(k) ?? 0) + 1);
    });
  }
  return { lower, capMid };
}

/** A word English prose mostly writes in lower case ("Yet", "Social", "Naval"). */
function isCommon(word: string, vocab: Vocab): boolean {
  const k = word.toLowerCase();
  if (STOPWORDS.has(k) || SENTENCE_STARTERS.has(word)) return true;
  const low = vocab.lower.get(k) ?? 0;
  return low >= 1 && low >= (vocab.capMid.get(k) ?? 0);
}

/** A dictionary word: the corpus also prints it in lower case ("Sport", "Athletics"), unlike names. */
function isWord(word: string, vocab: Vocab): boolean {
  const k = word.toLowerCase();
  return STOPWORDS.has(k) || (vocab.lower.get(k) ?? 0) >= 2;
}

// ---------------------------------------------------------------------------------------------
// Pass 1: one article

interface ArticleState {
  docId: string;
  text: string;
  persons: Map<string, Local>;
  surnameOnly: Map<string, Local>;
  orgs: Map<string, Local>;
  all: Local[];
  pending: Pending[];
}

function readArticle(article: Article, sentences: Sent[], vocab: Vocab, locals: Local[], pending: Pending[]) {
  const st: ArticleState = {
    docId: article.docId,
    text: article.text,
    persons: new Map(),
    surnameOnly: new Map(),
    orgs: new Map(),
    all: [],
    pending: [],
  };
  for (const s of sentences) {
    for (const chunk of chunksOf(s, article.text)) readChunk(st, s, chunk, vocab);
  }
  introducedNames(st, article.bodyStart);
  resolveLocally(st, vocab);
  for (const d of article.dropped) if (d.reason === "headline") headlineMentions(st, d.start, d.end);
  for (const l of st.all) l.id = locals.push(l) - 1;
  pending.push(...st.pending);
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
  // "Fiat-GM deal": hyphens apart (same length, so offsets hold)
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
function introducedNames(st: ArticleState, from: number) {
  if (!st.text.includes("(", from)) return;
  for (const [acr, full] of readAcronyms(st.text, from)) {
    if (!full.includes(" ") || !/ (?:of|and|for) /.test(full)) continue;
    const at = st.text.indexOf(`${full} (${acr})`, from);
    if (at < 0) continue;
    const end = at + full.length;
    for (const l of st.all) l.mentions = l.mentions.filter((m) => m.end <= at || m.start >= end);
    addOrg(st, nameWords(full, at), true, "name");
  }
}

/** Runs of capitalised words (with particles and org connectors) within a sentence. */
// TODO(actors split): one capitalised-run finder with quotes.ts DocNames (see the note there).
function chunksOf(s: Sent, text: string): Token[][] {
  const out: Token[][] = [];
  const t = s.tokens;
  let i = 0;
  const adj = (a: Token, b: Token) => joined(text, a, b, 0);
  while (i < t.length) {
    const tok = t[i]!;
    const startsName =
      tok.cap ||
      (PARTICLES_IN_ACTOR_NAMES.has(tok.text) &&
        nextCapThroughParticles(t, i, text) !== null &&
        i < t.length);
    if (!startsName) {
      i++;
      continue;
    }
    const chunk = [tok];
    let j = i + 1;
    while (j < t.length && adj(t[j - 1]!, t[j]!)) {
      const next = t[j]!;
      if (next.cap && !NEVER.has(next.text)) {
        chunk.push(next);
        j++;
        continue;
      }
      if (PARTICLES_IN_ACTOR_NAMES.has(next.text)) {
        const k = nextCapThroughParticles(t, j, text);
        if (k !== null) {
          chunk.push(...t.slice(j, k + 1));
          j = k + 1;
          continue;
        }
      }
      if (ORG_CONNECTORS.has(next.text) && connectorJoins(chunk, t, j, text)) {
        let k = j + 1;
        if (next.text === "of" && t[k]?.text === "the" && adj(next, t[k]!)) k++;
        if (t[k]?.cap && adj(t[k - 1]!, t[k]!)) {
          chunk.push(...t.slice(j, k + 1));
          j = k + 1;
          continue;
        }
      }
      break;
    }
    if (!NEVER.has(chunk[0]!.text) || chunk.length > 1) out.push(trimNever(chunk));
    i = j;
  }
  return out.filter((c) => c.length > 0);
}

function trimNever(chunk: Token[]): Token[] {
  let a = 0;
  let b = chunk.length;
  while (a < b && (NEVER.has(chunk[a]!.text) || !chunk[a]!.cap)) {
    if (!chunk[a]!.cap && PARTICLES_IN_ACTOR_NAMES.has(chunk[a]!.text)) break;
    a++;
  }
  while (b > a && (NEVER.has(chunk[b - 1]!.text) || !chunk[b - 1]!.cap)) b--;
  return chunk.slice(a, b);
}

function nextCapThroughParticles(t: Token[], i: number, text: string): number | null {
  let k = i;
  while (k < t.length && PARTICLES_IN_ACTOR_NAMES.has(t[k]!.text)) {
    if (k + 1 >= t.length || !joined(text, t[k]!, t[k + 1]!, 0)) return null;
    k++;
  }
  return k < t.length && t[k]!.cap && k > i ? k : null;
}

/** "of"/"for"/"and"/"&" continue a name only inside titles and organisation names. */
function connectorJoins(chunk: Token[], t: Token[], j: number, text: string): boolean {
  const word = t[j]!.text;
  const last = chunk[chunk.length - 1]!.text;
  if (word === "&") return true;
  if (word === "of" || word === "for" || word === "on") {
    return (
      TITLE_HEADS.has(last) ||
      ORG_NAME_HEADS.has(last) ||
      ORG_STARTS.has(last) ||
      (word !== "on" && chunk.some((c) => ORG_NAME_HEADS.has(c.text) || ORG_STARTS.has(c.text)))
    );
  }
  if (word === "and") {
    const after = t[j + 1];
    // "USA Track and Field": a national body's name runs on through one more word
    if (NATION_PREFIX.has(chunk[0]!.text) && chunk.length >= 2 && after?.cap && !t[j + 2]?.cap) return true;
    if (
      chunk.some((c) => c.text === "of") &&
      (ORG_STARTS.has(chunk[0]!.text) || ORG_NAME_HEADS.has(chunk[0]!.text)) &&
      after &&
      !GIVEN_NAMES.has(after.text) &&
      !t[j + 2]?.cap
    )
      return true;
    if (ORG_NAME_HEADS.has(last) || KNOWN_ORGS.has(last) || chunk[chunk.length - 1]!.acronym) return false;
    // look ahead along the capitalised run
    let k = j + 1;
    let endsOrg = false;
    let hasTitle = false;
    while (k < t.length && t[k]!.cap && joined(text, t[k - 1]!, t[k]!, 0)) {
      if (TITLE_HEADS.has(t[k]!.text)) hasTitle = true;
      endsOrg = ORG_NAME_HEADS.has(t[k]!.text);
      k++;
    }
    const leftIsTitle = chunk.every((c) => TITLE_MODIFIERS.has(c.text) || DEMONYMS.has(c.text));
    const run = t.slice(j + 1, k).map((x) => x.text);
    return (endsOrg && !run.some((w) => GIVEN_NAMES.has(w))) || (hasTitle && leftIsTitle);
  }
  return false;
}

/** At the start of its sentence (after opening quotes or brackets only)? */
function atSentenceStart(s: Sent, tok: Token, text: string): boolean {
  return /^[\s"“‘'([—–-]*$/.test(text.slice(s.start, tok.start));
}

function readChunk(st: ArticleState, s: Sent, chunk: Token[], vocab: Vocab) {
  let c = chunk;
  // a model number makes the name a product: "Boeing 737-800", "Airbus A380"
  const tail = chunk[chunk.length - 1]!;
  if (chunk.length <= 2 && /^ [A-Z]?\d{3}(?:-\d+)?\b/.test(st.text.slice(tail.end, tail.end + 10))) return;
  const known = knownPhraseAt(c);
  if (known) {
    addOrg(st, c.slice(known.from, known.to), true, "name");
    if (known.to < c.length) readChunk(st, s, c.slice(known.to), vocab);
    return;
  }
  // Sentence-initial common words are not names ("Yet Trump", "The State Department").
  if (atSentenceStart(s, c[0]!, st.text) || /[:;]\s*["“]?\s*$/.test(st.text.slice(s.start, c[0]!.start))) {
    const f = c[0]!;
    const titled = c.length > 1 && (TITLE_MODIFIERS.has(f.text) || DEMONYMS.has(f.text));
    const surname = knownSurname(st, c);
    if (
      f.cap &&
      !surname &&
      isCommon(f.text, vocab) &&
      !TITLE_HEADS.has(f.text) &&
      !HONORIFICS.has(f.text) &&
      !titled
    ) {
      // a lone common word may still be the surname of someone the article names ("Brown said")
      if (c.length === 1 && !f.possessive) pendingWord(st, c, null, null, true);
      c = c.slice(1);
      while (c.length > 0 && !c[0]!.cap && !PARTICLES_IN_ACTOR_NAMES.has(c[0]!.text)) c = c.slice(1);
    }
  }
  // Headline-style "The" inside: drop leading "The"
  while (c.length > 0 && (c[0]!.text === "The" || c[0]!.text === "A")) c = c.slice(1);
  if (c.length === 0) return;
  let postNominal = false;
  while (c.length > 1 && POST_NOMINALS.has(c[c.length - 1]!.text)) {
    c = c.slice(0, -1);
    postNominal = true;
  }
  const words = c.map((t) => t.text);
  const last = c[c.length - 1]!;
  if (words.includes("&") && words[0] !== "&" && last.text !== "&") {
    addOrg(st, c, true, "name");
    return;
  }
  if (institutionOrDescriptor(st, c, vocab)) return;

  // 1. Title or honorific + name.
  const title = splitTitle(words);
  if (title) {
    const nameToks = c.slice(title.nameFrom);
    const titleToks = c.slice(0, title.titleEnd);
    if (
      nameToks.length === 1 &&
      (isCommon(nameToks[0]!.text, vocab) || TITLE_MODIFIERS.has(nameToks[0]!.text))
    )
      return;
    const description = titleToks.length ? span(st.text, titleToks) : null;
    const descr = description && !HONORIFICS.has(description) ? description : null;
    orgInsideTitle(st, c.slice(0, title.headAt));
    if (
      nameToks.length === 1 ||
      (nameToks.every((t) => PARTICLES_IN_ACTOR_NAMES.has(t.text) || t.cap) && isParticleSurname(nameToks))
    ) {
      pendingWord(st, nameToks, "person", descr ?? precedingRole(st, s, c[0]!));
    } else {
      addPerson(st, nameToks, descr, true, vocab);
      const app = appositive(st.text, last);
      if (app) lastPerson(st)?.descriptions.push(app);
    }
    return;
  }

  // 2. Organisations.
  const org = orgSpan(c, st.text, vocab) ?? nationalBody(c, vocab);
  if (org) {
    addOrg(st, org.tokens, org.strong, org.via);
    return;
  }

  // 3. Lower-case group noun after: "Sinaloa cartel", "Tren de Aragua gang".
  const after = st.text.slice(last.end, last.end + 20);
  const gm = /^ ([a-z]+)/.exec(after);
  if (gm && GROUP_NOUNS.has(gm[1]!) && !last.possessive) {
    const cs = c[0] && DEMONYMS.has(c[0].text) ? c.slice(1) : c;
    if (cs.length >= 2) {
      addOrg(st, cs, true, "name");
      return;
    }
    if (cs.length === 1 && !isCommon(cs[0]!.text, vocab) && !NEVER.has(cs[0]!.text)) {
      const tok = cs[0]!;
      const end = tok.end + 1 + gm[1]!.length;
      const withNoun: Token = { ...tok, text: st.text.slice(tok.start, end), end };
      addOrg(st, [withNoun], true, "name");
      return;
    }
  }

  // 4. Strip a leading demonym or country ("Venezuelan Nicolas Maduro").
  let n = c;
  while (n.length > 1 && (DEMONYMS.has(n[0]!.text) || COUNTRY_PREFIX.has(n[0]!.text))) n = n.slice(1);

  // 5. Places, events and awards are not actors.
  if (
    n.some((t) => PLACES.has(t.text)) ||
    PLACE_HEADS.has(n[n.length - 1]!.text) ||
    EVENT_HEADS.has(n[n.length - 1]!.text)
  ) {
    return;
  }
  if (n.length === 1 || isParticleSurname(n)) {
    const tok = n[0]!;
    if (n.length === 1 && (DEMONYMS.has(tok.text) || NEVER.has(tok.text) || COUNTRY_PREFIX.has(tok.text)))
      return;
    pendingWord(st, n, null, precedingRole(st, s, n[0]!));
    return;
  }

  // 6. A plain name: two to four name-shaped words.
  if (
    n.length <= 4 &&
    n.every((t) => nameShaped(t)) &&
    !n.some((t) => ORG_NAME_HEADS.has(t.text) || (t.acronym && !NAME_SUFFIXES.has(t.text))) &&
    !/^\p{Lu}$/u.test(n[0]!.text)
  ) {
    const given = GIVEN_NAMES.has(n[0]!.text);
    const common = n.some((t) => !PARTICLES_IN_ACTOR_NAMES.has(t.text) && isCommon(t.text, vocab));
    const role = precedingRole(st, s, n[0]!);
    const app = appositive(st.text, n[n.length - 1]!);
    const verb = speechNear(st.text, n[0]!, n[n.length - 1]!);
    const placeLike = PLACE_STARTS.has(n[0]!.text) && !given;
    const before = st.text.slice(Math.max(0, n[0]!.start - 24), n[0]!.start);
    // a fictional part, not an actor: "the role of Don Corleone", "played Hannibal Lecter"
    if (
      /\b(?:role|roles|part|character) (?:of|as) $|\b(?:played|plays|playing|portrayed|portraying) $/.test(
        before,
      )
    )
      return;
    // "Tears of the Sun Willis": people's names do not follow "the"; the last word may be a surname
    if (/(?:^|[^\p{L}])the $/u.test(before) && !given && !role && !postNominal) {
      if (n.length === 2 && !isCommon(n[1]!.text, vocab)) pendingWord(st, n.slice(1), null, null);
      return;
    }
    if (
      !given &&
      !role &&
      !postNominal &&
      /^ (?:said|says) (?:it|its)\b/.test(st.text.slice(n[n.length - 1]!.end, n[n.length - 1]!.end + 14))
    ) {
      addOrg(st, n, false, "name");
      return;
    }
    if (!placeLike && (given || postNominal || role || app || (!common && verb) || !common)) {
      addPerson(st, n, role, given || postNominal || !!role || !!app, vocab);
      if (app) lastPerson(st)?.descriptions.push(app);
      return;
    }
  }
  // Anything else: look for lone known words inside later (not here).
}

/** The run names (the end of) a person the article has already named: "Van Commenee", "Brown". */
function knownSurname(st: ArticleState, c: Token[]): boolean {
  if (c.length > 3) return false;
  const key = foldKey(c.map((t) => t.text).join(" "));
  for (const l of st.persons.values()) if (l.surname === key) return true;
  return false;
}

/**
 * A lower-case noun after a capitalised run: an institution noun belongs to the name ("Labour party",
 * "West Yorkshire police", "Superior court"); a descriptor ("Vanity Fair magazine") makes the run an
 * organisation without being part of it. A bare nationality ("British police") is not a name.
 */
function institutionOrDescriptor(st: ArticleState, c: Token[], vocab: Vocab): boolean {
  const last = c[c.length - 1]!;
  if (last.possessive) return false;
  const m = /^ ([a-z][a-z-]+)\b/.exec(st.text.slice(last.end, last.end + 24));
  if (!m) return false;
  const noun = m[1]!;
  const words = c.map((t) => t.text);
  if (words.every((w) => DEMONYMS.has(w) || COUNTRY_PREFIX.has(w) || NEVER.has(w))) return false;
  if (words.some((w) => TITLE_HEADS.has(w) || HONORIFICS.has(w) || GIVEN_NAMES.has(w))) return false;
  if (INSTITUTION_NOUNS.has(noun)) {
    const end = last.end + 1 + noun.length;
    const withNoun: Token = { ...last, text: st.text.slice(last.start, end), end };
    addOrg(st, [...c.slice(0, -1), withNoun], true, "name");
    return true;
  }
  if (ORG_DESCRIPTOR_NOUNS.has(noun) && (c.length >= 2 || !isCommon(last.text, vocab))) {
    if (c.length === 1 && knownSurname(st, c)) return false;
    if (words.some((w) => PLACES.has(w) || EVENT_HEADS.has(w))) return false;
    addOrg(st, c, true, c.length === 1 && c[0]!.acronym ? "acronym" : "name");
    return true;
  }
  return false;
}

/** A national body: "UK Athletics", "USA Track and Field", "Sport England" (not "Great Britain"). */
function nationalBody(c: Token[], vocab: Vocab): OrgSpan | null {
  const words = c.map((t) => t.text);
  if (c.length < 2 || c.length > 4) return null;
  if (words.some((w) => TITLE_HEADS.has(w) || GIVEN_NAMES.has(w) || NEVER.has(w) || HONORIFICS.has(w)))
    return null;
  const last = words[words.length - 1]!;
  if (EVENT_HEADS.has(last) || PLACE_HEADS.has(last)) return null;
  const rest = words.slice(1).filter((w) => w !== "and" && w !== "of");
  if (
    NATION_PREFIX.has(words[0]!) &&
    rest.length > 0 &&
    rest.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isWord(w, vocab) && !DEMONYMS.has(w) && !PLACES.has(w))
  )
    return { tokens: c, strong: true, via: "name" };
  if (
    c.length === 2 &&
    NATIONS.has(last) &&
    /^\p{Lu}\p{Ll}+$/u.test(words[0]!) &&
    isWord(words[0]!, vocab) &&
    !PLACE_MODIFIERS.has(words[0]!) &&
    !DEMONYMS.has(words[0]!) &&
    !SENTENCE_STARTERS.has(words[0]!)
  )
    return { tokens: c, strong: true, via: "name" };
  return null;
}

/** A known multi-word organisation at the start of a run (or after one sentence-initial word). */
function knownPhraseAt(c: Token[]): { from: number; to: number } | null {
  for (const from of [0, 1]) {
    for (const p of KNOWN_PHRASES) {
      if (p.length + from <= c.length && p.every((w, i) => w === c[from + i]!.text)) {
        return { from, to: from + p.length };
      }
    }
  }
  return null;
}

function nameShaped(t: Token): boolean {
  return (
    (t.cap && /^\p{Lu}[\p{L}\p{M}'’\-.]*$/u.test(t.text) && !NEVER.has(t.text)) ||
    PARTICLES_IN_ACTOR_NAMES.has(t.text) ||
    NAME_SUFFIXES.has(t.text)
  );
}

function isParticleSurname(toks: Token[]): boolean {
  return (
    toks.length > 1 && toks.slice(0, -1).every((t) => PARTICLES_IN_ACTOR_NAMES.has(t.text.toLowerCase()))
  );
}

function span(text: string, toks: Token[]): string {
  return text.slice(toks[0]!.start, toks[toks.length - 1]!.end);
}

interface TitleSplit {
  headAt: number;
  titleEnd: number;
  nameFrom: number;
}

/** "Secretary of State | Marco Rubio", "Mr | McLetchie", "Acting … Director | Todd Lyons". */
function splitTitle(w: string[]): TitleSplit | null {
  for (let h = w.length - 2; h >= 0; h--) {
    if (!TITLE_HEADS.has(w[h]!) && !HONORIFICS.has(w[h]!)) continue;
    let j = h + 1;
    if ((w[j] === "of" || w[j] === "for") && j + 1 < w.length) {
      j++;
      if (w[j] === "the") j++;
      while (j < w.length - 1 && TITLE_OF_WORDS.has(w[j]!)) j++;
    }
    // more title words right after the head ("Chief Executive Officer Jane Roe")
    while (j < w.length - 1 && TITLE_HEADS.has(w[j]!)) j++;
    const name = w.slice(j);
    if (name.length === 0 || name.length > 5) return null;
    if (name.every((x) => NAME_SUFFIXES.has(x))) continue;
    if (name.some((x) => TITLE_HEADS.has(x) || (/^[\p{Lu}]{2,}$/u.test(x) && !NAME_SUFFIXES.has(x))))
      return null;
    if (
      name.some(
        (x) => ORG_NAME_HEADS.has(x) || PLACES.has(x) || NEVER.has(x) || KNOWN_ORGS.has(x) || DEMONYMS.has(x),
      )
    )
      return null;
    if (!/^\p{Lu}/u.test(name[name.length - 1]!)) return null;
    return { headAt: h, titleEnd: j, nameFrom: j };
  }
  return null;
}

/** An organisation named at the front of a title: "FBI Director", "Immigration and Customs Enforcement Director". */
function orgInsideTitle(st: ArticleState, toks: Token[]) {
  let t = toks;
  while (t.length && (TITLE_MODIFIERS.has(t[0]!.text) || DEMONYMS.has(t[0]!.text)) && !t[0]!.acronym) {
    if (t[1]?.text === "and") break;
    t = t.slice(1);
  }
  while (t.length && TITLE_HEADS.has(t[t.length - 1]!.text)) t = t.slice(0, -1);
  if (t.length === 0) return;
  const words = t.map((x) => x.text);
  if (t.length === 1 && (KNOWN_ORGS.has(words[0]!) || (t[0]!.acronym && !COUNTRY_PREFIX.has(words[0]!)))) {
    addOrg(st, t, true, t[0]!.acronym ? "acronym" : "name");
  } else if (t.length >= 3 && words.includes("and") && words[words.length - 1] !== "and") {
    addOrg(st, t, true, "name");
  }
}

interface OrgSpan {
  tokens: Token[];
  strong: boolean;
  via: Via;
}

function orgSpan(c: Token[], _text: string, vocab: Vocab): OrgSpan | null {
  const words = c.map((t) => t.text);
  const last = words[words.length - 1]!;
  // known multi-word org
  for (const p of KNOWN_PHRASES) {
    if (p.length === words.length && p.every((w, i) => w === words[i]))
      return { tokens: c, strong: true, via: "name" };
  }
  const t = c;
  if (
    t.length >= 2 &&
    ORG_NAME_HEADS.has(last) &&
    (!t.every((x) => ORG_NAME_HEADS.has(x.text) || DEMONYMS.has(x.text)) ||
      (t.length === 2 && DEMONYMS.has(words[0]!) && !ORG_NAME_HEADS.has(words[0]!)))
  ) {
    return { tokens: t, strong: true, via: "name" };
  }
  const of = words.indexOf("of");
  if (
    of > 0 &&
    of < words.length - 1 &&
    (ORG_STARTS.has(words[of - 1]!) || ORG_NAME_HEADS.has(words[of - 1]!))
  )
    return { tokens: t, strong: true, via: "name" };
  if (t.length === 1 && KNOWN_ORGS.has(last) && !(t[0]!.acronym && isCommon(last, vocab))) {
    return { tokens: t, strong: true, via: t[0]!.acronym ? "acronym" : "name" };
  }
  // Known org followed by a division name: "BBC Scotland", "Sky Sports"
  if (t.length >= 2 && t.length <= 3 && KNOWN_ORGS.has(words[0]!) && !GIVEN_NAMES.has(words[1]!)) {
    return { tokens: t, strong: true, via: "name" };
  }
  return null;
}

/** ", the Homeland Security Secretary," → "Homeland Security Secretary". */
function appositive(text: string, last: Token): string | null {
  const m = /^,\s+(?:the|a|an)\s+([^,.;:"“”()]{3,90}?)(?=[,.;:()]|\s+(?:who|which|said|says)\b)/u.exec(
    text.slice(last.end, last.end + 120),
  );
  if (!m) return null;
  const phrase = m[1]!.trim();
  const ws = phrase.split(/\s+/);
  if (ws.length > 10) return null;
  const role = ws.some((w) => ROLE_WORDS_LC.has(w.toLowerCase().replace(/['’]s$/, "")));
  return role ? phrase : null;
}

/** Lower-case role words right before a name: "Ryanair chairman David Bonderman". */
function precedingRole(st: ArticleState, s: Sent, first: Token): string | null {
  const idx = s.tokens.findIndex((t) => t.start === first.start);
  if (idx <= 0) return null;
  const prev = s.tokens[idx - 1]!;
  if (!ROLE_WORDS_LC.has(prev.text.toLowerCase()) || prev.cap) return null;
  if (!/^ {1,2}$/.test(st.text.slice(prev.end, first.start))) return null;
  let k = idx - 1;
  while (k > 0 && idx - k < 6) {
    const p = s.tokens[k - 1]!;
    const gap = st.text.slice(p.end, s.tokens[k]!.start);
    if (!/^(?:['’]s?)? {1,2}$/.test(gap)) break;
    const lw = p.text.toLowerCase();
    if ((STOPWORDS.has(lw) && lw !== "of" && lw !== "and") || STATEMENT_VERBS.has(lw)) break;
    if (!p.cap && !ROLE_WORDS_LC.has(lw) && !TITLE_MODIFIERS_LC.has(lw) && !/(?:al|ive|ic|ing)$/.test(lw))
      break;
    k--;
  }
  return st.text.slice(s.tokens[k]!.start, prev.end);
}

function speechNear(text: string, first: Token, last: Token): boolean {
  const after = text.slice(last.end, last.end + 25);
  const before = text.slice(Math.max(0, first.start - 12), first.start);
  return (
    /^\s*,?\s*(?:said|says|told|added|wrote|explained|announced|argued|insisted)\b/.test(after) ||
    /\b(?:said|says|told|added)\s+$/.test(before)
  );
}

function lastPerson(st: ArticleState): Local | undefined {
  return (st as ArticleState & { lastPerson?: Local }).lastPerson;
}

function newLocal(st: ArticleState, kind: ActorKind, tokens: string[], strong: boolean): Local {
  const l: Local = {
    id: -1,
    docId: st.docId,
    kind,
    tokens,
    surname: null,
    first: null,
    descriptions: [],
    mentions: [],
    strong,
  };
  st.all.push(l);
  return l;
}

function surnameOf(tokens: string[]): { surname: string; first: string | null } {
  let end = tokens.length;
  while (end > 1 && NAME_SUFFIXES.has(tokens[end - 1]!)) end--;
  let s = end - 1;
  while (s > 0 && PARTICLES_IN_ACTOR_NAMES.has(tokens[s - 1]!.toLowerCase()) && s - 1 > 0) s--;
  const first = s > 0 ? foldKey(tokens[0]!) : null;
  return { surname: foldKey(tokens.slice(s, end).join(" ")), first };
}

function addPerson(st: ArticleState, toks: Token[], description: string | null, strong: boolean, _v: Vocab) {
  const words = toks.map((t) => t.text);
  const key = foldKey(words.join(" "));
  let l = st.persons.get(key);
  if (!l) {
    l = newLocal(st, "person", words, strong);
    const { surname, first } = surnameOf(words);
    l.surname = surname;
    l.first = first;
    st.persons.set(key, l);
  }
  l.strong ||= strong;
  if (description) l.descriptions.push(description);
  l.mentions.push({
    start: toks[0]!.start,
    end: toks[toks.length - 1]!.end,
    text: span(st.text, toks),
    via: "name",
    local: l,
  });
  (st as ArticleState & { lastPerson?: Local }).lastPerson = l;
}

function addOrg(st: ArticleState, toks: Token[], strong: boolean, via: Via) {
  const text = span(st.text, toks);
  const words = text.split(/\s+/);
  const key = foldKey(text);
  let l = st.orgs.get(key);
  if (!l) {
    l = newLocal(st, "organization", words, strong);
    st.orgs.set(key, l);
  }
  l.mentions.push({ start: toks[0]!.start, end: toks[toks.length - 1]!.end, text, via, local: l });
}

function pendingWord(
  st: ArticleState,
  toks: Token[],
  hint: ActorKind | null,
  description: string | null,
  weak = false,
) {
  const text = span(st.text, toks);
  if (toks.length === 1 && THING_ACRONYMS.has(text)) return;
  // "Mr Ingram said it was …": the honorific says person, whatever follows
  const honorific = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.? $/u.test(
    st.text.slice(Math.max(0, toks[0]!.start - 6), toks[0]!.start),
  );
  st.pending.push({
    weak,
    docId: st.docId,
    start: toks[0]!.start,
    end: toks[toks.length - 1]!.end,
    text,
    key: foldKey(text),
    acronym: toks.length === 1 && toks[0]!.acronym,
    hint:
      hint ??
      (honorific ? "person" : orgContext(st.text, toks[0]!, toks[toks.length - 1]!) ? "organization" : null),
    description,
  });
}

/** Followed by what organisations do or have: "BT said", "UKA's", "EFF lawyer", "Fiat shares". */
function orgContext(text: string, first: Token, last: Token): boolean {
  const after = text.slice(last.end, last.end + 24);
  const before = text.slice(Math.max(0, first.start - 24), first.start);
  return (
    /^(?:['’]s?)? (?:said it|says it|spokesman|spokeswoman|spokesperson|chief|boss|bosses|officials?|executives?|chairman|shares|shareholders|customers|subscribers|users|staff|employees|board)\b/.test(
      after,
    ) ||
    /\b(?:firm|company|group|rival|giant|operator|maker|provider|retailer|carrier|airline|bank|site|service|agency|body|watchdog|regulator|broadcaster|channel|network|publisher|studio|newspaper|magazine|joined|acquire|acquired|bought|buy|sell|sold|sued|owned by|rival|change|changes to) $/.test(
      before,
    ) ||
    /^[\p{L}\p{N}-]+\.(?:com|org|net|co\.uk)$/u.test(last.text)
  );
}

/** Lone words that name an entity of the same article: surname, first name, acronym, short form. */
function resolveLocally(st: ArticleState, vocab: Vocab) {
  // "Dave Collins" and "David Collins" in one article: one person
  const seen = new Map<string, Local[]>();
  for (const [k, l] of [...st.persons]) {
    const same = seen.get(l.surname!) ?? [];
    const twin = same.find((o) => o.first && l.first && firstNamesClose(o.first, l.first, true));
    if (twin) {
      for (const m of l.mentions) twin.mentions.push({ ...m, via: "alias", local: twin });
      twin.descriptions.push(...l.descriptions);
      twin.strong ||= l.strong;
      l.mentions = [];
      st.persons.delete(k);
      st.all.splice(st.all.indexOf(l), 1);
    } else push(seen, l.surname!, l);
  }
  const bySurname = new Map<string, Local[]>();
  const byFirst = new Map<string, Local[]>();
  for (const l of st.persons.values()) {
    push(bySurname, l.surname!, l);
    // "de la Fuente" is also "Fuente"? no: particles stay.
    if (l.first && !isCommon(l.tokens[0]!, vocab)) push(byFirst, l.first, l);
  }
  const orgKeys = new Map<string, Local>();
  for (const l of st.orgs.values()) {
    const name = l.tokens.join(" ");
    for (const k of orgShortKeys(l.tokens)) if (!orgKeys.has(k)) orgKeys.set(k, l);
    if (l.tokens.length >= 2) {
      for (const ini of [initials(name), acronymInitials(name)]) {
        if (ini && ini.length >= 2) orgKeys.set(`#${ini}`, orgKeys.get(`#${ini}`) ?? l);
      }
    }
  }
  mergeAbbreviations(st);
  // "… and is now known as MCI": resolved once every organisation of the article is known
  const renames = st.pending.filter((p) =>
    /\b(?:now|formerly|previously|later|since|also) (?:known as|called|renamed) $|\brenamed (?:itself )?(?:as )?$/.test(
      st.text.slice(Math.max(0, p.start - 40), p.start),
    ),
  );
  // explicit "(DEA)" right after an org mention
  for (const l of st.orgs.values()) {
    for (const m of l.mentions) {
      const pm = /^ \((\p{Lu}[\p{Lu}\p{N}&.]{1,9})\)/u.exec(st.text.slice(m.end, m.end + 14));
      if (pm) orgKeys.set(`#${pm[1]!.replace(/\./g, "")}`, l);
    }
  }
  const left: Pending[] = [];
  for (const p of st.pending) {
    const persons = bySurname.get(p.key);
    if (persons?.length === 1 && p.hint !== "organization") {
      attach(persons[0]!, p, "surname");
      continue;
    }
    if (p.weak) continue;
    const org =
      orgKeys.get(p.key) ?? (p.acronym ? orgKeys.get(`#${p.text.replace(/[.&]/g, "")}`) : undefined);
    if (org && p.hint !== "person") {
      attach(org, p, p.acronym ? "acronym" : "alias");
      continue;
    }
    const firsts = byFirst.get(p.key);
    if (firsts?.length === 1 && !bySurname.has(p.key) && p.hint !== "organization") {
      attach(firsts[0]!, p, "alias");
      continue;
    }
    // "Mr Ebber's" for Bernie Ebbers: a possessive eating the surname's final s
    const plural = p.hint === "person" ? bySurname.get(`${p.key}s`) : undefined;
    if (plural?.length === 1 && !bySurname.has(p.key)) {
      attach(plural[0]!, p, "surname");
      continue;
    }
    if (p.hint === "person") {
      // "Mr McLetchie", "President Sheinbaum" with no full name in this article
      let l = st.surnameOnly.get(p.key);
      if (!l) {
        l = newLocal(st, "person", [p.text], true);
        l.surname = p.key;
        st.surnameOnly.set(p.key, l);
      }
      attach(l, p, "surname");
      continue;
    }
    left.push(p);
  }
  // lone words that behave like organisations somewhere in the article ("X shares", "the firm X")
  const lone = new Map<string, Pending[]>();
  for (const p of left) {
    if (p.text.includes(" ") || COUNTRY_PREFIX.has(p.text) || NEVER.has(p.text) || PLACES.has(p.text))
      continue;
    if (/^\p{Lu}{2,}s$/u.test(p.text)) continue;
    if (DEMONYMS.has(p.text) || isCommon(p.text, vocab)) continue;
    push(lone, p.key, p);
  }
  const rest: Pending[] = [];
  for (const p of left) {
    const same = lone.get(p.key);
    if (same?.some((x) => x.hint === "organization")) {
      let l = st.orgs.get(p.key);
      if (!l) {
        l = newLocal(st, "organization", [p.text], true);
        st.orgs.set(p.key, l);
      }
      attach(l, p, p.acronym ? "acronym" : "name");
    } else rest.push(p);
  }
  st.pending = renames.length ? renamed(st, renames, rest) : rest;
}

/** "X … is now known as MCI": MCI is another name of the organisation named last before it. */
function renamed(st: ArticleState, renames: Pending[], rest: Pending[]): Pending[] {
  const to = new Map<string, Local>();
  for (const p of renames) {
    let near: Local | null = null;
    let at = -1;
    for (const [k, l] of st.orgs) {
      if (k === p.key) continue;
      for (const m of l.mentions) {
        if (m.end <= p.start && m.start > at && p.start - m.end < 600) {
          near = l;
          at = m.start;
        }
      }
    }
    if (!near || to.has(p.key)) continue;
    to.set(p.key, near);
    const own = st.orgs.get(p.key);
    if (own && own !== near) {
      for (const m of own.mentions) near.mentions.push({ ...m, via: "alias", local: near });
      own.mentions = [];
      st.orgs.delete(p.key);
      st.all.splice(st.all.indexOf(own), 1);
    }
  }
  return rest.filter((p) => {
    const l = to.get(p.key);
    if (l) attach(l, p, p.acronym ? "acronym" : "alias");
    return !l;
  });
}

/** "Lib Dems" in an article that says "Liberal Democrats": each word a prefix of the other's. */
function mergeAbbreviations(st: ArticleState) {
  const orgs = [...st.orgs.entries()].filter(([, l]) => l.tokens.length >= 2 && l.mentions.length > 0);
  if (orgs.length > 200) return;
  for (const [k, short] of orgs) {
    const full = orgs.find(
      ([, l]) => l !== short && l.mentions.length > 0 && abbreviates(short.tokens, l.tokens),
    );
    if (!full) continue;
    const long = full[1];
    for (const m of short.mentions) long.mentions.push({ ...m, via: "alias", local: long });
    short.mentions = [];
    st.orgs.delete(k);
    st.all.splice(st.all.indexOf(short), 1);
  }
}

function abbreviates(short: string[], long: string[]): boolean {
  if (short.length !== long.length) return false;
  let shorter = false;
  for (let i = 0; i < short.length; i++) {
    const a = foldKey(short[i]!);
    const b = foldKey(long[i]!);
    if (a === b) continue;
    const stem = a.length > 3 && a.endsWith("s") && b.endsWith("s") ? a.slice(0, -1) : a;
    if (stem.length < 3 || !b.startsWith(stem) || b.length <= stem.length + 1) return false;
    shorter = true;
  }
  return shorter;
}

function orgShortKeys(tokens: string[]): string[] {
  const keys = [foldKey(tokens.join(" "))];
  // "PowerPage.org" is also "PowerPage"
  const site = /^(.{3,})\.(?:com|org|net|co\.uk|org\.uk)$/i.exec(tokens.join(" "));
  if (site) keys.push(foldKey(site[1]!));
  // "House of Commons" is also "the Commons"
  if (tokens.length === 3 && tokens[0] === "House" && tokens[1] === "of") keys.push(foldKey(tokens[2]!));
  // "Telewest Broadband" is also "Telewest" (not "British Airways" → "British")
  if (tokens.length === 2 && CORP_DESCRIPTORS.has(tokens[1]!)) {
    const w = tokens[0]!;
    if (
      !DEMONYMS.has(w) &&
      !TITLE_MODIFIERS.has(w) &&
      !PLACES.has(w) &&
      !PLACE_MODIFIERS.has(w) &&
      w.length >= 3
    )
      keys.push(foldKey(w));
  }
  if (tokens.length >= 2 && GROUP_NOUNS.has(tokens[tokens.length - 1]!))
    keys.push(foldKey(tokens.slice(0, -1).join(" ")));
  if (tokens.length >= 3 && COUNTRY_PREFIX.has(tokens[0]!)) keys.push(foldKey(tokens.slice(1).join(" ")));
  let t = tokens;
  while (t.length > 1 && CORP_SUFFIXES.has(t[t.length - 1]!)) t = t.slice(0, -1);
  if (t.length < tokens.length) keys.push(foldKey(t.join(" ")));
  if (tokens[0] === "the" || tokens[0] === "The") keys.push(foldKey(tokens.slice(1).join(" ")));
  return keys;
}

function attach(l: Local, p: Pending, via: Via) {
  l.mentions.push({ start: p.start, end: p.end, text: p.text, via, local: l });
  if (p.description) l.descriptions.push(p.description);
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

// ---------------------------------------------------------------------------------------------
// Pass 2: across articles (union-find over per-article entities)

class UnionFind {
  parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[x] !== r) {
      const n = this.parent[x]!;
      this.parent[x] = r;
      x = n;
    }
    return r;
  }
  union(a: number, b: number) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[rb] = ra;
  }
}

/** Title heads a person has been described with ("president", "secretary"). */
function roleHeads(l: Local): Set<string> {
  const out = new Set<string>();
  for (const d of l.descriptions)
    for (const w of d.split(/\s+/)) if (TITLE_HEADS.has(w)) out.add(w.toLowerCase());
  return out;
}

function rolesCompatible(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  for (const x of a) if (b.has(x)) return true;
  return false;
}

function firstNamesClose(a: string, b: string, sameDoc: boolean): boolean {
  if (a === b) return true;
  if (a.length < 3 || b.length < 3) return false;
  const shared3 = a.slice(0, 3) === b.slice(0, 3);
  const d = editDistance(a, b, 2);
  if (sameDoc) return shared3 && d <= 2;
  return d <= 2 && (shared3 || (d <= 1 && Math.min(a.length, b.length) >= 5));
}

function mergeAcrossArticles(locals: Local[]): Local[][] {
  const uf = new UnionFind(locals.length);
  const byFull = new Map<string, number>();
  const orgByName = new Map<string, number>();
  for (const l of locals) {
    if (l.kind === "person" && l.first !== null) {
      const k = foldKey(l.tokens.join(" "));
      const r = byFull.get(k);
      if (r === undefined) byFull.set(k, l.id);
      else uf.union(r, l.id);
    } else if (l.kind === "organization") {
      for (const k of orgShortKeys(l.tokens)) {
        const r = orgByName.get(k);
        if (r === undefined) orgByName.set(k, l.id);
        else uf.union(r, l.id);
      }
    }
  }
  // a weak "person" whose name is an organisation's name elsewhere is that organisation
  for (const l of locals) {
    if (l.kind !== "person" || l.strong || l.first === null) continue;
    const r = orgByName.get(foldKey(l.tokens.join(" ")));
    if (r !== undefined) uf.union(r, l.id);
  }
  // same surname, close first name, compatible roles: one person (buckets are small)
  const bySurname = new Map<string, Local[]>();
  for (const l of locals) if (l.kind === "person" && l.first !== null) push(bySurname, l.surname!, l);
  for (const bucket of bySurname.values()) {
    const reps = new Map<number, Local>();
    for (const l of bucket) if (!reps.has(uf.find(l.id))) reps.set(uf.find(l.id), l);
    const list = [...reps.values()].slice(0, 60);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (uf.find(a.id) === uf.find(b.id)) continue;
        if (!firstNamesClose(a.first!, b.first!, a.docId === b.docId)) continue;
        if (!rolesCompatible(roleHeads(a), roleHeads(b))) continue;
        uf.union(a.id, b.id);
      }
    }
  }
  // surname-only persons → the unique full-name person with that surname
  const surnameGroups = new Map<string, Set<number>>();
  for (const [s, bucket] of bySurname) surnameGroups.set(s, new Set(bucket.map((l) => uf.find(l.id))));
  for (const l of locals) {
    if (l.kind !== "person" || l.first !== null) continue;
    const g = surnameGroups.get(l.surname!);
    if (g?.size === 1) uf.union([...g][0]!, l.id);
  }
  // acronym → the unique organisation with those initials
  const byInitials = new Map<string, Set<number>>();
  for (const l of locals) {
    if (l.kind !== "organization" || l.tokens.length < 2) continue;
    const name = l.tokens.join(" ");
    for (const ini of [initials(name), acronymInitials(name)]) {
      if (!ini || ini.length < 2) continue;
      const s = byInitials.get(ini) ?? new Set<number>();
      s.add(uf.find(l.id));
      byInitials.set(ini, s);
    }
  }
  for (const l of locals) {
    if (l.kind !== "organization" || l.tokens.length !== 1) continue;
    const w = l.tokens[0]!.replace(/\./g, "");
    if (!/^\p{Lu}{3,8}$/u.test(w)) continue;
    const g = byInitials.get(w);
    if (g) {
      const roots = new Set([...g].map((r) => uf.find(r)));
      if (roots.size === 1) uf.union([...roots][0]!, l.id);
    }
  }
  const groups = new Map<number, Local[]>();
  for (const l of locals) push(groups, uf.find(l.id), l);
  return [...groups.values()];
}

// ---------------------------------------------------------------------------------------------
// Pass 3: actors, leftover lone words, roles and pronouns

function canonicalName(group: Local[]): { name: string; kind: ActorKind } {
  let person = 0;
  let org = 0;
  for (const l of group) {
    const w = l.mentions.length * (l.strong ? 2 : 1);
    if (l.kind === "person") person += w;
    else org += w;
  }
  const kind: ActorKind = person >= org ? "person" : "organization";
  const forms = new Map<
    string,
    { text: string; count: number; words: number; accented: boolean; acr: boolean }
  >();
  for (const l of group) {
    for (const m of l.mentions) {
      if (m.via !== "name" && m.via !== "acronym") continue;
      const k = foldKey(m.text);
      const accented = /[^\x00-\x7f]/.test(m.text.replace(/[’‘]/g, ""));
      const f = forms.get(k);
      if (!f) {
        forms.set(k, {
          text: m.text,
          count: 1,
          words: m.text.split(/\s+/).length,
          accented,
          acr: /^[\p{Lu}.&]+$/u.test(m.text),
        });
      } else {
        f.count++;
        if (accented && !f.accented) {
          f.text = m.text;
          f.accented = true;
        }
      }
    }
  }
  const list = [...forms.values()];
  if (list.length === 0) {
    const m = group[0]!.mentions[0];
    return { name: m ? m.text : group[0]!.tokens.join(" "), kind };
  }
  list.sort(
    (a, b) =>
      Number(a.acr) - Number(b.acr) ||
      Number(b.words >= 2) - Number(a.words >= 2) ||
      Number(COUNTRY_PREFIX.has(a.text.split(" ")[0]!)) - Number(COUNTRY_PREFIX.has(b.text.split(" ")[0]!)) ||
      b.count - a.count ||
      b.words - a.words ||
      Number(b.accented) - Number(a.accented),
  );
  return { name: list[0]!.text, kind };
}

interface DocData {
  article: Article;
  sentences: Sent[];
}

function assemble(groups: Local[][], pending: Pending[], docs: DocData[], vocab: Vocab): ActorModel {
  const actors: Actor[] = [];
  const byId = new Map<string, Actor>();
  const usedIds = new Map<string, number>();
  const mentionsByDoc = new Map<string, Mention[]>();
  const actorOfLocal = new Map<Local, Actor>();
  const addMention = (a: Actor, docId: string, m: Omit<Mention, "actorId" | "docId">) =>
    push(mentionsByDoc, docId, { actorId: a.id, docId, ...m });

  for (const g of groups) {
    const total = g.reduce((s, l) => s + l.mentions.length, 0);
    if (total === 0) continue;
    // a lone weak word entity with no support is not an actor
    if (!g.some((l) => l.strong) && g.every((l) => l.tokens.length === 1) && total < 2) continue;
    const { name, kind } = canonicalName(g);
    let id = `${kind}:${slug(name)}`;
    const n = usedIds.get(id) ?? 0;
    usedIds.set(id, n + 1);
    if (n > 0) id = `${id}-${n + 1}`;
    const actor: Actor = { id, name, kind, aliases: [], descriptions: [], documents: [], mentions: 0 };
    actors.push(actor);
    byId.set(id, actor);
    for (const l of g) {
      actorOfLocal.set(l, actor);
      for (const m of l.mentions)
        addMention(actor, l.docId, { start: m.start, end: m.end, text: m.text, via: m.via });
      for (const d of l.descriptions) addSeen(actor.descriptions, d, l.docId);
    }
  }

  // Leftover lone words: the unique person with that surname, or an organisation's alias, corpus-wide.
  const surnameActors = new Map<string, Set<Actor>>();
  const orgAlias = new Map<string, Set<Actor>>();
  for (const g of groups) {
    for (const l of g) {
      const a = actorOfLocal.get(l);
      if (!a) continue;
      if (a.kind === "person" && l.kind === "person" && l.surname && l.strong)
        addSet(surnameActors, l.surname, a);
      if (a.kind === "organization" && l.kind === "organization") {
        for (const k of orgShortKeys(l.tokens)) addSet(orgAlias, k, a);
        if (l.tokens.length >= 2) {
          const name = l.tokens.join(" ");
          addSet(orgAlias, `#${initials(name)}`, a);
          const ai = acronymInitials(name);
          if (ai) addSet(orgAlias, `#${ai}`, a);
        }
      }
    }
  }
  for (const p of pending) {
    if (isCommon(p.text, vocab) && !p.acronym) continue;
    if (PLACES.has(p.text) || DEMONYMS.has(p.text) || COUNTRY_PREFIX.has(p.text)) continue;
    const persons = surnameActors.get(p.key);
    if (persons?.size === 1 && p.hint !== "organization") {
      const a = [...persons][0]!;
      addMention(a, p.docId, { start: p.start, end: p.end, text: p.text, via: "surname" });
      continue;
    }
    const orgs =
      orgAlias.get(p.key) ??
      (p.acronym && p.text.length >= 3 ? orgAlias.get(`#${p.key.toUpperCase()}`) : undefined);
    if (orgs?.size === 1 && p.hint !== "person") {
      const a = [...orgs][0]!;
      addMention(a, p.docId, {
        start: p.start,
        end: p.end,
        text: p.text,
        via: p.acronym ? "acronym" : "alias",
      });
    }
  }

  // hyphenated pairs ("Trump-Sheinbaum relationship"): each part a known surname
  // (handled through pending only when the chunk was split; kept simple)

  // roles and pronouns
  const gendersByDoc = new Map<string, Map<string, "male" | "female">>();
  for (const d of docs) {
    const list = mentionsByDoc.get(d.article.docId);
    if (!list) continue;
    dedupe(list);
    const named = list.slice();
    const genders = new Map<string, "male" | "female">();
    gendersByDoc.set(d.article.docId, genders);
    const extra = [
      ...corefMentions({
        docId: d.article.docId,
        text: d.article.text,
        bodyStart: d.article.bodyStart,
        sentences: d.sentences,
        named,
        byId,
        quoted: quotedSpans(d.article).map((q) => [q.markOpen, q.markClose] as const),
        genders,
      }),
      ...roleNouns(d, named, byId),
    ];
    if (extra.length) {
      // a role phrase may hold a name ("the party's Treasury spokesman"): both stay, nested;
      // an alias never displaces a name
      dedupe(extra);
      let k = 0;
      for (const m of extra) {
        while (k < named.length && named[k]!.end <= m.start) k++;
        const overlaps = k < named.length && named[k]!.start < m.end;
        if (m.via === "role" || !overlaps) list.push(m);
      }
      list.sort((a, b) => a.start - b.start || b.end - a.end);
    }
  }

  // aliases, documents, counts
  const docsOf = new Map<Actor, Set<string>>();
  for (const [docId, list] of mentionsByDoc) {
    for (const m of list) {
      const a = byId.get(m.actorId)!;
      a.mentions++;
      let docs = docsOf.get(a);
      if (!docs) {
        docs = new Set();
        docsOf.set(a, docs);
      }
      if (!docs.has(docId)) {
        docs.add(docId);
        a.documents.push(docId);
      }
      if (m.via !== "pronoun" && m.via !== "role") addSeen(a.aliases, m.text, docId);
    }
  }
  const live = actors.filter((a) => a.mentions > 0);
  live.sort(
    (a, b) =>
      b.mentions - a.mentions || b.documents.length - a.documents.length || a.name.localeCompare(b.name),
  );
  for (const a of byId.keys()) if (!byId.get(a)!.mentions) byId.delete(a);
  for (const a of live) {
    a.aliases.sort((x, y) => y.docIds.length - x.docIds.length);
    a.descriptions.sort((x, y) => y.docIds.length - x.docIds.length);
  }

  return modelOf({ actors: live, mentionsByDoc, gendersByDoc });
}

/** What a model is made of: plain data, so the snapshot can store it and skip the rebuild. */
interface ModelData {
  actors: Actor[];
  mentionsByDoc: Map<string, Mention[]>;
  gendersByDoc: Map<string, Map<string, "male" | "female">>;
}

const dataOf = new WeakMap<ActorModel, ModelData>();

/** The model's lookups over its data; also how a snapshot's data becomes a model again. */
function modelOf(data: ModelData): ActorModel {
  const { actors: live, mentionsByDoc, gendersByDoc } = data;
  const byId = new Map(live.map((a) => [a.id, a]));
  // resolve(): any alias, folded; the most mentioned actor wins
  const names = new Map<string, Actor>();
  for (const a of live) {
    for (const k of [foldKey(a.name), ...a.aliases.map((x) => foldKey(x.text))]) {
      const cur = names.get(k);
      if (!cur || (cur.mentions < a.mentions && foldKey(cur.name) !== k)) names.set(k, a);
    }
  }
  const resolve = (name: string): Actor | null => {
    const k = foldKey(name)
      .replace(/^(?:the|mr|mrs|ms|dr|sir)\s+/, "")
      .replace(/['’]s$/, "");
    return names.get(k) ?? null;
  };
  const model: ActorModel = {
    actors: live,
    byId,
    resolve,
    mentionsIn: (docId) => mentionsByDoc.get(docId) ?? [],
    genderOf: (docId, actorId) => gendersByDoc.get(docId)?.get(actorId) ?? "any",
    mentionAt(docId, start, end) {
      let best: Mention | null = null;
      for (const m of mentionsByDoc.get(docId) ?? []) {
        if (m.start > start) break;
        if (m.end >= end && (!best || m.end - m.start > best.end - best.start)) best = m;
      }
      return best;
    },
  };
  dataOf.set(model, data);
  return model;
}

// In the snapshot the model is one opaque byte block: copied as bytes on load, decoded into its
// many small objects only when first used (see warmActors), so start-up stays fast at scale.
// The cache layer registers this codec (src/cache/snapshot-parts.ts); analysis knows no cache.
export const actorModelSnapshot = {
  encode: (model: unknown): Uint8Array => {
    const data = dataOf.get(model as ActorModel);
    if (!data) throw new Error("this actor model was not built by buildActorModel");
    return v8.serialize(data);
  },
  decode: (bytes: unknown): ActorModel =>
    lazyModel(() => modelOf(v8.deserialize(bytes as Uint8Array) as ModelData)),
};

/** A model that builds itself on first use; `warmActors` forces it. */
function lazyModel(make: () => ActorModel): ActorModel {
  let model: ActorModel | null = null;
  const get = () => {
    model ??= make();
    return model;
  };
  const lazy: ActorModel = {
    get actors() {
      return get().actors;
    },
    get byId() {
      return get().byId;
    },
    resolve: (name) => get().resolve(name),
    mentionsIn: (docId) => get().mentionsIn(docId),
    mentionAt: (docId, start, end) => get().mentionAt(docId, start, end),
    genderOf: (docId, actorId) => get().genderOf?.(docId, actorId) ?? "any",
  };
  warmers.set(lazy, get);
  return lazy;
}

const warmers = new WeakMap<ActorModel, () => ActorModel>();

/** Decodes a lazily loaded model now (after start-up, off the first user's path). */
export function warmActors(model: ActorModel): void {
  warmers.get(model)?.();
}

function addSet<K, V>(m: Map<K, Set<V>>, k: K, v: V) {
  const s = m.get(k);
  if (s) s.add(v);
  else m.set(k, new Set([v]));
}

/** Per list, text → entry and its docIds as a set: recording a sighting is O(1), not a scan
 *  of every alias and document seen so far (which made prominent actors quadratic). */
const seenIndex = new WeakMap<AliasSeen[], Map<string, { seen: AliasSeen; docs: Set<string> }>>();

function addSeen(list: AliasSeen[], text: string, docId: string) {
  const t = text.trim();
  if (!t) return;
  let index = seenIndex.get(list);
  if (!index) {
    index = new Map(list.map((seen) => [seen.text, { seen, docs: new Set(seen.docIds) }]));
    seenIndex.set(list, index);
  }
  const f = index.get(t);
  if (f) {
    if (!f.docs.has(docId)) {
      f.docs.add(docId);
      f.seen.docIds.push(docId);
    }
  } else {
    const seen = { text: t, docIds: [docId] };
    list.push(seen);
    index.set(t, { seen, docs: new Set([docId]) });
  }
}

/** Sorted by start; of overlapping mentions the longest stays. */
function dedupe(list: Mention[]) {
  list.sort((a, b) => a.start - b.start || b.end - a.end);
  let w = 0;
  for (const m of list) {
    const prev = list[w - 1];
    if (prev && m.start < prev.end) {
      if (m.end - m.start > prev.end - prev.start) list[w - 1] = m;
      continue;
    }
    list[w++] = m;
  }
  list.length = w;
}

const ROLE_RE = new RegExp(
  `\\b[Tt]he (?:[a-z]+ )?(${[...ROLE_NOUNS.keys()].sort((a, b) => b.length - a.length).join("|")})\\b(?! of\\b)(?! \\p{Lu})`,
  "gu",
);

/** "the president" / "the department", where an actor of the article carries that word. */
function roleNouns(d: DocData, list: Mention[], byId: ReadonlyMap<string, Actor>): Mention[] {
  const out: Mention[] = [];
  const text = d.article.text;
  const named = list.filter((m) => m.via !== "role" && m.via !== "pronoun");
  for (const s of d.sentences) {
    const sentence = text.slice(s.start, s.end);
    // role nouns
    for (const m of sentence.matchAll(ROLE_RE)) {
      const word = m[1]!;
      const kind = ROLE_NOUNS.get(word);
      if (!kind) continue;
      const at = s.start + m.index;
      for (let i = named.length - 1; i >= 0; i--) {
        const c = named[i]!;
        if (c.end > at) continue;
        if (at - c.end > 1500) break;
        const a = byId.get(c.actorId);
        if (!a || a.kind !== kind) continue;
        const fits =
          a.descriptions.some((x) => foldKey(x.text).split(" ").includes(word)) ||
          (kind === "organization" && foldKey(a.name).split(" ").includes(word));
        if (!fits) continue;
        out.push({
          actorId: a.id,
          docId: d.article.docId,
          start: at,
          end: at + m[0].length,
          text: m[0],
          via: "role",
        });
        break;
      }
    }
  }
  return out;
}
