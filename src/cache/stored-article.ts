// An article read back from the snapshot keeps its paragraph and sentence offsets as the
// snapshot's runs of numbers and makes Paragraph objects only when they are read. As objects
// (a paragraph, its sentence list, a {start, end} per sentence) they cost ~140 bytes a passage
// at a million passages, for offsets only a few answers and the warm-up ever read.

import type { Article, Paragraph, Passage } from "../types.ts";

/** Offsets of every article's paragraphs (start, end, sentence count) and sentences (start,
 *  end), in corpus order: copies, so the snapshot's payload is not kept alive. */
export interface ParagraphRuns {
  paragraphs: Uint32Array;
  sentences: Uint32Array;
}

/** Where one article's offsets start in the runs, and how many paragraphs it has. */
export interface RunsAt {
  paragraph: number;
  sentence: number;
  count: number;
}

// Answers and the warm-up read one article's paragraphs many times in a row (one passage after
// another): the last article's are kept, so a run of reads makes them once.
let lastRead: StoredArticle | null = null;
let lastParagraphs: Paragraph[] = [];

class StoredArticle {
  // Private: a spread or JSON copy of the article (its metadata line) never carries them.
  readonly #runs: ParagraphRuns;
  readonly #at: RunsAt;

  constructor(fields: Record<string, unknown>, runs: ParagraphRuns, at: RunsAt) {
    Object.assign(this, fields);
    this.#runs = runs;
    this.#at = at;
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
}

/** A passage read back from the snapshot: its id (`<docId>:<n>`) and its text (a slice of its
 *  article's) are made when read. Held, the id was two strings of 32 bytes a passage (a
 *  concatenation of a concatenation), for an id only citations read; the text, a slice of 32
 *  bytes, read by few answers (a snippet, a spelling), never by a search. */
class StoredPassage {
  readonly docId: string;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly #n: number;
  /** The article's text. */
  readonly #source: string;

  constructor(docId: string, n: number, paragraph: number, start: number, end: number, source: string) {
    this.docId = docId;
    this.paragraph = paragraph;
    this.start = start;
    this.end = end;
    this.#n = n;
    this.#source = source;
  }

  get id(): string {
    return `${this.docId}:${this.#n}`;
  }

  get text(): string {
    return this.#source.slice(this.start, this.end);
  }
}

/** The n-th passage of an article, as read back; `source` is the article's text. */
export function storedPassage(
  docId: string,
  n: number,
  paragraph: number,
  start: number,
  end: number,
  source: string,
): Passage {
  return new StoredPassage(docId, n, paragraph, start, end, source);
}

/** An article whose paragraphs are read from `runs` at `at`. */
export function storedArticle(
  meta: Record<string, unknown>,
  text: string,
  passages: Passage[],
  runs: ParagraphRuns,
  at: RunsAt,
): Article {
  return new StoredArticle({ ...meta, text, passages }, runs, at) as unknown as Article;
}
