import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { answerLine } from "../../src/cli/console.ts";
import { runCli } from "../../src/cli/main.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { buildCoverage } from "../../src/coverage.ts";

const env = { CORPUS_DIR: "seeds", LOG_LEVEL: "silent" };

describe("CLI", () => {
  it("sources --json lists every article with its url", async () => {
    const { stdout, code } = await runCli(["sources", "--json"], env);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.sources).toHaveLength(5);
    for (const s of json.sources) expect(s.url).toMatch(/^https?:\/\//);
  });

  it("ask --json prints only JSON, with the contract's fields", async () => {
    const { stdout } = await runCli(["ask", "32", "governors", "--json", "--limit", "2"], env);
    const json = JSON.parse(stdout);
    expect(json.query).toBe("32 governors");
    expect(json.results.length).toBeLessThanOrEqual(2);
    expect(Object.keys(json.results[0])).toEqual(
      expect.arrayContaining([
        "docId",
        "passageId",
        "text",
        "score",
        "outlet",
        "url",
        "published",
        "start",
        "end",
      ]),
    );
  });

  it("usage errors exit 2 with a sentence, never a stack trace", async () => {
    for (const argv of [
      ["frobnicate", "--json"],
      ["ask", "--json"],
      ["ask", "x", "--json", "--corpus", "/no/such/dir"],
    ]) {
      const { stdout, code } = await runCli(argv, env);
      expect(code).toBe(2);
      const { error } = JSON.parse(stdout);
      expect(error).toMatch(/^[A-Z].+[.)]$/);
      expect(stdout).not.toMatch(/at .*\.ts:\d+/);
    }
  });

  it("batch answers each line in order; a bad line's answer is its error", async () => {
    const file = path.join(tmpdir(), `batch-${process.pid}.jsonl`);
    writeFileSync(
      file,
      [
        JSON.stringify({ command: "ask", query: "32 governors" }),
        "{broken",
        JSON.stringify({ command: "nope", query: "x" }),
        JSON.stringify({ command: "sources" }),
      ].join("\n"),
    );
    const { stdout, code } = await runCli(["batch", file], env);
    expect(code).toBe(0);
    const lines = stdout.split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].results[0].text).toContain("32 governors");
    expect(lines[1].error).toMatch(/not valid JSON/);
    expect(lines[2].error).toMatch(/no \/nope command/);
    expect(lines[3].sources).toHaveLength(5);
  });

  it("names a bad configuration variable", async () => {
    const { stdout, code } = await runCli(["sources", "--json"], { ...env, DISCORD_GUILD_ID: "abc" });
    expect(code).toBe(2);
    expect(JSON.parse(stdout).error).toMatch(/DISCORD_GUILD_ID/);
  });
});

describe("console", () => {
  it("answers slash commands and bare questions like Discord does, and quits", async () => {
    const coverage = buildCoverage(await loadCorpus("seeds"));
    expect(answerLine(coverage, "/sources")).toContain("5 articles in the coverage");
    expect(answerLine(coverage, "how many governors attend the security forum")).toContain("32 governors");
    expect(answerLine(coverage, "/ask")).toMatch(/Please give a question/);
    expect(answerLine(coverage, "/bogus")).toMatch(/no \/bogus command/);
    expect(answerLine(coverage, "/help")).toContain("/ask <question>");
    expect(answerLine(coverage, "/quit")).toBeNull();
  });
});
