// `npm run eval -- invented [--errors]`: speaker accuracy on invented BBC-style articles whose
// every quotation was labelled by the people who wrote them (test/fixtures/labels/invented/, its
// README). A quotation is right when our speaker's name is the label's, or one ends the other
// ("Reid" for "Shannon Reid"), or both are no one. One article at a time, as the per-article
// BBC figures are read.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildActorModel } from "../analysis/actors/index.ts";
import { extractQuotes } from "../analysis/quotes/index.ts";
import { buildArticle } from "../corpus/article.ts";
import { foldWords } from "../text/fold.ts";

const DIR = "test/fixtures/labels/invented";

interface InventedRow {
  id: string;
  text: string;
  quotes: { prefix: string; speaker: string | null }[];
}

/** Is `got` the labelled speaker? Words are compared folded, as the BBC scorer compares them
 *  ("Witnesses" for "witnesses", "Séamus" for "Seamus"). */
export function sameInventedSpeaker(got: string | null, gold: string | null): boolean {
  if (got === gold) return true;
  if (!got || !gold) return false;
  const [g, l] = [foldWords(got), foldWords(gold)];
  return g === l || g.endsWith(` ${l}`) || l.endsWith(` ${g}`);
}

/** Right and total for one file's articles, and a line per miss. */
function scoreFile(file: string): { right: number; total: number; misses: string[] } {
  let right = 0;
  let total = 0;
  const misses: string[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as InventedRow;
    const built = buildArticle(`invented/${row.id}.txt`, row.text);
    if (!built.ok) throw new Error(`${row.id}: ${built.reason}`);
    const found = extractQuotes(built.article, buildActorModel([built.article])).filter(
      (q) => q.kind !== "reported",
    );
    for (const g of row.quotes) {
      total++;
      const key = g.prefix.slice(0, 25);
      // (a quotation opening on the label's words first: a short title before it, "Stars of
      // Tomorrow", is no match for "Stars of Tomorrow has been a huge success")
      const q =
        found.find((x) => x.text.startsWith(key)) ??
        found.find((x) => g.prefix.startsWith(x.text.slice(0, 25)));
      const got = q ? q.speakerName : "(not found)";
      if (sameInventedSpeaker(got, g.speaker)) right++;
      else
        misses.push(`${row.id} label=${g.speaker} got=${got} (${q?.via ?? "-"}) | ${g.prefix.slice(0, 40)}`);
    }
  }
  return { right, total, misses };
}

export function inventedCli(args: string[]): void {
  let right = 0;
  let total = 0;
  for (const f of readdirSync(DIR)
    .filter((x) => x.endsWith(".jsonl"))
    .sort()) {
    const s = scoreFile(path.join(DIR, f));
    right += s.right;
    total += s.total;
    process.stdout.write(
      `${f.padEnd(36)} ${s.right}/${s.total} ${((100 * s.right) / s.total).toFixed(1)}%\n`,
    );
    if (args.includes("--errors")) for (const m of s.misses) process.stdout.write(`  ${m}\n`);
  }
  process.stdout.write(`${"all".padEnd(36)} ${right}/${total} ${((100 * right) / total).toFixed(1)}%\n`);
}
