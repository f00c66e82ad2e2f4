// `npm run eval -- direct [FILE] [--corpus DIR] [--json]`: /ask's direct answers on questions
// written by reading BBC articles (eval/bbc-direct.jsonl: each with its article and answering
// sentence; off-topic ones have no answer), over the whole BBC corpus. Reports, for the answerable
// questions, the share given an answer and the share of given answers that are right; for the
// off-topic ones, the share refused (no direct answer). Every answer's value must be the words of
// a cited sentence: a violation is counted and listed.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { ask } from "../answers/ask.ts";
import type { DirectAnswer } from "../answers/direct-answer-types.ts";
import { withAnswerIndexes } from "../answers/indexes.ts";
import type { Coverage } from "../coverage.ts";
import { loadCoverage } from "../lifecycle/load.ts";
import { createLogger } from "../log.ts";
import { foldKey } from "../text/fold.ts";
import { sharedDataDir } from "./data-dir.ts";

interface DirectQuestion {
  id: string;
  type: string;
  question: string;
  accept: string[];
  file?: string;
  sentence?: string;
}

interface Outcome {
  id: string;
  type: string;
  question: string;
  answer: string | null;
  given: boolean;
  right: boolean;
  grounded: boolean;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  hundred: 100,
};
const MAGNITUDES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
};

/** "5,000" → 5000, "$280bn" → 2.8e11, "five million" → 5e6; null when the text is no number. */
export function numberOf(text: string): number | null {
  const m = /^[^\d\w]*(\d[\d,]*(?:\.\d+)?|[a-z]+)\s*(k|m|bn|thousand|million|billion)?\b/i.exec(text.trim());
  if (!m) return null;
  const base = /\d/.test(m[1]!) ? Number(m[1]!.replace(/,/g, "")) : WORD_NUMBERS[m[1]!.toLowerCase()];
  if (base === undefined || Number.isNaN(base)) return null;
  return base * (MAGNITUDES[(m[2] ?? "").toLowerCase()] ?? 1);
}

/** Right: the answer's words hold an accepted answer, or state the same number. */
export function isRight(answer: DirectAnswer, accept: readonly string[]): boolean {
  const words = foldKey(`${answer.words} ${answer.value}`);
  return accept.some((a) => {
    if (words.includes(foldKey(a))) return true;
    const want = numberOf(a);
    const got = Number(answer.value);
    return want !== null && Number.isFinite(got) && Math.abs(want - got) < 1e-6 * Math.max(1, want);
  });
}

/** The value is the words of the article at its span, inside the first cited sentence. */
function grounded(coverage: Coverage, a: DirectAnswer): boolean {
  const text = coverage.articles.get(a.span.docId)?.text ?? "";
  const s = a.sources[0];
  return (
    text.slice(a.span.start, a.span.end) === a.words &&
    !!s &&
    s.docId === a.span.docId &&
    s.start <= a.span.start &&
    a.span.end <= s.end
  );
}

function score(coverage: Coverage, q: DirectQuestion): Outcome {
  const res = ask(coverage, q.question);
  const answer = "results" in res ? (res.answer ?? null) : null;
  return {
    id: q.id,
    type: q.type,
    question: q.question,
    answer: answer?.text ?? null,
    given: answer !== null,
    right: answer !== null && isRight(answer, q.accept),
    grounded: answer === null || grounded(coverage, answer),
  };
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}% (${n}/${d})`;

export function summarise(outcomes: readonly Outcome[]) {
  const answerable = outcomes.filter((o) => o.type !== "offtopic");
  const off = outcomes.filter((o) => o.type === "offtopic");
  const given = answerable.filter((o) => o.given);
  return {
    given: pct(given.length, answerable.length),
    rightWhereGiven: pct(given.filter((o) => o.right).length, given.length),
    offTopicRefused: pct(off.filter((o) => !o.given).length, off.length),
    ungrounded: outcomes.filter((o) => !o.grounded).length,
    byType: Object.fromEntries(
      [...new Set(answerable.map((o) => o.type))].map((t) => {
        const of = answerable.filter((o) => o.type === t);
        return [
          t,
          `given ${of.filter((o) => o.given).length}/${of.length}, right ${of.filter((o) => o.right).length}`,
        ];
      }),
    ),
  };
}

export async function directCli(args: string[]): Promise<void> {
  const json = args.includes("--json");
  const ci = args.indexOf("--corpus");
  const corpus = ci >= 0 ? path.resolve(args[ci + 1]!) : path.join(sharedDataDir(), "bbc-news");
  const file =
    args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--corpus") ?? "eval/bbc-direct.jsonl";
  const questions = (await readFile(file, "utf8"))
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as DirectQuestion);
  const coverage = withAnswerIndexes(
    await loadCoverage(corpus, createLogger("warn", false), { cacheDir: process.env.CACHE_DIR ?? ".cache" }),
  );
  const outcomes = questions.map((q) => score(coverage, q));
  const summary = summarise(outcomes);
  if (json) {
    process.stdout.write(`${JSON.stringify({ file, summary, outcomes })}\n`);
    return;
  }
  for (const o of outcomes) {
    const mark = o.type === "offtopic" ? (o.given ? "✗" : "✓") : !o.given ? "·" : o.right ? "✓" : "✗";
    process.stdout.write(
      `${mark} ${o.id} ${o.type.padEnd(8)} ${o.question}\n    → ${o.answer ?? "(no answer)"}\n`,
    );
  }
  process.stdout.write(`\n${JSON.stringify(summary, null, 2)}\n`);
}
