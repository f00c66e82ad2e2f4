// A shared data set for a test file: its folder, and a title suffix plus a printed line saying
// why the file's tests are skipped when the data set is absent (e.g. a fresh clone without it).
import { dataSet } from "../../src/eval/data-dir.ts";

export function needData(name: string): { dir: string; missing: boolean; why: string } {
  const { dir, missing } = dataSet(name);
  if (missing) console.warn(`skipped: ${missing}`);
  return { dir, missing: !!missing, why: missing ? ` (skipped: ${missing})` : "" };
}
