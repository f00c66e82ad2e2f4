// Quote extraction and attribution on articles written for these tests: every construction
// (split, colon, continuation, reported speech, pronouns, terms, unnamed sources, unbalanced
// marks), offsets that slice back exactly, the actor model as speaker resolver, cross-outlet merge.
import { describe, expect, it } from "vitest";
import { buildQuotes, extractQuotes, type QuoteFound, quoteKind } from "../../src/analysis/quotes/index.ts";
import { quotes, speakerChoices } from "../../src/answers/quotes.ts";
import { whosaid } from "../../src/answers/whosaid.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { buildCoverage } from "../../src/coverage.ts";
import { renderDiscord } from "../../src/render/discord.ts";
import { renderJson } from "../../src/render/json.ts";
import { limitViolations } from "../../src/render/limits.ts";
import { renderTerminal } from "../../src/render/terminal.ts";
import type { Actor, ActorModel, Article, Corpus, Mention } from "../../src/types.ts";
import { countWork } from "../helpers/work.ts";

function article(docId: string, body: string, meta = ""): Article {
  const text = `---\noutlet: ${meta || "Test Post"}\ntitle: ${docId}\nurl: https://example.org/${docId}\npublished: 2031-04-09\n---\n${body}`;
  const r = buildArticle(`${docId}.txt`, text);
  if (!r.ok) throw new Error(r.reason);
  return r.article;
}

const find = (qs: QuoteFound[], start: string) => {
  const q = qs.find((x) => x.text.startsWith(start));
  if (!q) throw new Error(`no quote starting ${start}: ${qs.map((x) => x.text).join(" | ")}`);
  return q;
};

function expectExactOffsets(a: Article, qs: QuoteFound[]) {
  for (const q of qs) {
    expect(a.text.slice(q.start, q.end)).toBe(q.text);
    // Reported speech is the article's own clause and may hold a quotation with its marks.
    if (q.kind !== "reported") expect(q.text).not.toMatch(/^["“”\s]|["“”\s]$/);
    const p = a.passages.find((x) => x.id === q.passageId)!;
    expect(p).toBeDefined();
  }
}

const DAM = article(
  "dam",
  [
    "Valley Dam held overnight after record rain, officials said.",
    "",
    "“The dam is safe and the spillway worked as designed,” said Regional Water Director Maria Gonzalez, who visited the site on Tuesday. “We will keep watching it around the clock.”",
    "",
    'Engineer Tom Baker called the repairs "solid, tested and overdue" at a news conference on Wednesday. He said: "Nobody should go near the spillway until Friday."',
    "",
    "Gonzalez said the county “is going to be ready for the next storm.” She said later that the old gates were “a disaster waiting to happen.”",
    "",
    "“There is no risk to the town,” a senior county official said, speaking on condition of anonymity.",
    "",
    "The Water Department said in a statement that repairs were finished. “The work will cost $4 million,” the department said.",
    "",
    "Critics of the plan have described the dam as a “white elephant” in local papers.",
    "",
    "“We built this dam to last a century. It will.",
    "",
    "“And it will protect the valley long after we are gone,” Baker added.",
    "",
    'Rescuers said the river was "calmer than expected. The crews went home at midnight.',
    "",
    "Mayor Ana Ruiz has branded the protesters 'troublemakers' and the so-called “flood tax” a fiction.",
  ].join("\n"),
);

