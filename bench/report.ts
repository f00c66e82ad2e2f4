// The benchmark's figures per corpus (one Row) and the Markdown table `npm run bench` prints.

import type { ServedPhase } from "./served.ts";

export interface CommandLatency {
  command: string;
  queries: number;
  p50: number;
  p99: number;
  max: number;
}

export interface Row {
  corpus: string;
  articles: number;
  passages: number;
  textMB: number;
  readSeconds: number;
  indexSeconds: number;
  /** buildCoverage's analyses (everything after the index). */
  analysisSeconds: number;
  passagesPerSecond: number;
  heapBytesPerPassage: number;
  rssBytesPerPassage: number;
  startupFilesSeconds: number;
  startupSnapshotSeconds: number;
  /** Fields buildCoverage re-ran on load (not plain data, no registered snapshot part). */
  recomputedOnLoad: string[];
  /** Start-up from the snapshot if those fields were stored too. */
  startupIfRegisteredSeconds: number | null;
  /** Building the answer indexes after start-up (the bot does it in the background). */
  warmSeconds: number;
  snapshotWriteSeconds: number;
  /** The bot's start-up, warm-up and reload (CoverageStore), each with its longest event-loop block. */
  served: ServedPhase[];
  snapshotMB: number;
  /** PassageIndex.search alone (40 hits), p50/p99 ms. */
  search: { p50: number; p99: number };
  commands: CommandLatency[];
  minisearch: { buildSeconds: number; p50: number; p99: number } | null;
  ratios: { build: number; p50: number; p99: number } | null;
}

export function table(rows: Row[]): string {
  const commandNames = [...new Set(rows.flatMap((r) => r.commands.map((c) => c.command)))];
  const head = [
    "corpus",
    "passages",
    "passages/s",
    "index s",
    "coverage analyses s",
    "heap B/passage",
    "start files s",
    "start snapshot s",
    "snapshot MB",
    "answer indexes s",
    "served start-up / warm-up / reload s (longest block ms, peak RSS MB)",
    "index.search p50/p99 ms",
    ...commandNames.map((c) => `/${c} p50/p99 ms`),
    "MiniSearch build s",
    "MiniSearch p50/p99 ms",
    "MiniSearch ÷ ours (build, p50, p99)",
  ];
  const lines = rows.map((r) => [
    r.corpus,
    r.passages.toLocaleString("en-US"),
    r.passagesPerSecond.toLocaleString("en-US"),
    String(r.indexSeconds),
    String(r.analysisSeconds),
    String(r.heapBytesPerPassage),
    String(r.startupFilesSeconds),
    r.recomputedOnLoad.length
      ? `${r.startupSnapshotSeconds} (re-runs ${r.recomputedOnLoad.join(", ")}; ${r.startupIfRegisteredSeconds} if stored)`
      : String(r.startupSnapshotSeconds),
    String(r.snapshotMB),
    String(r.warmSeconds),
    r.served.map((p) => `${p.seconds} (${p.longestBlockMs}, ${p.peakRssMB})`).join(" / ") || "—",
    `${r.search.p50} / ${r.search.p99}`,
    ...commandNames.map((name) => {
      const c = r.commands.find((x) => x.command === name);
      return c ? `${c.p50} / ${c.p99}` : "—";
    }),
    r.minisearch ? String(r.minisearch.buildSeconds) : "—",
    r.minisearch ? `${r.minisearch.p50} / ${r.minisearch.p99}` : "—",
    r.ratios ? `${r.ratios.build}× / ${r.ratios.p50}× / ${r.ratios.p99}×` : "—",
  ]);
  const md = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [md(head), md(head.map(() => "---")), ...lines.map(md)].join("\n");
}
