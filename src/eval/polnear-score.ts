// Scores found quotations against PolNeAR gold attributions. Pure: articles with their gold and
// the quotations a system found (ours, or the "X said" baseline) in, figures and an error table out.
//
// Direct quotations (gold Contents opening with a double quotation mark):
//   found       a found quotation overlaps the gold Content;
//   attributed  …and has a speaker;
//   named R     of gold direct quotations whose Source names someone (nameTokens), the share whose
//               best-overlapping found quotation has a speaker holding one of those name tokens;
//   named P     of found quotations with a speaker whose best-overlapping gold direct quotation has
//               a named Source, the share with the speaker right;
//   pronoun     gold Source a third-person pronoun (I/we/you are the writer's, left out): the speaker holds a name token of the antecedent (the nearest
//               earlier named gold Source: PolNeAR has no coreference links).
// Reported speech (Contents without an opening mark, Source naming someone): right when a found
// quotation covers ≥ 50% of the Content and its speaker is right (recall, as before: any found
// record counts, a direct quotation inside the Content too). Precision: of our kind "reported"
// records with a speaker whose best-overlapping gold attribution is reported speech with a named
// Source, the share with the speaker right; "strict" also counts as wrong every record that
// overlaps no gold attribution at all. The direct figures read only direct records (kind not
// "reported"), so adding reported speech cannot move them.

import type { GoldAttribution } from "./polnear-gold.ts";
import { foldWord, PRONOUN_SOURCES } from "./polnear-gold.ts";

/** What the scorer needs of a found quotation (a QuoteFound fits). */
export interface FoundQuote {
  start: number;
  end: number;
  speakerName: string | null;
  speakerKind?: "person" | "organization" | "unnamed" | null;
  /** How the speaker was found ("cue", or carried from context: "split", "continuation", "context"). */
  via?: string | null;
  /** "reported" for reported speech; direct quotations otherwise. */
  kind?: string;
}

export interface ScoredArticle {
  docId: string;
  text: string;
  gold: GoldAttribution[];
  found: FoundQuote[];
}

export interface DirectFigures {
  gold: number;
  found: number;
  attributed: number;
  namedGold: number;
  namedRight: number;
  /** Found quotations with a speaker matching a gold direct quotation with a named Source. */
  precisionBase: number;
  precisionRight: number;
  pronounGold: number;
  pronounWithAntecedent: number;
  pronounRight: number;
  /** Gold Source names no one and is no pronoun ("a senior aide"), or there is no Source. */
  unnamedGold: number;
  noSourceGold: number;
  /** Gold Source "I", "we", "you". */
  personalGold: number;
}

export interface ReportedFigures {
  /** Gold reported speech with a named Source. */
  gold: number;
  /** A found quotation covers ≥ 50% of the Content. */
  found: number;
  right: number;
  /** Our reported-speech records with a speaker, matched to gold reported speech with a named Source. */
  precisionBase: number;
  precisionRight: number;
  /** Our reported-speech records with a speaker that overlap no gold attribution. */
  unmatched: number;
  /** Of the right ones, found by a reported-speech record (not a direct quotation). */
  rightByReported: number;
}

export interface ErrorExample {
  docId: string;
  ours: string | null;
  gold: string | null;
  /** The gold Cue. */
  cue: string | null;
  context: string;
}

export interface ErrorClass {
  id: string;
  label: string;
  count: number;
  examples: ErrorExample[];
}

export interface SplitScores {
  direct: DirectFigures;
  reported: ReportedFigures;
  /** Every quotation found, and those with a speaker. */
  foundTotal: number;
  foundAttributed: number;
  errors: ErrorClass[];
  /** Gold cues of direct quotations found without a speaker, most frequent first. */
  noSpeakerCues: Array<[string, number]>;
  /** Gold pronoun Sources with an antecedent our speaker misses (kept only when examples > 0). */
  pronounMisses: ErrorExample[];
}

