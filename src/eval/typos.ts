// `npm run eval -- headlines [bbc|reuters] --typos [--edits 1|2] [--limit N] [--seed S] [--errors]`: the
// headline questions (headlines.ts) with one realistic typo each — a letter dropped, two swapped,
// or one struck on a neighbouring key instead of or beside the right one (QWERTY), never the first
// letter — in one content word of 4+ letters, seeded. Reports answered and top-3 right for the
// questions as typed before spelling correction (what /ask found without it: it corrects only a
// question with words no passage uses, which in a coverage of 1,000+ passages finds nothing) and after it, and the off-topic questions refused, as asked and with
// a typo each.

import { readFile } from "node:fs/promises";
import { ask } from "../answers/ask.ts";
import type { AskAnswer } from "../answers/types.ts";
import type { Coverage } from "../coverage.ts";
import { termOf } from "../search/tokenize.ts";
import {
  count,
  headlineCorpus,
  headlineOf,
  offTopicQuestions,
  questionsOf,
  searchOnly,
  tally,
} from "./headlines.ts";
import { mulberry32 as random } from "./random.ts";

/** Two typos are put in words this long (spelling correction reaches two edits from 8 letters). */
const LONG = 8;
const ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

/** The keys next to a letter on a QWERTY keyboard (same row, and the rows above and below). */
function neighbours(c: string): string[] {
  const r = ROWS.findIndex((row) => row.includes(c));
  if (r < 0) return [];
  const i = ROWS[r]!.indexOf(c);
  const out: string[] = [];
  for (const [dr, dis] of [
    [0, [-1, 1]],
    [-1, [0, 1]],
    [1, [-1, 0]],
  ] as const) {
    const row = ROWS[r + dr];
    if (!row) continue;
    for (const di of dis) if (row[i + di]) out.push(row[i + di]!);
  }
  return out;
}

/** One typo in `word` (not in its first letter), in the case of the letter it replaces. */
export function typo(word: string, rnd: () => number): string {
  const pos = 1 + Math.floor(rnd() * (word.length - 1));
  const c = word[pos]!;
  const near = neighbours(c.toLowerCase());
  const key = near.length > 0 ? near[Math.floor(rnd() * near.length)]! : c;
  const cased = c === c.toUpperCase() ? key.toUpperCase() : key;
  switch (Math.floor(rnd() * 4)) {
    case 0:
      return word.slice(0, pos) + word.slice(pos + 1);
    case 1:
      return pos + 1 < word.length
        ? word.slice(0, pos) + word[pos + 1] + c + word.slice(pos + 2)
        : word.slice(0, pos - 1) + c + word[pos - 1];
    case 2:
      return word.slice(0, pos) + cased + word.slice(pos + 1);
    default:
      return word.slice(0, pos) + cased + word.slice(pos);
  }
}

/** The question with a typo in one of its content words of 4+ letters (unchanged when it has
 *  none); with `edits` 2, two typos in one word of LONG letters or more. */
export function withTypo(question: string, rnd: () => number, edits = 1): string {
  const words = question.split(" ");
  const min = edits > 1 ? LONG : 4;
  const content = words
    .map((w, i) => ({ w: w.replace(/^\W+|\W+$/g, ""), i }))
    .filter(({ w }) => w.length >= min && /^\p{L}+$/u.test(w) && termOf(w) !== null);
  if (content.length === 0) return question;
  const { w, i } = content[Math.floor(rnd() * content.length)]!;
  let t = w;
  for (let k = 0; k < 5 * edits && (k < edits || t.toLowerCase() === w.toLowerCase()); k++) t = typo(t, rnd);
  words[i] = words[i]!.replace(w, t);
  return words.join(" ");
}

interface Run {
  /** The article ids of each result, as found without correction and with it. */
  before: string[][];
  after: string[][];
  corrected: string | null;
}

function run(coverage: Coverage, question: string): Run {
  const a = ask(coverage, question, 5) as AskAnswer;
  const after = (a.results ?? []).map((r) => [r.docId, ...r.sources.map((s) => s.docId)]);
  return { before: a.correctedQuery ? [] : after, after, corrected: a.correctedQuery ?? null };
}

