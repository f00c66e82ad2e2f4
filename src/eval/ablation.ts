// The ablation table every scorer prints: the figures with every step on, then with each step
// switched off in turn, so what a rule contributes (or costs) is one column away.

import { ALL_STEPS, type StepSwitches, switchOff } from "../analysis/steps.ts";

export type Figures = Readonly<Record<string, number>>;

export interface AblationRow {
  step: string;
  figures: Figures;
  /** figures[k] with the step on minus with it off: positive = the step pays for itself. */
  contribution: Figures;
}

export async function ablate(
  steps: readonly string[],
  score: (switches: StepSwitches) => Figures | Promise<Figures>,
): Promise<{ all: Figures; rows: AblationRow[] }> {
  const all = await score(ALL_STEPS);
  const rows: AblationRow[] = [];
  for (const step of steps) {
    const figures = await score(switchOff(step));
    const contribution = Object.fromEntries(
      Object.keys(all).map((k) => [k, round((all[k] ?? 0) - (figures[k] ?? 0))]),
    );
    rows.push({ step, figures, contribution });
  }
  return { all, rows };
}

export function formatAblation(result: { all: Figures; rows: AblationRow[] }): string {
  const keys = Object.keys(result.all);
  const width = Math.max(10, ...result.rows.map((r) => r.step.length));
  const head = `${"step off".padEnd(width)}  ${keys.map((k) => k.padStart(10)).join(" ")}`;
  const allLine = `${"(none)".padEnd(width)}  ${keys.map((k) => fmt(result.all[k]).padStart(10)).join(" ")}`;
  const lines = result.rows.map(
    (r) =>
      `${r.step.padEnd(width)}  ${keys.map((k) => signed(-(r.contribution[k] ?? 0)).padStart(10)).join(" ")}`,
  );
  return [head, allLine, ...lines, "(rows: change in each figure when that step is switched off)"].join("\n");
}

const round = (x: number): number => Math.round(x * 10000) / 10000;
const fmt = (x: number | undefined): string => (x === undefined ? "-" : String(round(x)));
const signed = (x: number): string => (x === 0 ? "0" : x > 0 ? `+${round(x)}` : String(round(x)));
