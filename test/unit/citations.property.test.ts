// Whatever files were added, changed or removed, after the reload every cited [start, end)
// slices the cited file's current text — no answer cites a deleted or stale file.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { runCommand } from "../../src/answers/registry.ts";
import type { AskAnswer } from "../../src/answers/types.ts";
import { CoverageStore } from "../../src/lifecycle/store.ts";
import { silentLogger } from "../../src/log.ts";
import { tempCorpus } from "../helpers/corpus.ts";

let cleanup = () => {};
afterEach(() => cleanup());

const TOWNS = ["Arden", "Brook", "Carrow", "Dunmore"];
const sentence = fc
  .tuple(fc.constantFrom(...TOWNS), fc.integer({ min: 1, max: 999 }), fc.constantFrom("Sunday", "Monday"))
  .map(
    ([t, n, d]) =>
      `Flood waters reached ${t} on ${d}, officials said. About ${n} homes were evacuated in ${t}.`,
  );
const op = fc.oneof(
  fc.record({
    kind: fc.constant("write" as const),
    file: fc.constantFrom("a.txt", "b.md", "sub/c.txt"),
    text: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => `${s.join("\n\n")}\n`),
  }),
  fc.record({ kind: fc.constant("remove" as const), file: fc.constantFrom("a.txt", "b.md", "sub/c.txt") }),
);

describe("citations after changes", () => {
  it("every cited [start, end) slices the cited file's current text", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(op, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
        async (batches) => {
          const t = tempCorpus({
            "a.txt": "Flood waters reached Arden on Sunday, officials said.\n",
            "sub/c.txt": "Flood waters reached Brook on Monday, officials said.\n",
          });
          cleanup = t.cleanup;
          const store = new CoverageStore(t.dir, silentLogger);
          await store.reload();
          try {
            for (const batch of batches) {
              for (const o of batch) {
                const file = path.join(t.dir, o.file);
                if (o.kind === "write") writeFileSync(file, o.text);
                else rmSync(file, { force: true });
              }
              await store.reload();
              const coverage = store.current;
              for (const town of TOWNS) {
                const a = runCommand(coverage, "ask", {
                  question: `flood ${town} homes evacuated`,
                }) as AskAnswer;
                for (const r of a.results) {
                  for (const s of r.sources) {
                    const article = coverage.articles.get(s.docId)!;
                    const now = readFileSync(path.join(t.dir, article.file), "utf8");
                    expect(now.slice(s.start, s.end).length).toBe(s.end - s.start);
                  }
                  const own = coverage.articles.get(r.docId)!;
                  expect(readFileSync(path.join(t.dir, own.file), "utf8").slice(r.start, r.end)).toBe(r.text);
                }
              }
            }
          } finally {
            t.cleanup();
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
