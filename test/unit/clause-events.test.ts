// Events from clauses (issue #15): text written for these tests, three domains. 2031-02-05 is a
// Wednesday.

import { describe, expect, it } from "vitest";
import { actionsIn } from "../../src/analysis/events/actions.ts";
import { clauseKind } from "../../src/analysis/events/clause-kinds.ts";
import { buildEvents } from "../../src/analysis/events/index.ts";
import { switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { readText } from "../../src/text/tokens.ts";
import { eventWordsIn } from "../../src/text/views.ts";
import type { Article } from "../../src/types.ts";

function article(name: string, body: string, published = "2031-02-05"): Article {
  const r = buildArticle(name, body, { published, outlet: "Test Gazette" });
  if (!r.ok) throw new Error("article not built");
  return r.article;
}

const LOCAL = article(
  "local.txt",
  `Snow shuts schools across the valley

Heavy snow closed every school in Millbrook County on Tuesday, and the ferry to Gull Island stopped running.
Crews cleared the main roads by evening.
The town council will vote on the new parking plan on Thursday.
`,
);
const BUSINESS = article(
  "business.txt",
  `Brightwell profits

Brightwell Foods reported a 12% rise in yearly profit on Monday.
The bakery chain opened 40 new shops last year.
`,
);
const POLITICS = article(
  "politics.txt",
  `Senator's letter

Senator Mara Quill sent a letter to the ethics committee on Friday.
Her rivals were seizing on the letter within hours, and a party spokesman said it changed nothing.
`,
);

const wordsOf = (s: string) => {
  const layer = readText({
    text: s,
    paragraphs: [{ sentences: [{ start: 0, end: s.length }] }],
  } as unknown as Article);
  return eventWordsIn(layer, 0, s.length);
};

describe("actions of a clause", () => {
  it("finds past, future and ongoing actions, not adjectives in -ed after a determiner", () => {
    const ws = wordsOf("The injured driver fled, the mayor will resign and crews are clearing roads.");
    expect(actionsIn(ws).map((a) => ws[a.verb]!.text)).toEqual(["fled", "resign", "clearing"]);
  });
});

describe("the kind is a label read from the clause", () => {
  it("names votes, closures, storms, arrests and releases, and else 'other'", () => {
    expect(clauseKind("The council will vote on the plan")).toBe("vote");
    expect(clauseKind("Heavy snow closed every school")).toBe("storm");
    expect(clauseKind("The library closed its doors")).toBe("closure");
    expect(clauseKind("Police arrested two men")).toBe("arrest");
    expect(clauseKind("Brightwell Foods reported a rise in profit")).toBe("other");
  });
});

describe("events from clauses", () => {
  it("gives an unseen local article its weather closure and its scheduled council vote, dated", () => {
    const events = buildEvents([LOCAL]);
    const storm = events.find((e) => e.kind === "storm");
    const vote = events.find((e) => e.kind === "vote");
    expect(storm?.date).toBe("2031-02-04");
    expect(storm?.label).toMatch(/snow closed every school/i);
    expect(vote?.date).toBe("2031-02-06");
    expect(vote?.label).toMatch(/council will vote on the new parking plan/);
    expect(vote?.status).toBe("planned");
  });

  it("counts the next sentence going on about a happening as one of its sources", () => {
    const storm = buildEvents([LOCAL]).find((e) => e.kind === "storm")!;
    expect(storm.sources.map((s) => LOCAL.text.slice(s.start, s.end))).toEqual([
      expect.stringContaining("Heavy snow closed"),
      "Crews cleared the main roads by evening.",
    ]);
    const apart = buildEvents([LOCAL], null, switchOff("events.continuations"));
    expect(apart.find((e) => e.kind === "storm")!.sources).toHaveLength(1);
  });

  it("labels a business report as who did what, with its day", () => {
    const e = buildEvents([BUSINESS]).find((x) => x.date === "2031-02-03");
    expect(e?.label).toBe("Brightwell Foods reported a 12% rise in yearly profit");
  });

  it("labels a politician's letter, and a figurative 'seizing on' makes no seizure", () => {
    const events = buildEvents([POLITICS]);
    const letter = events.find((e) => e.date === "2031-01-31");
    expect(letter?.label).toBe("Senator Mara Quill sent a letter to the ethics committee");
    expect(events.some((e) => e.kind === "seizure")).toBe(false);
  });

  it("makes no event of a clause with neither day nor trigger standing alone", () => {
    const quiet = article("quiet.txt", "Quiet town\n\nThe gardeners planted roses along the river.\n");
    expect(buildEvents([quiet])).toEqual([]);
    expect(buildEvents([LOCAL], null, switchOff("events.clause-events"))).toEqual([]);
  });
});

describe("an announcement and what it announces", () => {
  it("are one event, dated by the announcement with the basis 'announced'", () => {
    const a = article(
      "port.txt",
      "Port seizure\n\nOn Monday, customs officials announced the seizure of 200 kilos of cocaine at the port of Eastham.\n",
    );
    const events = buildEvents([a]);
    expect(events.map((e) => [e.kind, e.date, e.dateBasis])).toEqual([
      ["seizure", "2031-02-03", "announced"],
    ]);
  });

  it("stay apart when the happening is not what was announced", () => {
    const a = article(
      "task.txt",
      "Task force\n\nThe mayor announced a new task force on Monday that will meet every month.\n",
    );
    expect(buildEvents([a]).some((e) => e.kind === "announcement")).toBe(true);
  });
});

describe("actions: do-support, present reporting, an opening participle", () => {
  it("takes 'did not comment' and a present reporting verb as actions", () => {
    const ws = wordsOf("The club did not publicly comment, and the Ledger says the deal is off.");
    expect(actionsIn(ws).map((x) => `${ws[x.from]!.text} ${ws[x.verb]!.text}`)).toEqual([
      "did comment",
      "says says",
    ]);
  });

  it("takes a sentence's opening participle as an action, not a capitalised name", () => {
    const ws = wordsOf("Rescued on Sunday by a lifeboat crew, two anglers were unhurt.");
    expect(actionsIn(ws).map((x) => ws[x.verb]!.text)).toEqual(["Rescued"]);
    const names = wordsOf("United Fund officials and the mayor in one photograph.");
    expect(actionsIn(names)).toEqual([]);
  });
});

describe("actions: a modal before its subject asks or denies", () => {
  it("takes no action from a question or a negative inversion, nor a pronoun for a verb", () => {
    const ws = wordsOf(
      "“Under no circumstance will we accept the tolls,” the mayor said, and asked: “Would they pay?”",
    );
    expect(actionsIn(ws).map((x) => ws[x.verb]!.text)).toEqual(["said", "asked"]);
    const plain = wordsOf("The council said it will accept the tolls and referred to it later.");
    expect(actionsIn(plain).map((x) => plain[x.verb]!.text)).toEqual(["said", "accept", "referred"]);
  });

  it("dates the saying, not a denied happening, by the day beside it", () => {
    const a = article(
      "denial.txt",
      `Tolls row\n\n“Under no circumstance will we accept tolls on the bridge,” the mayor said on Monday in her State of the Town address.\n`,
    );
    const labels = buildEvents([a]).map((e) => e.label);
    expect(labels.join(" | ")).not.toMatch(/accept/);
  });
});

describe("a day beside a verb of saying and the speech it was said in", () => {
  it("dates the speech, one event, not a second statement beside an undated speech", () => {
    for (const body of [
      "“The tolls must go,” the mayor said Monday in her State of the Town address.",
      "The mayor said Monday in her State of the Town address that the tolls must go.",
    ]) {
      const events = buildEvents([article("speech.txt", `Tolls row\n\n${body}\n`)]);
      expect(events.map((e) => `${e.kind} ${e.date}`)).toEqual(["speech 2031-02-03"]);
    }
  });
});

describe("a relative clause after a day", () => {
  it("leaves the day to the event before it ('a strike on Tuesday that officers said was storing …')", () => {
    const a = article(
      "raid.txt",
      "Harbour raid\n\nThe talks follow a drone strike on a warehouse in Millbrook on Tuesday that officers said was storing stolen boats.\n",
    );
    const events = buildEvents([a]).map((e) => `${e.kind} ${e.date}`);
    expect(events).toContain("strike 2031-02-04");
    expect(events.filter((e) => e.endsWith("2031-02-04"))).toHaveLength(1);
  });
});
