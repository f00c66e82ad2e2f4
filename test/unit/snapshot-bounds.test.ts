// A snapshot whose checksum is valid but whose counts are crafted (2³¹ paragraphs) is refused as
// corrupt — and rebuilt from the files — instead of running start-up out of memory.
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readSnapshot, writeSnapshot } from "../../src/cache/snapshot.ts";
import { buildCoverage } from "../../src/coverage.ts";
import { corpusOf } from "../helpers/corpus.ts";

let root = "";
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

const pad8 = (n: number) => (8 - (n % 8)) % 8;

/** Rewrites a snapshot's directory and payload, then signs it again as a writer would. */
async function craft(
  file: string,
  edit: (
    dir: Record<string, unknown> & { sections: Record<string, { offset: number; bytes: number }> },
    rest: Buffer,
  ) => void,
) {
  const buf = await readFile(file);
  const payload = buf.subarray(64);
  const dirLen = payload.readUInt32LE(0);
  const dir = JSON.parse(payload.toString("utf8", 4, 4 + dirLen));
  const rest = Buffer.from(payload.subarray(4 + dirLen + pad8(4 + dirLen)));
  edit(dir, rest);
  const json = Buffer.from(JSON.stringify(dir), "utf8");
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length);
  const next = Buffer.concat([len, json, Buffer.alloc(pad8(4 + json.length)), rest]);
  const header = Buffer.from(buf.subarray(0, 64));
  header.writeDoubleLE(next.length, 16);
  createHash("sha256").update(next).digest().copy(header, 24);
  await writeFile(file, Buffer.concat([header, next]));
}

describe("snapshot counts", () => {
  it("are bounded by the snapshot's own length", async () => {
    root = await mkdtemp(path.join(tmpdir(), "snapshot-bounds-"));
    const file = path.join(root, "snap.bin");
    const coverage = buildCoverage(
      corpusOf({
        "a.txt": "Flood waters reached Arden on Sunday, officials said. Homes were evacuated.\n",
        "b.txt": "The ferry to Holm Island resumed on Friday, the operator said.\n",
      }),
    );
    await writeSnapshot(file, coverage, "fp");
    expect(await readSnapshot(file, "fp")).toMatchObject({ ok: true });
    const good = await readFile(file);

    await craft(file, (dir, rest) => {
      rest.writeUInt32LE(2 ** 31, dir.sections.articleCounts!.offset); // the first article's paragraphs
    });
    expect(await readSnapshot(file, "fp")).toMatchObject({
      ok: false,
      reason: "corrupt",
      detail: expect.stringMatching(/paragraphs/),
    });

    await writeFile(file, good);
    await craft(file, (dir, rest) => {
      rest.writeUInt32LE(2 ** 31, dir.sections.paragraphs!.offset + 8); // the first paragraph's sentence count
    });
    expect(await readSnapshot(file, "fp")).toMatchObject({
      ok: false,
      reason: "corrupt",
      detail: expect.stringMatching(/sentences/),
    });

    await writeFile(file, good);
    await craft(file, (dir) => {
      dir.sections.docs!.bytes = 2 ** 40;
    });
    expect(await readSnapshot(file, "fp")).toMatchObject({ ok: false, reason: "corrupt" });
  });
});
