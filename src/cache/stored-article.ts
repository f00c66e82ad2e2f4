// An article read back from the snapshot keeps its paragraph, sentence and passage offsets as the
// snapshot's runs of numbers and makes Paragraph objects only when they are read. As objects
// (a paragraph, its sentence list, a {start, end} per sentence) they cost ~140 bytes a passage
// at a million passages, for offsets only a few answers and the warm-up ever read. Its passages
// hold only their article and their place in the runs: docId, offsets, id and text are read
// from those (as fields they were 72 bytes an object, plus a 32-byte id and a 32-byte slice).

import type { Article, Paragraph, Passage } from "../types.ts";

/** Offsets of every article's paragraphs (start, end, sentence count), sentences (start, end)
 *  and passages (paragraph, start, end), in corpus order: copies, so the snapshot's payload is
 *  not kept alive. */
export interface ParagraphRuns {
  paragraphs: Uint32Array;
  sentences: Uint32Array;
  passages: Uint32Array;
}

/** Where one article's offsets start in the runs, and how many paragraphs and passages it has. */
export interface RunsAt {
  paragraph: number;
  sentence: number;
  count: number;
  passage: number;
  passages: number;
}

// Answers and the warm-up read one article's paragraphs many times in a row (one passage after
// another): the last article's are kept, so a run of reads makes them once.
let lastRead: StoredArticle | null = null;
let lastParagraphs: Paragraph[] = [];

class StoredArticle {
  declare readonly docId: string;
  declare readonly text: string;
  declare readonly passages: Passage[];
  // Private: a spread or JSON copy of the article (its metadata line) never carries them.
  readonly #runs: ParagraphRuns;
  readonly #at: RunsAt;

  constructor(fields: Record<string, unknown>, runs: ParagraphRuns, at: RunsAt) {
    Object.assign(this, fields);
    this.#runs = runs;
    this.#at = at;
    const passages: Passage[] = new Array(at.passages);
    for (let n = 0; n < at.passages; n++)
      passages[n] = new StoredPassage(this, at.passage + n) as unknown as Passage;
    (this as { passages: Passage[] }).passages = passages;
  }

  get paragraphs(): Paragraph[] {
    if (lastRead === this) return lastParagraphs;
    const { paragraphs: p, sentences: s } = this.#runs;
    const out: Paragraph[] = new Array(this.#at.count);
    let pi = this.#at.paragraph * 3;
    let si = this.#at.sentence * 2;
    for (let k = 0; k < out.length; k++) {
      const start = p[pi++]!;
      const end = p[pi++]!;
      const sentences = new Array(p[pi++]!);
      for (let j = 0; j < sentences.length; j++) sentences[j] = { start: s[si++]!, end: s[si++]! };
      out[k] = { start, end, sentences };
    }
    lastRead = this;
    lastParagraphs = out;
    return out;
  }

  /** Field k (0 paragraph, 1 start, 2 end) of passage q of the runs. */
  passageField(q: number, k: number): number {
    return this.#runs.passages[q * 3 + k]!;
  }

  /** Passage q of the runs' number in this article. */
  passageNumber(q: number): number {
    return q - this.#at.passage;
  }
}

/** A passage read back from the snapshot: every field is read from its article when asked. */
class StoredPassage {
  readonly #article: StoredArticle;
  /** Its place in the runs. */
  readonly #q: number;

  constructor(article: StoredArticle, q: number) {
    this.#article = article;
    this.#q = q;
  }

  get docId(): string {
    return this.#article.docId;
  }

  get paragraph(): number {
    return this.#article.passageField(this.#q, 0);
  }

  get start(): number {
    return this.#article.passageField(this.#q, 1);
  }

  get end(): number {
    return this.#article.passageField(this.#q, 2);
  }

  get id(): string {
    return `${this.#article.docId}:${this.#article.passageNumber(this.#q)}`;
  }

  get text(): string {
    return this.#article.text.slice(this.start, this.end);
  }
}

/** An article whose paragraphs and passages are read from `runs` at `at`. */
export function storedArticle(
  meta: Record<string, unknown>,
  text: string,
  runs: ParagraphRuns,
  at: RunsAt,
): Article {
  return new StoredArticle({ ...meta, text }, runs, at) as unknown as Article;
}
