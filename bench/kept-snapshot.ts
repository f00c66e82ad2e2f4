// `npm run bench -- --snapshot FILE`: the commands timed on a coverage read back from a snapshot an
// earlier run kept (a million passages take half an hour to build, its snapshot seconds to read).
// The snapshot's own fingerprint is taken as it is: the code may have changed since it was
// written, as long as its format did not; answers are computed by the code of this checkout.

import { withAnswerIndexes } from "../src/answers/indexes.ts";
import { warmSteps } from "../src/answers/warm.ts";
import { readSnapshot, readWhole } from "../src/cache/snapshot.ts";
import type { Coverage } from "../src/coverage.ts";

/** The fingerprint a snapshot file was written with (its payload's directory, after the 64-byte
 *  header and the directory's length). */
async function storedFingerprint(file: string): Promise<string> {
  const payload = (await readWhole(file)).subarray(64);
  return JSON.parse(payload.toString("utf8", 4, 4 + payload.readUInt32LE(0))).fingerprint;
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
  say(
    `${coverage.passages.length} passages read back in ${((performance.now() - t0) / 1000).toFixed(1)} s (the file read twice)`,
  );
  const t1 = performance.now();
  for (const step of warmSteps(coverage, Number.POSITIVE_INFINITY)) while (!step());
  say(`answer indexes built in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  time(coverage);
}
