// The PolNeAR figures as text: ours beside the "X said" baseline, then the error table of direct
// quotations (and, with examples, up to N of each class).

import type { SplitScores } from "./polnear-score.ts";

/** One split scored: our quote pipeline beside the "X said" baseline. */
export interface PolnearReport {
  split: string;
  articles: number;
  failed: string[];
  passages: number;
  pipelineMs: number;
  totalMs: number;
  passagesPerSecond: number;
  ours: SplitScores;
  baseline: SplitScores;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : "–");
const cell = (a: number, b: number) => `${a}/${b} ${pct(a, b)}`.padEnd(22);

function rows(s: SplitScores): Array<[string, string]> {
  const d = s.direct;
  const r = s.reported;
  return [
    ["direct: gold quotations", String(d.gold).padEnd(22)],
    ["  found (span overlaps)", cell(d.found, d.gold)],
    ["  attributed (a speaker)", cell(d.attributed, d.gold)],
    ["  named-source precision", cell(d.precisionRight, d.precisionBase)],
    ["  named-source recall", cell(d.namedRight, d.namedGold)],
    ["  pronoun source → right name", cell(d.pronounRight, d.pronounWithAntecedent)],
    [
      "  (sources: pronoun/I-we-you/unnamed/none)",
      `${d.pronounGold} / ${d.personalGold} / ${d.unnamedGold} / ${d.noSourceGold}`.padEnd(22),
    ],
    ["reported speech (named source)", String(r.gold).padEnd(22)],
    ["  found (≥ 50% overlap)", cell(r.found, r.gold)],
    ["  recall (and right speaker)", cell(r.right, r.gold)],
    ["  …of which by a reported-speech record", cell(r.rightByReported, r.gold)],
    ["  precision (named gold source)", cell(r.precisionRight, r.precisionBase)],
    ["  strict precision (+ no gold overlap)", cell(r.precisionRight, r.precisionBase + r.unmatched)],
    ["quotations found / with speaker", `${s.foundTotal} / ${s.foundAttributed}`.padEnd(22)],
  ];
}

export function renderScores(report: PolnearReport, examples: boolean): string {
  const out: string[] = [];
  out.push(
    `PolNeAR ${report.split}: ${report.articles} articles, ${report.passages} passages; pipeline ${(
      report.pipelineMs / 1000
    ).toFixed(1)} s (${report.passagesPerSecond} passages/s), total ${(report.totalMs / 1000).toFixed(1)} s`,
  );
  for (const f of report.failed) out.push(`  not built: ${f}`);
  out.push("", `${"".padEnd(44)}${"ours".padEnd(22)}"X said" baseline`);
  const base = rows(report.baseline);
  rows(report.ours).forEach(([label, v], i) => {
    out.push(`${label.padEnd(44)}${v}${base[i]![1].trimEnd()}`);
  });
  const d = report.ours.direct;
  out.push("", "Direct quotations by class (ours):");
  for (const e of report.ours.errors)
    out.push(`  ${String(e.count).padStart(5)}  ${pct(e.count, d.gold).padStart(6)}  ${e.label}`);
  const cues = report.ours.noSpeakerCues.slice(0, 10).map(([c, n]) => `${c} ${n}`);
  if (cues.length) out.push(`  found, no speaker — gold cues: ${cues.join(", ")}`);
  if (examples) {
    for (const e of report.ours.errors) {
      if (e.examples.length === 0 || e.id === "right" || e.id === "unnamed-ok") continue;
      out.push("", `## ${e.label} (${e.count})`);
      for (const x of e.examples)
        out.push(
          `- ${x.docId}  ours=${x.ours ?? "—"}  gold=${x.gold ?? "—"}  cue=${x.cue ?? "—"}`,
          `    …${x.context}…`,
        );
    }
  }
  return `${out.join("\n")}\n`;
}

/** `--pronoun-misses`: every gold pronoun Source whose antecedent our speaker misses. */
export function renderPronounMisses(report: PolnearReport): string {
  const out = [`## pronoun source, wrong or no name (${report.ours.pronounMisses.length})`];
  for (const x of report.ours.pronounMisses)
    out.push(`- ${x.docId}  ours=${x.ours}  gold=${x.gold}  cue=${x.cue ?? "—"}`, `    …${x.context}`);
  return `${out.join("\n")}\n`;
}
