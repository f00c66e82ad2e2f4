import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import {
  buildVocabulary,
  generateCorpus,
  generateQueries,
  mulberry32,
  type SyntheticArticle,
  toFileText,
} from "../../bench/synthetic.ts";

const vocabulary = buildVocabulary();
const collect = (passages: number, seed: number): SyntheticArticle[] => [
  ...generateCorpus({ passages, seed, vocabulary }),
];
const paragraphsOf = (a: SyntheticArticle): string[] => a.text.split("\n\n");
/** One large corpus, generated once for the tests that need size (the slowest part of this file). */
let large: SyntheticArticle[] | undefined;
const LARGE = { passages: 20000, seed: 5 };
const collectLarge = () => (large ??= collect(LARGE.passages, LARGE.seed));

describe("synthetic corpus", () => {
  it("mulberry32 is deterministic and uniform-ish", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });

  it("is deterministic: same seed same output, other seed other output", () => {
    const one = collect(500, 7);
    expect(collect(500, 7)).toEqual(one);
    expect(buildVocabulary().nouns.slice(0, 50)).toEqual(vocabulary.nouns.slice(0, 50));
    expect(collect(500, 8).map((a) => a.text)).not.toEqual(one.map((a) => a.text));
  });

  it.each([7, 100, 5000, LARGE.passages])("produces %i passages within 5%", (n) => {
    const articles = n === LARGE.passages ? collectLarge() : collect(n, 3);
    const paragraphs = articles.reduce((s, a) => s + paragraphsOf(a).length, 0);
    expect(Math.abs(paragraphs - n)).toBeLessThanOrEqual(Math.ceil(n * 0.05));
    expect(articles.reduce((s, a) => s + a.passages, 0)).toBe(paragraphs);
    if (n >= 100) for (const a of articles) expect(a.passages).toBeGreaterThanOrEqual(5);
    if (n >= 100) for (const a of articles) expect(a.passages).toBeLessThanOrEqual(25);
  });

  it("writes front matter with outlet, title, url and published day", () => {
    const [first] = collect(30, 1);
    const file = toFileText(first!);
    expect(file).toMatch(
      /^---\noutlet: .+\ntitle: .+\nurl: https:\/\/example\.com\/\S+\npublished: 2025-\d\d-\d\d\n(?:byline: .+\n)?---\n/,
    );
    expect(file.endsWith(`${first!.text}\n`)).toBe(true);
  });

  it("has quotations in about 20% of paragraphs, and news-like tokens", () => {
    const paragraphs = collectLarge().flatMap(paragraphsOf);
    const quoted = paragraphs.filter((p) => /["\u201c][^"\u201d]+[,.]["\u201d]/.test(p)).length;
    expect(quoted / paragraphs.length).toBeGreaterThan(0.17);
    expect(quoted / paragraphs.length).toBeLessThan(0.23);
    const text = paragraphs.join(" ");
    expect(text).toMatch(/\b(?:said|told reporters|added|wrote)\b/);
    expect(text).toMatch(/\$\d+(?:\.\d)? (?:million|billion)/);
    expect(text).toMatch(/\d+%/);
    expect(text).toMatch(/\d{1,3}(?:,\d{3})+ [a-z]+/);
    expect(text).toMatch(/on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/);
    const words = text.toLowerCase().split(/\s+/);
    const stop = new Set([
      "the",
      "of",
      "and",
      "to",
      "a",
      "in",
      "on",
      "for",
      "by",
      "with",
      "has",
      "was",
      "were",
    ]);
    const share = words.filter((w) => stop.has(w)).length / words.length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.5);
  });

  it("generates queries of 3-12 words whose content words occur in the corpus", () => {
    const queries = generateQueries(200, 11, vocabulary);
    expect(generateQueries(200, 11, vocabulary)).toEqual(queries);
    const corpusWords = new Set(
      collectLarge()
        .flatMap((a) => a.text.toLowerCase().split(/[^a-z]+/))
        .filter(Boolean),
    );
    // The questions' own words ("what did ... say about") are English, not corpus vocabulary.
    const question = new Set(
      "what did say about how many were in why was when will be who on happened to is still latest doing much spend announce of for the".split(
        " ",
      ),
    );
    let hits = 0;
    for (const q of queries) {
      const words = q.text.split(/\s+/);
      expect(words.length).toBeGreaterThanOrEqual(3);
      expect(words.length).toBeLessThanOrEqual(12);
      const terms = q.text
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((t) => t && !question.has(t));
      if (terms.every((t) => corpusWords.has(t))) hits++;
    }
    expect(hits / queries.length).toBeGreaterThan(0.8);
    expect(queries.some((q) => /^what did .+ say about/i.test(q.text))).toBe(true);
    const fromList = generateQueries(20, 1, ["the", "Rubio", "cartel", "tariffs", "Mexico", "security"]);
    expect(fromList).toHaveLength(20);
  });

  it("CLI writes one .txt per article", async () => {
    const dir = await mkdtemp(join(tmpdir(), "synth-"));
    try {
      await promisify(execFile)(
        process.execPath,
        ["--import", "tsx", "bench/synthetic.ts", "--passages", "300", "--out", dir, "--seed", "4"],
        { cwd: join(import.meta.dirname, "../..") },
      );
      const files = (await readdir(dir)).sort();
      const expected = collect(300, 4);
      expect(files).toEqual(expected.map((a) => `${a.docId}.txt`));
      expect(await readFile(join(dir, files[0]!), "utf8")).toBe(toFileText(expected[0]!));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
