// Scores the quote extractor against a hand-labelled set (test/fixtures/labels/bbc-quotes.jsonl):
// precision of speakers given, recall of labelled quotations (found by span overlap and
// attributed to the right speaker), and how many pronoun speakers end up as a name. Direct and
// partial quotations only: reported speech (kind "reported") is excluded before scoring.

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PERSONAL_HONORIFICS } from "../analysis/lexicons/titles.ts";
import type { QuoteFound } from "../analysis/quotes/index.ts";
import type { StepSwitches } from "../analysis/steps.ts";
import { isMainModule } from "../main-module.ts";
import { foldWords } from "../text/fold.ts";
import type { ActorModel, Article } from "../types.ts";

export interface LabelRow {
  file: string;
  start: number;
  end: number;
  speaker: string | null;
  speakerType: "person" | "organization" | "unnamed" | null;
  via: string;
  kind: "statement" | "term";
  prefix: string;
}

export interface QuoteScores {
  labels: number;
  found: number;
  /** Labelled quotations overlapped by a found one. */
  spanRecall: number;
  /** Labelled quotations found and attributed right (null labels: no speaker given). */
  recall: number;
  /** Of found quotations given a speaker, the share whose speaker is right. */
  precision: number;
  /** Attributed labels (speaker not null) found with the right speaker. */
  speakerAccuracy: number;
  /** Labels with a pronoun at the attribution: given a name / given the right name. */
  pronounNamed: number;
  pronounRight: number;
  /** Kind (statement/term) agreement on matched quotations. */
  kindAgreement: number;
  misses: Array<{ file: string; label: string | null; got: string | null; text: string }>;
}

const DET = new Set(["a", "an", "the", "its", "his", "her", "their"]);
const SPOKES = /spokes(?:man|woman|person|people)/;

/**
 * Is `got` the labelled speaker? Equal names, or a name holding the label's first and last name;
 * or, for a named speaker of the label's kind, another name the article itself gives the actor we
 * chose (`names`: "Lord Goldsmith" for the actor named "Peter Goldsmith", "the Tories" for the
 * "Conservative Party"): the same actor under the article's other name is the right speaker.
 */
export function sameSpeaker(label: LabelRow, got: QuoteFound, names: readonly string[] = []): boolean {
  const name = got.speakerName;
  if (label.speaker === null) return name === null;
  if (name === null) return false;
  if (sameName(label, got, name)) return true;
  if (label.speakerType !== got.speakerKind || label.speakerType === "unnamed") return false;
  // "Prince Saud Al-Faisal" for our "Saud Al-Faisal", "Justice Eady" for "Eady": a style is no part
  // of the name (a style before one word leaves a given name or a surname: only that word alone is
  // the same person; "Prince Charles" is no Charles Kennedy)
  const styled = unstyled(label);
  if (styled !== label) {
    const rest = styled.speaker!;
    if (rest.includes(" ") ? sameName(styled, got, name) : foldWords(name) === foldWords(rest)) return true;
  }
  // "Lord Goldsmith" where the article calls our Peter Goldsmith "Goldsmith": a title is no name
  const [first, ...rest] = label.speaker.split(" ");
  const untitled =
    PERSONAL_HONORIFICS.has(first!) && rest.length ? { ...label, speaker: rest.join(" ") } : label;
  return names.some((n) => sameName(untitled, got, n));
}

/** Styles a label may put before a person's name ("Crown Prince", "Mr Justice"), beyond honorifics. */
const STYLES = new Set(["Prince", "Princess", "Crown", "King", "Queen", "Sheikh", "Justice"]);

/** The label with the styles before a person's name taken off ("Prince Saud Al-Faisal" → "Saud Al-Faisal"). */
function unstyled(label: LabelRow): LabelRow {
  if (label.speakerType !== "person") return label;
  const ws = label.speaker!.split(" ");
  let i = 0;
  while (i < ws.length - 1 && (PERSONAL_HONORIFICS.has(ws[i]!) || STYLES.has(ws[i]!))) i++;
  return i === 0 ? label : { ...label, speaker: ws.slice(i).join(" ") };
}

