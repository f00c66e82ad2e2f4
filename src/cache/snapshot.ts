// The analysed corpus and its index, persisted to one binary cache file so a restart skips
// reading, cleaning, segmenting and indexing. Keyed by a fingerprint of the corpus files (paths,
// sizes, mtimes, sources.json's content) and of the code and options that built it.
//
// File layout (little-endian):
//   header, 64 bytes: "COVSNAP\0" · u32 format · u32 0 · f64 payload bytes · sha256(payload) · 8 × 0
//   payload: u32 n · n bytes of JSON (the directory: fingerprint, article metadata, section
//   table) · sections, each 8-byte aligned: article texts (UTF-8), paragraphs, sentences and
//   passages as Uint32 offsets, and the index's typed arrays as raw bytes.
// Nothing is one giant string, so a million passages snapshot and reload (MiniSearch's JSON
// snapshot hits V8's string limit near 0.9M passages).
//
// Writes are atomic: a temp file in the same folder, fsync, rename, fsync the folder. A reader
// checks magic, format, length and checksum, so a truncated or corrupt file is never used.

import { createHash } from "node:crypto";
import { type FileHandle, mkdir, open, readdir, readFile, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import { listArticleFiles } from "../corpus/load.ts";
import { SOURCES_FILE } from "../corpus/metadata.ts";
import type { Coverage } from "../coverage.ts";
import { type IndexOptions, type IndexParts, PassageIndex } from "../search/index.ts";
import type { Article, Corpus, Paragraph, Passage } from "../types.ts";
import { snapshotBoundsProblem } from "./snapshot-bounds.ts";
import { snapshotPart } from "./snapshot-parts.ts";

export const SNAPSHOT_FORMAT = 2;
const MAGIC = Buffer.from("COVSNAP\0", "latin1");
const HEADER_BYTES = 64;

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

export type SnapshotRead =
  | ({ ok: true } & SnapshotRestored)
  | { ok: false; reason: "missing" | "stale" | "corrupt"; detail: string };

/** Coverage fields the snapshot stores in its own binary layout. */
const CORE = new Set(["corpus", "passages", "articles", "index"]);

// ---------------------------------------------------------------------------------------------
// Fingerprint

let codeVersion: string | null = null;

/** A hash of the code that builds coverage (every src/**.ts) and package.json (dependency versions). */
export async function codeFingerprint(): Promise<string> {
  if (codeVersion) return codeVersion;
  const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const hash = createHash("sha256");
  hash.update(`format ${SNAPSHOT_FORMAT}\n`);
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.endsWith(".ts")) files.push(p);
    }
  };
  await walk(src);
  files.sort();
  for (const f of files) {
    hash.update(`${path.relative(src, f)}\n`);
    hash.update(await readFile(f));
  }
  try {
    hash.update(await readFile(path.join(src, "..", "package.json")));
  } catch {
    // Not in a checkout: the sources alone define the version.
  }
  codeVersion = hash.digest("hex");
  return codeVersion;
}

