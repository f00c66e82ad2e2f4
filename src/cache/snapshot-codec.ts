// The snapshot's payload, without the file around it (snapshot.ts writes, checks and reads that):
// a small JSON directory, then 8-byte aligned sections — each article's metadata (a JSON line per
// article) and counts, article texts, paragraph, sentence and passage offsets as Uint32, the
// index's typed arrays as raw bytes, and the analyses' fields (v8-serialized). Nothing that grows
// with the corpus is one JSON text: the main thread decodes it all a piece at a time.

import { runAll } from "../answers/indexes.ts";
import { type Coverage, defineLazyFields, type SearchCoverage } from "../coverage.ts";
import { type IndexOptions, type IndexParts, PassageIndex } from "../search/index.ts";
import type { Article, Corpus, Passage } from "../types.ts";
import { type ArticleSections, articleOutline, decodeArticles, encodeArticles } from "./snapshot-articles.ts";
import { snapshotBoundsSteps } from "./snapshot-bounds.ts";
import { extrasSteps, isPlainData, serializeExtras } from "./snapshot-extras.ts";
import { snapshotPart } from "./snapshot-parts.ts";
import { textsAsSlices } from "./text-slices.ts";

/** What a valid snapshot restores: the whole coverage, or — when some analysis could not be
 *  stored — only the corpus and its index, and the caller (lifecycle/load) re-runs the analyses.
 *  The cache never builds a coverage itself: loading runs one way. */
export type SnapshotRestored =
  | { coverage: Coverage; corpus: Corpus; index: PassageIndex; recomputed: [] }
  | {
      coverage: null;
      corpus: Corpus;
      index: PassageIndex;
      /** Coverage fields that could not be stored, so buildCoverage must re-run on load. */
      recomputed: string[];
    };

/** Coverage fields the snapshot stores in its own binary layout. */
const CORE = new Set(["corpus", "passages", "articles", "index"]);

interface SectionRef {
  offset: number;
  bytes: number;
}

export interface Directory {
  fingerprint: string;
  corpus: Record<string, unknown>;
  /** How many articles: their metadata and counts are sections (articleMeta, articleCounts). */
  articles: number;
  /** `titles`: articles in the headline field, or -1 when the index has none. */
  index: { size: number; terms: number; titles: number; options: IndexOptions };
  sections: Record<string, SectionRef>;
  /** Fields stored in the extras section: as they are, or through a registered part. */
  extras: { plain: string[]; parts: string[] };
  /** Fields that could not be stored: loading re-runs buildCoverage. */
  recompute: string[];
}

type SectionName =
  | "articleMeta"
  | "articleCounts"
  | "textBytes"
  | "texts"
  | "paragraphs"
  | "sentences"
  | "passages"
  | "terms"
  | "offsets"
  | "docs"
  | "tfs"
  | "lengths"
  | "titleOffsets"
  | "titleDocs"
  | "titleTfs"
  | "titleLengths"
  | "titleStarts"
  | "extras";

const bytesOf = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
export const pad8 = (n: number): number => (8 - (n % 8)) % 8;

// ---------------------------------------------------------------------------------------------
// Encoding