describe("extractQuotes", () => {
  const qs = extractQuotes(DAM);

  it("slices every quotation exactly from the original file, without its marks", () => {
    expect(qs.length).toBeGreaterThanOrEqual(13);
    expectExactOffsets(DAM, qs);
  });

  it("attributes an inverted tag with a title, and the second part of a split quotation", () => {
    const a = find(qs, "The dam is safe");
    expect(a.speakerName).toBe("Maria Gonzalez");
    expect(a.speakerText).toContain("Maria Gonzalez");
    expect(a.cue).toBe("said");
    const b = find(qs, "We will keep watching");
    expect(b.speakerName).toBe("Maria Gonzalez");
    expect(a.kind).toBe("statement");
  });

  it("attributes a partial quotation and a colon-introduced one; terms are terms", () => {
    const t = find(qs, "solid, tested");
    expect(t.kind).toBe("term");
    expect(t.speakerName).toBe("Tom Baker");
    expect(t.cue).toBe("called");
    const c = find(qs, "Nobody should go near");
    expect(c.speakerName).toBe("Tom Baker"); // "He said:" → the engineer just named
    expect(c.speakerText).toBe("He");
  });

  it("reported speech belongs to the reporting verb's subject, not its object", () => {
    const r = find(qs, "is going to be ready");
    expect(r.speakerName).toBe("Maria Gonzalez");
    expect(r.kind).toBe("statement");
    const she = find(qs, "a disaster waiting");
    expect(she.speakerName).toBe("Maria Gonzalez"); // she → the most recent woman speaking
  });

  it("keeps an unnamed source as words, never as a named person", () => {
    const u = find(qs, "There is no risk");
    expect(u.speakerId).toBeNull();
    expect(u.speakerText).toBe("a senior county official");
    expect(u.speakerKind).toBe("unnamed");
  });

  it("resolves 'the department' to the organisation named before", () => {
    const d = find(qs, "The work will cost");
    expect(d.speakerName).toBe("Water Department");
    expect(d.speakerKind).toBe("organization");
  });

  it("attributes a label to whoever used it, and a bare scare quote to no one", () => {
    const w = find(qs, "white elephant");
    expect(w.kind).toBe("term");
    expect(w.speakerName).toBe("Critics of the plan"); // an unnamed group, kept as written
    expect(w.speakerId).toBeNull();
    const f = find(qs, "flood tax");
    expect(f.kind).toBe("term");
  });

  it("continues a quotation paragraph with no closing mark into the next one", () => {
    const first = find(qs, "We built this dam");
    const next = find(qs, "And it will protect");
    expect(next.speakerName).toBe("Tom Baker");
    expect(first.speakerName).toBe("Tom Baker");
  });

  it("survives an unbalanced mark without swallowing the rest of the article", () => {
    const u = find(qs, "calmer than expected");
    expect(u.speakerText).toBe("Rescuers");
    expect(u.end).toBeLessThanOrEqual(DAM.text.indexOf("Mayor Ana Ruiz"));
  });

  it("never guesses: no cue, no speaker", () => {
    const a = article("bare", 'The river was high. A sign read "Keep out" near the bridge.');
    const q = extractQuotes(a)[0]!;
    expect(q.text).toBe("Keep out");
    expect(q.speakerId).toBeNull();
    expect(q.speakerName).toBeNull();
  });

  it("handles straight marks, 'according to' and 'told'", () => {
    const a = article(
      "straight",
      [
        'The plan is "dead in the water," according to opposition leader Sam Price.',
        "",
        'Price told reporters: "We will vote against it every time."',
        "",
        '"It will pass," Prime Minister Lee Chan insisted on Monday.',
      ].join("\n"),
    );
    const q = extractQuotes(a);
    expectExactOffsets(a, q);
    expect(find(q, "dead in the water").speakerName).toBe("Sam Price");
    expect(find(q, "dead in the water").cue).toBe("according to");
    expect(find(q, "We will vote").speakerName).toBe("Sam Price");
    expect(find(q, "It will pass").speakerName).toBe("Lee Chan");
    expect(find(q, "It will pass").cue).toBe("insisted");
  });

  it("reads a closing tag only when punctuation sets it off, and no speaker in a passive tag", () => {
    const a = article(
      "tagpunct",
      [
        'Orla Venn said the harbour stayed "as busy" as it had been in 1990, when ferries such as the Gull described it.',
        "",
        'The mayor\'s remark that fishing was "over for good" has upset the town, it has been claimed.',
      ].join("\n"),
    );
    const q = extractQuotes(a);
    expect(find(q, "as busy").speakerName).toBe("Orla Venn");
    expect(find(q, "over for good").speakerName).toBeNull();
  });

  it("looks past a verb form used as a noun to the real cue", () => {
    const a = article(
      "nounverb",
      'Trade minister Piet Olander told the Harbour Gazette that direct state control of ports was "a mistake".',
    );
    expect(find(extractQuotes(a), "a mistake").speakerName).toBe("Piet Olander");
  });

  it("gives the speaker past an apposition with a relative clause, and to a name in apposition", () => {
    const a = article(
      "apposition",
      [
        'Nadia Ferro, the Eastvale MP, whose seat includes the old mill, has vowed to take the case "all the way to the top".',
        "",
        'Another councillor meanwhile, Lord Bramwell, said the sale would "shame the whole county".',
      ].join("\n"),
    );
    const q = extractQuotes(a);
    expect(find(q, "all the way").speakerName).toBe("Nadia Ferro");
    expect(find(q, "shame the whole").speakerName).toBe("Lord Bramwell");
  });

  it("takes a following sentence as a tag only when it is nothing but a tag", () => {
    const a = article(
      "tagsentence",
      [
        '"He loved the sea and everyone on it," Mr Darrow said. "He was kind to all." Quill\'s son Ben said his father would be missed.',
      ].join("\n"),
    );
    const q = extractQuotes(a);
    expect(find(q, "He was kind").speakerName).toBe("Darrow");
    expect(find(q, "He was kind").via).toBe("context");
  });

  it("gives a bare quoted sentence to the speaker of the sentence before, not an older quotation's", () => {
    const a = article(
      "latest",
      [
        'Council leader Rhona Pike opened the meeting. "The budget is tight," Ms Pike said. Finance chief Omar Sadiq said the reserves were nearly gone. "We have six months of cash left."',
      ].join("\n"),
    );
    const q = extractQuotes(a);
    expect(find(q, "The budget is tight").speakerName).toBe("Rhona Pike");
    expect(find(q, "We have six months").speakerName).toBe("Omar Sadiq");
  });

  it("takes a passive agent as the speaker only when it can speak", () => {
    const a = article(
      "agent",
      [
        'The deal was "roundly condemned" by the Port Authority.',
        "",
        'Writer Lena Holt said she thought the main issue had been "buried" by the row.',
      ].join("\n"),
    );
    const q = extractQuotes(a);
    expect(find(q, "roundly condemned").speakerName).toBe("Port Authority");
    expect(find(q, "buried").speakerName).toContain("Lena Holt");
  });
});

