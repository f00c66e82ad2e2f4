// `npm run bench -- --snapshot FILE`: the commands timed on a coverage read back from a snapshot an
// earlier run kept (a million passages take half an hour to build, its snapshot seconds to read).
// The snapshot's own fingerprint is taken as it is: the code may have changed since it was
// written, as long as its format did not; answers are computed by the code of this checkout.

import { open } from "node:fs/promises";
import { withAnswerIndexes } from "../src/answers/indexes.ts";
import { warmSteps } from "../src/answers/warm.ts";
import { readSnapshot } from "../src/cache/snapshot.ts";
import type { Coverage } from "../src/coverage.ts";

/** The fingerprint a snapshot file was written with: its payload's directory (after the 64-byte
 *  header and the directory's length), read alone, not the gigabytes after it. */
export async function storedFingerprint(file: string): Promise<string> {
  const handle = await open(file, "r");
  try {
    const length = Buffer.alloc(4);
    await handle.read(length, 0, 4, 64);
    const directory = Buffer.alloc(length.readUInt32LE(0));
    await handle.read(directory, 0, directory.length, 68);
    return JSON.parse(directory.toString("utf8")).fingerprint;
  } finally {
    await handle.close();
  }
}

export async function benchKeptSnapshot(
  file: string,
  time: (coverage: Coverage) => unknown,
  say: (line: string) => void,
): Promise<void> {
  const t0 = performance.now();
  const snap = await readSnapshot(file, await storedFingerprint(file));
  if (!snap.ok || !snap.coverage)
    throw new Error(`cannot use ${file}: ${snap.ok ? "analyses to re-run" : snap.detail}`);
  const coverage = withAnswerIndexes(snap.coverage);
  say(`${coverage.passages.length} passages read back in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const t1 = performance.now();
  for (const step of warmSteps(coverage, Number.POSITIVE_INFINITY)) while (!step());
  say(`answer indexes built in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  time(coverage);
}
