// A coverage read back from a snapshot can be written to a snapshot again (a cache moved to a
// new format, a copy for another machine) and reads back to the same answers.

import { describe, expect, it } from "vitest";
import { decodeSnapshotInSlices, encodeSnapshot } from "../../src/cache/snapshot.ts";
import { buildCoverage, type Coverage, decodeFields } from "../../src/coverage.ts";
import { syntheticCorpus } from "../helpers/corpus.ts";

const coverage = (): Coverage => buildCoverage(syntheticCorpus(200, 11));

const readBack = async (c: Coverage): Promise<Coverage> =>
  (await decodeSnapshotInSlices(Buffer.concat(encodeSnapshot(c, "fingerprint")), 10)).coverage!;

describe("a coverage read back from a snapshot", () => {
  it("is written again and reads back with the same actors, mentions, quotes and events", async () => {
    const built = coverage();
    const once = await readBack(built);
    decodeFields(once);
    const twice = await readBack(once);
    expect(twice.actors.actors).toEqual(built.actors.actors);
    const doc = built.corpus.articles[3]!.docId;
    expect(twice.actors.mentionsIn(doc)).toEqual(built.actors.mentionsIn(doc));
    expect(twice.quotes).toEqual(built.quotes);
    expect(twice.events).toEqual(built.events);
  });
});
