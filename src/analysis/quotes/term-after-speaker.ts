// A term with no tag in the middle of someone's account: `"…," the company said. In Asia, its
// brands came under "attack" from rivals.` or a report summarised over several sentences ("The
// Audit Office praised ministers. But the 2010 target needed "creative" ideas."). A quoted term
// in a sentence with no attribution of its own is the words of the latest speaker of the
// sentences just before it in its paragraph (direct or reported), when one of them has one: an
// organisation's always, a person's only between two of their quotations, and never in a sentence
// that names the speaker (the writer's words about them). Likewise a statement standing alone
// after a sentence of reported speech ("According to engineer Mia Torres, …") is the reporter's.

import type { Article } from "../../types.ts";
import type { QuoteFound } from "./types.ts";

/** How many sentences back the account may run. */
const REACH = 3;

type Attributed = Pick<QuoteFound, "start" | "end" | "speakerName">;

/** The latest speaker of the records overlapping [s, e), or null. */
function speakerIn(records: readonly Attributed[], s: number, e: number): Attributed | null {
  let best: Attributed | null = null;
  for (const r of records)
    if (r.speakerName && r.start < e && r.end > s && (!best || r.start > best.start)) best = r;
  return best;
}

/** The sentence after holds a direct quotation of the same speaker. */
function quotedNext(
  direct: readonly QuoteFound[],
  next: { start: number; end: number } | undefined,
  from: QuoteFound,
) {
  const r = next ? speakerIn(direct, next.start, next.end) : null;
  return !!r && r.speakerName === from.speakerName;
}

/** A capitalised word of the speaker's name in the sentence. */
const namesIn = (sentence: string, name: string | null) =>
  (name ?? "").split(/\s+/).some((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && sentence.includes(w));

/** Gives each unattributed lowercase term the speaker of the account it sits in. */
export function termsAfterSpeaker(
  article: Article,
  direct: QuoteFound[],
  reported: readonly QuoteFound[],
): void {
  const records: Attributed[] = [...direct, ...reported];
  for (const q of direct) {
    if (q.speakerName || q.kind !== "term" || !/^\p{Ll}/u.test(q.text)) continue;
    const para = article.paragraphs.find((p) => p.start <= q.start && q.start < p.end);
    const si = para ? para.sentences.findIndex((s) => s.start <= q.start && q.start < s.end) : -1;
    if (!para || si < 1) continue;
    const own = para.sentences[si]!;
    // A sentence with an attribution of its own (a tag, a reporting verb) is not the account's.
    if (speakerIn(reported, own.start, own.end) || speakerIn(direct, own.start, own.end)) continue;
    for (let k = si - 1; k >= Math.max(0, si - REACH); k--) {
      const s = para.sentences[k]!;
      const from = speakerIn(records, s.start, s.end) as QuoteFound | null;
      if (!from) continue;
      // A person's words only between two of their quotations: the next sentence is theirs too;
      // and never in a sentence about the speaker ("only one showed Ms Rowe's flight "wings"").
      if (from.speakerKind !== "organization" && !quotedNext(direct, para.sentences[si + 1], from)) break;
      if (namesIn(article.text.slice(own.start, own.end), from.speakerName)) break;
      q.speakerName = from.speakerName;
      q.speakerText = from.speakerText;
      q.speakerId = from.speakerId;
      q.speakerKind = from.speakerKind;
      q.via = "context";
      break;
    }
  }
}

/** The sentence holding position `pos`, with the one before it (the last of the paragraph before, at a paragraph's start). */
export function sentenceAndBefore(article: Article, pos: number) {
  const pi = article.paragraphs.findIndex((p) => p.start <= pos && pos < p.end);
  const para = article.paragraphs[pi];
  if (!para) return null;
  const si = para.sentences.findIndex((s) => s.start <= pos && pos < s.end);
  const before = si > 0 ? para.sentences[si - 1] : article.paragraphs[pi - 1]?.sentences.at(-1);
  return si >= 0 && before ? { own: para.sentences[si]!, before } : null;
}

/**
 * `According to engineer Mia Torres, the bridge will carry 40,000 cars. "It is the longest span
 * we have built."`: a statement standing alone after a sentence of reported speech (which names
 * no speaker of a quotation itself) is the reported speaker's.
 */
export function statementsAfterReport(
  article: Article,
  direct: QuoteFound[],
  reported: readonly QuoteFound[],
  mergedQuotes = true,
): void {
  for (const q of direct) {
    if (q.speakerName || q.kind === "term") continue;
    const at = sentenceAndBefore(article, q.start);
    // Only the quotation alone in its sentence: no words before or after its marks (a tag the
    // walk did not read, `…,” reacted Trump.`, is someone else's).
    // Other quotations count as nothing: the corpus runs a quote's paragraphs into one sentence
    // (`"If in doubt, keep it. "But never destroy it to hide it."`).
    const alone = (a: number, b: number) =>
      !/[\p{L}\p{N}]/u.test(outsideQuotes(article.text, mergedQuotes ? direct : [], a, b));
    if (!at || !alone(at.own.start, q.start) || !alone(q.end, Math.max(q.end, at.own.end))) continue;
    if (speakerIn(direct, at.before.start, at.before.end)) continue;
    const from = speakerIn(reported, at.before.start, at.before.end) as QuoteFound | null;
    // ("…, The Hill reported." introduces a story, not its speaker's words)
    if (!from || /^report/.test(from.cue ?? "")) continue;
    q.speakerName = from.speakerName;
    q.speakerText = from.speakerText;
    q.speakerId = from.speakerId;
    q.speakerKind = from.speakerKind;
    q.via = "context";
  }
}

/** The text of [a, b) with the other quotations of `direct` inside it blanked. */
function outsideQuotes(text: string, direct: readonly QuoteFound[], a: number, b: number): string {
  let out = "";
  let at = a;
  for (const d of direct) {
    if (d.start < at || d.end > b) continue;
    out += text.slice(at, d.start);
    at = d.end;
  }
  return out + text.slice(at, Math.max(at, b));
}