/** Error classes of gold direct quotations, in the order they are tested. */
export const ERROR_CLASSES: ReadonlyArray<[string, string]> = [
  ["not-found", "not found"],
  ["no-speaker", "found, no speaker"],
  ["cap-non-name", "wrong: our speaker is a capitalised non-name (sentence-initial word)"],
  ["our-pronoun", "wrong: our speaker is an unresolved pronoun"],
  ["role-vs-name", "wrong: our speaker is a role/description, gold names someone"],
  ["org-vs-person", "wrong: organisation vs person"],
  ["other-sentence", "wrong: speaker carried from another sentence"],
  ["pronoun-nearby", "unsure: gold pronoun, ours another name written just before it"],
  ["pronoun-other", "wrong: gold pronoun, ours a name not written just before it"],
  ["other-name", "wrong: another name at the cue"],
  ["anonymous", "gold source a description, we give a name (right if coreference holds)"],
  ["unnamed-ok", "(ok) gold source unnamed, ours unnamed too"],
  ["no-gold-source", "(n/a) gold has no source"],
  ["pronoun-no-antecedent", "(n/a) gold pronoun with no earlier named source"],
  ["personal", "(n/a) gold source is I/we/you"],
  ["right", "(ok) right speaker"],
];

const ORG_WORDS = new Set(
  `campaign committee party department house news times post journal network association council
  agency office administration court senate congress group institute foundation center centre
  university poll inc corp company commission bureau fbi cnn fox msnbc abc nbc cbs ap reuters pac
  union board organization coalition fund police state`.split(/\s+/),
);

const overlapOf = (frags: ReadonlyArray<[number, number]>, q: FoundQuote) =>
  frags.reduce((sum, [s, e]) => sum + Math.max(0, Math.min(e, q.end) - Math.max(s, q.start)), 0);

const wordsOf = (s: string) => s.split(/\s+/).map(foldWord).filter(Boolean);

/** Does the speaker hold one of the name tokens? */
export function speakerHolds(speaker: string | null, names: readonly string[]): boolean {
  if (!speaker || names.length === 0) return false;
  const ws = new Set(wordsOf(speaker));
  return names.some((n) => ws.has(n));
}

/** The found quotation overlapping the gold Content most, and by how much. */
function bestFound(
  g: GoldAttribution,
  found: readonly FoundQuote[],
): { q: FoundQuote; overlap: number } | null {
  let best: { q: FoundQuote; overlap: number } | null = null;
  for (const q of found) {
    if (q.end <= g.contentStart || q.start >= g.contentEnd) continue;
    const o = overlapOf(g.content, q);
    if (o > 0 && (!best || o > best.overlap)) best = { q, overlap: o };
  }
  return best;
}

/** The error class of one gold direct quotation, given its best found quotation. */
export function classify(
  g: GoldAttribution,
  q: FoundQuote | null,
  lowerWords: ReadonlySet<string>,
  text = "",
): string {
  if (!q) return "not-found";
  if (!g.source) return "no-gold-source";
  if (g.personal) return "personal";
  const names = g.pronoun ? g.antecedent : g.names;
  if (!names || names.length === 0) {
    if (g.pronoun) return "pronoun-no-antecedent";
    if (!q.speakerName) return "no-speaker";
    return q.speakerKind === "unnamed" ? "unnamed-ok" : "anonymous";
  }
  const sp = q.speakerName;
  if (!sp) return "no-speaker";
  if (speakerHolds(sp, names)) return "right";
  const ws = sp.split(/\s+/);
  // "Once", "During Tuesday": a short speaker opening with a word the texts also write in lower case.
  if (ws.length <= 2 && /^\p{Lu}/u.test(sp) && lowerWords.has(foldWord(ws[0]!))) return "cap-non-name";
  if (PRONOUN_SOURCES.has(foldWord(sp))) return "our-pronoun";
  if (q.speakerKind === "unnamed" || !/\p{Lu}/u.test(sp.replace(/^(?:The|A|An)\s/, "")))
    return "role-vs-name";
  const goldOrg = g.source && !g.pronoun && wordsOf(g.source.text).some((w) => ORG_WORDS.has(w));
  const oursOrg = q.speakerKind === "organization";
  if (goldOrg !== oursOrg) return "org-vs-person";
  if (q.via && q.via !== "cue") return "other-sentence";
  if (g.pronoun) return namedJustBefore(text, g.source.start, sp) ? "pronoun-nearby" : "pronoun-other";
  return "other-name";
}

