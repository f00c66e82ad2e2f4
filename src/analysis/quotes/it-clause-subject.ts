// "Virgin Blue … has been struggling to fend off Jetstar. It cut its forecast by “approximately
// 2.5%”": an "It" opening the sentence, with a verb of acting or judging of its own, stands for
// the organisation the sentence before spoke of, and a term in its clause is that body's (session
// 35; the clause-subject rule takes no "it", most of which name no one: "It is clear that …").

import { DEMONYMS, PLACES } from "../lexicons/places.ts";
import { DOCUMENT_HEADS } from "../lexicons/sources.ts";
import type { Alternative } from "../steps.ts";
import { opensAt } from "./it17-switches.ts";
import { type Cue, type Phrase, phraseOf } from "./phrases.ts";
import { previousSentenceStart, sentenceStart } from "./prior-subject.ts";
import { resolvePhrase } from "./resolve-speaker.ts";
import type { QuoteDoc } from "./state.ts";
import type { Tok } from "./tokens.ts";

type CueAt = { ctx: { toks: Tok[]; doc: QuoteDoc }; j: number };

/** A finite verb of its own: a past in -ed or a present in -s, or an irregular past of acting. */
const ACTING =
  /^(?:[a-z]{3,}ed|[a-z]{3,}[^su's]s|cut|found|said|told|made|took|gave|set|put|held|sold|bought|sought|led|paid)$/;
/** Verbs that say what a thing is or has, not what a body does ("It features a “click wheel”"). */
const BEING =
  /^(?:seems|seemed|appears|appeared|remains|remained|looks|looked|means|meant|features|featured|includes|included|contains|contained|costs|weighs|comes|came|goes|went|sounds|sounded|feels|felt|follows|followed|uses|used|allows|allowed|lets|needs|needed|happens|happened)$/;

export const IT_CLAUSE_SUBJECT_RULE: Alternative<CueAt, Cue> = {
  name: "it-clause-subject",
  doc: '"… Virgin Blue has been struggling. It cut its forecast by “approximately 2.5%”": an opening "It" with a verb of acting, resolved to an organisation, holds the term in its clause',
  try: ({ ctx, j }) => {
    const { toks, doc } = ctx;
    let i = 0;
    if (/^(?:but|and|however|meanwhile)$/.test(toks[i]?.lower ?? "")) i++;
    if (toks[i]?.text === ",") i++;
    const it = toks[i];
    const verb = toks[i + 1];
    if (it?.type !== "w" || it.lower !== "it" || verb?.type !== "w" || i + 1 >= j) return null;
    if (!ACTING.test(verb.lower) || BEING.test(verb.lower)) return null;
    // one clause up to the quotation
    if (toks.slice(i + 2, j).some((t) => t.type === "q" || (t.type === "p" && /^[;:–—]$/.test(t.text))))
      return null;
    const p = phraseOf(toks, i, i, doc.text);
    const cue = { speaker: p, cue: verb.lower, label: false };
    // ("…, a Toshiba study found. It found that …": the document the sentence before closes on)
    const author = documentTailBefore(doc, p.start);
    if (author) return { ...cue, speaker: author };
    const sp = resolvePhrase(doc, p);
    if (sp.kind !== "organization" || !sp.id) return null;
    return opensSentenceBefore(doc, p.start, sp.id) ? cue : null;
  },
};

/** Does the sentence before the one at `at` open on the organisation `id` (past a connective and
 *  "The"), as its first named mention? ("The Prevention of Terrorism Bill was published. It
 *  proposes …" opens on a bill, no body.) */
function opensSentenceBefore(doc: QuoteDoc, at: number, id: string): boolean {
  const to = sentenceStart(doc, at);
  const from = previousSentenceStart(doc, to);
  if (from === to) return false;
  const first = doc.actors
    .mentionsIn(doc.article.docId)
    .find((m) => m.start >= from && m.end <= to && m.via !== "pronoun");
  return first?.actorId === id && opensAt(doc.text.slice(from, first.start));
}

/** "…, a Toshiba study found.": the sentence before the one at `at` closes on a tag whose subject
 *  is a document named for an organisation the model holds; an "It" after it is that document,
 *  and speaks for the organisation (the phrase naming it), else null. */
function documentTailBefore(doc: QuoteDoc, at: number): Phrase | null {
  const to = sentenceStart(doc, at);
  const from = previousSentenceStart(doc, to);
  const m =
    /,\s+(?:a|an|the)\s+((?:\p{Lu}[\p{L}&'’.-]*\s+){1,4})(\p{Ll}+)\s+(?:found|said|says|suggested|suggests|showed|shows|concluded)\.\s*$/u.exec(
      doc.text.slice(from, to),
    );
  if (!m || !DOCUMENT_HEADS.has(m[2]!)) return null;
  const name = m[1]!.trim();
  // (an organisation the model holds, or a name it holds as no one and no place: "a Toshiba study")
  const actor = doc.actors.resolve(name);
  if (actor ? actor.kind !== "organization" : PLACES.has(name) || DEMONYMS.has(name)) return null;
  const start = from + m.index + m[0].indexOf(name);
  return { start, end: start + name.length, text: name };
}