/** Encodes a snapshot's payload as a list of buffers, in order: directory length, directory, sections. */
export function encode(coverage: Coverage, fingerprint: string): Buffer[] {
  const { corpus, index } = coverage;
  const parts = index.parts();
  const layout = encodeArticles(corpus.articles);
  const { articles: _articles, ...corpusRest } = corpus;
  const extras = encodeExtras(coverage);
  const sections: Array<[SectionName, Buffer[]]> = [
    ["articleMeta", [Buffer.from(layout.meta.join("\n"), "utf8")]],
    ["articleCounts", [bytesOf(layout.counts)]],
    ["textBytes", [bytesOf(layout.textBytes)]],
    ["texts", layout.texts],
    ["paragraphs", [bytesOf(layout.paragraphs)]],
    ["sentences", [bytesOf(layout.sentences)]],
    ["passages", [bytesOf(layout.passages)]],
    ["terms", [Buffer.from(parts.terms.join("\n"), "utf8")]],
    ["offsets", [bytesOf(parts.offsets)]],
    ["docs", [bytesOf(parts.docs)]],
    ["tfs", [bytesOf(parts.tfs)]],
    ["lengths", [bytesOf(parts.lengths)]],
    ["titleOffsets", [bytesOf(parts.titles?.offsets ?? new Uint32Array(0))]],
    ["titleDocs", [bytesOf(parts.titles?.docs ?? new Uint32Array(0))]],
    ["titleTfs", [bytesOf(parts.titles?.tfs ?? new Uint16Array(0))]],
    ["titleLengths", [bytesOf(parts.titles?.lengths ?? new Uint16Array(0))]],
    ["titleStarts", [bytesOf(parts.titles?.starts ?? new Uint32Array(0))]],
    ["extras", [extras.bytes]],
  ];
  const directory: Directory = {
    fingerprint,
    corpus: corpusRest,
    articles: corpus.articles.length,
    index: {
      size: parts.size,
      terms: parts.terms.length,
      titles: parts.titles ? parts.titles.lengths.length : -1,
      options: parts.options,
    },
    sections: sectionTable(sections),
    extras: { plain: extras.plain, parts: extras.parts },
    recompute: extras.recompute,
  };
  return serialize(directory, sections);
}

/** Section offsets count from the first 8-byte boundary after the directory. */
function sectionTable(sections: Array<[SectionName, Buffer[]]>): Record<string, SectionRef> {
  const rel: Record<string, SectionRef> = {};
  let at = 0;
  for (const [name, bufs] of sections) {
    const bytes = bufs.reduce((s, b) => s + b.length, 0);
    rel[name] = { offset: at, bytes };
    at += bytes + pad8(bytes);
  }
  return rel;
}

function serialize(directory: Directory, sections: Array<[SectionName, Buffer[]]>): Buffer[] {
  const dirJson = Buffer.from(JSON.stringify(directory), "utf8");
  const head = Buffer.alloc(4);
  head.writeUInt32LE(dirJson.length, 0);
  const json = Buffer.concat([dirJson, Buffer.alloc(pad8(4 + dirJson.length))]);
  const out: Buffer[] = [head, json];
  for (const [, bufs] of sections) {
    const bytes = bufs.reduce((s, b) => s + b.length, 0);
    out.push(...bufs);
    if (pad8(bytes)) out.push(Buffer.alloc(pad8(bytes)));
  }
  return out;
}

/** The analyses' fields: plain data as is, registered parts encoded, the rest listed to recompute. */
function encodeExtras(coverage: Coverage): {
  bytes: Buffer;
  plain: string[];
  parts: string[];
  recompute: string[];
} {
  const corpusObjects = new WeakSet<object>();
  for (const a of coverage.corpus.articles) {
    corpusObjects.add(a);
    for (const p of a.passages) corpusObjects.add(p);
  }
  const values: Record<string, unknown> = {};
  const plain: string[] = [];
  const parts: string[] = [];
  const recompute: string[] = [];
  for (const [key, value] of Object.entries(coverage)) {
    if (CORE.has(key)) continue;
    const part = snapshotPart(key);
    if (part) {
      values[key] = part.encode(value);
      parts.push(key);
    } else if (isPlainData(value, corpusObjects)) {
      values[key] = value;
      plain.push(key);
    } else recompute.push(key);
  }
  return { bytes: serializeExtras(values), plain, parts, recompute };
}

// ---------------------------------------------------------------------------------------------
// Decoding

type Sections = ReturnType<typeof sectionViews>;

/** Decodes the sections after the directory, their bounds checked first (snapshot-bounds.ts; a
 *  problem throws). The analyses' fields are decoded when first read (or by the warm-up:
 *  coverage.ts decodeFields). */
