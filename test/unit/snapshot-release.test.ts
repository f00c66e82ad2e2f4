// A snapshot's bytes (2 GB at a million passages) are needed only until the warm-up has decoded
// the analyses and the actor model from them: after that the served coverage must not keep them.

import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { withAnswerIndexes } from "../../src/answers/indexes.ts";
import { warmSteps } from "../../src/answers/warm.ts";
import { decodeSnapshotInSlices, encodeSnapshot } from "../../src/cache/snapshot.ts";
import { buildCoverage, type Coverage } from "../../src/coverage.ts";
import { syntheticCorpus } from "../helpers/corpus.ts";

v8.setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const coverage = (): Coverage => buildCoverage(syntheticCorpus(300, 3));

/** Decodes a payload held only weakly here, warms the result; the warmed coverage and a weak
 *  reference to the payload's memory. */
async function servedFrom(built: Coverage): Promise<{ served: unknown; bytes: WeakRef<ArrayBuffer> }> {
  const payload = Buffer.concat(encodeSnapshot(built, "fingerprint"));
  const bytes = new WeakRef(payload.buffer as ArrayBuffer);
  const restored = await decodeSnapshotInSlices(payload, 10);
  const served = withAnswerIndexes(restored.coverage!);
  for (const step of warmSteps(served, Number.POSITIVE_INFINITY)) while (!step());
  return { served, bytes };
}

describe("a coverage read back from a snapshot", () => {
  it("lets the snapshot's bytes go once the warm-up has decoded everything", async () => {
    const { served, bytes } = await servedFrom(coverage());
    // A WeakRef is cleared only after the turn that read it: let a few turns pass around the GCs.
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setImmediate(r));
      gc();
    }
    expect(bytes.deref()).toBeUndefined();
    expect(served).toBeDefined();
  });
});
