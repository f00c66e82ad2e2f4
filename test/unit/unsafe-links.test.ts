// A source link that is not an http(s) address never reaches a reply: Discord rejects a whole
// message whose link button holds `javascript:…`.
import { describe, expect, it } from "vitest";
import { buildArticle } from "../../src/corpus/article.ts";
import { parseSources } from "../../src/corpus/metadata.ts";
import { checkIngest } from "../../src/lifecycle/ingest.ts";
import { corpusOf } from "../helpers/corpus.ts";

const body = "The harbour bridge reopened on Monday after repairs, the council said.\n";

describe("source links", () => {
  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,hi",
    "https://",
    "http://exa mple.org/x",
    `https://example.org/${"a".repeat(600)}`,
  ])("front matter url %s is dropped", (url) => {
    const r = buildArticle("a.md", `---\nurl: ${url}\noutlet: Harbour News\n---\n${body}`);
    expect(r.ok && r.article.meta.url).toBeNull();
    expect(r.ok && r.article.meta.outlet).toBe("Harbour News");
  });

  it("keeps a real http(s) url, from front matter and sources.json", () => {
    const r = buildArticle("a.md", `---\nurl: https://example.org/bridge\n---\n${body}`);
    expect(r.ok && r.article.meta.url).toBe("https://example.org/bridge");
    const t = parseSources(
      JSON.stringify({ "a.md": { url: "javascript:alert(1)" }, "b.md": { url: "https://x.org/b" } }),
    );
    expect(t.ok && t.table.get("a.md")?.url).toBeNull();
    expect(t.ok && t.table.get("b.md")?.url).toBe("https://x.org/b");
  });

  it("an upload whose front matter opens with `--- ` (trailing space) keeps none of it", () => {
    const upload = `--- \nurl: javascript:alert(1)\n---\n${body}`;
    const r = checkIngest(corpusOf({}), {
      fileName: "bridge.md",
      bytes: Buffer.from(upload),
      outlet: "Harbour News",
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.content).not.toMatch(/javascript/);
    const built = buildArticle(r.relPath, r.content);
    expect(built.ok && built.article.meta).toMatchObject({ outlet: "Harbour News", url: null });
  });

  it("an upload's url option must be http(s)", () => {
    const r = checkIngest(corpusOf({}), {
      fileName: "b.md",
      bytes: Buffer.from(body),
      url: "javascript:alert(1)",
    });
    expect(r.ok ? "ok" : r.error).toMatch(/http/);
  });
});