export function decode(payload: Buffer, d: Directory): SnapshotRestored {
  return runAll(decodeSteps(payload, d));
}

/** Each article's file, and the passages in all (bounds already checked). */
export function outlineOf(payload: Buffer, d: Directory): { files: string[]; passages: number } {
  return articleOutline(articleSections(payload, d, sectionViews(payload, d)));
}

/** The same as `decode`, in slices of about `sliceMs` with `pause()` awaited between them, so
 *  the thread decoding (the bot's main thread) keeps answering meanwhile. */
export async function decodeInSlices(
  payload: Buffer,
  d: Directory,
  pause: () => Promise<void>,
  sliceMs: number,
  previous?: ReadonlyMap<string, Article>,
): Promise<SnapshotRestored> {
  const steps = decodeSteps(payload, d, previous);
  let sliceStart = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - sliceStart > sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}

/** Decoding as pieces of work: a few articles, a few megabytes of postings, each a piece. An
 *  unchanged article of `previous` (the coverage served before a reload) is reused as it is. */
function* decodeSteps(
  payload: Buffer,
  d: Directory,
  previous?: ReadonlyMap<string, Article>,
): Generator<void, SnapshotRestored> {
  const unbounded = yield* snapshotBoundsSteps(d, payload);
  if (unbounded) throw new Error(unbounded);
  const sections = sectionViews(payload, d);
  // The index's arrays first, while the heap is small: a new array outside the heap makes the
  // collector mark the whole heap, which once the articles are decoded was a stop of ~0.4 s at
  // a million passages.
  const parts = yield* decodeIndexParts(payload, d, sections);
  const articles: Article[] = [];
  // The coverage's passage list and articles by id, built as the articles come.
  const passages: Passage[] = [];
  const byId = new Map<string, Article>();
  for (const a of decodeArticles(articleSections(payload, d, sections), previous)) {
    articles.push(a);
    for (const q of a.passages) passages.push(q);
    byId.set(a.docId, a);
    if ((articles.length & 15) === 0) yield;
  }
  const corpus = { ...(d.corpus as unknown as Omit<Corpus, "articles">), articles } as Corpus;
  yield;
  const index = PassageIndex.fromParts(parts);
  if (d.recompute.length > 0) return { coverage: null, corpus, index, recomputed: d.recompute };
  for (const key of d.extras.parts)
    if (!snapshotPart(key)) return { coverage: null, corpus, index, recomputed: [key] };
  yield;
  const core = { corpus, passages, articles: byId, index };
  return { coverage: restoreCoverage(payload, d, core), corpus, index, recomputed: [] };
}

function sectionViews(payload: Buffer, d: Directory) {
  // Typed arrays need aligned memory: copy a section out when the buffer is not aligned.
  const view = <T>(
    name: SectionName,
    Ctor: { new (b: ArrayBuffer, o: number, n: number): T; BYTES_PER_ELEMENT: number },
  ): T => {
    const s = d.sections[name]!;
    const start = payload.byteOffset + s.offset;
    const n = s.bytes / Ctor.BYTES_PER_ELEMENT;
    if (start % Ctor.BYTES_PER_ELEMENT === 0) return new Ctor(payload.buffer as ArrayBuffer, start, n);
    const copy = new Uint8Array(s.bytes);
    copy.set(payload.subarray(s.offset, s.offset + s.bytes));
    return new Ctor(copy.buffer, 0, n);
  };
  return { view };
}

function articleSections(payload: Buffer, d: Directory, { view }: Sections): ArticleSections {
  return {
    payload,
    count: d.articles,
    meta: d.sections.articleMeta!,
    counts: view("articleCounts", Uint32Array),
    textBase: d.sections.texts!.offset,
    textBytes: view("textBytes", Float64Array),
    paragraphs: view("paragraphs", Uint32Array),
    sentences: view("sentences", Uint32Array),
    passages: view("passages", Uint32Array),
  };
}

