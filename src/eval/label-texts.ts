// The article text a quote label row points into: a BBC file ("business/024.txt", under
// bbc-news/) or a Reuters-21578 story ("reuters-3004": the NEWID, its text as the bench and the
// product read it, title, a blank line, then the body). One reader for the scorer and the tests,
// so a label's offsets mean the same thing everywhere.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readReutersDir, reutersToArticles } from "../corpus/formats/reuters.ts";

/** A label row's `file`: a BBC path or a Reuters story id. */
export const LABEL_FILE = /^(?:[a-z]+\/\d{3}\.txt|reuters-\d+)$/;

const isReuters = (file: string) => file.startsWith("reuters-");

/** Texts of the given label files, read from the shared data folder `dataDir`. */
export async function labelTexts(dataDir: string, files: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(files)];
  const out = new Map<string, string>();
  if (wanted.some(isReuters)) {
    const { stories } = await readReutersDir(path.join(dataDir, "reuters-21578"));
    const byId = new Map(reutersToArticles(stories).map((a) => [a.docId, a.text]));
    for (const f of wanted.filter(isReuters)) {
      const text = byId.get(f);
      if (text === undefined) throw new Error(`${f}: no such Reuters story with a title and a body`);
      out.set(f, text);
    }
  }
  for (const f of wanted.filter((f) => !isReuters(f)))
    out.set(f, readFileSync(path.join(dataDir, "bbc-news", f), "utf8"));
  return out;
}

/**
 * Every text of the corpora the given label files come from (all of bbc-news/, all Reuters
 * stories): the product analyses a whole corpus at once, so `--corpus` scores with an actor model
 * built over all of it rather than one article at a time.
 */
export async function corpusTexts(dataDir: string, files: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(files)];
  const all: string[] = [];
  if (wanted.some(isReuters)) {
    const { stories } = await readReutersDir(path.join(dataDir, "reuters-21578"));
    all.push(...reutersToArticles(stories).map((a) => a.docId));
  }
  if (wanted.some((f) => !isReuters(f))) {
    const root = path.join(dataDir, "bbc-news");
    for (const section of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()))
      for (const f of readdirSync(path.join(root, section.name)).filter((f) => f.endsWith(".txt")))
        all.push(`${section.name}/${f}`);
  }
  return labelTexts(dataDir, all);
}
