// The snapshot's article sections: each article's metadata (a JSON line), its paragraph and
// passage counts, its text, and its paragraph, sentence and passage offsets as Uint32 runs.
// Decoding makes the article objects one at a time; a reload hands in the articles it serves, and
// an article whose file did not change (same metadata, text and offsets) is that same object, not
// a second copy: a reload then allocates for what changed only, instead of a whole corpus of
// small objects for the collector to copy and mark while the old coverage is still served.

import type { Article } from "../types.ts";
import { type ParagraphRuns, storedArticle } from "./stored-article.ts";

/** The article sections as typed views over the payload (bounds checked by snapshot-bounds.ts). */
export interface ArticleSections {
  payload: Buffer;
  count: number;
  meta: { offset: number; bytes: number };
  counts: Uint32Array;
  textBase: number;
  textBytes: Float64Array;
  paragraphs: Uint32Array;
  sentences: Uint32Array;
  passages: Uint32Array;
}

/** Article texts and their paragraph, sentence and passage offsets, flattened into typed arrays. */
export function encodeArticles(list: readonly Article[]) {
  let nParagraphs = 0;
  let nSentences = 0;
  let nPassages = 0;
  for (const a of list) {
    nParagraphs += a.paragraphs.length;
    nPassages += a.passages.length;
    for (const p of a.paragraphs) nSentences += p.sentences.length;
  }
  const textBytes = new Float64Array(list.length + 1);
  const texts: Buffer[] = [];
  const paragraphs = new Uint32Array(nParagraphs * 3);
  const sentences = new Uint32Array(nSentences * 2);
  const passages = new Uint32Array(nPassages * 3);
  // Each article's metadata as one JSON line, and its paragraph and passage counts.
  const meta: string[] = [];
  const counts = new Uint32Array(list.length * 2);
  let pi = 0;
  let si = 0;
  let qi = 0;
  list.forEach((a, i) => {
    const { text, paragraphs: paras, passages: qs, ...rest } = a;
    const t = Buffer.from(text, "utf8");
    texts.push(t);
    textBytes[i + 1] = textBytes[i]! + t.length;
    for (const p of paras) {
      paragraphs[pi++] = p.start;
      paragraphs[pi++] = p.end;
      paragraphs[pi++] = p.sentences.length;
      for (const s of p.sentences) {
        sentences[si++] = s.start;
        sentences[si++] = s.end;
      }
    }
    for (const q of qs) {
      passages[qi++] = q.paragraph;
      passages[qi++] = q.start;
      passages[qi++] = q.end;
    }
    meta.push(JSON.stringify(rest));
    counts[2 * i] = paras.length;
    counts[2 * i + 1] = qs.length;
  });
  return { textBytes, texts, paragraphs, sentences, passages, meta, counts };
}

/** Each article's file, and the passages in all (in the builder's worker, from a verified file). */
export function articleOutline(s: ArticleSections): { files: string[]; passages: number } {
  const { payload, meta } = s;
  const lines =
    s.count === 0 ? [] : payload.toString("utf8", meta.offset, meta.offset + meta.bytes).split("\n");
  const files = lines.map((line) => String((JSON.parse(line) as { file: unknown }).file));
  let passages = 0;
  for (let a = 0; a < s.count; a++) passages += s.counts[2 * a + 1]!;
  return { files, passages };
}

/** Where the next article's offsets start in each run. */
interface Cursor {
  meta: number;
  paragraph: number;
  sentence: number;
  passage: number;
}

/** The articles one by one, in corpus order; an unchanged one of `previous` (by docId) is reused. */
export function* decodeArticles(
  s: ArticleSections,
  previous?: ReadonlyMap<string, Article>,
): Generator<Article> {
  const at: Cursor = { meta: s.meta.offset, paragraph: 0, sentence: 0, passage: 0 };
  // Copied once, when the first article is made, so a reload that reuses every article copies none.
  let runs: ParagraphRuns | null = null;
  const runsNow = () => {
    runs ??= {
      paragraphs: s.paragraphs.slice(),
      sentences: s.sentences.slice(),
      passages: s.passages.slice(),
    };
    return runs;
  };
  const metaEnd = s.meta.offset + s.meta.bytes;
  for (let i = 0; i < s.count; i++) {
    // One JSON line per article (JSON.stringify never writes a raw newline).
    const nl = s.payload.indexOf(10, at.meta);
    const lineEnd = nl < 0 || nl > metaEnd ? metaEnd : nl;
    const line = s.payload.toString("utf8", at.meta, lineEnd);
    at.meta = lineEnd + 1;
    const text = s.payload.toString("utf8", s.textBase + s.textBytes[i]!, s.textBase + s.textBytes[i + 1]!);
    const np = s.counts[2 * i]!;
    const nq = s.counts[2 * i + 1]!;
    const rest = JSON.parse(line) as Record<string, unknown>;
    const old = previous?.get(rest.docId as string);
    if (old && old.text === text && sameLayout(old, s, at, np, nq) && metaLine(old) === line) {
      skip(old, at);
      yield old;
    } else yield articleAt(s, runsNow(), at, rest, text, np, nq);
  }
}

/** The metadata line the encoder writes for an article. */
function metaLine(a: Article): string {
  const { text: _t, paragraphs: _p, passages: _q, ...rest } = a;
  return JSON.stringify(rest);
}

/** Whether `old`'s paragraphs, sentences and passages are the offsets at the cursor. */
function sameLayout(old: Article, s: ArticleSections, at: Cursor, np: number, nq: number): boolean {
  if (old.paragraphs.length !== np || old.passages.length !== nq) return false;
  let pi = at.paragraph * 3;
  let si = at.sentence * 2;
  for (const p of old.paragraphs) {
    if (s.paragraphs[pi++] !== p.start || s.paragraphs[pi++] !== p.end) return false;
    if (s.paragraphs[pi++] !== p.sentences.length) return false;
    for (const x of p.sentences)
      if (s.sentences[si++] !== x.start || s.sentences[si++] !== x.end) return false;
  }
  let qi = at.passage * 3;
  for (const q of old.passages)
    if (s.passages[qi++] !== q.paragraph || s.passages[qi++] !== q.start || s.passages[qi++] !== q.end)
      return false;
  return true;
}

/** Moves the cursor past an article's offsets. */
function skip(a: Article, at: Cursor): void {
  at.paragraph += a.paragraphs.length;
  for (const p of a.paragraphs) at.sentence += p.sentences.length;
  at.passage += a.passages.length;
}

/** A new article object from the offsets at the cursor (which moves past them); its paragraphs
 *  are read from `runs` when asked for (stored-article.ts). */
function articleAt(
  s: ArticleSections,
  runs: ParagraphRuns,
  at: Cursor,
  rest: Record<string, unknown>,
  text: string,
  np: number,
  nq: number,
): Article {
  const runsAt = {
    paragraph: at.paragraph,
    sentence: at.sentence,
    count: np,
    passage: at.passage,
    passages: nq,
  };
  let pi = at.paragraph * 3;
  let sentences = 0;
  for (let p = 0; p < np; p++, pi += 3) sentences += s.paragraphs[pi + 2]!;
  at.paragraph += np;
  at.sentence += sentences;
  at.passage += nq;
  return storedArticle(rest, text, runs, runsAt);
}
