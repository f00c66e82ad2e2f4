// Every hand-labelled quotation file (test/fixtures/labels/{bbc,reuters}-{quotes,headlines,terms}*.jsonl)
// keeps the row format the scorer reads: a broken row would silently drop out of a figure. Problems
// are named by label file and line only, never by article text (set 2 is held out).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sharedDataDir } from "../../src/eval/data-dir.ts";
import { LABEL_FILE, labelTexts } from "../../src/eval/label-texts.ts";
import { needData } from "../helpers/data.ts";

const DIR = path.join(import.meta.dirname, "../fixtures/labels");
const FILES = readdirSync(DIR).filter((f) => /^(?:bbc|reuters)-(?:quotes|headlines|terms).*\.jsonl$/.test(f));
const DATA = needData("bbc-news");
const REUTERS = needData("reuters-21578");

interface Row {
  file: string;
  start: number;
  end: number;
  speaker: string | null;
  speakerType: string | null;
  via: string | null;
  kind: string;
  prefix: string;
}

const TYPES = new Set(["person", "organization", "unnamed", null]);
const KINDS = new Set(["statement", "term"]);

function rowsOf(name: string): Row[] {
  return readFileSync(path.join(DIR, name), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Row);
}

/** Line numbers (1-based) of rows whose fields do not have the scorer's types. */
function badFields(rows: Row[]): number[] {
  const bad: number[] = [];
  rows.forEach((r, i) => {
    const ok =
      typeof r.file === "string" &&
      LABEL_FILE.test(r.file) &&
      Number.isInteger(r.start) &&
      Number.isInteger(r.end) &&
      r.start >= 0 &&
      r.end > r.start &&
      (r.speaker === null || (typeof r.speaker === "string" && r.speaker.trim() !== "")) &&
      TYPES.has(r.speakerType) &&
      (r.speaker === null) === (r.speakerType === null) &&
      (r.via === null || typeof r.via === "string") &&
      KINDS.has(r.kind) &&
      typeof r.prefix === "string" &&
      r.prefix.length > 0 &&
      r.prefix.length <= 30;
    if (!ok) bad.push(i + 1);
  });
  return bad;
}

/** Line numbers of rows that overlap the row before them in the same article. */
function overlaps(rows: Row[]): number[] {
  const bad: number[] = [];
  const byFile = new Map<string, Array<[Row, number]>>();
  rows.forEach((r, i) => {
    byFile.set(r.file, [...(byFile.get(r.file) ?? []), [r, i + 1]]);
  });
  for (const list of byFile.values()) {
    const sorted = [...list].sort((a, b) => a[0].start - b[0].start);
    for (let i = 1; i < sorted.length; i++)
      if (sorted[i]![0].start < sorted[i - 1]![0].end) bad.push(sorted[i]![1]);
  }
  return bad;
}

describe("BBC label files", () => {
  it("exist, from the first set to the latest study sets", () => {
    expect(FILES).toContain("bbc-quotes.jsonl");
    expect(FILES).toContain("bbc-quotes-test.jsonl");
    expect(FILES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(FILES)("%s: every row has the scorer's fields and no two rows overlap", (name) => {
    const rows = rowsOf(name);
    expect(rows.length).toBeGreaterThan(0);
    expect(badFields(rows)).toEqual([]);
    expect(overlaps(rows)).toEqual([]);
  });

  // A quote set may share an article with a headline or terms set, which label other spans (the
  // headline) or only its terms; two sets of one kind never share one, and set 2 shares none.
  it("no article of the held-out set is labelled elsewhere, nor one article in two sets of a kind", () => {
    const held = new Set(rowsOf("bbc-quotes-test.jsonl").map((r) => r.file));
    const owner = new Map<string, string>();
    let shared = 0;
    for (const name of FILES)
      for (const file of new Set(rowsOf(name).map((r) => r.file))) {
        if (name !== "bbc-quotes-test.jsonl" && held.has(file)) shared++;
        const key = `${/-(quotes|headlines|terms)/.exec(name)![1]}:${file}`;
        if (owner.has(key) && owner.get(key) !== name) shared++;
        owner.set(key, name);
      }
    expect(shared).toBe(0);
  });

  it.skipIf(DATA.missing || REUTERS.missing)(
    `every row's offsets still hold its prefix in the corpus${DATA.why}${REUTERS.why}`,
    async () => {
      const bad: string[] = [];
      const texts = await labelTexts(
        sharedDataDir(),
        FILES.flatMap((name) => rowsOf(name).map((r) => r.file)),
      );
      for (const name of FILES)
        rowsOf(name).forEach((r, i) => {
          const text = texts.get(r.file)!;
          // the prefix is the 30 characters from the start, and may run past a short row's end
          if (r.end > text.length || text.slice(r.start, r.start + r.prefix.length) !== r.prefix)
            bad.push(`${name}:${i + 1}`);
        });
      expect(bad).toEqual([]);
    },
  );
});
