// Escape sequences inside an article (set the window title, clear the screen) never reach the
// terminal raw from the CLI or the console; the JSON output keeps the text exact.
import { afterEach, describe, expect, it } from "vitest";
import { answerLine } from "../../src/cli/console.ts";
import { runCli } from "../../src/cli/main.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { buildCoverage } from "../../src/coverage.ts";
import { tempCorpus } from "../helpers/corpus.ts";

let cleanup = () => {};
afterEach(() => cleanup());

const TITLE = "\u001b]0;owned\u0007";
const CLEAR = "\u001b[2J\u001b[H";
const article = `---\ntitle: 'Harbour ${TITLE}news'\noutlet: Harbour\u202e News\n---\nThe harbour bridge ${CLEAR}reopened on Monday after repairs, the council said.\n`;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

describe("terminal output", () => {
  it("the CLI prints no control characters from an article, in answers and source lists", async () => {
    const t = tempCorpus({ "a.md": article });
    cleanup = t.cleanup;
    const env = { CORPUS_DIR: t.dir, CACHE_DIR: `${t.dir}/.cache`, LOG_LEVEL: "silent" };
    const ask = await runCli(["ask", "harbour council repairs"], env);
    expect(ask.stdout).toMatch(/council said/);
    expect(ask.stdout).not.toMatch(CONTROL);
    const sources = await runCli(["sources"], env);
    expect(sources.stdout).toMatch(/1 article/);
    expect(sources.stdout).toMatch(/Harbour/);
    expect(sources.stdout).not.toMatch(CONTROL);
    const json = JSON.parse((await runCli(["ask", "harbour council repairs", "--json"], env)).stdout);
    expect(json.results[0].text).toContain(CLEAR);
  });

  it("the console prints none either", async () => {
    const t = tempCorpus({ "a.md": article });
    cleanup = t.cleanup;
    const coverage = buildCoverage(await loadCorpus(t.dir));
    const out = answerLine(coverage, "harbour council repairs", false);
    expect(out).toMatch(/council said/);
    expect(out).not.toMatch(CONTROL);
  });
});
