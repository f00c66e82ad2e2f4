// Who said what: every quotation in an article's passages, with its speaker. Pure rules, linear
// in the text: find the quoted spans (curly and straight marks, unbalanced marks, quotes running
// on into the next paragraph), then attribute each from the reporting cue around it
// ("…,” Rubio said", "said Foreign Secretary Jack Straw", "Ms Hewitt said: “…”", "according to
// X"), the sentence before for a bare quotation, the previous part for a split quotation. Speaker
// words become canonical actors through the shared ActorModel (built for the article alone when
// none is given): its pronoun mentions (gender-checked, with candidates), role mentions ("the
// Arsenal boss"), acronyms and aliases. What stays here is quote-specific: the tie-break that
// prefers the latest quoted speaker among the model's candidates, anonymous sources ("a
// spokeswoman … she said"), documents speaking for their issuer, and "it"/"they". No cue, no
// speaker: nothing is guessed.

import { clauseWordEnd } from "../text/views.ts";
import type { ActorModel, Article, Quote, QuoteKind } from "../types.ts";
import { buildActorModel } from "./actors/index.ts";
import { ADVERBS, CLAUSE_BREAKERS, LABEL_BEFORE, LY_NOUNS } from "./lexicons/clauses.ts";
import { ORG_NOUNS } from "./lexicons/organisations.ts";
import { PARTICLES_IN_SPEAKER_NAMES } from "./lexicons/person-names.ts";
import { DEMONYM_NOUNS } from "./lexicons/places.ts";
import { PRONOUNS } from "./lexicons/pronouns.ts";
import { ANONYMOUS_HEADS, DOCUMENT_HEADS } from "./lexicons/sources.ts";
import { HONORIFIC_GENDER, STYLED, TITLE_WORDS } from "./lexicons/titles.ts";
import { LABEL_VERBS, SPEECH_VERB_FORMS, VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE } from "./lexicons/verbs.ts";
import { quotedSpans, type Span } from "./spans.ts";

const lowerCase = (s: string) => s.toLowerCase();

export { quotedSpans };

export type SpeakerKind = "person" | "organization" | "unnamed";

