// Events in the coverage: strikes, meetings, visits, agreements, announcements, busts, speeches,
// deployments, tariffs, handovers. Found sentence by sentence from trigger words (event-kinds.ts),
// each with a label in the article's own words, a day (from the sentence, from an earlier mention
// of the same event, from "one day after <another event>", or from the dated event just before it
// with the same people), figures, places and the actors named. Mentions of one event across
// sentences and outlets are grouped; disagreements on a day or a figure are kept with sources.
// Linear in the corpus: every step is per sentence, and grouping compares an event only with the
// few events of its kind already seen.

import { sourceRef } from "../answers/cite.ts";
import { termOf } from "../search/tokenize.ts";
import { labelSlug } from "../text/slug.ts";
import { type EventWord, eventWords } from "../text/views.ts";
import type { ActorModel, Article, CoverageEvent, EventConflict, Figure, SourceRef } from "../types.ts";
import { findTimeExpressions, type TimeExpression, tenseAt } from "./dates/index.ts";
import { type EventKind, KINDS, TRIGGER_WORDS, TRIGGERS, type TriggerRule } from "./event-kinds.ts";
import { type FigureMention, findFigures } from "./events/figures.ts";
import { findPlaces, type PlaceMention } from "./places.ts";

/** How an event's day was found. */
export type DateBasis = "sentence" | "coreference" | "relative" | "context";

/** Characters between a trigger and a figure of no fitting unit that still belongs to it. */
export const FIGURE_REACH = 60;

/** Sentences after a mention within which an event of the same kind is taken to be the same one. */
export const NEAR_SENTENCES = 2;

/** An actor in more than this many events weighs less as evidence that two mentions are one event. */
export const ACTOR_SPREAD = 4;

/** A key shared by more events than this (a common word) is too common to find merge candidates by. */
const MAX_POSTING = 200;

/** How far back (in sentences) an undated event may borrow the day of a dated one with the same actors. */
export const CONTEXT_WINDOW = 8;

interface Trigger {
  start: number;
  end: number;
  rule: TriggerRule;
}

/** One mention of an event in one sentence. */
interface Mention {
  kind: EventKind;
  article: Article;
  /** Sentence index within the article. */
  index: number;
  sStart: number;
  sEnd: number;
  sentence: string;
  passageId: string;
  triggers: Trigger[];
  main: Trigger;
  label: string;
  labelScore: number;
  anaphoric: boolean;
  future: boolean;
  time: TimeExpression | null;
  figures: FigureMention[];
  places: PlaceMention[];
  actorIds: string[];
}

interface DocCluster {
  kind: EventKind;
  docId: string;
  mentions: Mention[];
  date: string | null;
  dateText: string | null;
  basis: DateBasis | null;
  /** The mention whose sentence gave the day. */
  dateFrom: Mention | null;
}

interface Relation {
  left: Mention;
  right: Mention;
  /** right's day = left's day + days. */
  days: number;
  text: string;
}

// ---------------------------------------------------------------- words

const FUNCTION = new Set(
  "a an the this that these those his her its their our my your some any each every another no of in on at to for from with by and or but nor as into onto over under about against between among after before during since until while when where who whom whose which what than then so not is are was were be been being has have had will would could should can may might must do did does said says told say according it they he she we you i there here also just only even along across through around toward towards via amid despite without within".split(
    " ",
  ),
);
const DETERMINERS = /^(?:the|this|that|these|those|his|her|its|their|our)$/i;
const PREPOSITIONS =
  /^(?:in|on|at|with|between|of|against|to|into|over|for|from|by|near|off|among|across|outside|inside)$/i;
const CLAUSE_STOP =
  /^(?:that|which|who|whom|whose|where|when|while|as|because|but|although|though|if|unless|until|since|after|before|during|said|says|told|and|or)$/i;
