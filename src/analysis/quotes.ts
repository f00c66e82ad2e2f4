// Who said what: every quotation in an article's passages, with its speaker. Pure rules, linear
// in the text: find the quoted spans (curly and straight marks, unbalanced marks, quotes running
// on into the next paragraph), then attribute each from the reporting cue around it
// ("…,” Rubio said", "said Foreign Secretary Jack Straw", "Ms Hewitt said: “…”", "according to
// X"), the sentence before for a bare quotation, the previous part for a split quotation. Speaker
// words become canonical actors through the ActorModel when one is given; without one (or when
// it does not know the words) the article's own fullest name for the speaker is used. No cue,
// no speaker: nothing is guessed.

import type { ActorModel, Article, Quote, QuoteKind } from "../types.ts";
import {
  ADVERBS,
  ANONYMOUS_HEADS,
  CLAUSE_BREAKERS,
  DOCUMENT_HEADS,
  HONORIFICS,
  LABEL_BEFORE,
  LABEL_VERBS,
  NAME_PARTICLES,
  ORG_HEADS,
  PRONOUNS,
  SPEECH_VERBS,
  STYLED,
  TITLE_WORDS,
  WEAK_VERBS,
} from "./reporting.ts";

export type SpeakerKind = "person" | "organization" | "unnamed";

/** A quotation with what the extractor knows beyond the shared Quote fields. */
export interface QuoteFound extends Quote {
  /** Canonical display name: the actor's name, else the article's fullest name, else speakerText. */
  speakerName: string | null;
  speakerKind: SpeakerKind | null;
  /** How the speaker was found: at the quote's own cue, or from context. */
  via: "cue" | "split" | "continuation" | "context" | null;
}

// ------------------------------------------------------------------------------ quoted spans

interface Span {
  start: number;
  end: number;
  para: number;
  /** The quote has no closing mark in its paragraph (it runs on). */
  openEnded: boolean;
  /** Index of the span this one continues (an unclosed quote followed by a new opening). */
  continues: number | null;
  /** Where its marks are: the opening mark, and the closing mark (or the cut, when none). */
  markOpen: number;
  markClose: number;
}

