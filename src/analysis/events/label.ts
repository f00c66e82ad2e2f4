// An event's label, cut from its sentence around the trigger: the trigger with its modifiers and
// object, in the article's own words ("U.S. military strike on a boat").

import type { EventWord } from "../../text/views.ts";
import type { TimeExpression } from "../dates/index.ts";
import type { TriggerRule } from "./kinds.ts";
import { RELATION_RE } from "./relations.ts";
import type { Trigger } from "./types.ts";

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

export interface Label {
  text: string;
  start: number;
  end: number;
  score: number;
  anaphoric: boolean;
}

/** The word is inside one of the sentence's time expressions. */
const inTime = (times: readonly TimeExpression[], w: EventWord): boolean =>
  times.some((x) => w.start < x.end && x.start < w.end);

/** A word and the one before it are capitalised: a name goes on. */
const inName = (words: readonly EventWord[], i: number): boolean =>
  /^[A-Z]/.test(words[i]?.text ?? "") && /^[A-Z]/.test(words[i - 1]?.text ?? "");

/** The last sentence's relation phrases ("one day after"): a sentence's candidate triggers share them. */
let lastStops: { sentence: string; stops: { start: number; end: number }[] } | null = null;

/** The offset is inside a relation phrase of the sentence (read once per sentence, when needed). */
function inStop(sentence: string, at: number): boolean {
  if (lastStops?.sentence !== sentence) {
    const stops = [...sentence.matchAll(RELATION_RE)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    }));
    lastStops = { sentence, stops };
  }
  return lastStops.stops.some((x) => at >= x.start && at < x.end);
}

/** Left: modifiers of a noun ("U.S. military"), the subject of a verb ("federal authorities"). */
function leftEdge(words: EventWord[], i0: number, i1: number, t: Trigger, times: TimeExpression[]): number {
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
    if (
      STOP_PUNCT.test(w.text) ||
      FUNCTION.has(w.text.toLowerCase()) ||
      TIME_WORD.test(w.text) ||
      inTime(times, w)
    )
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
  return lo;
}

/**
 * Right: the object. A noun takes a prepositional phrase ("strike in the Caribbean"); a verb
 * its object ("announced the formation of a “high-level” implementation group").
 */
function rightEdge(
  sentence: string,
  words: EventWord[],
  i1Start: number,
  t: Trigger,
  times: TimeExpression[],
): { i1: number; right: number } {
  let i1 = i1Start;
  const first = words.slice(i1 + 1).find((w) => !QUOTE.test(w.text));
  const reportingVerb = t.rule.kind === "announcement" && t.rule.pos === "verb";
  let right = 0;
  let thatOk = reportingVerb;
  const max = t.rule.pos === "noun" ? 7 : 9;
  if (t.rule.pos === "verb" || (first && PREPOSITIONS.test(first.text))) {
    // A capitalised name is finished even past the word budget ("the Tren de Aragua gang").
    for (
      let i = i1 + 1;
      i < words.length &&
      (right < max ||
        inName(words, i) ||
        (NAME_CONNECTOR.test(words[i]!.text) &&
          inName(words, i - 1) &&
          /^[A-Z]/.test(words[i + 1]?.text ?? "")));
      i++
    ) {
      const w = words[i]!;
      if (QUOTE.test(w.text)) continue;
      if (STOP_PUNCT.test(w.text)) break;
      if (inTime(times, w)) {
        // "announced Wednesday that …", "rescued on Sunday by a lifeboat crew".
        if (right === 0 && t.rule.pos === "verb") continue;
        break;
      }
      if (inStop(sentence, w.start)) break;
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
  return { i1, right };
}

/** Whether two rules give a trigger the same label: labelFor reads only these of a rule. */
export const sameLabel = (a: TriggerRule, b: TriggerRule): boolean =>
  a.pos === b.pos && !a.weak === !b.weak && (a.kind === "announcement") === (b.kind === "announcement");

/** The trigger with its modifiers and object, cut from the sentence: "U.S. military strike on a boat". */
export function labelFor(sentence: string, words: EventWord[], t: Trigger, times: TimeExpression[]): Label {
  const i0 = words.findIndex((w) => w.end > t.start);
  let i1 = words.findIndex((w) => w.end >= t.end);
  if (i0 < 0 || i1 < 0)
    return { text: sentence.slice(t.start, t.end), start: t.start, end: t.end, score: 0, anaphoric: false };
  let lo = leftEdge(words, i0, i1, t, times);
  const cut = lo === i0 && t.rule.pos === "verb" ? subjectPastTime(words, i0, i1, t, times) : null;
  if (cut !== null) lo = cut;
  let b = lo - 1;
  while (b >= 0 && QUOTE.test(words[b]!.text)) b--;
  const before = words[b];
  const anaphoric =
    t.rule.pos === "noun" &&
    !/s$/i.test(sentence.slice(t.start, t.end).replace(/talks$/i, "talk")) &&
    before !== undefined &&
    (DETERMINERS.test(before.text) || /['’]s$/.test(before.text));
  const edge = rightEdge(sentence, words, i1, t, times);
  i1 = edge.i1;
  const right = edge.right;
  // Never end on a function word or an opening quote.
  while (i1 > i0 && (FUNCTION.has(words[i1]!.text.toLowerCase()) || QUOTE.test(words[i1]!.text))) i1--;
  const start = words[lo]!.start;
  let end = words[i1]!.end;
  // A closing quote right after the label belongs to it when the label opened one.
  const opened = (sentence.slice(start, end).match(/“/g) ?? []).length;
  const closed = (sentence.slice(start, end).match(/”/g) ?? []).length;
  if (opened > closed && sentence[end] === "”") end++;
  const said = cut || right > 0 ? withoutTimes(sentence, start, end, times) : sentence.slice(start, end);
  const text = balanceQuotes(said).replace(/\s+/g, " ").trim();
  const n = text.split(" ").length;
  let score = (t.rule.pos === "noun" ? 2 : 0) + (right > 0 ? 2 : 0) + (n >= 3 && n <= 11 ? 1 : 0);
  if (anaphoric) score -= 1;
  if (t.rule.weak) score -= 2;
  return { text, start, end, score, anaphoric };
}

const TIME_LEAD = /^(?:on|late|early|earlier|later)$/i;

/** "The board on Friday rejected the offer": the subject past the day standing before the verb. */
function subjectPastTime(
  words: EventWord[],
  i0: number,
  i1: number,
  t: Trigger,
  times: TimeExpression[],
): number | null {
  let j = i0 - 1;
  while (j >= 0 && (TIME_WORD.test(words[j]!.text) || inTime(times, words[j]!))) j--;
  if (j === i0 - 1) return null;
  if (j >= 0 && TIME_LEAD.test(words[j]!.text)) j--;
  if (j < 0) return null;
  const lo = leftEdge(words, j + 1, i1, t, times);
  return lo <= j ? lo : null;
}

/** The label's text without the days inside it ("board on Friday rejected" → "board rejected"). */
function withoutTimes(sentence: string, start: number, end: number, times: TimeExpression[]): string {
  let out = "";
  let at = start;
  for (const x of [...times].sort((a, b) => a.start - b.start)) {
    if (x.start <= start || x.end > end || x.start < at) continue;
    const lead = /\b(?:on|late|early|earlier|later)\s+$/i.exec(sentence.slice(at, x.start));
    out += sentence.slice(at, lead ? x.start - lead[0].length : x.start);
    at = x.end;
  }
  return out + sentence.slice(at, end);
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
