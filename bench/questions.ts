// The questions `npm run bench` times the commands with, when the corpus is real (a synthetic
// corpus brings its own: generateQueries over its vocabulary), and the names for name options.

import type { Coverage } from "../src/coverage.ts";
import { generateQueries, type SyntheticVocabulary } from "./synthetic.ts";

/** Words of a real corpus in frequency order, for generateQueries. */
function corpusWords(coverage: Coverage): string[] {
  const counts = new Map<string, number>();
  const step = Math.max(1, Math.floor(coverage.passages.length / 20_000));
  for (let i = 0; i < coverage.passages.length; i += step) {
    for (const m of coverage.passages[i]!.text.matchAll(/[A-Za-z]+/g)) {
      counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
}

/** Questions from a real corpus: half from its vocabulary (generateQueries), half from its titles. */
export function realQuestions(coverage: Coverage, n: number, seed: number): string[] {
  const fromWords = generateQueries(Math.ceil(n / 2), seed, corpusWords(coverage)).map((q) => q.text);
  const titles = coverage.corpus.articles.map((a) => a.displayTitle).filter((t) => t.split(" ").length >= 3);
  const shapes = [
    (t: string) => `what happened with ${t}?`,
    (t: string) => `What about ${t}`,
    (t: string) => `why ${t}?`,
    (t: string) => t,
    (t: string) => `is it true that ${t}?`,
    (t: string) => `latest on ${t}`,
  ];
  let x = seed >>> 0 || 1;
  const rand = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  const fromTitles: string[] = [];
  while (titles.length > 0 && fromTitles.length < n - fromWords.length) {
    const words = titles[Math.floor(rand() * titles.length)]!.split(/\s+/);
    const len = 3 + Math.floor(rand() * 4);
    const from = Math.floor(rand() * Math.max(1, words.length - len));
    const phrase = words.slice(from, from + len).join(" ");
    const shape = shapes[Math.floor(rand() * shapes.length)]!;
    fromTitles.push(rand() < 0.5 ? shape(phrase.toLowerCase()) : shape(phrase));
  }
  const out: string[] = [];
  for (let i = 0; out.length < n && i < n; i++) {
    if (fromWords[i]) out.push(fromWords[i]!);
    if (fromTitles[i] && out.length < n) out.push(fromTitles[i]!);
  }
  return out;
}

/** Names to ask the name-taking commands about: the synthetic people, or a real corpus's capitalised words. */
export function namesOf(coverage: Coverage, vocabulary: SyntheticVocabulary | null, n: number): string[] {
  if (vocabulary) return vocabulary.people.slice(0, n).map((p) => `${p.first} ${p.last}`);
  const caps = corpusWords(coverage).filter((w) => /^[A-Z][a-z]{2,}$/.test(w));
  return caps.slice(0, n);
}