/** Fingerprint of a corpus folder as loadCorpus would read it, plus code and options. */
export async function corpusFingerprint(dir: string, options: unknown = {}): Promise<string> {
  const hash = createHash("sha256");
  hash.update(`${await codeFingerprint()}\n${JSON.stringify(options)}\n`);
  const files = await listArticleFiles(dir);
  const stats = await mapLimit(files, 64, (f) => stat(path.join(dir, f)));
  files.forEach((f, i) => {
    const s = stats[i]!;
    hash.update(`${f}\0${s.size}\0${s.mtimeMs}\n`);
  });
  try {
    hash.update(await readFile(path.join(dir, SOURCES_FILE)));
  } catch {
    hash.update("no sources.json");
  }
  return hash.digest("hex");
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** The cache file of a corpus folder (one per folder, so corpora do not evict each other). */
export function snapshotPath(cacheDir: string, corpusDir: string): string {
  const key = createHash("sha256").update(path.resolve(corpusDir)).digest("hex").slice(0, 16);
  return path.join(cacheDir, `coverage-${key}.snap`);
}

// ---------------------------------------------------------------------------------------------
// Encoding

interface SectionRef {
  offset: number;
  bytes: number;
}

interface Directory {
  fingerprint: string;
  corpus: Record<string, unknown>;
  articles: Array<Record<string, unknown> & { np: number; nq: number }>;
  index: { size: number; terms: number; options: IndexOptions };
  sections: Record<string, SectionRef>;
  /** Fields stored in the extras section: as they are, or through a registered part. */
  extras: { plain: string[]; parts: string[] };
  /** Fields that could not be stored: loading re-runs buildCoverage. */
  recompute: string[];
}

type SectionName =
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
  | "extras";

const bytesOf = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
const pad8 = (n: number): number => (8 - (n % 8)) % 8;

/** Encodes a snapshot as a list of buffers (the payload, in order) and its directory. */
function encode(coverage: Coverage, fingerprint: string): Buffer[] {
  const { corpus, index } = coverage;
  const parts = index.parts();
  let nParagraphs = 0;
  let nSentences = 0;
  let nPassages = 0;
  for (const a of corpus.articles) {
    nParagraphs += a.paragraphs.length;
    nPassages += a.passages.length;
    for (const p of a.paragraphs) nSentences += p.sentences.length;
  }
  const textBytes = new Float64Array(corpus.articles.length + 1);
  const texts: Buffer[] = [];
  const paragraphs = new Uint32Array(nParagraphs * 3);
  const sentences = new Uint32Array(nSentences * 2);
  const passages = new Uint32Array(nPassages * 3);
  const articles: Directory["articles"] = [];
  let pi = 0;
  let si = 0;
  let qi = 0;
  corpus.articles.forEach((a, i) => {
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
    articles.push({ ...rest, np: paras.length, nq: qs.length });
  });
  const { articles: _articles, ...corpusRest } = corpus;
  const extras = encodeExtras(coverage);
  const sections: Array<[SectionName, Buffer[]]> = [
    ["textBytes", [bytesOf(textBytes)]],
    ["texts", texts],
    ["paragraphs", [bytesOf(paragraphs)]],
    ["sentences", [bytesOf(sentences)]],
    ["passages", [bytesOf(passages)]],
    ["terms", [Buffer.from(parts.terms.join("\n"), "utf8")]],
    ["offsets", [bytesOf(parts.offsets)]],
    ["docs", [bytesOf(parts.docs)]],
    ["tfs", [bytesOf(parts.tfs)]],
    ["lengths", [bytesOf(parts.lengths)]],
    ["extras", [extras.bytes]],
  ];
  // Section offsets count from the first 8-byte boundary after the directory.
  const rel: Record<string, SectionRef> = {};
  let at = 0;
  for (const [name, bufs] of sections) {
    const bytes = bufs.reduce((s, b) => s + b.length, 0);
    rel[name] = { offset: at, bytes };
    at += bytes + pad8(bytes);
  }
  const directory: Directory = {
    fingerprint,
    corpus: corpusRest,
    articles,
    index: { size: parts.size, terms: parts.terms.length, options: parts.options },
    sections: rel,
    extras: { plain: extras.plain, parts: extras.parts },
    recompute: extras.recompute,
  };
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
  return { bytes: v8.serialize(values), plain, parts, recompute };
}

/** Data that survives structured serialization unchanged and shares nothing with the corpus. */
export function isPlainData(value: unknown, corpusObjects: WeakSet<object> = new WeakSet()): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || v === undefined) continue;
    const t = typeof v;
    if (t === "string" || t === "number" || t === "boolean" || t === "bigint") continue;
    if (t !== "object") return false; // functions, symbols
    const o = v as object;
    if (seen.has(o)) continue;
    seen.add(o);
    if (corpusObjects.has(o)) return false;
    if (ArrayBuffer.isView(o)) continue;
    if (Array.isArray(o)) {
      for (const x of o) stack.push(x);
      continue;
    }
    if (o instanceof Map) {
      for (const [k, x] of o) stack.push(k, x);
      continue;
    }
    if (o instanceof Set) {
      for (const x of o) stack.push(x);
      continue;
    }
    const proto = Object.getPrototypeOf(o);
    if (proto !== Object.prototype && proto !== null) return false; // class instances, Dates, …
    for (const x of Object.values(o)) stack.push(x);
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Writing

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Writes the snapshot atomically: temp file, fsync, rename, fsync of the folder.
 * COVERAGE_SNAPSHOT_PAUSE_MS (crash tests only) writes in 4 KiB chunks with that pause between.
 */