function sameName(label: LabelRow, got: QuoteFound, name: string): boolean {
  const l = foldWords(label.speaker!);
  const g = foldWords(name);
  // ("The Times" for our "Times": an organisation's article is no word of its name, but the rest
  // must then be all of it, "Financial Times" being another paper)
  const the = /^the /;
  if (label.speakerType === "organization" && (the.test(l) || the.test(g)))
    return l.replace(the, "") === g.replace(the, "");
  if (l === g) return true;
  if (label.speakerType === "unnamed" || got.speakerKind === "unnamed") {
    if (label.speakerType !== "unnamed" || got.speakerKind !== "unnamed") return false;
    if (SPOKES.test(l) && SPOKES.test(g)) return true;
    const lw = new Set(l.split(" ").filter((w) => !DET.has(w)));
    return g.split(" ").some((w) => !DET.has(w) && lw.has(w));
  }
  const lw = l.split(" ");
  const gw = new Set(g.split(" "));
  return gw.has(lw[lw.length - 1]!) && (lw.length === 1 || gw.has(lw[0]!));
}

/** Other names an article gives a found speaker's actor (none when the scorer is not told). */
export type SpeakerNames = (file: string, got: QuoteFound) => readonly string[];

export function scoreQuotes(
  labels: LabelRow[],
  found: Map<string, QuoteFound[]>,
  namesOf: SpeakerNames = () => [],
): QuoteScores {
  let spanHit = 0;
  let right = 0;
  let attributed = 0;
  let attributedRight = 0;
  let pronouns = 0;
  let pronounNamed = 0;
  let pronounRight = 0;
  let kindSame = 0;
  const misses: QuoteScores["misses"] = [];
  const matchedFound = new Map<QuoteFound, LabelRow>();
  for (const l of labels) {
    const quotes = found.get(l.file) ?? [];
    let best: QuoteFound | null = null;
    let bestOverlap = 0;
    for (const q of quotes) {
      const o = Math.min(q.end, l.end) - Math.max(q.start, l.start);
      if (o > bestOverlap) {
        bestOverlap = o;
        best = q;
      }
    }
    if (l.speaker !== null) attributed++;
    if (l.via === "pronoun") pronouns++;
    if (!best) {
      misses.push({ file: l.file, label: l.speaker, got: "(not found)", text: l.prefix });
      continue;
    }
    spanHit++;
    if (!matchedFound.has(best)) matchedFound.set(best, l);
    if (best.kind === l.kind) kindSame++;
    const ok = sameSpeaker(l, best, namesOf(l.file, best));
    if (ok) right++;
    else misses.push({ file: l.file, label: l.speaker, got: best.speakerName, text: l.prefix });
    if (l.speaker !== null && ok) attributedRight++;
    if (l.via === "pronoun") {
      if (best.speakerName && !/^(?:he|she|they|it|we|i)$/i.test(best.speakerName)) pronounNamed++;
      if (ok) pronounRight++;
    }
  }
  let given = 0;
  let givenRight = 0;
  let total = 0;
  for (const [file, quotes] of found) {
    if (!labels.some((l) => l.file === file)) continue;
    for (const q of quotes) {
      total++;
      if (q.speakerName === null) continue;
      given++;
      const l = matchedFound.get(q);
      if (l && sameSpeaker(l, q, namesOf(file, q))) givenRight++;
    }
  }
  const r = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 1000 : 0);
  return {
    labels: labels.length,
    found: total,
    spanRecall: r(spanHit, labels.length),
    recall: r(right, labels.length),
    precision: r(givenRight, given),
    speakerAccuracy: r(attributedRight, attributed),
    pronounNamed: r(pronounNamed, pronouns),
    pronounRight: r(pronounRight, pronouns),
    kindAgreement: r(kindSame, spanHit),
    misses,
  };
}

/**
 * The labelled files split into a TUNE half (errors may be read there) and a HELD-OUT half
 * (figures only): the sorted file list, alternating — 0th, 2nd, 4th … tune; 1st, 3rd … held out.
 */
