// The cue before a quotation: the nearest speech verb (or "according to") before it in its
// sentence, and that verb's subject through appositions, relative clauses, coordination and
// participles. verbSubject also finds the subjects of indirect speech for the speaker history.

import { CLAUSE_BREAKERS } from "../lexicons/clauses.ts";
import { PRONOUNS } from "../lexicons/pronouns.ts";
import { LABEL_VERBS, VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE } from "../lexicons/verbs.ts";
import {
  appositionComma,
  type Cue,
  nameRun,
  type Phrase,
  phraseAfter,
  phraseBefore,
  phraseOf,
  sentenceSubject,
} from "./phrases.ts";
import {
  DETERMINERS,
  isAdverb,
  isCap,
  isReadCue,
  isVerbish,
  nounUse,
  PASSIVE_AUX,
  type Tok,
} from "./tokens.ts";

/**
 * The subject of the speech verb toks[j]: the phrase before it, through appositions, relative
 * clauses ("King, 30, who describes"), coordination ("…, and said") and participles ("…,
 * saying"); the phrase after it when inverted ("which, said Mr Hopkins, “…”"). "skip" for a verb
 * with no subject of its own here (an infinitive, a passive).
 */
export function verbSubject(toks: Tok[], j: number, text: string): Phrase | "skip" | null {
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
export function nounInside(toks: Tok[], j: number): boolean {
  const p = toks[j - 1];
  const n = toks[j + 1];
  const plain = (t: Tok | undefined) =>
    t?.type === "w" && !isCap(t) && !isAdverb(t) && !CLAUSE_BREAKERS.has(t.lower) && !(t.lower in PRONOUNS);
  return !/(?:ed|id|ld|ote|ing)$/.test(toks[j]!.lower) && plain(p) && plain(n) && !DETERMINERS.has(n!.lower);
}

/** The nearest speech cue before the quotation in its sentence, with its subject. */
export function cueBefore(toks: Tok[], qi: number, text: string): Cue | null {
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
