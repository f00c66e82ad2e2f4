// Builds throw-away corpus folders from text written in the tests themselves.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { generateCorpus, toFileText } from "../../bench/synthetic.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import type { Article, Corpus } from "../../src/types.ts";

export function tempCorpus(files: Record<string, string | Uint8Array>): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), "coverage-test-"));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An in-memory corpus of articles written in the test (files that fail to build are left out). */
export function corpusOf(files: Record<string, string>): Corpus {
  const articles: Article[] = [];
  for (const [file, text] of Object.entries(files)) {
    const r = buildArticle(file, text);
    if (r.ok) articles.push(r.article);
  }
  return { dir: "mem", articles, warnings: [] };
}

/** An in-memory synthetic corpus of about `passages` passages (bench/synthetic.ts). */
export function syntheticCorpus(passages: number, seed: number): Corpus {
  const files: Record<string, string> = {};
  for (const g of generateCorpus({ passages, seed })) files[`${g.docId}.md`] = toFileText(g);
  return corpusOf(files);
}

/** A small flood report from `town`, with a quotation (the builder's tests). */
export const floodArticle = (town: string): string =>
  `---\noutlet: Valley Post\ntitle: Floods in ${town}\npublished: 2031-05-04\n---\n` +
  `Flood waters reached ${town} on Sunday, Mayor Ada Stone said. "We will rebuild ${town}," Stone said.\n`;
