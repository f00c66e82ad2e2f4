// `The Conservatives have expressed "serious misgivings" about …`, `The Greens on Monday
// highlighted £3m in "wasteful" spending`: a quoted term in the clause of a verb of stance whose
// subject opens the sentence as "The" and a plural name (a party or group known by its members:
// the Conservatives, the Tories, the Lib Dems) is that body's words, as it is after a name or "the
// <Org> Party" (clause-subject.ts). The clause reader takes no "The <Names>" subject, since
// "The Beatles" or "The Simpsons" is a title as often as a speaker; here the subject must be an
// organisation of the actor model, the verb a finite past (after "has/have/had" or none; a passive
// "were accused of" is not the subject's saying), and the clause unbroken up to the term.

import { resolvePhrase } from "./resolve-speaker.ts";
import type { QuoteDoc } from "./state.ts";
import type { QuoteFound } from "./types.ts";

/** "(But) The <Capitalised words ending in -s> (has|have|had) (adverbs, "on Monday") <verb>ed …"
 *  up to the quotation: [subject, verb]. */
const OPENING =
  /^(?:(?:But|And|Meanwhile|Now),?\s+)?(The\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*s)\s+(?:(?:has|have|had)\s+)?(?:(?:also|now|today|yesterday|(?:on|last)\s+\p{Lu}\p{Ll}+day|\p{Ll}+ly)\s+)*(\p{Ll}{3,}ed)\s+([^;:–—"“”]*)$/u;

/** Verbs of deciding and acting, whose object carries no words of the subject's (clause-subject.ts). */
const DOING =
  /^(?:fined|opted|decided|refused|launched|released|published|announced|unveiled|used|produced)$/;

/** At most this many words between the verb and the term: the verb's own clause. */
const REACH = 12;

/** Gives each unattributed lowercase term after such an opening the organisation it names. */
export function pluralPartyTerms(doc: QuoteDoc, direct: QuoteFound[]): void {
  const { article, text } = doc;
  for (const q of direct) {
    if (q.speakerName || q.kind !== "term" || !/^\p{Ll}/u.test(q.text)) continue;
    const sentence = article.paragraphs
      .flatMap((p) => p.sentences)
      .find((s) => s.start <= q.start && q.start < s.end);
    if (!sentence) continue;
    const before = text.slice(sentence.start, q.start).replace(/["“]\s*$/u, "");
    const m = OPENING.exec(before);
    if (!m || DOING.test(m[2]!) || m[3]!.split(/\s+/).filter(Boolean).length > REACH) continue;
    const start = sentence.start + m.index + m[0].indexOf(m[1]!);
    const sp = resolvePhrase(doc, { start, end: start + m[1]!.length, text: m[1]! });
    if (sp.kind !== "organization" || !sp.id) continue;
    q.speakerName = sp.name ?? sp.text;
    q.speakerText = sp.text;
    q.speakerId = sp.id;
    q.speakerKind = sp.kind;
    q.cue = m[2]!;
    q.via = "cue";
  }
}