const OPEN = new Set(["“", "„", "«"]);
const CLOSE = new Set(["”", "»"]);

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isOpenerContext = (c: string | undefined) => c === undefined || /[\s([{—–\-/:;,]/.test(c);

/** Trims whitespace off [s, e) of text. */
function trimSpan(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

/** The quoted spans of one paragraph [ps, pe), without their marks. */
function spansOfParagraph(text: string, ps: number, pe: number, para: number, out: Span[]): void {
  const marks: Array<{ at: number; role: "open" | "close" | "either" }> = [];
  for (let i = ps; i < pe; i++) {
    const c = text[i]!;
    if (OPEN.has(c)) marks.push({ at: i, role: "open" });
    else if (CLOSE.has(c)) marks.push({ at: i, role: "close" });
    else if (c === '"') {
      const before = i > ps ? text[i - 1] : undefined;
      const after = i + 1 < pe ? text[i + 1] : undefined;
      const opener = isOpenerContext(before) && !isSpace(after);
      const closer = !isSpace(before) && (isSpace(after) || /[\p{P}]/u.test(after!));
      marks.push({ at: i, role: opener && !closer ? "open" : closer && !opener ? "close" : "either" });
    }
  }
  let open = -1;
  let openIdx = -1;
  const emit = (s: number, e: number, openEnded: boolean, continues: number | null) => {
    const [a, b] = trimSpan(text, s, e);
    const markClose = openEnded ? b : e;
    if (b > a) out.push({ start: a, end: b, para, openEnded, continues, markOpen: s - 1, markClose });
    return b > a ? out.length - 1 : -1;
  };
  let pendingContinue: number | null = null;
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k]!;
    if (open < 0) {
      if (m.role === "close") continue; // a stray closing mark: nothing to open
      open = m.at;
      openIdx = k;
      continue;
    }
    if (m.role !== "open") {
      const idx = emit(open + 1, m.at, false, pendingContinue);
      pendingContinue = null;
      open = -1;
      void idx;
      continue;
    }
    // An opening mark inside an open quotation. Straight marks may nest ("…it was "fake" and…"):
    // when the next two marks both close, this one opens a nested quote we leave inside.
    const n1 = marks[k + 1];
    const n2 = marks[k + 2];
    if (text[m.at] === '"' && n1 && n1.role !== "open" && n2 && n2.role !== "open") {
      k++;
      continue;
    }
    // Otherwise the earlier quotation was never closed: it ends at the last sentence end before
    // this mark, and the new one continues it (same speaker).
    let cut = m.at;
    const seg = text.slice(open + 1, m.at);
    const lastEnd = Math.max(seg.lastIndexOf(". "), seg.lastIndexOf("? "), seg.lastIndexOf("! "));
    if (lastEnd > 0) cut = open + 1 + lastEnd + 1;
    const idx = emit(open + 1, cut, true, pendingContinue);
    pendingContinue = idx >= 0 ? idx : null;
    open = m.at;
    openIdx = k;
  }
  void openIdx;
  if (open >= 0) emit(open + 1, pe, true, pendingContinue);
}

/** Every quoted span of an article's kept paragraphs, in text order. */
export function quotedSpans(article: Article): Span[] {
  const out: Span[] = [];
  article.paragraphs.forEach((p, i) => {
    const before = out.length;
    spansOfParagraph(article.text, p.start, p.end, i, out);
    // A paragraph opening with a quotation right after one that ran on continues it.
    const prev = out[before - 1];
    const first = out[before];
    if (
      prev?.openEnded &&
      prev.para === i - 1 &&
      first &&
      first.continues === null &&
      /^\s*$/.test(article.text.slice(p.start, first.start - 1))
    ) {
      first.continues = before - 1;
    }
  });
  return out;
}

// ------------------------------------------------------------------------------ tokens

interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** word, punctuation, or a quotation (index into the spans). */
  type: "w" | "p" | "q";
  quote?: number;
}

const ABBREV = new Set(
  "mr mrs ms dr gen sen rep gov st jr sr prof lt col capt sgt adm insp det supt rev fr no vs maj brig cmdr"
    .split(" ")
    .filter(Boolean),
);

/** Tokens of text [s, e), with quotations (spans[]) as single tokens. */
function tokensOf(text: string, s: number, e: number, spans: Span[], first: number): Tok[] {
  const out: Tok[] = [];
  let k = first;
  let i = s;
  const word = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/uy;
  while (i < e) {
    while (k < spans.length && spans[k]!.markClose < i) k++;
    const sp = spans[k];
    if (sp && sp.markOpen < s && i <= sp.markClose) {
      i = sp.markClose + 1; // the rest of a quotation that began in an earlier sentence
      k++;
      continue;
    }
    if (sp && i >= sp.markOpen && i <= sp.markClose) {
      // Whole quotation (with its marks) as one token.
      const qs = sp.markOpen;
      const qe = sp.openEnded ? sp.markClose : sp.markClose + 1;
      out.push({ text: "¶", lower: "¶", start: qs, end: qe, type: "q", quote: k });
      i = qe;
      k++;
      continue;
    }
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    word.lastIndex = i;
    const m = word.exec(text);
    if (m && m.index === i) {
      let end = i + m[0].length;
      const lower = m[0].toLowerCase();
      if (text[end] === "." && (ABBREV.has(lower) || /^\p{Lu}$/u.test(m[0]) || m[0].includes("."))) end++;
      const t = text.slice(i, end);
      out.push({ text: t, lower: t.toLowerCase(), start: i, end, type: "w" });
      i = end;
      continue;
    }
    out.push({ text: c, lower: c, start: i, end: i + 1, type: "p" });
    i++;
  }
  return out;
}

// ------------------------------------------------------------------------------ noun phrases

interface Phrase {
  start: number;
  end: number;
  text: string;
}

const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our"]);
const isAdverb = (t: Tok) =>
  t.type === "w" && (ADVERBS.has(t.lower) || (/ly$/.test(t.lower) && t.lower !== "only" && !isCap(t)));
const isCap = (t: Tok) => t.type === "w" && /^\p{Lu}/u.test(t.text);
const isPronoun = (t: Tok) => t.type === "w" && t.lower in PRONOUNS && t.lower !== "it";
const isVerbish = (t: Tok) => SPEECH_VERBS.has(t.lower);
/** "his comment", "Mr Howard's report", "the claims": a cue word used as a noun. */
const nounUse = (toks: Tok[], j: number) => {
  const p = toks[j - 1];
  return !!p && p.type === "w" && (DETERMINERS.has(p.lower) || /['’]s$/.test(p.lower) || p.lower === "this");
};

/** The subject noun phrase ending right before tokens[at] (exclusive), reading backwards. */
function phraseBefore(toks: Tok[], at: number, text: string): Phrase | null {
  let j = at - 1;
  while (j >= 0 && isAdverb(toks[j]!)) j--;
  if (j < 0) return null;
  const last = toks[j]!;
  if (last.type !== "w" || DETERMINERS.has(last.lower) || FRONT_WORDS.has(last.lower)) return null;
  if (isPronoun(last) || last.lower === "it") return phraseOf(toks, j, j, text);
  let k = j;
  let words = 0;
  while (k >= 0 && words < 10) {
    const t = toks[k]!;
    if (t.type === "q") break;
    if (t.type === "p") {
      // Possessive and hyphen pieces stay inside a phrase; anything else ends it.
      if (t.text === "&" && k > 0) {
        k--;
        continue;
      }
      break;
    }
    if (DETERMINERS.has(t.lower)) {
      k--;
      words++;
      break;
    }
    if (FRONT_WORDS.has(t.lower) && isCap(t)) break;
    if (!isCap(t) && CLAUSE_BREAKERS.has(t.lower) && !NAME_PARTICLES.has(t.lower)) break;
    if (isVerbish(t) && !isCap(t)) break;
    if (isPronoun(t)) break;
    // A lowercase word is part of the phrase only when it is a title, a particle, or leads a
    // capitalised or title word ("shadow foreign secretary", "senior State Department official").
    k--;
    words++;
  }
  const from = k + 1;
  if (from > j) return null;
  // Lowercase words at the front with no determiner are usually a clause, not a subject
  // ("the plan was cancelled, officials said" is fine; "…and then spoke Rubio said" is not).
  let s = from;
  const hasDet = DETERMINERS.has(toks[s]!.lower);
  if (!hasDet) {
    while (
      s < j &&
      !isCap(toks[s]!) &&
      !TITLE_WORDS.has(toks[s]!.lower) &&
      !NAME_PARTICLES.has(toks[s]!.lower) &&
      !/^\d/.test(toks[s]!.text)
    )
      s++;
    if (s === j && !isCap(toks[j]!) && !ANONYMOUS_HEADS.has(toks[j]!.lower) && !ORG_HEADS.has(toks[j]!.lower))
      return null;
  }
  // "Critics of the plan", "an aide to Ruiz", "a spokesman for the club": the head comes first.
  const link = toks[s - 1];
  const head = toks[s - 2];
  if (
    link?.type === "w" &&
    head?.type === "w" &&
    (link.lower === "of" ||
      ((link.lower === "to" || link.lower === "for" || link.lower === "at") &&
        (ANONYMOUS_HEADS.has(head.lower) || TITLE_WORDS.has(head.lower))))
  ) {
    const outer = phraseBefore(toks, s - 1, text);
    if (outer && !(outer.text.toLowerCase() in PRONOUNS))
      return { ...outer, end: toks[j]!.end, text: text.slice(outer.start, toks[j]!.end) };
  }
  return phraseOf(toks, s, j, text);
}

/** The noun phrase starting at tokens[at], reading forwards ("said Foreign Secretary Jack Straw, who"). */
function phraseAfter(toks: Tok[], at: number, text: string): Phrase | null {
  let k = at;
  if (k >= toks.length || toks[k]!.type !== "w") return null;
  if (isPronoun(toks[k]!)) return phraseOf(toks, k, k, text);
  const s = k;
  let words = 0;
  while (k < toks.length && words < 10) {
    const t = toks[k]!;
    if (t.type !== "w") break;
    if (k > s && !isCap(t) && CLAUSE_BREAKERS.has(t.lower) && !NAME_PARTICLES.has(t.lower)) break;
    if (k > s && isVerbish(t) && !isCap(t)) break;
    k++;
    words++;
  }
  if (k === s) return null;
  const p = phraseOf(toks, s, k - 1, text);
  // "said in a statement", "said on Tuesday": no speaker there.
  if (!/\p{Lu}/u.test(p.text) && !DETERMINERS.has(toks[s]!.lower)) return null;
  return p;
}

/** Capitalised words that open a sentence or clause but are never part of a speaker's name. */
const FRONT_WORDS = new Set(
  `but and when despite earlier meanwhile on in at either other those these then however also yet so now
  later speaking asked last next after before while although if as since following instead still indeed
  elsewhere there here today yesterday tonight this that it's both many some`.split(/\s+/),
);

function phraseOf(toks: Tok[], a: number, b: number, text: string): Phrase {
  while (a < b && FRONT_WORDS.has(toks[a]!.lower)) a++;
  return { start: toks[a]!.start, end: toks[b]!.end, text: text.slice(toks[a]!.start, toks[b]!.end) };
}

// ------------------------------------------------------------------------------ attribution

interface Cue {
  speaker: Phrase;
  cue: string;
  label: boolean;
}

/** Index of the first speech cue in toks[from, to), or -1. */
function cueAfter(toks: Tok[], qi: number, text: string): Cue | null {
  let k = qi + 1;
  while (k < toks.length && toks[k]!.type === "p" && /[,—–-]/.test(toks[k]!.text)) k++;
  const t = toks[k];
  if (t?.type !== "w") return null;
  // ," according to X
  if (t.lower === "according" && toks[k + 1]?.lower === "to") {
    const p = phraseAfter(toks, k + 2, text);
    return p ? { speaker: p, cue: "according to", label: false } : null;
  }
  // ," said X
  if (isVerbish(t) && !WEAK_VERBS.has(t.lower)) {
    const p = phraseAfter(toks, k + 1, text);
    return p ? { speaker: p, cue: t.lower, label: LABEL_VERBS.has(t.lower) } : null;
  }
  // ," X (, apposition,) said
  let j = k;
  let n = 0;
  while (j < toks.length && n < 22) {
    const u = toks[j]!;
    if (u.type === "q") return null;
    if (u.type === "p" && /[.!?;:]/.test(u.text)) return null;
    if (u.type === "w" && isVerbish(u) && j > k && !isCap(u) && !nounUse(toks, j)) {
      if (WEAK_VERBS.has(u.lower) && u.lower !== "continued") return null;
      // The subject is the phrase right after the quotation (before any apposition).
      let e = k;
      while (e < j && toks[e]!.type === "w" && !(ADVERBS.has(toks[e]!.lower) && e > k)) e++;
      const p = phraseBefore(toks, e, text) ?? null;
      if (!p || p.start !== toks[k]!.start) return null;
      return { speaker: p, cue: u.lower, label: LABEL_VERBS.has(u.lower) };
    }
    j++;
    n++;
  }
  return null;
}

/** The nearest speech cue before the quotation in its sentence, with its subject. */
function cueBefore(toks: Tok[], qi: number, text: string): Cue | null {
  for (let j = qi - 1; j >= 0; j--) {
    const t = toks[j]!;
    if (t.type !== "w") continue;
    if (t.lower === "to" && toks[j - 1]?.lower === "according") {
      const p = phraseAfter(toks, j + 1, text);
      if (p) return { speaker: p, cue: "according to", label: false };
      continue;
    }
    if (!isVerbish(t) || isCap(t) || nounUse(toks, j)) continue;
    if (WEAK_VERBS.has(t.lower) && qi - j > 3) continue;
    let subj = phraseBefore(toks, j, text);
    if (!subj) {
      const prev = toks[j - 1];
      if (prev?.text === ",") {
        // "Rubio, speaking to reporters before boarding his plane, said": skip the apposition.
        for (let c = j - 2; c >= 0 && j - c < 25; c--) {
          const u = toks[c]!;
          if (u.type === "q" || (u.type === "p" && u.text !== ",")) break;
          if (u.text === ",") {
            subj = phraseBefore(toks, c, text);
            if (subj && !/\p{Lu}/u.test(subj.text) && !(subj.text.toLowerCase() in PRONOUNS)) subj = null;
            break;
          }
        }
      }
      // Inverted: `"A," said Straw, "B."` or `Said Straw: "…"`.
      if (
        !subj &&
        (!prev ||
          prev.type === "q" ||
          (prev.type === "p" && prev.text !== ",") ||
          (prev.text === "," && toks[j - 2]?.type === "q"))
      )
        subj = phraseAfter(toks, j + 1, text);
    }
    if (!subj && /ing$/.test(t.lower)) continue; // "…, adding that": the earlier verb's subject
    if (!subj) return null;
    return { speaker: subj, cue: t.lower, label: LABEL_VERBS.has(t.lower) };
  }
  // "according to X, "…"" with the phrase before the quote is handled above; a colon after a
  // bare name ("Mr Straw: "…"") is too loose to count.
  return null;
}

// ------------------------------------------------------------------------------ speakers

interface Speaker {
  text: string;
  start: number;
  end: number;
  /** Canonical id (ActorModel) or null. */
  id: string | null;
  name: string | null;
  kind: SpeakerKind;
  gender: "male" | "female" | "any" | "plural";
}

/** Names the article uses, for turning "Mr Straw" or "the department" into the fullest form. */
class DocNames {
  /** Full names (2+ tokens after titles), first mention order. */
  readonly full: Array<{ name: string; at: number; gender: "male" | "female" | "any"; org: boolean }> = [];

  constructor(text: string, from: number) {
    const toks = tokensOf(text, from, text.length, [], 0);
    for (let i = 0; i < toks.length; ) {
      if (!isCap(toks[i]!)) {
        i++;
        continue;
      }
      let k = i + 1;
      while (k < toks.length) {
        if (isCap(toks[k]!)) {
          k++;
          continue;
        }
        let m = k;
        while (m < toks.length && m - k < 3 && toks[m]!.type === "w" && NAME_PARTICLES.has(toks[m]!.lower))
          m++;
        if (m > k && toks[m] && isCap(toks[m]!)) k = m;
        else break;
      }
      const words = toks.slice(i, k).map((t) => t.text.replace(/['’]s$/, ""));
      const core = coreName(words);
      if (core.length >= 2 && !this.seen.has(core.join(" "))) {
        this.seen.add(core.join(" "));
        const org = ORG_HEADS.has(core[core.length - 1]!.toLowerCase());
        this.full.push({ name: core.join(" "), at: toks[i]!.start, gender: genderOfWords(words), org });
      }
      i = k;
    }
  }

  private readonly seen = new Set<string>();
  private byWord: Map<string, DocNames["full"]> | null = null;

  /** Names whose first or last word is `w` (lower case), in text order. */
  private withWord(w: string): DocNames["full"] {
    if (!this.byWord) {
      this.byWord = new Map();
      for (const f of this.full) {
        const ws = f.name.toLowerCase().split(" ");
        for (const k of new Set([ws[0]!, ws[ws.length - 1]!])) {
          const list = this.byWord.get(k) ?? [];
          list.push(f);
          this.byWord.set(k, list);
        }
      }
    }
    return this.byWord.get(w) ?? [];
  }

  /** The fullest name this article gives for a short name (surname, first name, head noun). */
  expand(core: string[], before: number): { name: string; gender: "male" | "female" | "any" } | null {
    if (core.length === 0) return null;
    const want = core.map((w) => w.toLowerCase());
    let best: { name: string; gender: "male" | "female" | "any" } | null = null;
    const candidates = new Set([...this.withWord(want[want.length - 1]!), ...this.withWord(want[0]!)]);
    for (const f of this.full.length < 64 ? this.full : [...candidates].sort((a, b) => a.at - b.at)) {
      if (f.at > before && best) break;
      const ws = f.name.toLowerCase().split(" ");
      if (ws.length < want.length) continue;
      const tail = ws.slice(ws.length - want.length).join(" ") === want.join(" ");
      const head = want.length === 1 && ws[0] === want[0] && !f.org;
      if ((tail || head) && (!best || ws.length > best.name.split(" ").length)) {
        best = { name: f.name, gender: f.gender };
      }
    }
    return best;
  }

  /** The most recent organisation before `at` whose name ends with the head noun ("department"). */
  orgByHead(head: string, at: number): string | null {
    let found: string | null = null;
    for (const f of this.withWord(head)) {
      if (f.at >= at) break;
      if (f.name.toLowerCase().endsWith(` ${head}`) || f.name.toLowerCase() === head) found = f.name;
    }
    return found;
  }
}

function genderOfWords(words: string[]): "male" | "female" | "any" {
  for (const w of words) {
    const g = HONORIFICS[w.toLowerCase()];
    if (g) return g;
  }
  return "any";
}

/** A name without leading determiners, titles and plain honorifics ("Mr Straw" → Straw). */
function coreName(words: string[]): string[] {
  let i = 0;
  // Drop descriptive words up to the last title word, when a name follows.
  let lastTitle = -1;
  for (let k = 0; k < words.length - 1; k++) {
    const w = words[k]!.toLowerCase();
    if (TITLE_WORDS.has(w) || DETERMINERS.has(w) || (HONORIFICS[w] && !STYLED.has(w))) lastTitle = k;
    else if (/^\p{Ll}/u.test(words[k]!) && !NAME_PARTICLES.has(w)) lastTitle = k;
  }
  const lastLower = words[words.length - 1]!.toLowerCase();
  if (ORG_HEADS.has(lastLower)) {
    // "the State Department": keep the organisation's name whole, minus determiners.
    while (i < words.length && DETERMINERS.has(words[i]!.toLowerCase())) i++;
    return words.slice(i);
  }
  i = lastTitle + 1;
  // Possessives ("Britain's") belong to a description, not the name.
  const rest = words.slice(i).filter((w) => !/['’]s$/.test(w) || w === words[words.length - 1]);
  return rest;
}

function classify(words: string[]): SpeakerKind {
  const lower = words.map((w) => w.toLowerCase());
  const head = lower[lower.length - 1] ?? "";
  if (
    (lower[0] === "a" || lower[0] === "an") &&
    !lower.slice(1).some((w, i) => ORG_HEADS.has(w) && i === lower.length - 2)
  )
    return "unnamed";
  if (ANONYMOUS_HEADS.has(head) || ANONYMOUS_HEADS.has(head.replace(/s$/, ""))) return "unnamed";
  if (ORG_HEADS.has(head)) return "organization";
  return "person";
}

// ------------------------------------------------------------------------------ quote kind

const STATEMENT_STARTS = new Set(
  `is are was were will would could can should must may might has have had seems seemed to do does did not
  never be been being we i you they he she it there this that our my your their its if when what
  let please no yes`.split(/\s+/),
);

/** Statement or term: by length, sentence-ness and the construction introducing it. */
export function quoteKind(quote: string, before: string): QuoteKind {
  const words = quote.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const n = words.length;
  const first = (words[0] ?? "").toLowerCase().replace(/[^\p{L}']/gu, "");
  const sentence = /[.!?]["'’”]?$/.test(quote.trim()) && /^\p{Lu}/u.test(quote) && n >= 3;
  if (sentence) return "statement";
  if (n >= 8) return "statement";
  if (LABEL_BEFORE.test(before) && n <= 6) return "term";
  if (STATEMENT_STARTS.has(first) && n >= 2) return "statement";
  if (n <= 5) return "term";
  return "statement";
}

// ------------------------------------------------------------------------------ extraction

/** Extracts every quotation of one article, attributed where the article says who spoke. */
export function extractQuotes(article: Article, actors: ActorModel | null = null): QuoteFound[] {
  const { text } = article;
  const spans = quotedSpans(article);
  if (spans.length === 0) return [];
  const names = new DocNames(text, article.bodyStart);
  const speakers: Array<Speaker | null> = spans.map(() => null);
  const cues: Array<Cue | null> = spans.map(() => null);
  const via: Array<QuoteFound["via"]> = spans.map(() => null);
  const kinds: QuoteKind[] = spans.map(() => "statement");
  /** Named speakers and sentence subjects, in text order, for pronoun resolution. */
  const history: Speaker[] = [];
  const inHistory = new Set<number>();
  const lastOf = (ok: (h: Speaker) => boolean, before: number): Speaker | undefined => {
    for (let h = history.length - 1; h >= 0; h--)
      if (history[h]!.start < before && ok(history[h]!)) return history[h];
    return undefined;
  };
  /** The cue subject of each sentence (by paragraph, sentence index), for bare quote paragraphs. */
  const sentenceSpeaker = new Map<string, Speaker>();

  const resolvePhrase = (p: Phrase): Speaker => {
    const words = p.text.split(/\s+/);
    const lower = p.text.toLowerCase();
    const gender0 = genderOfWords(words);
    // Pronouns: the model's coreference first, else the latest compatible speaker.
    if (lower in PRONOUNS) {
      const g = PRONOUNS[lower]!;
      const m = actors?.mentionAt(article.docId, p.start, p.end);
      const actor = m ? actors?.byId.get(m.actorId) : undefined;
      if (actor) {
        return {
          ...p,
          id: actor.id,
          name: actor.name,
          kind: actor.kind,
          gender: g === "female" ? "female" : "male",
        };
      }
      const want = g === "female" ? "female" : g === "male" ? "male" : g === "plural" ? "plural" : "any";
      for (let h = history.length - 1; h >= 0; h--) {
        const c = history[h]!;
        if (c.start >= p.start) continue;
        if (want === "plural") {
          if (c.kind === "organization" || c.gender === "plural")
            return { ...c, text: p.text, start: p.start, end: p.end };
          continue;
        }
        if (c.kind !== "person" || c.gender === "plural") continue;
        if (c.gender !== "any" && c.gender !== want && want !== "any") continue;
        return { ...c, text: p.text, start: p.start, end: p.end, gender: want === "any" ? c.gender : want };
      }
      return { ...p, id: null, name: null, kind: "person", gender: want === "plural" ? "plural" : "any" };
    }
    // "Critics of the plan", "an aide to Ruiz": a description whose head is not a name.
    const linked = /^(.*?)\s(?:of|to|for|at)\s/.exec(p.text);
    if (
      linked &&
      !/\p{Lu}[\p{L}'’.-]*\s+\p{Lu}/u.test(linked[1]!) &&
      !ORG_HEADS.has(linked[1]!.split(" ").pop()!.toLowerCase())
    ) {
      const headWord = linked[1]!.split(" ").pop()!;
      return {
        ...p,
        id: null,
        name: p.text,
        kind: "unnamed",
        gender: /s$/.test(headWord) ? "plural" : "any",
      };
    }
    const kind = classify(words);
    const plural = /^\p{Ll}[\p{L}-]*s$/u.test(words[words.length - 1]!) && !/ss$/.test(p.text);
    const lastWord = words[words.length - 1]!.toLowerCase();
    const namedHead = ORG_HEADS.has(lastWord) || DOCUMENT_HEADS.has(lastWord);
    if (kind === "unnamed" || (!namedHead && !/\p{Lu}/u.test(p.text.replace(/^(?:The|A|An)\s/, ""))))
      return { ...p, id: null, name: p.text, kind: "unnamed", gender: plural ? "plural" : "any" };
    const core = coreName(words);
    let name = core.join(" ");
    let gender = gender0;
    const head = core[core.length - 1]?.toLowerCase() ?? "";
    const definite = /^(?:the|its|his|her|their)\s/i.test(p.text);
    if (definite && (core.length === 0 || /^\p{Ll}/u.test(core[0]!))) {
      // "the department", "the club": the latest organisation with that head; documents speak
      // for the organisation that issued them; other descriptions are left as written.
      const org = ORG_HEADS.has(head) ? names.orgByHead(head, p.start) : null;
      if (org) name = org;
      else if (DOCUMENT_HEADS.has(head)) {
        const lastOrg = lastOf((h) => h.kind === "organization", p.start);
        if (lastOrg) return { ...lastOrg, text: p.text, start: p.start, end: p.end };
        return { ...p, id: null, name: p.text, kind: "unnamed", gender: "any" };
      } else {
        // A role that points back at a person ("the Arsenal boss", "the 74-year-old comedian").
        const person = lastOf((h) => h.kind === "person" && h.gender !== "plural", p.start);
        if (person) return { ...person, text: p.text, start: p.start, end: p.end };
        return { ...p, id: null, name: p.text, kind: "unnamed", gender: "any" };
      }
    } else {
      const full =
        names.expand(core, p.start) ?? (core.length > 1 ? names.expand(core.slice(-1), p.start) : null);
      if (full) {
        name = full.name;
        if (gender === "any") gender = full.gender;
      }
      if (STYLED.has(words[0]?.toLowerCase() ?? "") && core.length === 1) name = `${words[0]} ${core[0]}`;
    }
    // The model's canonical actor: the mention under the name, else the name itself.
    let id: string | null = null;
    let canonical = name;
    let akind: SpeakerKind = ORG_HEADS.has(name.split(" ").pop()?.toLowerCase() ?? "")
      ? "organization"
      : kind;
    if (actors) {
      const coreStart = p.end - (core.join(" ").length || 0);
      const m =
        actors.mentionAt(article.docId, Math.max(p.start, coreStart), p.end) ??
        actors.mentionAt(article.docId, p.start, p.end);
      const actor = (m ? actors.byId.get(m.actorId) : null) ?? actors.resolve(name);
      if (actor) {
        id = actor.id;
        canonical = actor.name;
        akind = actor.kind;
      }
    }
    if (!canonical) return { ...p, id: null, name: null, kind: "person", gender: "any" };
    return { ...p, id, name: canonical, kind: akind, gender };
  };

  // Walk paragraphs and sentences in order so pronouns see the speakers before them.
  let spanIdx = 0;
  article.paragraphs.forEach((para, pi) => {
    para.sentences.forEach((sent, si) => {
      let first = spanIdx;
      while (first > 0 && spans[first - 1]!.end > sent.start) first--;
      while (spanIdx < spans.length && spans[spanIdx]!.start < sent.end) spanIdx++;
      const toks = tokensOf(text, sent.start, sent.end, spans, first);
      // Subjects of every speech verb (quoted or not) and sentence-initial names feed the history.
      const qis = toks.map((t, j) => (t.type === "q" ? j : -1)).filter((j) => j >= 0);
      const pushHistory = (sp: Speaker) => {
        if (sp.name && (sp.kind !== "unnamed" || sp.gender === "plural") && !inHistory.has(sp.start)) {
          inHistory.add(sp.start);
          history.push(sp);
        }
      };
      const initial = toks[0] && isCap(toks[0]) && toks[0].type === "w" ? leadingName(toks, text) : null;
      // Speakers of this sentence in text order: each quotation's cue, and every other speech verb's
      // subject (indirect speech), so pronouns and bare quotations after them can find them.
      const found: Array<{ at: number; q: number | null; cue: Cue }> = [];
      for (const j of qis) {
        const q = toks[j]!.quote!;
        const span = spans[q]!;
        const beforeText = text.slice(Math.max(sent.start, span.markOpen - 80), span.markOpen);
        kinds[q] = quoteKind(text.slice(span.start, span.end), beforeText);
        const cue =
          cueAfter(toks, j, text) ??
          cueBefore(toks, j, text) ??
          (j === lastWordOrQuote(toks) ? tagSentence(article, pi, si + 1, spans, text) : null);
        if (cue) found.push({ at: cue.speaker.start, q, cue });
      }
      for (let j = 0; j < toks.length; j++) {
        const t = toks[j]!;
        if (t.type === "w" && isVerbish(t) && !isCap(t) && !WEAK_VERBS.has(t.lower) && !nounUse(toks, j)) {
          const p = phraseBefore(toks, j, text);
          if (p && !found.some((f) => f.at === p.start))
            found.push({ at: p.start, q: null, cue: { speaker: p, cue: t.lower, label: false } });
        }
      }
      if (initial && !found.some((f) => f.at <= initial.start)) {
        const low = initial.text.toLowerCase();
        if (!(low in PRONOUNS))
          found.push({ at: initial.start, q: -1, cue: { speaker: initial, cue: "", label: false } });
      }
      found.sort((a, b) => a.at - b.at);
      const resolved = new Map<number, Speaker>();
      for (const f of found) {
        const sp = resolved.get(f.at) ?? resolvePhrase(f.cue.speaker);
        resolved.set(f.at, sp);
        pushHistory(sp);
        if (f.q === null || f.q >= 0) {
          if (!sentenceSpeaker.has(`${pi}:${si}`) || f.q !== null) sentenceSpeaker.set(`${pi}:${si}`, sp);
        }
        if (f.q !== null && f.q >= 0) {
          cues[f.q] = f.cue;
          speakers[f.q] = sp;
          via[f.q] = "cue";
        }
      }
      // Context: continuation, split quotation, bare quoted sentence after the speaker's sentence.
      for (const j of qis) {
        const q = toks[j]!.quote!;
        if (speakers[q]) continue;
        const span = spans[q]!;
        if (span.continues !== null && speakers[span.continues]) {
          speakers[q] = speakers[span.continues]!;
          cues[q] = cues[span.continues]!;
          via[q] = "continuation";
          continue;
        }
        const startsSentence = toks.slice(0, j).every((t) => t.type !== "w");
        if (!startsSentence || kinds[q] === "term") continue;
        // A later cue in this sentence for the same run ("“A.” “B,” he said.")
        const prevKey = si > 0 ? `${pi}:${si - 1}` : lastSentenceKey(article, pi);
        const prevQ = q > 0 && spans[q - 1]!.para === pi ? q - 1 : -1;
        if (prevQ >= 0 && speakers[prevQ]) {
          speakers[q] = speakers[prevQ]!;
          cues[q] = cues[prevQ]!;
          via[q] = "split";
        } else if (prevKey && sentenceSpeaker.has(prevKey)) {
          const sp = sentenceSpeaker.get(prevKey)!;
          speakers[q] = sp;
          cues[q] = null;
          via[q] = "context";
        }
      }
    });
  });

  // A run-on quotation attributed only at its last paragraph gives that speaker to the first.
  for (let k = spans.length - 1; k >= 0; k--) {
    const from = spans[k]!.continues;
    if (from !== null && speakers[k] && (!speakers[from] || via[from] === "context")) {
      speakers[from] = speakers[k]!;
      cues[from] = cues[k]!;
      via[from] = "continuation";
    }
  }

  let pp = 0;
  return spans.map((s, i) => {
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
    };
  });
}

/** Index of the first span whose closing mark is at or after `pos` (binary search). */
function firstSpanEndingAfter(spans: Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.markClose < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last word or quotation token (trailing punctuation ignored). */
function lastWordOrQuote(toks: Tok[]): number {
  for (let j = toks.length - 1; j >= 0; j--) if (toks[j]!.type !== "p") return j;
  return -1;
}

/** A short sentence that is only an attribution tag ("Trump said.") right after a quotation. */
function tagSentence(article: Article, pi: number, si: number, spans: Span[], text: string): Cue | null {
  const sent = article.paragraphs[pi]?.sentences[si];
  if (!sent || sent.end - sent.start > 120) return null;
  const toks = tokensOf(text, sent.start, sent.end, spans, firstSpanEndingAfter(spans, sent.start));
  if (toks.some((t) => t.type === "q")) return null;
  const fake: Tok = { text: "¶", lower: "¶", start: sent.start, end: sent.start, type: "q" };
  const cue = cueAfter([fake, ...toks], 0, text);
  return cue && cue.speaker.start === toks[0]?.start ? cue : null;
}

function lastSentenceKey(article: Article, pi: number): string | null {
  if (pi === 0) return null;
  const prev = article.paragraphs[pi - 1]!;
  return prev.sentences.length ? `${pi - 1}:${prev.sentences.length - 1}` : null;
}

/** A capitalised name at the start of a sentence ("Mr Straw", "Lib Dem leader Charles Kennedy"). */
function leadingName(toks: Tok[], text: string): Phrase | null {
  let k = 0;
  while (
    k < toks.length &&
    toks[k]!.type === "w" &&
    (isCap(toks[k]!) || (k > 0 && (NAME_PARTICLES.has(toks[k]!.lower) || TITLE_WORDS.has(toks[k]!.lower))))
  )
    k++;
  if (k === 0) return null;
  const next = toks[k];
  // A sentence subject is followed by a verb-like lowercase word or a comma (apposition).
  if (!next || (next.type === "w" && isCap(next))) return null;
  const words = toks.slice(0, k).map((t) => t.text);
  if (
    words.length === 1 &&
    /^(?:The|A|An|In|On|At|But|And|It|This|That|There|However|Last|After|Before)$/.test(words[0]!)
  )
    return null;
  return phraseOf(toks, 0, k - 1, text);
}

/** Every quotation in the coverage, in corpus order. */
export function buildQuotes(articles: readonly Article[], actors: ActorModel | null = null): QuoteFound[] {
  const all = articles.flatMap((a) => extractQuotes(a, actors));
  // Without an actor id, a bare surname one article uses ("Rubio") takes the full name other
  // articles give ("Marco Rubio") when exactly one full name ends with it.
  const quoted = new Set(all.map((q) => q.docId));
  const byLast = new Map<string, Set<string>>();
  for (const a of articles) {
    if (!quoted.has(a.docId)) continue;
    for (const f of new DocNames(a.text, a.bodyStart).full) {
      if (f.org) continue;
      const last = f.name.toLowerCase().split(" ").pop()!;
      const set = byLast.get(last) ?? new Set<string>();
      set.add(f.name);
      byLast.set(last, set);
    }
  }
  for (const q of all) {
    if (q.speakerId || q.speakerKind !== "person" || !q.speakerName || q.speakerName.includes(" ")) continue;
    const fits = byLast.get(q.speakerName.toLowerCase());
    if (fits?.size === 1) q.speakerName = [...fits][0]!;
  }
  return all;
}