/**
 * Is the speaker's last name written in the 300 characters before a pronoun? Then our choice may
 * well be right and the scorer's antecedent (nearest earlier named gold Source) wrong: PolNeAR has
 * no coreference links to tell.
 */
function namedJustBefore(text: string, at: number, speaker: string): boolean {
  const last = speaker.split(/\s+/).pop()!;
  if (!/^\p{Lu}/u.test(last)) return false;
  return text.slice(Math.max(0, at - 300), at).includes(last);
}

function contextOf(text: string, g: GoldAttribution): string {
  const from = Math.max(0, Math.min(g.contentStart, g.source?.start ?? g.contentStart) - 40);
  return text.slice(from, from + 200).replace(/\s+/g, " ");
}

function emptyDirect(): DirectFigures {
  return {
    gold: 0,
    found: 0,
    attributed: 0,
    namedGold: 0,
    namedRight: 0,
    precisionBase: 0,
    precisionRight: 0,
    pronounGold: 0,
    pronounWithAntecedent: 0,
    pronounRight: 0,
    unnamedGold: 0,
    noSourceGold: 0,
    personalGold: 0,
  };
}

/** Scores every article of a split. `examples`: how many examples to keep per error class. */
export function scoreSplit(
  articles: readonly ScoredArticle[],
  lowerWords: ReadonlySet<string>,
  examples = 0,
): SplitScores {
  const d = emptyDirect();
  const r: ReportedFigures = {
    gold: 0,
    found: 0,
    right: 0,
    precisionBase: 0,
    precisionRight: 0,
    unmatched: 0,
    rightByReported: 0,
  };
  const errors = new Map(
    ERROR_CLASSES.map(([id, label]): [string, ErrorClass] => [id, { id, label, count: 0, examples: [] }]),
  );
  const noSpeakerCues = new Map<string, number>();
  let foundTotal = 0;
  let foundAttributed = 0;
  for (const a of articles) {
    const directFound = a.found.filter((q) => q.kind !== "reported");
    foundTotal += directFound.length;
    foundAttributed += directFound.filter((q) => q.speakerName).length;
    scoreReportedPrecision(r, a);
    for (const g of a.gold) {
      const best = bestFound(g, g.direct ? directFound : a.found);
      if (g.direct) scoreDirect(d, g, best?.q ?? null);
      else if (g.names.length > 0) scoreReportedRecall(r, g, a.found);
      if (!g.direct) continue;
      const cls = errors.get(classify(g, best?.q ?? null, lowerWords, a.text))!;
      cls.count++;
      if (cls.id === "no-speaker") {
        const cue = (g.cue ?? "(none)").toLowerCase().replace(/\s+/g, " ");
        noSpeakerCues.set(cue, (noSpeakerCues.get(cue) ?? 0) + 1);
      }
      if (cls.examples.length < examples)
        cls.examples.push({
          docId: a.docId,
          ours: best?.q.speakerName ?? null,
          // A pronoun shows the scorer's antecedent too ("he → Ellis"), to judge the error by.
          gold:
            g.pronoun && g.antecedent
              ? `${g.source?.text} → ${g.antecedent.join(" ")}`
              : (g.source?.text ?? null),
          cue: g.cue,
          context: contextOf(a.text, g),
        });
    }
    // Precision: each found quotation with a speaker, against its best-overlapping gold direct quotation.
    const direct = a.gold.filter((g) => g.direct);
    for (const q of directFound) {
      if (!q.speakerName) continue;
      let best: GoldAttribution | null = null;
      let bestO = 0;
      for (const g of direct) {
        const o = overlapOf(g.content, q);
        if (o > bestO) {
          bestO = o;
          best = g;
        }
      }
      if (!best || best.names.length === 0 || best.pronoun) continue;
      d.precisionBase++;
      if (speakerHolds(q.speakerName, best.names)) d.precisionRight++;
    }
  }
  return {
    direct: d,
    reported: r,
    foundTotal,
    foundAttributed,
    errors: [...errors.values()],
    noSpeakerCues: [...noSpeakerCues].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    pronounMisses: examples > 0 ? pronounMissesOf(articles) : [],
  };
}

