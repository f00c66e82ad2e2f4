// Quoted spans of an article: curly and straight marks, unbalanced marks, quotations running on
// into the next paragraph. Stage 1 of the quote pipeline (what was said); the actor model's
// coreference reads them too (nothing inside quotation marks is resolved). Linear in the text.

import type { Article } from "../../types.ts";

// ------------------------------------------------------------------------------ quoted spans

export interface Span {
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

type Mark = { at: number; role: "open" | "close" | "either"; len: number };

/** An opening curly mark right after a comma or a sentence's end glued to a word, then a space or
 *  the paragraph's end: a closing mark mistyped (`…for her here,“ said …`). */
const mistypedCloser = (text: string, i: number, ps: number, pe: number): boolean =>
  i > ps + 1 && /[\p{L}\p{N}][,.!?]$/u.test(text.slice(i - 2, i)) && (i + 1 >= pe || /\s/.test(text[i + 1]!));

/** The quotation marks of one paragraph [ps, pe), each with the role its context gives it. */
function marksOf(text: string, ps: number, pe: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = ps; i < pe; i++) {
    // every character passes here: ASCII ones other than the straight marks are none of the marks
    const code = text.charCodeAt(i);
    if (code < 128 && code !== 34 && code !== 39) continue;
    const c = text[i]!;
    // (an opening mark typed where a closing one belongs, `…here,“ said Jim Clyburn`: after a
    // word's end and before a space, it closes; session 35, PolNeAR's mistyped marks)
    if (OPEN.has(c)) marks.push({ at: i, role: mistypedCloser(text, i, ps, pe) ? "close" : "open", len: 1 });
    else if (CLOSE.has(c)) marks.push({ at: i, role: "close", len: 1 });
    // (`…'bomb them,''' said`: of three apostrophes closing, the first is the inner quotation's)
    else if (c === "'" && text.startsWith("''", i + 1) && i + 2 < pe && i > ps && !isSpace(text[i - 1]))
      continue;
    else if (c === '"' || (c === "'" && text[i + 1] === "'" && i + 1 < pe)) {
      // Two apostrophes ('') stand for a straight double mark in some archives' text.
      const len = c === '"' ? 1 : 2;
      const before = i > ps ? text[i - 1] : undefined;
      const after = i + len < pe ? text[i + len] : undefined;
      const opener = isOpenerContext(before) && !isSpace(after);
      const closer = !isSpace(before) && (isSpace(after) || /[\p{P}]/u.test(after!));
      marks.push({ at: i, role: opener && !closer ? "open" : closer && !opener ? "close" : "either", len });
      i += len - 1;
    }
  }
  return marks;
}

/** The quoted spans of one paragraph [ps, pe), without their marks. */
function spansOfParagraph(
  text: string,
  ps: number,
  pe: number,
  para: number,
  out: Span[],
  stray = false,
  subject = false,
  untagged = false,
): void {
  const marks = marksOf(text, ps, pe);
  const first = out.length;
  let open = -1;
  let openLen = 1;
  let openIdx = -1;
  /** The quotation after the opening mark at `open`, up to e (a closing mark closeLen long, or a cut). */
  const emit = (e: number, openEnded: boolean, continues: number | null, closeLen = 1) => {
    const [a, b] = trimSpan(text, open + openLen, e);
    const markClose = openEnded ? b : e + closeLen - 1;
    if (b > a) out.push({ start: a, end: b, para, openEnded, continues, markOpen: open, markClose });
    return b > a ? out.length - 1 : -1;
  };
  let pendingContinue: number | null = null;
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k]!;
    if (open < 0) {
      // a stray closing mark: nothing to open, unless a tag follows it (set 32, switch)
      if (m.role === "close") {
        const from = k > 0 ? marks[k - 1]!.at + marks[k - 1]!.len : ps;
        const a = stray ? strayTaggedStart(text, ps, from, m.at, subject) : -1;
        const on =
          a < 0 && untagged && out.length > first ? strayGoesOn(text, from, m.at, out.length - 1) : null;
        const start = a >= 0 ? a : (on?.start ?? -1);
        if (start >= 0)
          out.push({
            start,
            end: m.at,
            para,
            openEnded: false,
            continues: on?.continues ?? null,
            markOpen: start,
            markClose: m.at,
          });
        continue;
      }
      open = m.at;
      openLen = m.len;
      openIdx = k;
      continue;
    }
    if (m.role !== "open") {
      const idx = emit(m.at, false, pendingContinue, m.len);
      pendingContinue = null;
      open = -1;
      void idx;
      continue;
    }
    // An opening mark inside an open quotation. Straight marks may nest ("…it was "fake" and…"):
    // when the next two marks both close, this one opens a nested quote we leave inside.
    const n1 = marks[k + 1];
    const n2 = marks[k + 2];
    if ((text[m.at] === '"' || m.len === 2) && n1 && n1.role !== "open" && n2 && n2.role !== "open") {
      k++;
      continue;
    }
    // Otherwise the earlier quotation was never closed: it ends at the last sentence end before
    // this mark, and the new one continues it (same speaker).
    let cut = m.at;
    const seg = text.slice(open + openLen, m.at);
    const lastEnd = Math.max(seg.lastIndexOf(". "), seg.lastIndexOf("? "), seg.lastIndexOf("! "));
    if (lastEnd > 0) cut = open + openLen + lastEnd + 1;
    const idx = emit(cut, true, pendingContinue);
    pendingContinue = idx >= 0 ? idx : null;
    open = m.at;
    openLen = m.len;
    openIdx = k;
  }
  void openIdx;
  if (open >= 0) emit(pe, true, pendingContinue);
}

