// `npm run eval -- FILE [--corpus DIR] [--json]`: the share of questions answered
// correctly, per command, with the reason for every miss.
// `npm run eval -- conll [train|testa] [--errors] [--json] [--ablate]`: actors against CoNLL-2003 (conll.ts).
// `npm run eval -- timeml [--errors] [--json]`: dates against TimeML AQUAINT (timeml.ts).

import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadCoverage } from "../app.ts";
import { createLogger } from "../log.ts";
import { parseEvalSet, scoreQuestion, summarize } from "./score.ts";

const args = process.argv.slice(2);
const scorers: Record<string, () => Promise<(a: readonly string[]) => Promise<void>>> = {
  conll: async () => (await import("./conll.ts")).runConll,
  timeml: async () => (await import("./timeml.ts")).runTimeml,
};
const scorer = scorers[args[0] ?? ""];
if (scorer) {
  await (await scorer())(args.slice(1));
  process.exit(0);
}
const json = args.includes("--json");
const ci = args.indexOf("--corpus");
const corpus = path.resolve(ci >= 0 ? args[ci + 1]! : (process.env.CORPUS_DIR ?? "seeds"));
const file = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--corpus") ?? "eval/dev.jsonl";

const coverage = await loadCoverage(corpus, createLogger("warn", false));
const outcomes = parseEvalSet(await readFile(file, "utf8")).map((q) => scoreQuestion(coverage, q));
const summary = summarize(outcomes);
if (json) {
  process.stdout.write(`${JSON.stringify({ file, summary, outcomes })}\n`);
} else {
  for (const o of outcomes)
    process.stdout.write(`${o.correct ? "✓" : "✗"} ${o.id.padEnd(6)} ${o.command.padEnd(8)} ${o.why}\n`);
  process.stdout.write("\n");
  for (const [cmd, s] of Object.entries(summary)) {
    process.stdout.write(
      `${cmd.padEnd(8)} ${s.correct}/${s.total} correct (${(s.share * 100).toFixed(0)}%)\n`,
    );
  }
  const all = outcomes.filter((o) => o.correct).length;
  process.stdout.write(`${"all".padEnd(8)} ${all}/${outcomes.length} correct\n`);
}
