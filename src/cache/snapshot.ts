// The analysed corpus and its index, persisted to one binary cache file so a restart skips
// reading, cleaning, segmenting and indexing. Keyed by a fingerprint of the corpus files (paths,
// sizes, mtimes, sources.json's content) and of the code and options that built it.
//
// File layout (little-endian):
//   header, 64 bytes: "COVSNAP\0" · u32 format · u32 0 · f64 payload bytes · sha256(payload) · 8 × 0
//   payload: u32 n · n bytes of JSON (the directory: fingerprint, article metadata, section
//   table) · sections, each 8-byte aligned: article texts (UTF-8), paragraphs, sentences and
//   passages as Uint32 offsets, and the index's typed arrays as raw bytes (snapshot-codec.ts).
// Nothing is one giant string, so a million passages snapshot and reload (MiniSearch's JSON
// snapshot hits V8's string limit near 0.9M passages).
//
// Writes are atomic: a temp file in the same folder, fsync, rename, fsync the folder. A reader
// checks magic, format, length and checksum, so a truncated or corrupt file is never used.

import { constants } from "node:buffer";
import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { type FileHandle, mkdir, open, readdir, readFile, rename, unlink } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { listArticleFiles } from "../corpus/load.ts";
import { SOURCES_FILE } from "../corpus/metadata.ts";
import type { Coverage } from "../coverage.ts";
import { bundleInfo } from "../program-files.ts";
import type { Article, CorpusWarning } from "../types.ts";
import { snapshotBoundsProblem } from "./snapshot-bounds.ts";
import {
  type Directory,
  decode,
  decodeInSlices,
  encode,
  outlineOf,
  pad8,
  type SnapshotRestored,
} from "./snapshot-codec.ts";

export { encode as encodeSnapshot } from "./snapshot-codec.ts";
export { isPlainData } from "./snapshot-extras.ts";

/** 3: the index's headline field (five title sections); 4: the extras section and the actor
 *  model as runs of pieces (snapshot-extras.ts); 5: the articles' metadata and counts as sections
 *  (a JSON line per article) instead of one JSON directory; 6: citations as rows of a table
 *  (snapshot-citations.ts). A file of another format is rebuilt. */
export const SNAPSHOT_FORMAT = 6;
const MAGIC = Buffer.from("COVSNAP\0", "latin1");
const HEADER_BYTES = 64;

export type SnapshotRead =
  | ({ ok: true; payload: Buffer } & SnapshotRestored)
  | { ok: false; reason: "missing" | "stale" | "corrupt"; detail: string };

// ---------------------------------------------------------------------------------------------
// Fingerprint

let codeVersion: string | null = null;

/** A hash of the code that builds coverage (every src/**.ts) and package.json (dependency versions);
 *  a bundle gives the one its source had. */
export async function codeFingerprint(): Promise<string> {
  if (codeVersion) return codeVersion;
  const bundle = bundleInfo();
  if (bundle) {
    codeVersion = bundle.codeFingerprint;
    return codeVersion;
  }
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
  // statSync a few hundred files per turn of the event loop: a promise per stat cost ~6x the CPU
  // (~45 µs a file, seconds at a million passages, all before the first answer).
  for (let i = 0; i < files.length; i++) {
    if (i % 512 === 511) await new Promise((r) => setImmediate(r));
    const f = files[i]!;
    const s = statSync(path.join(dir, f));
    hash.update(`${f}\0${s.size}\0${s.mtimeMs}\n`);
  }
  try {
    hash.update(await readFile(path.join(dir, SOURCES_FILE)));
  } catch {
    hash.update("no sources.json");
  }
  return hash.digest("hex");
}

/** The cache file of a corpus folder (one per folder, so corpora do not evict each other). */
export function snapshotPath(cacheDir: string, corpusDir: string): string {
  const key = createHash("sha256").update(path.resolve(corpusDir)).digest("hex").slice(0, 16);
  return path.join(cacheDir, `coverage-${key}.snap`);
}

// ---------------------------------------------------------------------------------------------
// Writing

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Writes the snapshot atomically: temp file, fsync, rename, fsync of the folder.
 * COVERAGE_SNAPSHOT_PAUSE_MS (crash tests only) writes in 4 KiB chunks with that pause between.
 */
