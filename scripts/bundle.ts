// The bundle `npm start` runs: each entry the bot starts (the process, its coverage thread, the
// builder and analysis threads) as one JavaScript module, with the code they share in chunks.
// From the TypeScript source, every thread registers tsx, whose module hooks run in a thread of
// their own and transform each of ~300 modules as it loads: at a million passages that cost the
// bot ~45 MB of RSS and over a second of start-up per thread (measured 2026-12-03).
// `npx tsx scripts/bundle.ts [OUT] [NAME=FILE…]` (default dist/; NAME=FILE: one more entry, as the
// bench adds its own child's).

import { cp, mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { codeFingerprint } from "../src/cache/snapshot.ts";
import { isMainModule } from "../src/main-module.ts";
import { BUNDLE_INFO, type BundleInfo } from "../src/program-files.ts";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const src = path.join(repo, "src");

/** Every module a thread or a process starts from, by its path under src/. */
const ENTRIES = [
  "main.ts",
  "sharded.ts",
  "cli/main.ts",
  "discord/deploy.ts",
  "discord/core-worker.ts",
  "lifecycle/build-worker.ts",
  "lifecycle/analysis-worker.ts",
];

/** Bundles into `outDir` (replaced whole once the new bundle is complete). `extra`: more entries,
 *  output name → source file (a bench's child). Packages stay in node_modules: `outDir` must be
 *  inside the repository for them to resolve. */
export async function bundleProgram(outDir: string, extra: Record<string, string> = {}): Promise<void> {
  const fresh = `${outDir}.new-${process.pid}`;
  await rm(fresh, { recursive: true, force: true });
  const entryPoints = [
    ...ENTRIES.map((e) => ({ in: path.join(src, e), out: e.replace(/\.ts$/, "") })),
    ...Object.entries(extra).map(([out, file]) => ({ in: path.resolve(file), out })),
  ];
  await build({
    entryPoints,
    outdir: fresh,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    chunkNames: "chunks/[name]-[hash]",
    // Step tables and logs name functions and classes: keep their names as the source has them.
    keepNames: true,
    sourcemap: "linked",
    logLevel: "warning",
  });
  await copyAssets(src, fresh);
  const info: BundleInfo = { codeFingerprint: await codeFingerprint() };
  await writeFile(path.join(fresh, BUNDLE_INFO), `${JSON.stringify(info)}\n`);
  const old = `${outDir}.old-${process.pid}`;
  await rename(outDir, old).catch(() => {});
  await rename(fresh, outDir);
  await rm(old, { recursive: true, force: true });
}

/** The files the program reads beside its modules (the tagger's weights.bin), at the same paths. */
async function copyAssets(from: string, to: string): Promise<void> {
  for (const rel of await readdir(from, { recursive: true })) {
    if (rel.endsWith(".ts") || !(await stat(path.join(from, rel))).isFile()) continue;
    await mkdir(path.dirname(path.join(to, rel)), { recursive: true });
    await cp(path.join(from, rel), path.join(to, rel));
  }
}

// Run as a script (and not as a part of another bundle, the bench's, that imports it).
const self = fileURLToPath(import.meta.url);
if (self.endsWith(".ts") && isMainModule(import.meta.url)) {
  const [dir, ...more] = process.argv.slice(2);
  const out = path.resolve(dir ?? path.join(repo, "dist"));
  const extra = Object.fromEntries(more.map((m) => m.split("=", 2) as [string, string]));
  const t = performance.now();
  await bundleProgram(out, extra);
  console.error(
    `bundled ${path.relative(process.cwd(), out) || "."} in ${Math.round(performance.now() - t)} ms`,
  );
}