/** Every quoted span of an article's kept paragraphs, in text order. */
export function quotedSpans(article: Article, stray = false, subject = false, untagged = false): Span[] {
  const out: Span[] = [];
  article.paragraphs.forEach((p, i) => {
    const before = out.length;
    spansOfParagraph(article.text, p.start, p.end, i, out, stray, subject, untagged);
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

/** The switch of the stray mark's tag with its subject first. */
export const STRAY_SUBJECT_TAG_SWITCH = {
  name: "stray-mark-subject-tag",
  doc: '`…out of the blue," he said, "…`: a stray closing mark\'s tag may put a he/she or a name before its verb',
};

/** The tag after a stray closing mark: a speech verb, or (switch) a he/she or a name of up to
 *  three words and then one ("…out of the blue," he said, "…": set 11). */
const TAG_VERB = String.raw`(?:said|says|told|added|adds|argued|warned|insisted)\b`;
const STRAY_VERB_TAG = new RegExp(String.raw`^\s*${TAG_VERB}`);
const STRAY_SUBJECT_TAG = new RegExp(
  String.raw`^\s*(?:(?:he|she|they|we|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+)?${TAG_VERB}`,
);

/** `… and there was little to reassure them," said Mr Dean.`: a closing mark whose opening mark the
 *  corpus lost, a comma inside it and a speech verb after it, closes a quotation that runs from the
 *  sentence start, or the mark before, to it (switch "stray-mark-tagged", set 32); else -1. */
function strayTaggedStart(text: string, ps: number, from: number, at: number, subject: boolean): number {
  if (
    text[at - 1] !== "," ||
    !(subject ? STRAY_SUBJECT_TAG : STRAY_VERB_TAG).test(text.slice(at + 1, at + 40))
  )
    return -1;
  const seg = text.slice(from, at);
  const end = Math.max(seg.lastIndexOf(". "), seg.lastIndexOf("? "), seg.lastIndexOf("! "));
  const [a, b] = trimSpan(text, end >= 0 ? from + end + 2 : Math.max(from, ps), at);
  return b > a ? a : -1;
}

/** The switch of the untagged stray mark. */
export const STRAY_UNTAGGED_SWITCH = {
  name: "stray-mark-goes-on",
  doc: "`…,\" he said. Through it all, we wanted … and interact.\"`: a stray closing mark after a sentence end, with no tag, closes words that go on from the paragraph's last quotation, from its own sentence's start",
};

/** `"…," he said. Through it all, we wanted to build … interact."`: a closing mark whose opening mark
 *  the corpus lost, after a full stop (a comma may be a lost tag's: not taken), with the paragraph's last
 *  quotation (`prev`) in the sentence before: the words run from the mark's sentence start and go
 *  on from that quotation; else null. */
function strayGoesOn(
  text: string,
  from: number,
  at: number,
  prev: number,
): { start: number; continues: number } | null {
  if (!/[.!?]$/.test(text.slice(at - 1, at))) return null;
  const seg = text.slice(from, at);
  const ends = [...seg.matchAll(/[.!?]\s+(?=\p{Lu})/gu)].map((x) => x.index!);
  // the sentence before the stray one holds the last mark: one sentence end between them
  if (ends.length !== 1) return null;
  const [a, b] = trimSpan(text, from + ends[0]! + 2, at);
  return b > a ? { start: a, continues: prev } : null;
}
