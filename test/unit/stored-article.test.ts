import { describe, expect, it } from "vitest";
import { storedArticle } from "../../src/cache/stored-article.ts";
import { buildArticle, plainArticle, plainPassage } from "../../src/corpus/article.ts";
import type { Article } from "../../src/types.ts";

const TEXT = [
  "Harbour plan approved",
  "",
  "The council approved the harbour plan on Monday. Work starts in May.",
  "",
  "Residents welcomed it. Some asked about parking. Others did not.",
].join("\n");

function built(): Article {
  const r = buildArticle("harbour.txt", TEXT);
  if (!r.ok) throw new Error(r.reason);
  return r.article;
}

/** The article as the snapshot keeps it: its offsets as runs of numbers. */
function stored(a: Article): Article {
  const paragraphs = a.paragraphs.flatMap((p) => [p.start, p.end, p.sentences.length]);
  const sentences = a.paragraphs.flatMap((p) => p.sentences.flatMap((s) => [s.start, s.end]));
  const { text, paragraphs: _p, passages: built, ...meta } = a;
  const passages = built.flatMap((q) => [q.paragraph, q.start, q.end]);
  // Another article's offsets first: an article reads its own stretch of the shared runs.
  const runs = {
    paragraphs: Uint32Array.from([0, 5, 1, ...paragraphs]),
    sentences: Uint32Array.from([0, 5, ...sentences]),
    passages: Uint32Array.from([0, 0, 5, ...passages]),
  };
  return storedArticle(meta, text, runs, {
    paragraph: 1,
    sentence: 1,
    count: a.paragraphs.length,
    passage: 1,
    passages: built.length,
  });
}

describe("an article read back from the snapshot", () => {
  it("gives the same paragraphs and sentences as the article it was stored from", () => {
    const a = built();
    const s = stored(a);
    expect(s.paragraphs).toEqual(a.paragraphs);
    expect(s.paragraphs[1]!.sentences.map((x) => TEXT.slice(x.start, x.end))).toEqual([
      "Residents welcomed it.",
      "Some asked about parking.",
      "Others did not.",
    ]);
    // Reading another article in between does not mix them up.
    expect(stored(a).paragraphs).toEqual(a.paragraphs);
    expect(s.paragraphs).toEqual(a.paragraphs);
    expect(s.passages.map(plainPassage)).toEqual(a.passages);
    expect(s.passages.map((q) => [q.id, q.docId, q.paragraph, q.start, q.end, q.text])).toEqual(
      a.passages.map((q) => [q.id, q.docId, q.paragraph, q.start, q.end, q.text]),
    );
    expect(s.passages[1]!.id).toBe("harbour:1");
  });

  it("keeps its paragraphs when copied to another thread, and its metadata line unchanged", () => {
    const a = built();
    const s = stored(a);
    expect(structuredClone(plainArticle(s))).toEqual(a);
    const { text: _t, paragraphs: _p, passages: _q, ...meta } = s;
    const { text: _t2, paragraphs: _p2, passages: _q2, ...metaBefore } = a;
    expect(JSON.stringify(meta)).toBe(JSON.stringify(metaBefore));
  });
});
