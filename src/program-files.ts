// Where the program's own files are. Run from the TypeScript source (tsx: tests, benches,
// `npm run cli`), they are src/; run as `npm start` runs it, from the bundle that
// src/bundle/bundle.ts writes (one JavaScript file a thread: no TypeScript loader, nor its hooks
// thread, in each of the bot's threads), they are the bundle's folder, marked by bundle.json.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(import.meta.url);
/** Run from the TypeScript source, not from the bundle. */
export const fromSource = here.endsWith(".ts");

/** What the bundle records of the source it was built from. */
export interface BundleInfo {
  /** The source's code fingerprint (cache/snapshot.ts codeFingerprint): a bundle reads the
   *  snapshots its source wrote, and the other way round. */
  codeFingerprint: string;
}

export const BUNDLE_INFO = "bundle.json";

/** The bundle's folder: the nearest folder above this module holding bundle.json. */
function bundleRoot(): string {
  for (let dir = path.dirname(here), up = 0; up < 4; up++, dir = path.dirname(dir))
    if (existsSync(path.join(dir, BUNDLE_INFO))) return dir;
  throw new Error(`${here} runs outside the source and outside a bundle (no ${BUNDLE_INFO} above it)`);
}

const root = fromSource ? path.dirname(here) : bundleRoot();

/** A program file by its path under src/ ("lifecycle/build-worker.ts"); a module is its .js in
 *  the bundle, any other file (weights.bin) is copied there as it is. */
export function programFile(underSrc: string): string {
  return path.join(root, fromSource ? underSrc : underSrc.replace(/\.ts$/, ".js"));
}

/** The bundle's record, or null when run from the source. */
export function bundleInfo(): BundleInfo | null {
  if (fromSource) return null;
  return JSON.parse(readFileSync(path.join(root, BUNDLE_INFO), "utf8")) as BundleInfo;
}