/** The index's parts, copied out of the payload a few megabytes per step (so the file's buffer,
 *  texts included, can be collected once the warm-up has read the analyses from it). */
function* decodeIndexParts(payload: Buffer, d: Directory, { view }: Sections): Generator<void, IndexParts> {
  const termsText = payload.toString(
    "utf8",
    d.sections.terms!.offset,
    d.sections.terms!.offset + d.sections.terms!.bytes,
  );
  const terms = d.index.terms === 0 ? [] : yield* splitInSteps(termsText);
  const termIds = new Map<string, number>();
  for (let i = 0; i < terms.length; i++) {
    termIds.set(terms[i]!, i);
    if (i % SPLIT_PIECE === SPLIT_PIECE - 1) yield;
  }
  const offsets = yield* copyInSteps(view("offsets", Uint32Array));
  const docs = yield* copyInSteps(view("docs", Uint32Array));
  const tfs = yield* copyInSteps(view("tfs", Uint16Array));
  const lengths = yield* copyInSteps(view("lengths", Uint16Array));
  const titles =
    d.index.titles < 0
      ? null
      : {
          offsets: yield* copyInSteps(view("titleOffsets", Uint32Array)),
          docs: yield* copyInSteps(view("titleDocs", Uint32Array)),
          tfs: yield* copyInSteps(view("titleTfs", Uint16Array)),
          lengths: yield* copyInSteps(view("titleLengths", Uint16Array)),
          starts: yield* copyInSteps(view("titleStarts", Uint32Array)),
        };
  return {
    size: d.index.size,
    terms,
    termIds,
    offsets,
    docs,
    tfs,
    lengths,
    options: d.index.options,
    titles,
  };
}

/** Lines per step when splitting the terms (a million terms are one text). */
const SPLIT_PIECE = 1 << 15;

/** `text.split("\n")`, SPLIT_PIECE lines per step. */
function* splitInSteps(text: string): Generator<void, string[]> {
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const nl = text.indexOf("\n", at);
    if (nl < 0) break;
    out.push(text.slice(at, nl));
    at = nl + 1;
    if (out.length % SPLIT_PIECE === 0) yield;
  }
  out.push(text.slice(at));
  return out;
}

/** Entries copied per step (4 MB of Uint32). */
const COPY_PIECE = 1 << 20;

function* copyInSteps<T extends Uint32Array | Uint16Array>(from: T): Generator<void, T> {
  const to = new (from.constructor as new (n: number) => T)(from.length);
  for (let i = 0; i < from.length; i += COPY_PIECE) {
    to.set(from.subarray(i, i + COPY_PIECE), i);
    yield;
  }
  return to;
}

/** The whole coverage: the core fields decoded, the analyses' pending until read. */
function restoreCoverage(payload: Buffer, d: Directory, core: SearchCoverage): Coverage {
  const ex = d.sections.extras!;
  // A view: the payload is kept until the warm-up has decoded the analyses (and the actor
  // model, whose bytes are a view too), then collected. A copy would be one long call.
  const bytes = payload.subarray(ex.offset, ex.offset + ex.bytes);
  const coverage = { ...core };
  defineLazyFields(coverage, [...d.extras.plain, ...d.extras.parts], analysesFrom(bytes, d, core));
  return coverage as unknown as Coverage;
}

/** The analyses' fields from the extras section, a piece per step: plain fields as stored,
 *  registered parts through their codec. */
function* analysesFrom(
  bytes: Uint8Array,
  d: Directory,
  core: SearchCoverage,
): Generator<void, Record<string, unknown>> {
  const values = yield* extrasSteps(bytes);
  yield* textsAsSlices(values.quotes, core.articles);
  const fields: Record<string, unknown> = { ...core };
  for (const key of d.extras.plain) fields[key] = values[key];
  for (const key of d.extras.parts) fields[key] = snapshotPart(key)!.decode(values[key], fields);
  return fields;
}