/** A quotation with what the extractor knows beyond the shared Quote fields. */
export interface QuoteFound extends Quote {
  /** Canonical display name: the actor's name, else the article's fullest name, else speakerText. */
  speakerName: string | null;
  speakerKind: SpeakerKind | null;
  /** How the speaker was found: at the quote's own cue, or from context. */
  via: "cue" | "split" | "continuation" | "context" | null;
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

/** Tokens of text [s, e), with quotations (spans[]) as single tokens. */
function tokensOf(text: string, s: number, e: number, spans: Span[], first: number): Tok[] {
  const out: Tok[] = [];
  let k = first;
  let i = s;
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
    const end = clauseWordEnd(text, i);
    if (end >= 0) {
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
  t.type === "w" &&
  (ADVERBS.has(t.lower) ||
    (/ly$/.test(t.lower) && t.lower !== "only" && !isCap(t) && !LY_NOUNS.has(t.lower)));
const isCap = (t: Tok) => t.type === "w" && /^\p{Lu}/u.test(t.text);
const isPronoun = (t: Tok) => t.type === "w" && t.lower in PRONOUNS && t.lower !== "it";
const isVerbish = (t: Tok) => SPEECH_VERB_FORMS.has(t.lower);
/** "his comment", "Mr Howard's report", "the claims": a cue word used as a noun. */
const nounUse = (toks: Tok[], j: number) => {
  const p = toks[j - 1];
  if (p?.type !== "w") return false;
  if (DETERMINERS.has(p.lower) || /['’]s$/.test(p.lower) || p.lower === "this") return true;
  // "a rallying call", "his F4 label": a determiner, one modifier, and a verb that is also a noun.
  const pp = toks[j - 2];
  return (
    NOUN_VERBS.has(toks[j]!.lower) &&
    pp?.type === "w" &&
    (DETERMINERS.has(pp.lower) || /['’]s$/.test(pp.lower)) &&
    !ADVERBS.has(p.lower) &&
    !(pp.lower === "the" && /s$/.test(p.lower))
  );
};
/** Base forms of reporting verbs that are also nouns ("a call", "a new label"). */
const NOUN_VERBS = new Set(
  "call label comment claim report note post tweet answer reply promise pledge remark joke quip vow brand term".split(
    " ",
  ),
);
/** Auxiliaries that make a following participle passive ("was described as"). */
const PASSIVE_AUX = new Set(["was", "were", "been", "being", "is", "are", "be", "get", "got"]);
/** A document verb: "the statement read", "Morquendi's message reads". */
const isReadCue = (toks: Tok[], j: number) =>
  /^reads?$/.test(toks[j]!.lower) && DOCUMENT_HEADS.has((toks[j - 1]?.lower ?? "").replace(/['’]s$/, ""));

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
    if (!isCap(t) && CLAUSE_BREAKERS.has(t.lower) && !PARTICLES_IN_SPEAKER_NAMES.has(t.lower)) break;
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
      !PARTICLES_IN_SPEAKER_NAMES.has(toks[s]!.lower) &&
      !/^\d/.test(toks[s]!.text)
    )
      s++;
    if (s === j && !isCap(toks[j]!) && !ANONYMOUS_HEADS.has(toks[j]!.lower) && !ORG_NOUNS.has(toks[j]!.lower))
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
    if (k > s && !isCap(t) && CLAUSE_BREAKERS.has(t.lower) && !PARTICLES_IN_SPEAKER_NAMES.has(t.lower)) break;
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

/** The tag after a quotation: `," said X`, `," X said`, `" by X` (passive), `," according to X`. */
function cueAfter(toks: Tok[], qi: number, text: string): Cue | null {
  let k = qi + 1;
  while (k < toks.length && toks[k]!.type === "p" && /[,—–-]/.test(toks[k]!.text)) k++;
  const t = toks[k];
  if (t?.type !== "w") return null;
  const q = toks[qi]!;
  // A quotation closing on a full stop ends its sentence: what follows is a new sentence unless
  // it is only a tag ("…." Trump said.).
  const endsSentence =
    text
      .slice(q.start, q.end)
      .replace(/["“”'’\s]+$/u, "")
      .slice(-1) === ".";
  const tagOnly = (after: number) => {
    const n = toks.find((x) => x.start >= after);
    return !endsSentence || !n || (n.type === "p" && /[.,;]/.test(n.text));
  };
  // ," according to X
  if (t.lower === "according" && toks[k + 1]?.lower === "to") {
    const p = phraseAfter(toks, k + 2, text);
    return p ? { speaker: p, cue: "according to", label: false } : null;
  }
  // "severely reprimanded" by the Football Association: the agent of a passive.
  if (t.lower === "by" && k === qi + 1 && passiveBefore(toks, qi, text)) {
    const p = agentAfter(toks, k + 1, text);
    // The agent speaks only if it can: a name, an organisation or a person ("by the club", "by
    // a spokesman"), not a thing ("had been “obscured” by the remark").
    const head = p?.text.split(/\s+/).pop()?.toLowerCase() ?? "";
    if (
      p &&
      !/\p{Lu}/u.test(p.text) &&
      !ORG_NOUNS.has(head) &&
      !ANONYMOUS_HEADS.has(head) &&
      !ROLE_LIKE.test(head)
    )
      return null;
    return p ? { speaker: p, cue: "by", label: true } : null;
  }
  // ," said X
  if (isVerbish(t) && !VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE.has(t.lower)) {
    const p = phraseAfter(toks, k + 1, text);
    if (p && !tagOnly(p.end)) return null;
    return p ? { speaker: p, cue: t.lower, label: LABEL_VERBS.has(t.lower) } : null;
  }
  // ," X (, apposition,) said — a tag is set off from the quotation by punctuation, inside the
  // marks or after them: `the scene stayed "as important" as it had been, when labels …` is not one.
  const inner = text
    .slice(q.start, q.end)
    .replace(/["“”'’\s]+$/u, "")
    .slice(-1);
  if (k === qi + 1 && !/[,.!?…:;—–-]/.test(inner)) return null;
  let j = k;
  let n = 0;
  while (j < toks.length && n < 22) {
    const u = toks[j]!;
    if (u.type === "q") return null;
    if (u.type === "p" && /[.!?;:]/.test(u.text)) return null;
    if (u.type === "w" && (isVerbish(u) || isReadCue(toks, j)) && j > k && !isCap(u) && !nounUse(toks, j)) {
      if (VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE.has(u.lower) && u.lower !== "continued") return null;
      // "…, it has been claimed": a passive names no speaker.
      if (PASSIVE_AUX.has(toks[j - 1]?.lower ?? "")) return null;
      // "Wenger added:" introduces the next quotation, not this one.
      if (toks[j + 1]?.text === ":") return null;
      if (!tagOnly(u.end)) return null;
      // The subject is the phrase right after the quotation (before any apposition).
      let e = k;
      while (e < j && toks[e]!.type === "w" && !(ADVERBS.has(toks[e]!.lower) && e > k)) e++;
      const p = phraseBefore(toks, e, text) ?? null;
      if (!p) return null;
      // "director of telecoms research Tony Lavender said": a role in words before the name.
      if (
        p.start !== toks[k]!.start &&
        !toks.slice(k, e).every((x) => (x.type === "w" && x.end <= p.start) || x.start >= p.start)
      )
        return null;
      return { speaker: p, cue: u.lower, label: LABEL_VERBS.has(u.lower) };
    }
    j++;
    n++;
  }
  return null;
}

/** A passive participle just before the quotation, or ending it ("was described as a “…”"). */
function passiveBefore(toks: Tok[], qi: number, text: string): boolean {
  const q = toks[qi]!;
  const inner = text
    .slice(q.start, q.end)
    .replace(/[^\p{L}\s-]/gu, "")
    .trim();
  if (/ed$/.test(inner)) return true;
  for (let j = qi - 1; j >= 0 && j >= qi - 5; j--) {
    const u = toks[j]!;
    if (u.type !== "w") break;
    if ((/ed$/.test(u.lower) || LABEL_VERBS.has(u.lower)) && PASSIVE_AUX.has(toks[j - 1]?.lower ?? ""))
      return true;
  }
  return false;
}

/** The agent after "by": the name closing the phrase ("his friend and fellow broadcaster Michael Pointon"). */
function agentAfter(toks: Tok[], at: number, text: string): Phrase | null {
  let e = at;
  while (e < toks.length && e - at < 12 && toks[e]!.type === "w") e++;
  if (e === at) return null;
  let s = e - 1;
  if (isCap(toks[s]!)) {
    while (s > at && (isCap(toks[s - 1]!) || PARTICLES_IN_SPEAKER_NAMES.has(toks[s - 1]!.lower))) s--;
    return phraseOf(toks, s, e - 1, text);
  }
  return phraseAfter(toks, at, text);
}

/** The subject of a sentence: its opening pronoun, name or definite noun phrase ("In a statement, the club …"). */
function sentenceSubject(toks: Tok[], before: number, text: string): Phrase | null {
  let i = 0;
  while (i < before && toks[i]!.type === "w" && FRONT_WORDS.has(toks[i]!.lower) && isCap(toks[i]!)) {
    i++;
    if (toks[i]?.text === ",") i++;
  }
  // An opening prepositional phrase up to its comma.
  if (
    toks[i] &&
    /^(?:in|on|at|after|before|during|speaking|asked|earlier|later|last|following)$/.test(toks[i]!.lower)
  ) {
    let c = i;
    while (c < before && c - i < 10 && toks[c]!.text !== ",") c++;
    if (toks[c]?.text !== ",") return null;
    i = c + 1;
  }
  const first = toks[i];
  if (first?.type !== "w" || i >= before) return null;
  if (isPronoun(first) || first.lower === "it") return phraseOf(toks, i, i, text);
  let e = i;
  while (
    e < before &&
    toks[e]!.type === "w" &&
    !(
      e > i &&
      !isCap(toks[e]!) &&
      (isAdverb(toks[e]!) ||
        isVerbish(toks[e]!) ||
        CLAUSE_BREAKERS.has(toks[e]!.lower) ||
        /ed$/.test(toks[e]!.lower))
    )
  )
    e++;
  if (e === i) return null;
  const p = phraseOf(toks, i, e - 1, text);
  const head = toks[e - 1]!.lower;
  if (DETERMINERS.has(first.lower)) {
    return ORG_NOUNS.has(head) || ANONYMOUS_HEADS.has(head) || ROLE_LIKE.test(head) ? p : null;
  }
  return isCap(first) ? p : null;
}
const ROLE_LIKE = /(?:man|woman|person|er|or|ist|ian|ant|ent)$/;

/**
 * The subject of the speech verb toks[j]: the phrase before it, through appositions, relative
 * clauses ("King, 30, who describes"), coordination ("…, and said") and participles ("…,
 * saying"); the phrase after it when inverted ("which, said Mr Hopkins, “…”"). "skip" for a verb
 * with no subject of its own here (an infinitive, a passive).
 */
function verbSubject(toks: Tok[], j: number, text: string): Phrase | "skip" | null {
  const t = toks[j]!;
  const prev = toks[j - 1];
  if (prev?.lower === "to") return "skip";
  if (prev && PASSIVE_AUX.has(prev.lower) && !/ing$/.test(t.lower)) return "skip";
  let b = j - 1;
  while (b >= 0 && isAdverb(toks[b]!)) b--;
  // Relative clause: the antecedent, past an age or apposition ("King, 30, who describes").
  if (toks[b]?.lower === "who") {
    let c = b - 1;
    while (c >= 0 && (toks[c]!.text === "," || /^\d+$/.test(toks[c]!.text))) c--;
    return c >= 0 ? phraseBefore(toks, c + 1, text) : null;
  }
  if (/ing$/.test(t.lower)) {
    const s = sentenceSubject(toks, j, text);
    if (s) return s;
  }
  let subj = phraseBefore(toks, j, text);
  if (!subj && toks[b]?.text === ",") {
    // Parenthetical inverted tag: "which, said Mr Hopkins, “is part…”", "Then, says Mr K, the…".
    const a = phraseAfter(toks, j + 1, text);
    const after = a ? toks.find((x) => x.start >= a.end) : undefined;
    if (a && /^\p{Lu}/u.test(a.text) && after?.text === ",") return a;
    // "Rubio, speaking to reporters before boarding his plane, said": skip the apposition.
    for (let c = b - 1; c >= 0 && j - c < 25; c--) {
      const u = toks[c]!;
      if (u.type === "q" || (u.type === "p" && u.text !== ",")) break;
      if (u.text === ",") {
        subj = phraseBefore(toks, c, text);
        // "Tony Lloyd, the city's MP, whose seat includes the ground, has pledged": a relative
        // clause after an apposition belongs to the name before the apposition.
        if (
          /^(?:who|whose)$/.test(toks[c + 1]?.lower ?? "") &&
          subj &&
          /^(?:the|a|an|his|her|its|their)\s/i.test(subj.text)
        ) {
          const c2 = appositionComma(toks, c);
          const named = c2 >= 0 ? phraseBefore(toks, c2, text) : null;
          if (named && /^\p{Lu}/u.test(named.text)) subj = named;
        }
        if (subj && !/\p{Lu}/u.test(subj.text) && !(subj.text.toLowerCase() in PRONOUNS)) subj = null;
        // "Another peer, Lord Sand, said": the name in apposition to a description is the speaker.
        if (!subj && nameRun(toks, c + 1, b)) subj = phraseOf(toks, c + 1, b - 1, text);
        break;
      }
    }
  }
  // Coordination: "Tony Blair has dismissed questions, and said …", "… but has admitted …".
  if (!subj && toks[b] && /^(?:and|but|or|yet|then)$/.test(toks[b]!.lower))
    subj = sentenceSubject(toks, b, text);
  // Inverted: `"A," said Straw, "B."` or `Said Straw: "…"`.
  if (
    !subj &&
    (!prev ||
      prev.type === "q" ||
      (prev.type === "p" && prev.text !== ",") ||
      (prev.text === "," && toks[j - 2]?.type === "q"))
  )
    subj = phraseAfter(toks, j + 1, text);
  if (!subj && /ing$/.test(t.lower)) return "skip"; // "…, adding that": the earlier verb's subject
  return subj;
}

/** A base-form speech verb used as a noun modifier: lowercase words before and after it. */
function nounInside(toks: Tok[], j: number): boolean {
  const p = toks[j - 1];
  const n = toks[j + 1];
  const plain = (t: Tok | undefined) =>
    t?.type === "w" && !isCap(t) && !isAdverb(t) && !CLAUSE_BREAKERS.has(t.lower) && !(t.lower in PRONOUNS);
  return !/(?:ed|id|ld|ote|ing)$/.test(toks[j]!.lower) && plain(p) && plain(n) && !DETERMINERS.has(n!.lower);
}

/** The comma opening an apposition ("Tony Lloyd, the city's MP,") that ends at the comma toks[c]. */
function appositionComma(toks: Tok[], c: number): number {
  for (let d = c - 1; d >= 0 && c - d < 12; d--) {
    const u = toks[d]!;
    if (u.type === "q" || (u.type === "p" && u.text !== ",")) return -1;
    if (u.text === ",") return DETERMINERS.has(toks[d + 1]?.lower ?? "") ? d : -1;
  }
  return -1;
}

/** toks[a, b) are only the words of a name ("Lord Sand", "Maria de la Cruz"). */
function nameRun(toks: Tok[], a: number, b: number): boolean {
  if (b <= a || b - a > 5 || !isCap(toks[a]!) || !isCap(toks[b - 1]!)) return false;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.type !== "w" || !(isCap(t) || PARTICLES_IN_SPEAKER_NAMES.has(t.lower)) || FRONT_WORDS.has(t.lower))
      return false;
  }
  return true;
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
    if ((!isVerbish(t) && !isReadCue(toks, j)) || isCap(t) || nounUse(toks, j)) continue;
    if (VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE.has(t.lower) && qi - j > 3) continue;
    const subj = verbSubject(toks, j, text);
    if (subj === "skip") continue;
    // "direct state involvement", "a big post office": a verb form inside a noun phrase, with no
    // subject and lowercase words on both sides, is a noun; the cue lies further back.
    if (!subj && nounInside(toks, j)) continue;
    if (!subj) return null;
    return { speaker: subj, cue: t.lower, label: LABEL_VERBS.has(t.lower) };
  }
  // "according to X, "…"" with the phrase before the quote is handled above; a colon after a
  // bare name ("Mr Straw: "…"") is too loose to count.
  return null;
}

/** A sentence ending in an inverted tag (`…, says the assembly government.`): its speaker. */
function finalTag(toks: Tok[], text: string): { cue: Cue; at: number } | null {
  let last = toks.length - 1;
  while (last >= 0 && toks[last]!.type === "p") last--;
  for (let c = last - 1; c >= 0 && last - c <= 8; c--) {
    const t = toks[c]!;
    if (t.type === "q") return null;
    if (t.text !== ",") continue;
    const v = toks[c + 1];
    if (v?.type !== "w" || !isVerbish(v) || VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE.has(v.lower)) return null;
    const p = phraseAfter(toks, c + 2, text);
    if (!p || p.end !== toks[last]!.end) return null;
    return { cue: { speaker: p, cue: v.lower, label: false }, at: t.start };
  }
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
  /** Paragraph of the mention, and whether it is the subject of a speech verb (history). */
  para?: number;
  speaker?: boolean;
}

/** Names the article uses, for turning "Mr Straw" or "the department" into the fullest form. */
// TODO(quotes split): this capitalised-run finder and actors.ts chunksOf are the same walk
// (capitalised tokens, joined through a few lower-case particles) with different rules: here
// up to 3 PARTICLES_IN_SPEAKER_NAMES, no adjacency check, no connectors; there unlimited
// PARTICLES_IN_ACTOR_NAMES each adjacent, NEVER words stop a run but not after particles, and
// "of/for/and/&" join organisation names (connectorJoins). Make one finder in src/text/ taking
// those rules as named options and check the four figure commands stay exact.
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
        while (
          m < toks.length &&
          m - k < 3 &&
          toks[m]!.type === "w" &&
          PARTICLES_IN_SPEAKER_NAMES.has(toks[m]!.lower)
        )
          m++;
        if (m > k && toks[m] && isCap(toks[m]!)) k = m;
        else break;
      }
      let from = i;
      while (from < k - 1 && FRONT_WORDS.has(toks[from]!.lower)) from++;
      const words = toks.slice(from, k).map((t) => t.text.replace(/['’]s$/, ""));
      const core = coreName(words);
      if (core.length >= 2 && !this.seen.has(core.join(" "))) {
        this.seen.add(core.join(" "));
        const org = ORG_NOUNS.has(core[core.length - 1]!.toLowerCase());
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

  /** The most recent organisation before `at` whose name ends with the head noun ("department"), else the first after. */
  orgByHead(head: string, at: number): string | null {
    let found: string | null = null;
    for (const f of this.withWord(head)) {
      if (!(f.name.toLowerCase().endsWith(` ${head}`) || f.name.toLowerCase() === head)) continue;
      if (f.at >= at) return found ?? f.name;
      found = f.name;
    }
    return found;
  }

  /** Does a full name of the article hold this word (lower case) first or last? */
  hasWord(w: string): boolean {
    return this.withWord(w).length > 0;
  }
}

/** The article's name when it holds every word of the canonical one and more, else the canonical. */
function fuller(article: string, canonical: string): string {
  const a = lowerCase(article).split(" ");
  const c = lowerCase(canonical).split(" ");
  return a.length > c.length && c.every((w) => a.includes(w)) ? article : canonical;
}

function genderOfWords(words: string[]): "male" | "female" | "any" {
  for (const w of words) {
    const g = HONORIFIC_GENDER[w.toLowerCase()];
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
    if (TITLE_WORDS.has(w) || DETERMINERS.has(w) || (HONORIFIC_GENDER[w] && !STYLED.has(w))) lastTitle = k;
    else if (/^\p{Ll}/u.test(words[k]!) && !PARTICLES_IN_SPEAKER_NAMES.has(w)) lastTitle = k;
  }
  const lastLower = words[words.length - 1]!.toLowerCase();
  if (ORG_NOUNS.has(lastLower)) {
    // "the State Department": keep the organisation's name whole, minus determiners.
    while (i < words.length && DETERMINERS.has(words[i]!.toLowerCase())) i++;
    return words.slice(i);
  }
  i = lastTitle + 1;
  // "Economy minister German Gref": a capitalised nationality right after an office word is the
  // first name, not a second title.
  if (
    i === words.length - 1 &&
    i >= 1 &&
    /^\p{Lu}/u.test(words[i - 1]!) &&
    (i === 1 || (/^\p{Ll}/u.test(words[i - 2]!) && TITLE_WORDS.has(words[i - 2]!.toLowerCase()))) &&
    NATIONALITIES.has(words[i - 1]!.toLowerCase())
  )
    i--;
  // Possessives ("Britain's") belong to a description, not the name.
  const rest = words.slice(i).filter((w) => !/['’]s$/.test(w) || w === words[words.length - 1]);
  return rest;
}

const NATIONALITIES = new Set(["german", "french", "british", "american", "mexican"]);

function classify(words: string[]): SpeakerKind {
  const lower = words.map((w) => w.toLowerCase());
  const head = lower[lower.length - 1] ?? "";
  if (
    (lower[0] === "a" || lower[0] === "an") &&
    !lower.slice(1).some((w, i) => ORG_NOUNS.has(w) && i === lower.length - 2)
  )
    return "unnamed";
  if (ANONYMOUS_HEADS.has(head) || ANONYMOUS_HEADS.has(head.replace(/s$/, ""))) return "unnamed";
  if (ORG_NOUNS.has(head)) return "organization";
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
export function extractQuotes(article: Article, model: ActorModel | null = null): QuoteFound[] {
  const { text } = article;
  const spans = quotedSpans(article);
  if (spans.length === 0) return [];
  // One actor model for quotes, /actor and events: without one, this article's own.
  const actors = model ?? buildActorModel([article]);
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

  const paraStarts = article.paragraphs.map((x) => x.start);
  const paraOf = (pos: number) => {
    let lo = 0;
    let hi = paraStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (paraStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const at = (sp: Speaker, p: Phrase, gender = sp.gender): Speaker => ({
    ...sp,
    text: p.text,
    start: p.start,
    end: p.end,
    gender,
    speaker: false,
  });
  const unnamed = (p: Phrase, gender: Speaker["gender"] = "any"): Speaker => ({
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

  /** A speaker for one of the model's actors, named as this article names it. */
  const speakerForActor = (id: string, p: Phrase, gender: Speaker["gender"] = "any"): Speaker => {
    const actor = actors.byId.get(id)!;
    const seen =
      lastOf((h) => h.id === id && !!h.name && !!h.speaker, p.start) ??
      lastOf((h) => h.id === id && !!h.name, p.start);
    const sp = seen ? at(seen, p, gender) : { ...speakerForName(actor.name, p), gender };
    return { ...sp, id, kind: actor.kind };
  };

  /**
   * he/she: the model's pronoun mention gives the candidates (people of a compatible gender, the
   * model's choice first). The quote-specific tie-break reads this article's quotation history:
   * the latest person among the candidates whose gender is known, or who spoke in this or the
   * previous paragraph, wins; an anonymous source that spoke last ("a spokeswoman") wins too.
   */
  const resolvePronoun = (p: Phrase, want: "male" | "female"): Speaker => {
    const m = actors.mentionAt(article.docId, p.start, p.end);
    const cands = new Set(m?.via === "pronoun" ? (m.candidates ?? [m.actorId]) : []);
    const para = paraOf(p.start);
    let chosen: Speaker | undefined;
    let fallback: Speaker | undefined;
    let first = true;
    for (let h = history.length - 1; h >= 0; h--) {
      const c = history[h]!;
      if (c.start >= p.start) continue;
      if ((c.para ?? 0) < para - 3) break;
      const recentSpeaker = !!c.speaker && (c.para ?? 0) >= para - 1;
      if (first && recentSpeaker) {
        first = false;
        if (c.kind === "unnamed" && (c.gender === want || c.gender === "any") && anonymousSource(c.text))
          return at(c, p, want);
      }
      if (c.kind !== "person" || !c.id) continue;
      // the model's candidates, or a speaker the model gives no other gender
      const g = actors.genderOf?.(article.docId, c.id) ?? "any";
      if (!cands.has(c.id) && (g !== want || cands.size === 1)) continue;
      if (g === want || recentSpeaker) {
        chosen = c;
        break;
      }
      fallback ??= c;
    }
    chosen ??= fallback;
    if (chosen?.id) return speakerForActor(chosen.id, p, want);
    if (m?.via === "pronoun") return speakerForActor(m.actorId, p, want);
    return { ...p, id: null, name: null, kind: "person", gender: want };
  };

  /** A speaker for a name the article gives. */
  const speakerForName = (name: string, p: Phrase): Speaker => {
    const ws = name.split(/\s+/);
    const full = names.expand(coreName(ws), p.start);
    let canonical = full && full.name.split(" ").length > ws.length ? full.name : coreName(ws).join(" ");
    if (STYLED.has(ws[0]!.toLowerCase()) && !canonical.includes(" ")) canonical = `${ws[0]} ${canonical}`;
    let id: string | null = null;
    let kind: SpeakerKind = "person";
    const actor = actors.resolve(canonical);
    if (actor) {
      id = actor.id;
      canonical = fuller(canonical, actor.name);
      kind = actor.kind;
    }
    return { ...p, id, name: canonical, kind, gender: genderOfWords(ws) };
  };

  /** "the Arsenal boss", "the Scot", "the chancellor": the model's role mention, else unnamed. */
  const resolveDescription = (p: Phrase): Speaker => {
    const m =
      actors.mentionAt(article.docId, p.start, p.end) ?? actors.mentionAt(article.docId, p.end - 1, p.end);
    if (m?.via === "role" && actors.byId.get(m.actorId)?.kind === "person")
      return speakerForActor(m.actorId, p);
    return unnamed(p);
  };

  const resolvePhrase = (p0: Phrase): Speaker => {
    // "a proud coach Mike Ruddock": an indefinite description before a full name is the name's.
    const described = /^(?:a|an)\s+(?:[\p{Ll}-]+\s+)+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+)$/u.exec(
      p0.text,
    );
    const p = described ? { start: p0.end - described[1]!.length, end: p0.end, text: described[1]! } : p0;
    const words = p.text.split(/\s+/);
    const lower = p.text.toLowerCase();
    const gender0 = genderOfWords(words);
    if (lower in PRONOUNS) {
      const g = PRONOUNS[lower]!;
      if (g === "male" || g === "female") return resolvePronoun(p, g);
      if (g === "thing") {
        // "it said": the latest organisation speaking or named as a subject.
        const org = lastOf((h) => h.kind === "organization", p.start);
        return org ? at(org, p) : { ...p, id: null, name: null, kind: "organization", gender: "any" };
      }
      const want = g === "plural" ? "plural" : "any";
      for (let h = history.length - 1; h >= 0; h--) {
        const c = history[h]!;
        if (c.start >= p.start) continue;
        if (want === "plural") {
          if (c.kind === "organization" || c.gender === "plural") return at(c, p);
          continue;
        }
        if (c.kind !== "person" || c.gender === "plural") continue;
        return at(c, p);
      }
      return { ...p, id: null, name: null, kind: "person", gender: want };
    }
    // "Morquendi's message", "Mr Howard's letter": a document speaks for its author.
    const own = /^(.+?)['’]s\s+(?:[\p{Ll}-]+\s+)*(\p{Ll}+)$/u.exec(p.text);
    if (own && DOCUMENT_HEADS.has(own[2]!) && /^\p{Lu}/u.test(own[1]!) && !/^(?:The|A|An)\s/.test(own[1]!)) {
      const owner = resolvePhrase({ start: p.start, end: p.start + own[1]!.length, text: own[1]! });
      return at(owner, p);
    }
    // "Critics of the plan", "an aide to Ruiz": a description whose head is not a name.
    const linked = /^(.*?)\s(?:of|to|for|at)\s/.exec(p.text);
    if (
      linked &&
      !/\p{Lu}[\p{L}'’.-]*\s+\p{Lu}/u.test(linked[1]!) &&
      !ORG_NOUNS.has(linked[1]!.split(" ").pop()!.toLowerCase())
    ) {
      const headWord = linked[1]!.split(" ").pop()!;
      return unnamed(p, /s$/.test(headWord) ? "plural" : "any");
    }
    const kind = classify(words);
    const plural = /^\p{Ll}[\p{L}-]*s$/u.test(words[words.length - 1]!) && !/ss$/.test(p.text);
    const lastWord = words[words.length - 1]!.toLowerCase();
    const namedHead = ORG_NOUNS.has(lastWord) || DOCUMENT_HEADS.has(lastWord);
    const definite = /^(?:the|its|his|her|their)\s/i.test(p.text);
    // "the Arsenal boss", "the Scot", "the ex-Wallaby": a description of a person.
    if (
      definite &&
      kind === "person" &&
      !namedHead &&
      (/^\p{Ll}/u.test(words[words.length - 1]!) ||
        (words.length === 2 && (DEMONYM_NOUNS.has(lastWord) || /^ex-/.test(lastWord))))
    ) {
      if (/^\p{Ll}/u.test(words[words.length - 1]!) || !names.hasWord(lastWord)) return resolveDescription(p);
    }
    if (kind === "unnamed" || (!namedHead && !/\p{Lu}/u.test(p.text.replace(/^(?:The|A|An)\s/, ""))))
      return unnamed(p, plural ? "plural" : "any");
    const core = coreName(words);
    let name = core.join(" ");
    let gender: Speaker["gender"] = gender0;
    const head = core[core.length - 1]?.toLowerCase() ?? "";
    let forceOrg = false;
    if (definite && (core.length === 0 || /^\p{Ll}/u.test(core[0]!))) {
      // "the department", "the club": the latest organisation with that head; documents speak
      // for the organisation that issued them; other descriptions are left as written.
      const org = ORG_NOUNS.has(head) ? names.orgByHead(head, p.start) : null;
      if (org) name = org;
      else if (DOCUMENT_HEADS.has(head)) {
        const lastOrg = lastOf((h) => h.kind === "organization", p.start);
        if (lastOrg) return at(lastOrg, p);
        return unnamed(p);
      } else if (ORG_NOUNS.has(head)) {
        // "the club said" with no organisation of that name: the latest organisation nearby.
        const para = paraOf(p.start);
        const lastOrg = lastOf((h) => h.kind === "organization" && (h.para ?? 0) >= para - 3, p.start);
        if (lastOrg) return at(lastOrg, p);
        return unnamed(p);
      } else return resolveDescription(p);
    } else {
      const full =
        names.expand(core, p.start) ?? (core.length > 1 ? names.expand(core.slice(-1), p.start) : null);
      if (full) {
        name = full.name;
        if (gender === "any") gender = full.gender;
      }
      if (STYLED.has(words[0]?.toLowerCase() ?? "") && core.length === 1) name = `${words[0]} ${core[0]}`;
    }
    // An acronym is an organisation ("EA said", "the WLGA").
    if (
      core.length === 1 &&
      /^\p{Lu}[\p{Lu}\p{N}&]{1,6}$/u.test(core[0]!) &&
      !HONORIFIC_GENDER[words[0]!.toLowerCase()]
    )
      forceOrg = true;
    // The model's canonical actor: the mention under the name, else the name itself.
    let id: string | null = null;
    let canonical = name;
    let akind: SpeakerKind = ORG_NOUNS.has(name.split(" ").pop()?.toLowerCase() ?? "")
      ? "organization"
      : kind;
    {
      const coreStart = p.end - (core.join(" ").length || 0);
      const m =
        actors.mentionAt(article.docId, Math.max(p.start, coreStart), p.end) ??
        actors.mentionAt(article.docId, p.start, p.end);
      // A role mention ("the club") is trusted only when the model's actor carries that head word.
      const trusted =
        m && (m.via !== "role" || lowerCase(actors.byId.get(m.actorId)?.name ?? "").includes(head));
      const actor = (trusted ? actors.byId.get(m.actorId) : null) ?? actors.resolve(name);
      if (actor) {
        id = actor.id;
        // The article's own fuller name wins over a shorter canonical one ("Jan Bolz" for "Bolz").
        canonical = fuller(name, actor.name);
        akind = actor.kind;
      }
    }
    if (forceOrg) akind = "organization";
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
      const pushHistory = (sp: Speaker, speaker: boolean) => {
        if (
          sp.name &&
          (sp.kind !== "unnamed" || sp.gender === "plural" || anonymousSource(sp.text)) &&
          !inHistory.has(sp.start)
        ) {
          inHistory.add(sp.start);
          history.push({ ...sp, para: pi, speaker });
        }
      };
      let initial = toks[0] && isCap(toks[0]) && toks[0].type === "w" ? leadingName(toks, text) : null;
      // A lone capitalised word opening a sentence ("Claims …", "If England …") is a name only when
      // the article gives it as part of a full name, or it is an acronym.
      if (
        initial &&
        !/\s/.test(initial.text) &&
        !/^\p{Lu}{2,}$/u.test(initial.text) &&
        !names.hasWord(initial.text.toLowerCase())
      )
        initial = null;
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
        if (
          t.type === "w" &&
          isVerbish(t) &&
          !isCap(t) &&
          !VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE.has(t.lower) &&
          !nounUse(toks, j)
        ) {
          const v = verbSubject(toks, j, text);
          const p = v === "skip" ? null : v;
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
        pushHistory(sp, f.q !== -1);
        if (f.q === null || f.q >= 0) {
          if (!sentenceSpeaker.has(`${pi}:${si}`) || f.q !== null) sentenceSpeaker.set(`${pi}:${si}`, sp);
        }
        if (f.q !== null && f.q >= 0) {
          cues[f.q] = f.cue;
          speakers[f.q] = sp;
          via[f.q] = "cue";
        }
      }
      // "…“reasonable levels” after …, says the assembly government.": the closing tag speaks for
      // the quotations before it.
      const tail = qis.some((j) => !speakers[toks[j]!.quote!]) ? finalTag(toks, text) : null;
      if (tail) {
        const sp = resolvePhrase(tail.cue.speaker);
        pushHistory(sp, true);
        for (const j of qis) {
          const q = toks[j]!.quote!;
          if (speakers[q] || toks[j]!.end > tail.at) continue;
          speakers[q] = sp;
          cues[q] = tail.cue;
          via[q] = "cue";
        }
      }
      const uncued = !found.some((f) => f.q !== -1);
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
        // A statement in a sentence with no speech verb at all ("There are “no big differences …”")
        // continues the previous sentence's speaker, like a bare quoted sentence.
        if ((!startsSentence && !uncued) || kinds[q] === "term") continue;
        // A later cue in this sentence for the same run ("“A.” “B,” he said.")
        const prevKey = si > 0 ? `${pi}:${si - 1}` : lastSentenceKey(article, pi);
        const prevQ = q > 0 && spans[q - 1]!.para === pi ? q - 1 : -1;
        // …unless the sentence before names a speaker of its own after that quotation ("Mr Florin
        // said the challenge was …. “There's an indication …”"): the latest speaker speaks on.
        const prevSp = prevKey ? sentenceSpeaker.get(prevKey) : undefined;
        const later = !!prevSp && prevQ >= 0 && prevSp.start > spans[prevQ]!.markClose;
        if (prevQ >= 0 && speakers[prevQ] && !later) {
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
  if (!cue || cue.speaker.start !== toks[0]?.start) return null;
  // Only a tag: nothing after the verb and speaker but a short adverbial ("Trump said on Monday.",
  // "she told the BBC."); "Jill said her father would be missed." reports speech of its own.
  const verb = toks.findIndex((t) => t.type === "w" && t.start >= cue.speaker.end && t.lower === cue.cue);
  if (verb < 0) return null;
  const rest = toks.slice(verb + 1).filter((t) => t.type === "w" && t.start >= cue.speaker.end);
  if (rest.length === 0) return cue;
  const told = /^(?:told|tells|tell)$/.test(cue.cue);
  return rest.length <= 6 && (told || TAG_TAILS.has(rest[0]!.lower)) && !rest.some((t) => t.lower === "that")
    ? cue
    : null;
}

/** Words that open an adverbial after a closing tag ("said on Monday", "said in a statement"). */
const TAG_TAILS = new Set(
  "on in at during after before later yesterday today tonight last this earlier afterwards while when from with to".split(
    " ",
  ),
);

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
    (isCap(toks[k]!) ||
      (k > 0 && (PARTICLES_IN_SPEAKER_NAMES.has(toks[k]!.lower) || TITLE_WORDS.has(toks[k]!.lower))))
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

/** "a spokeswoman", "a senior official", "a Treasury source": one anonymous source. */
function anonymousSource(text: string): boolean {
  // the head comes before "for"/"of"/"at" ("a spokesman for the Oxford University Press")
  const head = /^(.*?)\s(?:for|of|at|to)\s/.exec(text)?.[1] ?? text;
  const w = head.split(/\s+/).pop()!.toLowerCase();
  return /^(?:a|an|the)\s/i.test(text) && ANONYMOUS_HEADS.has(w) && !/s$/.test(w);
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