export async function writeSnapshot(
  file: string,
  coverage: Coverage,
  fingerprint: string,
): Promise<{ bytes: number }> {
  const payload = encode(coverage, fingerprint);
  const hash = createHash("sha256");
  let length = 0;
  for (const b of payload) {
    hash.update(b);
    length += b.length;
  }
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt32LE(SNAPSHOT_FORMAT, 8);
  header.writeDoubleLE(length, 16);
  hash.digest().copy(header, 24);
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const pauseMs = Number(process.env.COVERAGE_SNAPSHOT_PAUSE_MS ?? 0);
  let fh: FileHandle | null = await open(tmp, "w");
  try {
    const chunks = [header, ...payload];
    if (pauseMs > 0) {
      for (const c of chunks) {
        for (let o = 0; o < c.length; o += 4096) {
          await fh.write(c.subarray(o, Math.min(c.length, o + 4096)));
          await pause(pauseMs);
        }
      }
    } else {
      // Batches of up to 64 MB: few syscalls, bounded extra memory.
      let batch: Buffer[] = [];
      let batchBytes = 0;
      const flush = async () => {
        if (batch.length) await fh!.writev(batch);
        batch = [];
        batchBytes = 0;
      };
      for (const c of chunks) {
        batch.push(c);
        batchBytes += c.length;
        if (batch.length >= 512 || batchBytes >= 64 << 20) await flush();
      }
      await flush();
    }
    await fh.sync();
    await fh.close();
    fh = null;
    await rename(tmp, file);
  } catch (e) {
    await fh?.close().catch(() => {});
    await unlink(tmp).catch(() => {});
    throw e;
  }
  try {
    const d = await open(dir, "r");
    await d.sync().catch(() => {});
    await d.close();
  } catch {
    // Some platforms cannot fsync a folder; the rename is still atomic.
  }
  return { bytes: HEADER_BYTES + length };
}

// ---------------------------------------------------------------------------------------------
// Reading

/** Reads and verifies a snapshot; anything but a valid file of this fingerprint is not used. */
export async function readSnapshot(file: string, fingerprint: string): Promise<SnapshotRead> {
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (e) {
    return { ok: false, reason: "missing", detail: (e as NodeJS.ErrnoException).code ?? "unreadable" };
  }
  if (buf.length < HEADER_BYTES || !buf.subarray(0, 8).equals(MAGIC))
    return { ok: false, reason: "corrupt", detail: "not a snapshot file" };
  if (buf.readUInt32LE(8) !== SNAPSHOT_FORMAT)
    return { ok: false, reason: "stale", detail: `format ${buf.readUInt32LE(8)}` };
  const length = buf.readDoubleLE(16);
  if (length !== buf.length - HEADER_BYTES)
    return {
      ok: false,
      reason: "corrupt",
      detail: `truncated (${buf.length - HEADER_BYTES} of ${length} bytes)`,
    };
  const payload = buf.subarray(HEADER_BYTES);
  if (!createHash("sha256").update(payload).digest().equals(buf.subarray(24, 56)))
    return { ok: false, reason: "corrupt", detail: "checksum mismatch" };
  try {
    const dirLen = payload.readUInt32LE(0);
    const directory = JSON.parse(payload.toString("utf8", 4, 4 + dirLen)) as Directory;
    if (directory.fingerprint !== fingerprint)
      return { ok: false, reason: "stale", detail: "the corpus or the code changed" };
    const base = 4 + dirLen + pad8(4 + dirLen);
    const unbounded = snapshotBoundsProblem(directory, payload.subarray(base));
    if (unbounded) return { ok: false, reason: "corrupt", detail: unbounded };
    return { ok: true, ...decode(payload.subarray(base), directory) };
  } catch (e) {
    return { ok: false, reason: "corrupt", detail: `unreadable (${(e as Error).message})` };
  }
}