describe("quoteKind", () => {
  it("tells statements from terms by length, sentence-ness and construction", () => {
    expect(quoteKind("kinetic strike", "video of the ")).toBe("term");
    expect(quoteKind("narco-terrorist", "has designated as ")).toBe("term");
    expect(quoteKind("high-level", "a ")).toBe("term");
    expect(quoteKind("seems straightforward", "said the question ")).toBe("statement");
    expect(quoteKind("We will keep watching it around the clock.", "")).toBe("statement");
    expect(quoteKind("a very bad actor,", "referred to Venezuela as ")).toBe("term");
  });
});

// ------------------------------------------------------------------ the actor model as resolver

function modelOf(actors: Actor[], mentions: Mention[]): ActorModel {
  const byId = new Map(actors.map((a) => [a.id, a]));
  return {
    actors,
    byId,
    resolve: (name) =>
      actors.find((a) => a.aliases.some((x) => x.text.toLowerCase() === name.toLowerCase())) ?? null,
    mentionsIn: (docId) => mentions.filter((m) => m.docId === docId),
    mentionAt: (docId, s, e) =>
      mentions
        .filter((m) => m.docId === docId && m.start <= s && e <= m.end)
        .sort((a, b) => b.end - b.start - (a.end - a.start))[0] ?? null,
  };
}

const actor = (id: string, name: string, aliases: string[], kind: Actor["kind"] = "person"): Actor => ({
  id,
  name,
  kind,
  aliases: aliases.map((text) => ({ text, docIds: [] })),
  descriptions: [],
  documents: [],
  mentions: 0,
});

describe("speakers through the ActorModel", () => {
  it("uses the model's mention under the speaker words, pronouns included", () => {
    const a = article("model", "Ms Ruiz spoke first. “We are ready,” she said. “All of us.”");
    const she = a.text.indexOf("she said");
    const model = modelOf(
      [actor("person:ana-ruiz", "Ana Ruiz", ["Ana Ruiz", "Ruiz"])],
      [{ actorId: "person:ana-ruiz", docId: "model", start: she, end: she + 3, text: "she", via: "pronoun" }],
    );
    const qs = extractQuotes(a, model);
    expect(qs.map((q) => q.speakerId)).toEqual(["person:ana-ruiz", "person:ana-ruiz"]);
    expect(qs[0]!.speakerName).toBe("Ana Ruiz");
  });

  it("falls back to resolve() on the name, and never gives an unnamed source an id", () => {
    const a = article("model2", "“Go,” Ruiz said. “Stop,” an aide to Ruiz said.");
    const model = modelOf([actor("person:ana-ruiz", "Ana Ruiz", ["Ruiz"])], []);
    const qs = extractQuotes(a, model);
    expect(qs[0]!.speakerId).toBe("person:ana-ruiz");
    expect(qs[1]!.speakerId).toBeNull();
    expect(qs[1]!.speakerText).toBe("an aide to Ruiz");
    expect(qs[1]!.speakerKind).toBe("unnamed");
  });
});

// ------------------------------------------------------------------ answers over a corpus

function coverageOf(articles: Article[]) {
  const corpus: Corpus = { dir: "test", articles, warnings: [] };
  return buildCoverage(corpus);
}

const A1 = article(
  "wire-a",
  [
    "Foreign Minister Elena Park met her counterpart on Wednesday.",
    "",
    "“The goal is to work together to dismantle organized crime through reinforced cooperation among our institutions,” Park said at a news conference on Wednesday.",
    "",
    "“This is a historic day for both nations,” Park added.",
  ].join("\n"),
  "Wire A",
);
const A2 = article(
  "wire-b",
  [
    "The Interior Ministry issued a statement after the meeting.",
    "",
    "Both countries agreed “to work together to dismantle organized crime through enhanced cooperation between our agencies,” the ministry said.",
    "",
    "“This is a historic day for both nations,” Foreign Minister Elena Park said.",
  ].join("\n"),
  "Wire B",
);