export function splitLabelFiles(files: Iterable<string>): { tune: Set<string>; heldOut: Set<string> } {
  const sorted = [...new Set(files)].sort();
  return {
    tune: new Set(sorted.filter((_, i) => i % 2 === 0)),
    heldOut: new Set(sorted.filter((_, i) => i % 2 === 1)),
  };
}

/** Reads a label file (JSON lines). */
export function readQuoteLabels(file: string): LabelRow[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelRow);
}

export const BBC_QUOTE_LABELS = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../test/fixtures/labels/bbc-quotes.jsonl",
);

// `npx tsx src/eval/quotes.ts [LABELS] [--errors] [--time] [--ablate] [--corpus] [--names-as-written]`: figures on the
// tune half, the held-out half and all files (each article analysed alone, as in
// test/unit/quotes-bbc.test.ts; with `--corpus`, one actor model over the whole corpus, as the bot);
// `--errors` lists the misses (never on a *-test* label file: that set is for figures only);
// `--ablate` prints, for each half, the figures with every quote step on, then the change when each
// step is switched off;
// `--time` builds the actor model and every quotation of the whole BBC corpus and reports the time.
if (isMainModule(import.meta.url)) {
  const { buildArticle } = await import("../corpus/article.ts");
  const { buildActorModel } = await import("../analysis/actors/index.ts");
  const { extractQuotes, buildQuotes, QUOTE_STEPS } = await import("../analysis/quotes/index.ts");
  const { ablate, formatAblation } = await import("./ablation.ts");
  const { sharedDataDir } = await import("./data-dir.ts");
  const { corpusTexts, labelTexts } = await import("./label-texts.ts");
  const file = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? BBC_QUOTE_LABELS;
  const rows = readQuoteLabels(file);
  const texts = await labelTexts(
    sharedDataDir(),
    rows.map((r) => r.file),
  );
  const inputs = new Map<string, { article: Article; model: ActorModel }>();
  const build = (f: string, text: string) => {
    const built = buildArticle(f, text);
    if (!built.ok) throw new Error(`${f}: ${built.reason}`);
    return built.article;
  };
  if (process.argv.includes("--corpus")) {
    // The product's way: one actor model over the whole corpus the labelled articles come from.
    const all = [...(await corpusTexts(sharedDataDir(), texts.keys()))].map(
      ([f, text]) => [f, build(f, text)] as const,
    );
    const model = buildActorModel(all.map(([, a]) => a));
    for (const [f, article] of all) if (texts.has(f)) inputs.set(f, { article, model });
  } else
    for (const [f, text] of texts) {
      const article = build(f, text);
      inputs.set(f, { article, model: buildActorModel([article]) });
    }
  // The labels are direct and partial quotations only: reported speech (kind "reported") is left
  // out, so these figures measure direct attribution alone.
  const extractAll = (switches?: StepSwitches) =>
    new Map(
      [...inputs].map(([f, { article, model }]) => [
        f,
        extractQuotes(article, model, switches).filter((q) => q.kind !== "reported"),
      ]),
    );
  const found = extractAll();
  // The other names each article gives the speaker's actor; `--names-as-written` scores the
  // speaker's display name alone (the scorer before session 28).
  const namesOf: SpeakerNames = (f, q) => {
    const input = inputs.get(f);
    const actor =
      q.speakerId && !process.argv.includes("--names-as-written") ? input?.model.byId.get(q.speakerId) : null;
    return actor?.aliases.filter((a) => a.docIds.includes(input!.article.docId)).map((a) => a.text) ?? [];
  };
  const scoreOf = (files: Set<string>, quotes: Map<string, QuoteFound[]>) => {
    const { misses: _m, ...s } = scoreQuotes(
      rows.filter((r) => files.has(r.file)),
      new Map([...quotes].filter(([f]) => files.has(f))),
      namesOf,
    );
    return s;
  };
  const pick = (files: Set<string>) => scoreOf(files, found);
  const { tune, heldOut } = splitLabelFiles(rows.map((r) => r.file));
  const brief = (s: Omit<QuoteScores, "misses">) =>
    `speaker ${(s.speakerAccuracy * 100).toFixed(1)}  P ${(s.precision * 100).toFixed(1)}  R ${(s.recall * 100).toFixed(1)}  F1 ${((200 * s.precision * s.recall) / Math.max(1e-9, s.precision + s.recall)).toFixed(1)}  spanR ${s.spanRecall}  pronounRight ${s.pronounRight}  kind ${s.kindAgreement}  (${s.labels} labels)`;
  process.stdout.write(`tune:     ${brief(pick(tune))}\n`);
  process.stdout.write(`held-out: ${brief(pick(heldOut))}\n`);
  process.stdout.write(`all:      ${brief(pick(new Set(found.keys())))}\n`);
  // How far "all" can be trusted: articles resampled, since one article's misses hang together.
  const { articleInterval } = await import("./quote-interval.ts");
  const tallies = [...inputs.keys()].map((f) => {
    const labels = rows.filter((r) => r.file === f);
    const total = labels.filter((r) => r.speaker !== null).length;
    const s = scoreQuotes(labels, new Map([[f, found.get(f) ?? []]]), namesOf);
    return { right: Math.round(s.speakerAccuracy * total), total };
  });
  const ci = articleInterval(tallies);
  process.stdout.write(
    `interval: speaker ${ci.low}-${ci.high} (95%, resampling the ${tallies.length} articles)\n`,
  );
  if (process.argv.includes("--ablate")) {
    const figures = (s: Omit<QuoteScores, "misses">) => {
      const f1 = (2 * s.precision * s.recall) / Math.max(1e-9, s.precision + s.recall);
      const pct = (x: number) => Math.round(x * 1000) / 10;
      return { speaker: pct(s.speakerAccuracy), P: pct(s.precision), R: pct(s.recall), F1: pct(f1) };
    };
    // One extraction per switch setting, scored on both halves.
    const runs = new Map<string, Map<string, QuoteFound[]>>();
    const run = (switches: StepSwitches) => {
      const key = [...switches.off].join(",");
      if (!runs.has(key)) runs.set(key, extractAll(switches));
      return runs.get(key)!;
    };
    for (const [label, files] of [
      ["tune", tune],
      ["held-out", heldOut],
    ] as const) {
      const result = await ablate(QUOTE_STEPS, (switches) => figures(scoreOf(files, run(switches))));
      process.stdout.write(`\n${label}:\n${formatAblation(result)}\n`);
    }
  }
  if (process.argv.includes("--errors") && !/-test/.test(path.basename(file))) {
    const byFile = new Map<string, LabelRow[]>();
    for (const r of rows) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
    for (const [f, labels] of byFile) {
      const { misses } = scoreQuotes(labels, new Map([[f, found.get(f) ?? []]]), namesOf);
      for (const m of misses) {
        const r = labels.find((x) => x.prefix === m.text)!;
        const q = (found.get(f) ?? []).find((x) => Math.min(x.end, r.end) > Math.max(x.start, r.start));
        const text = texts.get(f)!;
        const ctx = text
          .slice(Math.max(0, r.start - 160), Math.min(text.length, r.end + 80))
          .replace(/\s+/g, " ");
        process.stdout.write(
          `${f} [${r.via}] label=${m.label} got=${m.got} (${q?.via ?? "-"} «${q?.speakerText ?? ""}»)\n    …${ctx}…\n`,
        );
      }
    }
  }
  if (process.argv.includes("--time")) {
    const { loadCorpus } = await import("../corpus/load.ts");
    const corpus = await loadCorpus(path.join(sharedDataDir(), "bbc-news"));
    for (const n of [corpus.articles.length >> 2, corpus.articles.length >> 1, corpus.articles.length]) {
      const part = corpus.articles.slice(0, n);
      const t0 = performance.now();
      const model = buildActorModel(part);
      const t1 = performance.now();
      const qs = buildQuotes(part, model);
      const t2 = performance.now();
      process.stdout.write(
        `${n} articles: actor model ${Math.round(t1 - t0)} ms, quotes ${Math.round(t2 - t1)} ms (${qs.length} quotations)\n`,
      );
    }
  }
}
