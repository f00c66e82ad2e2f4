import { afterEach, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.ts";
import { tempCorpus } from "../helpers/corpus.ts";

const good =
  "The river flooded three villages on Sunday, officials said.\nRescue teams reached them by boat.\n";
let cleanup = () => {};
afterEach(() => cleanup());

describe("loading a corpus folder", () => {
  it("skips bad files with one clear reason each and serves the rest", async () => {
    const t = tempCorpus({
      "good.txt": good,
      "sub/also-good.md":
        "---\noutlet: Valley Post\nurl: https://example.org/flood\npublished: 2031-04-06\n---\nThe dam held overnight, engineers said.\n",
      "empty.txt": "",
      "binary.txt": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]),
      "latin1.txt": new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x2e]),
      "badfront.md": "---\ntitle: [unclosed\n---\nBody text here.\n",
      "noclose.md": "---\ntitle: A title\nBody without a closing line.\n",
      "notes.json": "{}",
      "README.md": "# notes about this folder\n",
    });
    cleanup = t.cleanup;
    const c = await loadCorpus(t.dir);
    expect(c.articles.map((a) => a.docId).sort()).toEqual(["good", "sub/also-good"]);
    const reasons = Object.fromEntries(c.warnings.map((w) => [w.file, w.reason]));
    expect(reasons["empty.txt"]).toMatch(/empty/);
    expect(reasons["binary.txt"]).toMatch(/binary/);
    expect(reasons["latin1.txt"]).toMatch(/UTF-8/);
    expect(reasons["badfront.md"]).toMatch(/front matter/);
    expect(reasons["noclose.md"]).toMatch(/closing/);
    expect(c.warnings).toHaveLength(5);
  });

  it("reads files ahead but builds and reports the articles in file order, a bad one among them", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 20; i++)
      files[`day-${String(i).padStart(2, "0")}.txt`] =
        i === 7 ? "" : `The ferry left harbour ${i} at dawn, the port authority said.\n`;
    const t = tempCorpus(files);
    cleanup = t.cleanup;
    const seen: string[] = [];
    const c = await loadCorpus(t.dir, { onArticle: (a) => seen.push(a.docId) });
    const expected = Object.keys(files)
      .map((f) => f.replace(/\.txt$/, ""))
      .filter((d) => d !== "day-07");
    expect(seen).toEqual(expected);
    expect(c.articles.map((a) => a.docId)).toEqual(expected);
    expect(c.warnings.map((w) => w.file)).toEqual(["day-07.txt"]);
  });

  it("reads metadata from front matter, and offsets still point into the original file", async () => {
    const t = tempCorpus({
      "a.md":
        '---\noutlet: Valley Post\ntitle: "Dam holds"\nurl: https://example.org/dam\npublished: 2031-04-06\n---\nThe dam held overnight, engineers said.\n',
    });
    cleanup = t.cleanup;
    const [a] = (await loadCorpus(t.dir)).articles;
    expect(a!.meta).toMatchObject({
      outlet: "Valley Post",
      title: "Dam holds",
      url: "https://example.org/dam",
      published: "2031-04-06",
    });
    const p = a!.passages[0]!;
    expect(a!.text.slice(p.start, p.end)).toBe("The dam held overnight, engineers said.");
    expect(p.start).toBeGreaterThan(50);
  });

  it("survives a malformed sources.json: articles served with unknown metadata", async () => {
    const t = tempCorpus({ "sources.json": "{ not json", "a.txt": good });
    cleanup = t.cleanup;
    const c = await loadCorpus(t.dir);
    expect(c.articles).toHaveLength(1);
    expect(c.articles[0]!.meta.outlet).toBeNull();
    expect(c.articles[0]!.displayTitle).toMatch(/^The river flooded/);
    expect(c.warnings[0]).toMatchObject({ file: "sources.json" });
    expect(c.warnings[0]!.reason).toMatch(/not valid JSON/);
  });

  it("uses sources.json entries and reports bad fields without dropping the article", async () => {
    const t = tempCorpus({
      "sources.json": JSON.stringify({ "a.txt": { outlet: "Daily", url: "ftp://x", published: "someday" } }),
      "a.txt": good,
    });
    cleanup = t.cleanup;
    const c = await loadCorpus(t.dir);
    expect(c.articles[0]!.meta).toMatchObject({ outlet: "Daily", url: null, published: null });
    expect(c.warnings.map((w) => w.reason).join(" ")).toMatch(/url.*http|published is not a date/);
  });

  it("names a missing corpus folder clearly", async () => {
    await expect(loadCorpus("/nonexistent/corpus")).rejects.toThrow(/corpus folder .* does not exist/);
  });
});
