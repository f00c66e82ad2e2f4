// `npm run eval -- FILE [--corpus DIR] [--json]`: the share of questions answered
// correctly, per command, with the reason for every miss.
// `npm run eval -- conll [train|testa] [--errors] [--json] [--ablate]`: actors against CoNLL-2003 (conll.ts).
// `npm run eval -- timeml [--errors] [--json] [--ablate]`: dates against TimeML AQUAINT (timeml.ts).
// `npm run eval -- polnear [train|dev] …`: quote attribution on PolNeAR (see polnear.ts).
// `npm run eval -- invented [--errors]`: quote speakers on invented, labelled BBC-style articles (invented.ts).
// `npm run eval -- direct [FILE]`: /ask's direct answers on BBC questions (direct.ts).
// `npm run eval -- misspell [--n N] [--seed S]`: suggestions for misspelled BBC actors (misspell.ts).
// `npm run eval -- headlines [bbc|reuters] [--limit N]`: headlines asked as questions (headlines.ts);
// with `--typos [--edits 2]`, each with a typo, before and after spelling correction (typos.ts).

import { readFile } from "node:fs/promises";
import path from "node:path";
import { withAnswerIndexes } from "../answers/indexes.ts";
import { readConfig } from "../config.ts";
import { loadCoverage } from "../lifecycle/load.ts";
import { createLogger } from "../log.ts";
import { parseEvalSet, scoreQuestion, summarize } from "./score.ts";

async function evalQuestions(args: string[]): Promise<void> {
  const json = args.includes("--json");
  const ci = args.indexOf("--corpus");
  const config = readConfig();
  const corpus = ci >= 0 ? path.resolve(args[ci + 1]!) : config.corpusDir;
  const file = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--corpus") ?? "eval/dev.jsonl";

  const coverage = withAnswerIndexes(
    await loadCoverage(corpus, createLogger("warn", false), { cacheDir: config.cacheDir }),
  );
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
}

// Benchmark scorers, loaded only when asked for (each reads its own data set).
const scorers: Record<string, () => Promise<(a: string[]) => unknown>> = {
  conll: async () => (await import("./conll.ts")).runConll,
  timeml: async () => (await import("./timeml.ts")).runTimeml,
  polnear: async () => (await import("./polnear.ts")).polnearCli,
  invented: async () => (await import("./invented.ts")).inventedCli,
  direct: async () => (await import("./direct.ts")).directCli,
  misspell: async () => (await import("./misspell.ts")).misspellCli,
  // With --typos: the same questions misspelled (typos.ts).
  headlines: async () =>
    args.includes("--typos")
      ? (await import("./typos.ts")).typosCli
      : (await import("./headlines.ts")).runHeadlines,
};

const args = process.argv.slice(2);
const scorer = scorers[args[0] ?? ""];
if (scorer) await (await scorer())(args.slice(1));
else await evalQuestions(args);
