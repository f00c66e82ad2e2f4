// The thread that talks to Discord, when answers come from the coverage thread (the default), must
// not load the answers' code: evaluating it blocked that thread's event loop for ~200 ms at
// start-up. esbuild's metafile gives what loading a module can evaluate: everything for the
// coverage thread's proxy (core-thread.ts), static imports for the faces (their dynamic import of
// the in-thread router runs only when no coverage thread's router is given).
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const FACES = ["src/discord/gateway.ts", "src/discord/interactions.ts", "src/discord/core-thread.ts"];

/** Every source file that loading `entry` may evaluate (`dynamic`: its dynamic imports too). */
function closure(
  outputs: Record<
    string,
    { entryPoint?: string; inputs: Record<string, unknown>; imports: { path: string; kind: string }[] }
  >,
  entry: string,
  dynamic: boolean,
): string[] {
  const start = Object.keys(outputs).find((o) => outputs[o]?.entryPoint === entry);
  const seen = new Set<string>(start ? [start] : []);
  for (const out of seen) {
    for (const i of outputs[out]?.imports ?? [])
      if ((dynamic || i.kind === "import-statement") && outputs[i.path]) seen.add(i.path);
  }
  return [...seen].flatMap((o) => Object.keys(outputs[o]?.inputs ?? {}));
}

describe("the Discord thread's code", () => {
  it("loads no answer, renderer of answers or command registry with the faces", async () => {
    const { metafile } = await build({
      entryPoints: FACES,
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      packages: "external",
      write: false,
      metafile: true,
      outdir: "out",
      logLevel: "silent",
    });
    for (const face of FACES) {
      const files = closure(metafile.outputs, face, face.endsWith("core-thread.ts"));
      expect(files).toContain(face);
      expect(
        files.filter((f) =>
          /^src\/answers\/(?!choice-limits)|^src\/analysis\/|^src\/discord\/router\.ts$|^src\/render\/discord\.ts$/.test(
            f,
          ),
        ),
      ).toEqual([]);
    }
  });
});