export function writeSnapshot(
  file: string,
  coverage: Coverage,
  fingerprint: string,
): Promise<{ bytes: number }> {
  return writeSnapshotPayload(file, encode(coverage, fingerprint));
}

/** Writes a payload already encoded (`encode`, e.g. by the coverage builder's worker). */
export async function writeSnapshotPayload(file: string, payload: Buffer[]): Promise<{ bytes: number }> {
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

/** What a verified snapshot holds, read from its directory alone (nothing decoded). */
interface SnapshotOutline {
  /** Each article's file, in corpus order. */
  files: string[];
  passages: number;
  warnings: CorpusWarning[];
}

export type SnapshotChecked =
  | { ok: true; payload: Buffer; outline: SnapshotOutline }
  | Extract<SnapshotRead, { ok: false }>;

/** A snapshot read but not yet verified: its payload, in memory the main thread shares (so it
 *  can start decoding while the checksum is taken), and `verify`, which takes the checksum and
 *  says whether the payload may be used. Header, length and fingerprint are already checked. */
export type SnapshotProvisional =
  | { ok: true; payload: Buffer; verify(): Promise<SnapshotChecked> }
  | Extract<SnapshotRead, { ok: false }>;

/** Reads a snapshot for the bot's start-up: the file in one shared buffer, checked but for its
 *  checksum, which `verify` takes afterwards. At a million passages, reading and hashing 2.2 GB
 *  came before any decoding (2.7 s of the 6.9 s to the first answer); now they overlap. */
export async function readProvisional(
  file: string,
  fingerprint: string | Promise<string | null>,
): Promise<SnapshotProvisional> {
  let buf: Buffer;
  try {
    buf = await readWhole(file, READ_PIECE, undefined, (size) => Buffer.from(new SharedArrayBuffer(size)));
  } catch (e) {
    return { ok: false, reason: "missing", detail: (e as NodeJS.ErrnoException).code ?? "unreadable" };
  }
  const expected = await fingerprint;
  if (expected === null)
    return { ok: false, reason: "stale", detail: "the corpus files could not be stamped" };
  const first = checkSnapshot(buf, expected, null);
  if (!first.ok) return first;
  const verify = async (): Promise<SnapshotChecked> => {
    const hash = createHash("sha256");
    for (let at = HEADER_BYTES; at < buf.length; at += READ_PIECE) {
      hash.update(buf.subarray(at, Math.min(buf.length, at + READ_PIECE)));
      await new Promise((r) => setImmediate(r));
    }
    if (!hash.digest().equals(buf.subarray(24, 56)))
      return { ok: false, reason: "corrupt", detail: "checksum mismatch" };
    return outlined(first.payload);
  };
  return { ok: true, payload: first.payload, verify };
}

/** A verified payload's outline (what it holds), or why it cannot be used. */
function outlined(payload: Buffer): SnapshotChecked {
  try {
    const { directory, base } = payloadDirectory(payload);
    const unbounded = snapshotBoundsProblem(directory, payload.subarray(base));
    if (unbounded) throw new Error(unbounded);
    if (directory.recompute.length > 0) return { ok: false, reason: "stale", detail: "analyses to re-run" };
    const outline = {
      ...outlineOf(payload.subarray(base), directory),
      warnings: (directory.corpus.warnings ?? []) as CorpusWarning[],
    };
    return { ok: true, payload, outline };
  } catch (e) {
    return { ok: false, reason: "corrupt", detail: `unreadable (${(e as Error).message})` };
  }
}

/** Reads and verifies a snapshot; anything but a valid file of this fingerprint is not used.
 *  `payload` is the verified payload (within the file's buffer), for a thread that decodes it again. */
export async function readSnapshot(file: string, fingerprint: string): Promise<SnapshotRead> {
  const checked = await readChecked(file, fingerprint);
  if (!checked.ok) return checked;
  try {
    return { ok: true, payload: checked.payload, ...decodeSnapshot(checked.payload) };
  } catch (e) {
    return { ok: false, reason: "corrupt", detail: `unreadable (${(e as Error).message})` };
  }
}

type Checked = { ok: true; payload: Buffer } | Extract<SnapshotRead, { ok: false }>;

/** The file read and its header, checksum and fingerprint checked. The payload is hashed as it
 *  is read (a piece hashed while the next is read), and the fingerprint may still be in the
 *  making (the corpus files' stamps, taken meanwhile): at a million passages, reading, hashing
 *  and stamping one after the other were ~4 s of the start-up. */
async function readChecked(file: string, fingerprint: string | Promise<string | null>): Promise<Checked> {
  const hash = createHash("sha256");
  const hashPayload = (bytes: Buffer, at: number) => {
    const skip = Math.max(0, HEADER_BYTES - at);
    if (skip < bytes.length) hash.update(bytes.subarray(skip));
  };
  let buf: Buffer;
  try {
    buf = await readWhole(file, READ_PIECE, hashPayload);
  } catch (e) {
    return { ok: false, reason: "missing", detail: (e as NodeJS.ErrnoException).code ?? "unreadable" };
  }
  const expected = await fingerprint;
  if (expected === null)
    return { ok: false, reason: "stale", detail: "the corpus files could not be stamped" };
  return checkSnapshot(buf, expected, hash.digest());
}

/** Bytes read at a time: small enough to hash one piece while the next is read. */
const READ_PIECE = 64 << 20;

/** A file's bytes in one buffer, read a piece at a time: `readFile` refuses files over 2 GB
 *  (a million-passage snapshot is 2.2 GB), a Buffer holds up to buffer.constants.MAX_LENGTH.
 *  `seen(bytes, at)` is given each piece read while the next one is being read. */
export async function readWhole(
  file: string,
  piece = 1 << 30,
  seen?: (bytes: Buffer, at: number) => void,
  alloc: (size: number) => Buffer = Buffer.allocUnsafe,
): Promise<Buffer> {
  const handle = await open(file, "r");
  try {
    const { size } = await handle.stat();
    if (size > constants.MAX_LENGTH)
      throw Object.assign(new Error(`${size} bytes`), { code: "ERR_FS_FILE_TOO_LARGE" });
    const buf = alloc(size);
    let last: [Buffer, number] | null = null;
    for (let at = 0; at < size; ) {
      const reading = handle.read(buf, at, Math.min(piece, size - at), at);
      if (last) seen?.(...last);
      last = null;
      const { bytesRead } = await reading;
      if (bytesRead === 0) return buf.subarray(0, at); // shrank while read: the checks say truncated
      last = [buf.subarray(at, at + bytesRead), at];
      at += bytesRead;
    }
    if (last) seen?.(...last);
    return buf;
  } finally {
    await handle.close();
  }
}

/** Header, length, checksum (unless `digest` is null: taken later) and fingerprint checked. */
function checkSnapshot(buf: Buffer, fingerprint: string, digest: Buffer | null): Checked {
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
  if (digest && !digest.equals(buf.subarray(24, 56)))
    return { ok: false, reason: "corrupt", detail: "checksum mismatch" };
  try {
    const { directory } = payloadDirectory(payload);
    if (directory.fingerprint !== fingerprint)
      return { ok: false, reason: "stale", detail: "the corpus or the code changed" };
  } catch (e) {
    return { ok: false, reason: "corrupt", detail: `unreadable (${(e as Error).message})` };
  }
  return { ok: true, payload };
}

function payloadDirectory(payload: Buffer): { directory: Directory; base: number } {
  const dirLen = payload.readUInt32LE(0);
  const directory = JSON.parse(payload.toString("utf8", 4, 4 + dirLen)) as Directory;
  return { directory, base: 4 + dirLen + pad8(4 + dirLen) };
}

/** Decodes a payload (a file's, already verified, or one just encoded by another thread).
 *  Throws when its counts do not fit its length. */
function decodeSnapshot(payload: Buffer): SnapshotRestored {
  const { directory, base } = payloadDirectory(payload);
  return decode(payload.subarray(base), directory);
}

/** `decodeSnapshot` in slices of about `sliceMs`, yielding to the event loop between them (the
 *  directory is small: what grows with the corpus is in the sections, decoded a piece at a time). */
export function decodeSnapshotInSlices(
  payload: Buffer,
  sliceMs = 10,
  /** The articles served before a reload: an unchanged one is reused, not decoded again. */
  previous?: ReadonlyMap<string, Article>,
): Promise<SnapshotRestored> {
  let directory: Directory;
  let base: number;
  try {
    ({ directory, base } = payloadDirectory(payload));
  } catch (e) {
    return Promise.reject(e);
  }
  const pause = () => new Promise<void>((r) => setImmediate(r));
  return decodeInSlices(payload.subarray(base), directory, pause, sliceMs, previous);
}