const STOP_PUNCT = /^[,;:()—–!?.]$/;
const QUOTE = /^[“”"‘]$/;
const NAME_CONNECTOR = /^(?:of|the|and|de|la|del|du|von|van|for|on)$/;
const TIME_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow)(?:['’]s)?$/i;

// ---------------------------------------------------------------- triggers and labels

function triggersIn(sentence: string): Trigger[] {
  const out: Trigger[] = [];
  for (const rule of TRIGGERS) {
    if (rule.needs && !rule.needs.test(sentence)) continue;
    if (rule.unless?.test(sentence)) continue;
    rule.re.lastIndex = 0;
    for (const m of sentence.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (rule.reject?.(sentence.slice(0, start), sentence.slice(end))) continue;
      out.push({ start, end, rule });
    }
  }
  // One word may match two rules of a kind ("strikes", "airstrikes"): keep the first, longest.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((t, i) => !out.slice(0, i).some((o) => o.rule.kind === t.rule.kind && t.start < o.end));
}

interface Label {
  text: string;
  start: number;
  end: number;
  score: number;
  anaphoric: boolean;
}

/** The trigger with its modifiers and object, cut from the sentence: "U.S. military strike on a boat". */
function labelFor(sentence: string, words: EventWord[], t: Trigger, times: TimeExpression[]): Label {
  const i0 = words.findIndex((w) => w.end > t.start);
  let i1 = words.findIndex((w) => w.end >= t.end);
  if (i0 < 0 || i1 < 0)
    return { text: sentence.slice(t.start, t.end), start: t.start, end: t.end, score: 0, anaphoric: false };
  const inTime = (w: EventWord) => times.some((x) => w.start < x.end && x.start < w.end);
  // Left: modifiers of a noun ("U.S. military"), the subject of a verb ("federal authorities").
  let lo = i0;
  let taken = 0;
  for (let i = i0 - 1; i >= 0 && taken < 4; i--) {
    const w = words[i]!;
    if (QUOTE.test(w.text)) {
      lo = i;
      continue;
    }
    // "State of the Nation address": connectors inside a capitalised name do not stop it.
    let k = i - 1;
    while (k >= 0 && NAME_CONNECTOR.test(words[k]!.text)) k--;
    const next = words.slice(i + 1, i0 + 1).find((x) => !NAME_CONNECTOR.test(x.text));
    const inName =
      NAME_CONNECTOR.test(w.text) && /^[A-Z]/.test(next?.text ?? "") && /^[A-Z]/.test(words[k]?.text ?? "");
    if (inName) {
      lo = i;
      continue;
    }
    if (STOP_PUNCT.test(w.text) || FUNCTION.has(w.text.toLowerCase()) || TIME_WORD.test(w.text) || inTime(w))
      break;
    if (/^\d/.test(w.text) && t.rule.pos === "verb") break;
    lo = i;
    taken++;
  }
  while (
    lo < i0 &&
    QUOTE.test(words[lo]!.text) &&
    !words.slice(lo + 1, i1 + 1).some((w) => /[”"]/.test(w.text))
  )
    lo++;
  let b = lo - 1;
  while (b >= 0 && QUOTE.test(words[b]!.text)) b--;
  const before = words[b];
  const anaphoric =
    t.rule.pos === "noun" &&
    !/s$/i.test(sentence.slice(t.start, t.end).replace(/talks$/i, "talk")) &&
    before !== undefined &&
    (DETERMINERS.test(before.text) || /['’]s$/.test(before.text));
  // Right: the object. A noun takes a prepositional phrase ("strike in the Caribbean"); a verb
  // its object ("announced the formation of a “high-level” implementation group").
  const first = words.slice(i1 + 1).find((w) => !QUOTE.test(w.text));
  const reportingVerb = t.rule.kind === "announcement" && t.rule.pos === "verb";
  let right = 0;
  let thatOk = reportingVerb;
  const max = t.rule.pos === "noun" ? 7 : 9;
  const stops = [...sentence.matchAll(RELATION_RE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  if (t.rule.pos === "verb" || (first && PREPOSITIONS.test(first.text))) {
    // A capitalised name is finished even past the word budget ("the Tren de Aragua gang").
    const inName = (i: number) =>
      /^[A-Z]/.test(words[i]?.text ?? "") && /^[A-Z]/.test(words[i - 1]?.text ?? "");
    for (
      let i = i1 + 1;
      i < words.length &&
      (right < max ||
        inName(i) ||
        (NAME_CONNECTOR.test(words[i]!.text) && inName(i - 1) && /^[A-Z]/.test(words[i + 1]?.text ?? "")));
      i++
    ) {
      const w = words[i]!;
      if (QUOTE.test(w.text)) continue;
      if (STOP_PUNCT.test(w.text)) break;
      if (inTime(w)) {
        if (reportingVerb && right === 0) continue; // "announced Wednesday that …"
        break;
      }
      if (stops.some((x) => w.start >= x.start && w.start < x.end)) break;
      const prevCap = /^[A-Z]/.test(words[i - 1]?.text ?? "");
      if (NAME_CONNECTOR.test(w.text) && prevCap && /^[A-Z]/.test(words[i + 1]?.text ?? "")) {
        i1 = i;
        continue;
      }
      if (/^that$/i.test(w.text) && thatOk) {
        thatOk = false;
        right++;
        continue;
      }
      if (CLAUSE_STOP.test(w.text)) break;
      thatOk = false;
      i1 = i;
      right++;
    }
  }
  // Never end on a function word or an opening quote.
  while (i1 > i0 && (FUNCTION.has(words[i1]!.text.toLowerCase()) || QUOTE.test(words[i1]!.text))) i1--;
  const start = words[lo]!.start;
  let end = words[i1]!.end;
  // A closing quote right after the label belongs to it when the label opened one.
  const opened = (sentence.slice(start, end).match(/“/g) ?? []).length;
  const closed = (sentence.slice(start, end).match(/”/g) ?? []).length;
  if (opened > closed && sentence[end] === "”") end++;
  const text = balanceQuotes(sentence.slice(start, end)).replace(/\s+/g, " ").trim();
  const n = text.split(" ").length;
  let score = (t.rule.pos === "noun" ? 2 : 0) + (right > 0 ? 2 : 0) + (n >= 3 && n <= 11 ? 1 : 0);
  if (anaphoric) score -= 1;
  if (t.rule.weak) score -= 2;
  return { text, start, end, score, anaphoric };
}

function balanceQuotes(s: string): string {
  let out = s;
  const o = (out.match(/“/g) ?? []).length;
  const c = (out.match(/”/g) ?? []).length;
  if (o > c) out = out.replace(/“(?![^”]*”)/, "");
  else if (c > o) out = out.replace(/^([^“]*?)”/, "$1");
  const straight = (out.match(/"/g) ?? []).length;
  if (straight % 2 === 1) out = out.replace(/"/, "");
  return out;
}

const PAST_FORM = /^(?:\w+ed|met|sent|held|struck|seized|shot|fought|led|flew|signed)$/i;

/** A past-form verb trigger is past ("announced … a group that will meet"); otherwise the clause decides. */
function isFuture(sentence: string, t: Trigger): boolean {
  const word = sentence.slice(t.start, t.end).split(/\s+/)[0]!;
  const before = sentence.slice(Math.max(0, t.start - 30), t.start);
  if (
    t.rule.pos === "verb" &&
    PAST_FORM.test(word) &&
    !/\b(?:will|would|to|shall)\s+(?:be\s+|have\s+)?$/i.test(before)
  )
    return false;
  return tenseAt(sentence, t.start, t.end) === "future";
}

// ---------------------------------------------------------------- assignment within a sentence

const CASUALTY = new Set([
  "killed",
  "dead",
  "injured",
  "people",
  "members",
  "civilians",
  "terrorists",
  "soldiers",
]);
const QUANTITY = new Set([
  "pounds",
  "kg",
  "tons",
  "tonnes",
  "barrels",
  "kilos",
  "kilograms",
  "shipments",
  "USD",
  "GBP",
  "EUR",
]);
const FORCES = new Set([
  "troops",
  "soldiers",
  "warships",
  "ships",
  "personnel",
  "marines",
  "officers",
  "aircraft",
  "drones",
]);

function fits(kind: EventKind, unit: string | null): boolean {
  if (!unit) return false;
  switch (kind) {
    case "strike":
      return CASUALTY.has(unit);
    case "seizure":
      return QUANTITY.has(unit);
    case "deployment":
      return FORCES.has(unit);
    case "sanction":
      return unit === "percent" || unit === "USD" || unit === "GBP" || unit === "EUR";
    case "handover":
      return /s$/.test(unit) && !QUANTITY.has(unit);
    default:
      return false;
  }
}

function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

function nearest<T extends { start: number; end: number }>(
  item: T,
  mentions: Mention[],
  bias: (m: Mention) => number = () => 0,
): Mention | null {
  let best: Mention | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const m of mentions) {
    const d = Math.min(...m.triggers.map((t) => distance(item, t))) + bias(m);
    if (d < bestScore) {
      bestScore = d;
      best = m;
    }
  }
  return best;
}

// ---------------------------------------------------------------- per article

function mentionsOf(
  article: Article,
  actors: ActorModel | null,
): { mentions: Mention[]; relations: Relation[] } {
  const mentions: Mention[] = [];
  const relations: Relation[] = [];
  const actorMentions = actors?.mentionsIn(article.docId) ?? [];
  let am = 0;
  let p = 0;
  let index = 0;
  for (const para of article.paragraphs) {
    for (const s of para.sentences) {
      const i = index++;
      const sentence = article.text.slice(s.start, s.end);
      while (am < actorMentions.length && actorMentions[am]!.start < s.start) am++;
      const triggers = triggersIn(sentence);
      if (triggers.length === 0) continue;
      while (p < article.passages.length - 1 && article.passages[p]!.end <= s.start) p++;
      const passageId = article.passages[p]?.id ?? `${article.docId}:0`;
      const actorIds: string[] = [];
      for (let k = am; k < actorMentions.length && actorMentions[k]!.start < s.end; k++) {
        const id = actorMentions[k]!.actorId;
        if (!actorIds.includes(id)) actorIds.push(id);
      }
      const times = findTimeExpressions(sentence, article.meta.published).filter((t) => t.confidence >= 0.5);
      const words = eventWords(sentence);
      // One mention per kind per sentence; weak triggers join a strong one of their kind.
      const byKind = new Map<EventKind, Trigger[]>();
      for (const t of triggers) byKind.set(t.rule.kind, [...(byKind.get(t.rule.kind) ?? []), t]);
      const here: Mention[] = [];
      for (const [kind, ts] of byKind) {
        const strong = ts.filter((t) => !t.rule.weak);
        const candidates = strong.length ? strong : ts;
        let best: { t: Trigger; label: Label } | null = null;
        for (const t of candidates) {
          const label = labelFor(sentence, words, t, times);
          if (!best || label.score > best.label.score) best = { t, label };
        }
        const main = best!.t;
        here.push({
          kind,
          article,
          index: i,
          sStart: s.start,
          sEnd: s.end,
          sentence,
          passageId,
          triggers: ts,
          main,
          label: best!.label.text,
          labelScore: best!.label.score,
          anaphoric: best!.label.anaphoric,
          future: isFuture(sentence, main),
          time: null,
          figures: [],
          places: [],
          actorIds,
        });
      }
      // Times, figures and places go to the nearest event; reporting events yield to others.
      const reportingBias = (m: Mention) => (KINDS[m.kind].reporting && here.length > 1 ? 40 : 0);
      for (const tx of times) {
        const m = here.length === 1 ? here[0]! : nearest(tx, here, reportingBias);
        if (m && (!m.time || distance(tx, m.main) < distance(m.time, m.main))) m.time = tx;
      }
      for (const f of findFigures(sentence)) {
        if (!f.unit) continue;
        const m = nearest(
          f,
          here,
          (x) => (fits(x.kind, f.unit) ? -200 : 0) + (KINDS[x.kind].reporting ? 150 : 0),
        );
        // A figure belongs to an event when it is what the event counts, or stands right by it.
        if (m && (fits(m.kind, f.unit) || Math.min(...m.triggers.map((t) => distance(f, t))) <= FIGURE_REACH))
          m.figures.push(f);
      }
      for (const pl of findPlaces(sentence)) {
        if (!pl.locative) continue;
        const after = (x: Mention) => (x.triggers.some((t) => t.end <= pl.start) ? 0 : 80);
        const m = nearest(pl, here, (x) => (KINDS[x.kind].reporting ? 60 : 0) + after(x));
        if (m && Math.min(...m.triggers.map((t) => distance(pl, t))) <= 100) m.places.push(pl);
      }
      relations.push(...relationsIn(sentence, here));
      mentions.push(...here);
    }
  }
  return { mentions, relations };
}

const NUMBER: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const RELATION_RE =
  /\b(?:(?:just|only|barely|some)\s+)?(?:(a|one|two|three|four|five|six|seven|\d{1,2})\s+days?|the\s+day|(?:a\s+few\s+|several\s+|\d+\s+)?hours?)\s+(after|before)\b/gi;

/** "took place just one day after the U.S. military killed 11…": the day of one event from another. */
function relationsIn(sentence: string, here: Mention[]): Relation[] {
  if (here.length < 2) return [];
  const out: Relation[] = [];
  // ", which resulted in a cooperative agreement between the two countries," is an aside.
  const asides = [...sentence.matchAll(/,\s*(?:which|who|whom|where)\b[^,]*,/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (const m of sentence.matchAll(RELATION_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const n = m[1] ? (NUMBER[m[1].toLowerCase()] ?? Number(m[1])) : /hour/i.test(m[0]) ? 0 : 1;
    const left = here
      .filter(
        (x) => x.main.end <= start && !asides.some((a) => x.main.start >= a.start && x.main.end <= a.end),
      )
      .sort((a, b) => b.main.end - a.main.end)[0];
    const right = here
      .filter((x) => x !== left && x.triggers.some((t) => t.start >= end && t.start - end <= 120))
      .sort(
        (a, b) => Math.min(...a.triggers.map((t) => t.start)) - Math.min(...b.triggers.map((t) => t.start)),
      )[0];
    if (!left || !right || left.kind === right.kind) continue;
    // "A after B by n days": B = A − n.
    out.push({ left, right, days: m[2]!.toLowerCase() === "after" ? -n : n, text: m[0] });
  }
  return out;
}

// ---------------------------------------------------------------- grouping

const STOP_LABEL = new Set(["u.s", "us", "said", "new"]);

function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of text.split(/[^\p{L}\p{N}'’.-]+/u)) {
    const t = termOf(w.replace(/\.$/, ""));
    if (t && !TRIGGER_WORDS.has(w.toLowerCase()) && !STOP_LABEL.has(t)) out.push(t);
  }
  return out;
}

function overlapCount<T>(a: Iterable<T>, b: Set<T>): number {
  let n = 0;
  for (const x of new Set(a)) if (b.has(x)) n++;
  return n;
}

const DAY = 86_400_000;
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}
function dayDiff(a: string, b: string): number {
  return Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY);
}

interface Profile {
  actors: Set<string>;
  places: Set<string>;
  terms: Set<string>;
}

function profile(mentions: Mention[]): Profile {
  return {
    actors: new Set(mentions.flatMap((m) => m.actorIds)),
    places: new Set(mentions.flatMap((m) => m.places.map((p) => p.key))),
    terms: new Set(mentions.flatMap((m) => contentTerms(m.label))),
  };
}

/** Shared actors, places and label words; an actor in many events (a president) counts for less. */
function similarity(a: Profile, b: Profile, actorWeight: (id: string) => number = () => 1): number {
  let actors = 0;
  for (const x of a.actors) if (b.actors.has(x)) actors += actorWeight(x);
  return actors + overlapCount(a.places, b.places) + 0.5 * overlapCount(a.terms, b.terms);
}

/** Within one article: a definite reference ("the strike") is the last event of its kind. */
function groupInArticle(mentions: Mention[]): DocCluster[] {
  const clusters: DocCluster[] = [];
  const owner = new Map<Mention, DocCluster>();
  for (const m of mentions) {
    const same = clusters.filter((c) => c.kind === m.kind);
    let target: DocCluster | undefined;
    if (m.anaphoric && !m.time) target = same.at(-1);
    if (!target) {
      const pm = profile([m]);
      target = [...same].reverse().find((c) => {
        const last = c.mentions.at(-1)!;
        const sameDay = Boolean(m.time?.date) && m.time?.date === c.date;
        if (m.time && c.dateFrom?.time && (m.time.date ?? m.time.text) !== (c.date ?? c.dateText))
          return false;
        const pc = profile(c.mentions);
        if (pm.places.size && pc.places.size && overlapCount(pm.places, pc.places) === 0) return false;
        if (m.future !== last.future) return false;
        if (KINDS[m.kind].reporting) return overlapCount(pm.actors, pc.actors) > 0 && (sameDay || !m.time);
        const shared =
          overlapCount(pm.actors, pc.actors) +
          overlapCount(pm.places, pc.places) +
          overlapCount(pm.terms, pc.terms);
        // The next sentences of a story go on about the same event unless they say otherwise.
        const close = m.index - last.index <= NEAR_SENTENCES;
        return shared > 0 || sameDay || close;
      });
    }
    if (target) target.mentions.push(m);
    else {
      target = {
        kind: m.kind,
        docId: m.article.docId,
        mentions: [m],
        date: null,
        dateText: null,
        basis: null,
        dateFrom: null,
      };
      clusters.push(target);
    }
    if (m.time && !target.dateFrom) {
      target.date = m.time.date;
      target.dateText = m.time.text;
      target.basis = m.time.date
        ? target.mentions.length > 1 && m.anaphoric
          ? "coreference"
          : "sentence"
        : null;
      target.dateFrom = m;
    } else if (m.time?.date && !target.date) {
      target.date = m.time.date;
      target.dateText = m.time.text;
      target.basis = "sentence";
      target.dateFrom = m;
    }
    owner.set(m, target);
  }
  for (const c of clusters) if (c.date && c.dateFrom && c.dateFrom !== c.mentions[0]) c.basis = "coreference";
  return clusters;
}

function datesFromRelations(relations: Relation[], clusterOf: (m: Mention) => DocCluster | undefined): void {
  for (let pass = 0; pass < 3; pass++) {
    for (const r of relations) {
      const l = clusterOf(r.left);
      const rt = clusterOf(r.right);
      if (!l || !rt || l === rt) continue;
      if (l.date && !rt.date) {
        rt.date = addDays(l.date, r.days);
        rt.dateText = `${r.text} ${l.mentions[0]!.label}`.slice(0, 120);
        rt.basis = "relative";
        rt.dateFrom = r.right;
      } else if (rt.date && !l.date) {
        l.date = addDays(rt.date, -r.days);
        l.dateText = r.text;
        l.basis = "relative";
        l.dateFrom = r.left;
      }
    }
  }
}

/** What people say and sign at a meeting is dated by it; strikes and visits are not. */
const CONTEXT_KINDS = new Set<EventKind>(["announcement", "statement", "speech", "agreement"]);

/** An undated past event borrows the day of the dated event just before it with the same people. */
function datesFromContext(clusters: DocCluster[]): void {
  const dated = clusters
    .filter((c) => c.date && c.basis !== "context")
    .flatMap((c) => c.mentions.map((m) => ({ c, m })))
    // Only what already happened anchors: a planned meeting says nothing of yesterday's statement.
    .filter(({ c, m }) => !m.future && (!m.article.meta.published || c.date! <= m.article.meta.published));
  for (const c of clusters) {
    if (c.date || c.dateText) continue;
    const first = c.mentions[0]!;
    if (!CONTEXT_KINDS.has(c.kind) || first.future || first.actorIds.length === 0) continue;
    const word = first.sentence.slice(first.main.start, first.main.end);
    const past =
      first.main.rule.pos === "verb"
        ? PAST_FORM.test(word)
        : tenseAt(first.sentence, first.main.start, first.main.end) === "past";
    if (!past) continue;
    const pool = dated
      .filter(({ m }) => m.index < first.index && first.index - m.index <= CONTEXT_WINDOW)
      .filter(({ m }) => m.actorIds.some((a) => first.actorIds.includes(a)))
      .sort((a, b) => b.m.index - a.m.index);
    const hit = pool[0];
    if (!hit) continue;
    c.date = hit.c.date;
    c.dateText = hit.c.dateText;
    c.basis = "context";
    c.dateFrom = hit.m;
  }
}

interface Global {
  kind: EventKind;
  parts: DocCluster[];
  profile: Profile;
  docs: Set<string>;
}

function mergeAcrossArticles(clusters: DocCluster[]): Global[] {
  const order = [...clusters].sort(
    (a, b) => Number(Boolean(b.date)) - Number(Boolean(a.date)) || b.mentions.length - a.mentions.length,
  );
  const globals: Global[] = [];
  const spread = new Map<string, number>();
  for (const c of clusters)
    for (const a of new Set(c.mentions.flatMap((m) => m.actorIds))) spread.set(a, (spread.get(a) ?? 0) + 1);
  const weight = (id: string) => Math.min(1, ACTOR_SPREAD / (spread.get(id) ?? 1));
  // Candidates share at least one actor, place or label word (an inverted index per kind), so
  // each cluster is compared with a handful of events instead of every event of its kind.
  const postings = new Map<string, Global[]>();
  const keysOf = (p: Profile) => [
    ...[...p.actors].map((a) => `a:${a}`),
    ...[...p.places].map((x) => `p:${x}`),
    ...[...p.terms].map((t) => `t:${t}`),
  ];
  for (const c of order) {
    const pc = profile(c.mentions);
    let best: Global | null = null;
    let bestSim = 0;
    const candidates = new Set<Global>();
    for (const key of keysOf(pc)) {
      const list = postings.get(`${c.kind}|${key}`);
      if (list && list.length <= MAX_POSTING) for (const g of list) candidates.add(g);
    }
    for (const g of candidates) {
      if (g.docs.has(c.docId)) continue;
      const gDate = dominantDate(g.parts);
      const sim = similarity(pc, g.profile, weight);
      const said = overlapCount(pc.places, g.profile.places) + overlapCount(pc.terms, g.profile.terms);
      // Two outlets' announcements are one only when they say the same words about it.
      if (KINDS[c.kind].reporting && overlapCount(pc.terms, g.profile.terms) < 2) continue;
      // Without a day on one side, shared people alone do not make one event.
      if ((!c.date || !gDate) && said === 0) continue;
      let need: number;
      if (c.date && gDate) {
        const diff = Math.abs(dayDiff(c.date, gDate));
        need = diff === 0 ? 1 : diff === 1 ? 2.5 : Number.POSITIVE_INFINITY;
      } else if (c.date || gDate) need = 1.5;
      else need = 2;
      if (sim >= need && sim > bestSim) {
        best = g;
        bestSim = sim;
      }
    }
    let target: Global;
    if (best) {
      target = best;
      best.parts.push(c);
      best.docs.add(c.docId);
      for (const a of pc.actors) best.profile.actors.add(a);
      for (const p of pc.places) best.profile.places.add(p);
      for (const t of pc.terms) best.profile.terms.add(t);
    } else {
      target = { kind: c.kind, parts: [c], profile: pc, docs: new Set([c.docId]) };
      globals.push(target);
    }
    for (const key of keysOf(pc)) {
      const k = `${c.kind}|${key}`;
      const list = postings.get(k) ?? [];
      if (!list.includes(target)) list.push(target);
      postings.set(k, list);
    }
  }
  return globals;
}

const BASIS_RANK: Record<DateBasis, number> = { sentence: 0, coreference: 1, relative: 2, context: 3 };

function dominantDate(parts: DocCluster[]): string | null {
  return bestDated(parts)?.date ?? null;
}

function bestDated(parts: DocCluster[]): DocCluster | null {
  const dated = parts.filter((p) => p.date);
  if (dated.length === 0) return null;
  const support = (d: string) => dated.filter((p) => p.date === d).length;
  return [...dated].sort(
    (a, b) => BASIS_RANK[a.basis!] - BASIS_RANK[b.basis!] || support(b.date!) - support(a.date!),
  )[0]!;
}

// ---------------------------------------------------------------- output

export interface EventOutput extends CoverageEvent {
  status: "reported" | "planned";
  dateBasis: DateBasis | null;
  conflicts: EventConflict[];
}

export type { EventConflict };

const CASUALTY_UNIT: Record<string, string> = { dead: "killed" };

function toEvent(g: Global, actors: ActorModel | null, refOf: (m: Mention) => SourceRef): EventOutput {
  const mentions = g.parts.flatMap((p) => p.mentions);
  const byLabel = [...mentions].sort(
    (a, b) => b.labelScore - a.labelScore || Number(a.future) - Number(b.future) || a.index - b.index,
  );
  const dated = bestDated(g.parts);
  const undatedText = g.parts.find((p) => p.dateText)?.dateText ?? null;
  // Sources: one per sentence; the one that gave the day first.
  const seen = new Set<string>();
  const sources: SourceRef[] = [];
  // The sentence of another event that dated this one ("context") is cited after its own.
  const from0 = dated?.dateFrom;
  const ordered = from0 ? (mentions.includes(from0) ? [from0, ...mentions] : [...mentions, from0]) : mentions;
  for (const m of ordered) {
    const key = `${m.article.docId}:${m.sStart}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sources.push(refOf(m));
  }
  // Figures: one per (unit, value), with every sentence that printed it.
  const figs = new Map<string, Figure & { sources: SourceRef[]; unitKey: string }>();
  for (const m of mentions) {
    for (const f of m.figures) {
      const unitKey = CASUALTY_UNIT[f.unit ?? ""] ?? f.unit ?? "";
      const key = `${unitKey}|${f.value}`;
      const ref = refOf(m);
      const have = figs.get(key);
      if (have) {
        if (!have.sources.some((s) => s.docId === ref.docId && s.start === ref.start)) have.sources.push(ref);
      } else figs.set(key, { value: f.value, unit: f.unit, text: f.text, sources: [ref], unitKey });
    }
  }
  const conflicts: EventConflict[] = [];
  const units = new Map<string, Array<Figure & { sources: SourceRef[] }>>();
  for (const f of figs.values()) units.set(f.unitKey, [...(units.get(f.unitKey) ?? []), f]);
  for (const [unit, fs] of units) {
    if (fs.length < 2) continue;
    const docsOf = (f: { sources: SourceRef[] }) => new Set(f.sources.map((s) => s.docId));
    const disjoint = fs.some((a, i) => fs.slice(i + 1).some((b) => overlapCount(docsOf(a), docsOf(b)) === 0));
    if (disjoint)
      conflicts.push({
        field: "figure",
        unit,
        values: fs.map((f) => ({ value: f.value, text: f.text, sources: f.sources })),
      });
  }
  const dates = new Map<string, { text: string | null; sources: SourceRef[] }>();
  for (const p of g.parts) {
    if (!p.date) continue;
    const ref = refOf(p.dateFrom ?? p.mentions[0]!);
    const have = dates.get(p.date);
    if (have) have.sources.push(ref);
    else dates.set(p.date, { text: p.dateText, sources: [ref] });
  }
  if (dates.size > 1)
    conflicts.push({
      field: "date",
      values: [...dates].map(([value, v]) => ({ value, text: v.text, sources: v.sources })),
    });
  const places: string[] = [];
  const placeKeys = new Set<string>();
  for (const m of mentions)
    for (const p of m.places)
      if (!placeKeys.has(p.key)) {
        placeKeys.add(p.key);
        places.push(p.text);
      }
  const count = new Map<string, number>();
  for (const m of mentions) for (const a of m.actorIds) count.set(a, (count.get(a) ?? 0) + 1);
  const actorNames = [...count]
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => actors?.byId.get(id)?.name)
    .filter((n): n is string => Boolean(n));
  const top = byLabel[0]!;
  const from = dated?.dateFrom;
  const label =
    from && from.kind === g.kind && mentions.includes(from) && from.labelScore >= top.labelScore - 1
      ? from.label
      : top.label;
  return {
    id: "",
    label,
    kind: g.kind,
    date: dated?.date ?? null,
    dateText: dated?.dateText ?? undatedText,
    places,
    actors: [...new Set(actorNames)],
    figures: [...figs.values()].map(({ value, unit, text, sources: s }) => ({
      value,
      unit,
      text,
      sources: s,
    })),
    sources,
    status: mentions.every((m) => m.future) ? "planned" : "reported",
    dateBasis: dated?.basis ?? null,
    conflicts,
  };
}

/** Every event in the articles, in date order (undated last), mentions grouped across outlets. */
export function buildEvents(articles: readonly Article[], actors: ActorModel | null = null): EventOutput[] {
  const lookup = { articles: new Map(articles.map((a) => [a.docId, a])) };
  const refOf = (m: Mention) => sourceRef(lookup, m.article.docId, m.passageId, m.sStart, m.sEnd);
  const all: DocCluster[] = [];
  for (const article of articles) {
    const { mentions, relations } = mentionsOf(article, actors);
    if (mentions.length === 0) continue;
    const clusters = groupInArticle(mentions);
    const owner = new Map<Mention, DocCluster>();
    for (const c of clusters) for (const m of c.mentions) owner.set(m, c);
    datesFromRelations(relations, (m) => owner.get(m));
    datesFromContext(clusters);
    datesFromRelations(relations, (m) => owner.get(m));
    all.push(...clusters);
  }
  const docOrder = new Map(articles.map((a, i) => [a.docId, i]));
  const firstPos = (g: Global) =>
    Math.min(...g.parts.map((p) => (docOrder.get(p.docId) ?? 0) * 1e9 + p.mentions[0]!.sStart));
  const globals = mergeAcrossArticles(all).sort((a, b) => firstPos(a) - firstPos(b));
  const events = globals.map((g) => toEvent(g, actors, refOf));
  const ids = new Map<string, number>();
  for (const e of events) {
    const base = `${e.kind}-${e.date ?? "undated"}-${labelSlug(e.label, 48)}`;
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    e.id = n === 1 ? base : `${base}-${n}`;
  }
  return sortByDate(events);
}

/** Date order, undated last; stable for equal days. */
export function sortByDate<T extends { date: string | null }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => {
    if (a.date === b.date) return 0;
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  });
}