function decode(payload: Buffer, d: Directory): SnapshotRestored {
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
  const textBytes = view("textBytes", Float64Array);
  const textBase = d.sections.texts!.offset;
  const paragraphs = view("paragraphs", Uint32Array);
  const sentences = view("sentences", Uint32Array);
  const passages = view("passages", Uint32Array);
  let pi = 0;
  let si = 0;
  let qi = 0;
  const articles: Article[] = d.articles.map((meta, i) => {
    const { np, nq, ...rest } = meta;
    const text = payload.toString("utf8", textBase + textBytes[i]!, textBase + textBytes[i + 1]!);
    const paras: Paragraph[] = new Array(np);
    for (let p = 0; p < np; p++) {
      const start = paragraphs[pi++]!;
      const end = paragraphs[pi++]!;
      const ns = paragraphs[pi++]!;
      const sents = new Array(ns);
      for (let s = 0; s < ns; s++) sents[s] = { start: sentences[si++]!, end: sentences[si++]! };
      paras[p] = { start, end, sentences: sents };
    }
    const docId = rest.docId as string;
    const qs: Passage[] = new Array(nq);
    for (let q = 0; q < nq; q++) {
      const paragraph = passages[qi++]!;
      const start = passages[qi++]!;
      const end = passages[qi++]!;
      qs[q] = { id: `${docId}:${q}`, docId, paragraph, start, end, text: text.slice(start, end) };
    }
    return {
      ...(rest as unknown as Omit<Article, "text" | "paragraphs" | "passages">),
      text,
      paragraphs: paras,
      passages: qs,
    };
  });
  const termsText = payload.toString(
    "utf8",
    d.sections.terms!.offset,
    d.sections.terms!.offset + d.sections.terms!.bytes,
  );
  // Copies, so the file's buffer (texts included) can be collected once decoded.
  const parts: IndexParts = {
    size: d.index.size,
    terms: d.index.terms === 0 ? [] : termsText.split("\n"),
    offsets: view("offsets", Uint32Array).slice(),
    docs: view("docs", Uint32Array).slice(),
    tfs: view("tfs", Uint16Array).slice(),
    lengths: view("lengths", Uint16Array).slice(),
    options: d.index.options,
  };
  const corpus = { ...(d.corpus as unknown as Omit<Corpus, "articles">), articles } as Corpus;
  const index = PassageIndex.fromParts(parts);
  if (d.recompute.length > 0) return { coverage: null, corpus, index, recomputed: d.recompute };
  const ex = d.sections.extras!;
  const values = v8.deserialize(payload.subarray(ex.offset, ex.offset + ex.bytes)) as Record<string, unknown>;
  const coverage: Record<string, unknown> = {
    corpus,
    passages: articles.flatMap((a) => a.passages),
    articles: new Map(articles.map((a) => [a.docId, a])),
    index,
  };
  for (const key of d.extras.plain) coverage[key] = values[key];
  for (const key of d.extras.parts) {
    const part = snapshotPart(key);
    if (!part) return { coverage: null, corpus, index, recomputed: [key] };
    coverage[key] = part.decode(values[key], coverage);
  }
  return { coverage: coverage as unknown as Coverage, corpus, index, recomputed: [] };
}