describe("/whosaid and /quotes", () => {
  const cov = coverageOf([A1, A2]);

  it("merges one quotation carried by two outlets, keeping differing attributions", () => {
    const a = whosaid(cov, "to work together to dismantle organized crime");
    if ("error" in a) throw new Error(a.error);
    const m = a.matches[0]!;
    expect(m.sources.map((s) => s.docId).sort()).toEqual(["wire-a", "wire-b"]);
    expect(m.attributions).toHaveLength(2);
    expect(m.attributions.find((x) => x.docIds.includes("wire-b"))!.speaker).toBe("Interior Ministry");
    expect(m.when?.text).toMatch(/Wednesday/);
    expect(m.occasion).toMatch(/news conference/);
    for (const s of m.sources) {
      const art = cov.articles.get(s.docId)!;
      expect(art.text.slice(s.start, s.end).length).toBeGreaterThan(20);
    }
  });

  it("matches approximately but never an unrelated sentence", () => {
    const a = whosaid(cov, "historic day for both nations");
    if ("error" in a) throw new Error(a.error);
    expect(a.matches[0]!.speaker).toBe("Elena Park");
    expect(a.matches[0]!.sources).toHaveLength(2);
    const none = whosaid(cov, "the cartels are running the moon");
    if ("error" in none) throw new Error(none.error);
    expect(none.matches).toEqual([]);
    expect(JSON.parse(renderJson(none))).toEqual({ query: "the cartels are running the moon", matches: [] });
  });

  it("lists an actor's quotations by page, with autocomplete by quote count", () => {
    const a = quotes(cov, "Park", 1);
    if ("error" in a) throw new Error(a.error);
    expect(a.speaker).toBe("Elena Park");
    expect(a.page).toBe(1);
    expect(a.pages).toBe(1);
    expect(a.items.length).toBe(2);
    expect(a.quotes.every((q) => q.speaker === "Elena Park")).toBe(true);
    expect("error" in quotes(cov, "Park", 9)).toBe(true);
    expect("error" in quotes(cov, "Nobody Atall")).toBe(true);
    const all = quotes(cov, undefined);
    if ("error" in all) throw new Error(all.error);
    expect(all.quotes.length).toBe(cov.quotes.length);
    const choices = speakerChoices(cov, "");
    expect(choices[0]!.name).toBe("Elena Park");
    expect(choices.length).toBeLessThanOrEqual(25);
  });

  it("renders within Discord's limits, escaped, with no pings", () => {
    const w = whosaid(cov, "historic day");
    const msg = renderDiscord(w);
    expect(limitViolations(msg)).toEqual([]);
    expect(msg.allowed_mentions).toEqual({ parse: [] });
    expect(msg.embeds[0]!.description).toContain("> “");
    expect(renderTerminal(w)).toContain("Elena Park");
    const q = renderDiscord(quotes(cov, "Elena Park"));
    expect(limitViolations(q)).toEqual([]);
    const evil = article(
      "evil",
      `“@everyone **look** <@123>,” said Bob Smith. ${"“Long words here.” Smith said. ".repeat(60)}`,
    );
    const c2 = coverageOf([evil]);
    const m = renderDiscord(quotes(c2, "Bob Smith"));
    expect(limitViolations(m)).toEqual([]);
    expect(JSON.stringify(m)).not.toMatch(/@everyone/);
  });
});

describe("work grows linearly with the article", () => {
  const para = "“We will build it,” Maria Gonzalez said. “And pay for it.” She added that it was “fine.”\n\n";
  const workFor = (paragraphs: number) => {
    const big = article("big", para.repeat(paragraphs));
    const { result, chars } = countWork(() => buildQuotes([big]));
    // three quotations and one reported clause ("She added that it was …") a paragraph
    expect(result.filter((q) => q.kind !== "reported").length).toBe(3 * paragraphs);
    expect(result.filter((q) => q.kind === "reported").length).toBe(paragraphs);
    return chars;
  };

  it("four times the paragraphs is about four times the text scanned, not sixteen", () => {
    // Characters scanned by matches, searches and copies (test/helpers/work.ts), not time.
    const ratio = workFor(400) / workFor(100);
    expect(ratio).toBeGreaterThan(3);
    expect(ratio).toBeLessThan(6);
  });

  it("the count sees a rescan of the text before each line (so the test above can fail)", () => {
    const rescan = (n: number) => {
      const text = "a line\n".repeat(n);
      return countWork(() => {
        let lines = 0;
        for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1))
          lines += /Maria/.test(text.slice(0, at)) ? 0 : 1;
        return lines;
      }).chars;
    };
    expect(rescan(400) / rescan(100)).toBeGreaterThan(12);
  });
});