/** Every gold pronoun direct quotation with an antecedent our speaker misses. */
function pronounMissesOf(articles: readonly ScoredArticle[]): ErrorExample[] {
  const out: ErrorExample[] = [];
  for (const a of articles) {
    const direct = a.found.filter((q) => q.kind !== "reported");
    for (const g of a.gold) {
      if (!g.direct || !g.pronoun || !g.antecedent?.length) continue;
      const q = bestFound(g, direct)?.q ?? null;
      if (!speakerHolds(q?.speakerName ?? null, g.antecedent)) out.push(pronounMiss(a, g, q));
    }
  }
  return out;
}

/** A pronoun miss with 500 characters before the pronoun, to judge its antecedent by hand. */
function pronounMiss(a: ScoredArticle, g: GoldAttribution, q: FoundQuote | null): ErrorExample {
  const at = Math.min(g.contentStart, g.source!.start);
  const end = Math.max(g.contentEnd, g.source!.end);
  return {
    docId: a.docId,
    ours: q ? `${q.speakerName ?? "—"} (via ${q.via ?? "?"})` : "(not found)",
    gold: `${g.source!.text} → ${g.antecedent!.join(" ")}`,
    cue: g.cue,
    context:
      `${a.text.slice(Math.max(0, at - 500), at)}[[${a.text.slice(at, Math.min(end, at + 300))}]]`.replace(
        /\s+/g,
        " ",
      ),
  };
}

function scoreDirect(d: DirectFigures, g: GoldAttribution, q: FoundQuote | null): void {
  d.gold++;
  if (q) d.found++;
  if (q?.speakerName) d.attributed++;
  if (!g.source) d.noSourceGold++;
  else if (g.personal) d.personalGold++;
  else if (g.pronoun) {
    d.pronounGold++;
    if (g.antecedent?.length) {
      d.pronounWithAntecedent++;
      if (q && speakerHolds(q.speakerName, g.antecedent)) d.pronounRight++;
    }
  } else if (g.names.length > 0) {
    d.namedGold++;
    if (q && speakerHolds(q.speakerName, g.names)) d.namedRight++;
  } else d.unnamedGold++;
}

/** Recall of one gold reported attribution: the found record overlapping it most, if ≥ 50%. */
function scoreReportedRecall(r: ReportedFigures, g: GoldAttribution, found: readonly FoundQuote[]): void {
  r.gold++;
  const len = g.content.reduce((s, [x, y]) => s + y - x, 0);
  const best = bestFound(g, found);
  if (!best || best.overlap < len / 2) return;
  r.found++;
  if (!speakerHolds(best.q.speakerName, g.names)) return;
  r.right++;
  if (best.q.kind === "reported") r.rightByReported++;
}

/** Precision of our reported-speech records in one article. */
function scoreReportedPrecision(r: ReportedFigures, a: ScoredArticle): void {
  for (const q of a.found) {
    if (q.kind !== "reported" || !q.speakerName) continue;
    let best: GoldAttribution | null = null;
    let bestO = 0;
    for (const g of a.gold) {
      const o = overlapOf(g.content, q);
      if (o > bestO) {
        bestO = o;
        best = g;
      }
    }
    if (!best) {
      r.unmatched++;
      continue;
    }
    if (best.direct || best.names.length === 0) continue;
    r.precisionBase++;
    if (speakerHolds(q.speakerName, best.names)) r.precisionRight++;
  }
}