/** The hand-written BBC questions with an article (eval/bbc-direct.jsonl), three typo draws each:
 *  questions worded as people ask, not as headlines. */
async function naturalQuestions(coverage: Coverage, rnd: () => number, edits: number): Promise<void> {
  const rows = (await readFile(DIRECT, "utf8"))
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { question: string; file?: string })
    .filter((r) => r.file);
  let asked = 0;
  const found = { plain: 0, before: 0, after: 0 };
  for (const r of rows) {
    const doc = r.file!.replace(/\.txt$/, "");
    const inTop3 = (ids: string[][]) => ids.slice(0, 3).some((x) => x.includes(doc));
    const plain = inTop3(run(coverage, r.question).after);
    for (let k = 0; k < 3; k++) {
      const typed = withTypo(r.question, rnd, edits);
      const t = run(coverage, typed);
      asked++;
      if (plain) found.plain++;
      if (inTop3(t.before)) found.before++;
      if (inTop3(t.after)) found.after++;
    }
  }
  process.stdout.write(
    `natural questions (${asked}, ${DIRECT}): article in top 3 as written ${pct(found.plain, asked)},` +
      ` typo ${pct(found.before, asked)} → corrected ${pct(found.after, asked)}\n`,
  );
}

const DIRECT = "eval/bbc-direct.jsonl";

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;

export async function typosCli(args: string[]): Promise<void> {
  const name = args.find((a) => a === "bbc" || a === "reuters") ?? "bbc";
  const li = args.indexOf("--limit");
  const si = args.indexOf("--seed");
  const rnd = random(si >= 0 ? Number(args[si + 1]) : 7);
  const ei = args.indexOf("--edits");
  const edits = ei >= 0 ? Number(args[ei + 1]) : 1;
  const corpus = await headlineCorpus(name);
  const coverage = searchOnly(corpus, 2);
  const questions = questionsOf(corpus.articles, li >= 0 ? Number(args[li + 1]) : 1000);
  const headlines = new Map(corpus.articles.map((a) => [a.docId, headlineOf(a)]));
  const plain = tally();
  const before = tally();
  const after = tally();
  let changed = 0;
  let unchanged = 0;
  const wrong: string[] = [];
  for (const q of questions) {
    const typed = withTypo(q.headline, rnd, edits);
    const r = run(coverage, typed);
    if (typed === q.headline) unchanged++;
    count(plain, q, q.headline, run(coverage, q.headline).after, headlines);
    count(before, q, typed, r.before, headlines);
    const top3 = after.top3;
    count(after, q, typed, r.after, headlines);
    if (r.corrected) changed++;
    if (r.corrected && after.top3 === top3) wrong.push(`${typed} → ${r.corrected}`);
  }
  const n = questions.length;
  const line = (label: string, t: ReturnType<typeof tally>) =>
    `${label.padEnd(22)} answered ${pct(t.answered, n)} top3 ${pct(t.top3, n)}\n`;
  process.stdout.write(
    `${name}: ${n} headline questions, ${edits === 1 ? "one typo" : `${edits} typos in one word`} each` +
      ` (${unchanged} without a word to change, ${changed} corrected)\n`,
  );
  process.stdout.write(
    line("as written", plain) + line("typo, no correction", before) + line("typo, corrected", after),
  );
  if (name === "bbc") {
    await naturalQuestions(coverage, rnd, edits);
    const off = await offTopicQuestions();
    const refused = (qs: string[]) => qs.filter((q) => run(coverage, q).after.length === 0).length;
    const typed = off.map((q) => withTypo(q, rnd, edits));
    process.stdout.write(
      `off-topic refused ${refused(off)}/${off.length}, with a typo ${refused(typed)}/${off.length}\n`,
    );
    if (args.includes("--errors"))
      for (const q of [...off, ...typed]) {
        const r = run(coverage, q);
        if (r.after.length > 0)
          process.stdout.write(`  answered off-topic: ${q}${r.corrected ? ` → ${r.corrected}` : ""}\n`);
      }
  }
  if (args.includes("--errors")) {
    for (const w of wrong.slice(0, 40)) process.stdout.write(`  ✗ corrected, not in top 3: ${w}\n`);
    for (const m of after.misses.slice(0, 40)) process.stdout.write(`  ✗ ${m}\n`);
  }
}
