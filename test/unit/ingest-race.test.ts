// Two uploads of the same text under different names at the same moment: one is accepted, the
// other is told it is a duplicate (check-then-write runs one at a time per corpus folder).
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ingest } from "../../src/lifecycle/admin.ts";
import { CoverageStore } from "../../src/lifecycle/store.ts";
import { silentLogger } from "../../src/log.ts";
import { tempCorpus } from "../helpers/corpus.ts";

let cleanup = () => {};
afterEach(() => cleanup());

const text = "The ferry to Holm Island resumed on Friday after the storm, the operator said.\n";

describe("simultaneous /ingest", () => {
  it("accepts one of two uploads of the same text and refuses the other as a duplicate", async () => {
    const t = tempCorpus({ "a.txt": "Flood waters reached Arden on Sunday, officials said.\n" });
    cleanup = t.cleanup;
    const store = new CoverageStore(t.dir, silentLogger);
    await store.reload();
    const upload = (name: string) =>
      ingest({ store, canManage: true, attachment: { name, bytes: Buffer.from(text) } }, { title: name });
    const results = await Promise.all([upload("ferry-one.txt"), upload("ferry-two.txt")]);
    const errors = results.filter((r) => "error" in r).map((r) => (r as { error: string }).error);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/already in the coverage/);
    expect(readdirSync(path.join(t.dir, "ingested"))).toHaveLength(1);
    expect(store.current.corpus.articles).toHaveLength(2);
  });
});
