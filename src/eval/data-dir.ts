// Where the shared data sets live (read-only, never in the repo): $SHARED_DATA when set; else
// `shared/data` beside the clone (CI copies `shared/` next to a fresh clone); else the
// workstation's /work/shared/data. Tests and eval scripts ask here instead of hard-coding a path.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The candidate folders, in the order they are tried. */
export function sharedDataCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.SHARED_DATA) return [path.resolve(env.SHARED_DATA)];
  return [path.resolve(REPO, "../shared/data"), "/work/shared/data"];
}

/** The shared data folder: the first candidate that exists, else the first one (for messages). */
export function sharedDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = sharedDataCandidates(env);
  return candidates.find((d) => existsSync(d)) ?? candidates[0]!;
}

/** One data set's folder (e.g. "bbc-news"), and why it cannot be used when it is absent. */
export function dataSet(
  name: string,
  env: NodeJS.ProcessEnv = process.env,
): { dir: string; missing: string | null } {
  const dir = path.join(sharedDataDir(env), name);
  if (existsSync(dir)) return { dir, missing: null };
  const tried = sharedDataCandidates(env).map((d) => path.join(d, name));
  return {
    dir,
    missing: `data set ${name} not found (tried ${tried.join(", ")}; set SHARED_DATA to its parent folder)`,
  };
}
