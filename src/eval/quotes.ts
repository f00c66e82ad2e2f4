// Scores the quote extractor against a hand-labelled set (test/fixtures/labels/bbc-quotes.jsonl):
// precision of speakers given, recall of labelled quotations (found by span overlap and
// attributed to the right speaker), and how many pronoun speakers end up as a name.

import type { QuoteFound } from "../analysis/quotes.ts";

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

const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

const DET = new Set(["a", "an", "the", "its", "his", "her", "their"]);
const SPOKES = /spokes(?:man|woman|person|people)/;

/** Is `got` the labelled speaker? Equal names, or a name holding the label's first and last name. */
export function sameSpeaker(label: LabelRow, got: QuoteFound): boolean {
  const name = got.speakerName;
  if (label.speaker === null) return name === null;
  if (name === null) return false;
  const l = fold(label.speaker);
  const g = fold(name);
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

export function scoreQuotes(labels: LabelRow[], found: Map<string, QuoteFound[]>): QuoteScores {
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
    const ok = sameSpeaker(l, best);
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
      if (l && sameSpeaker(l, q)) givenRight++;
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
