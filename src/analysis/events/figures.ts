// Numeric figures in one sentence ("11 terrorists killed", "$569 million", "30%"), with a
// normalised value and the unit a reader would ask about. Deliberately conservative: years, dates,
// clock times, ordinals and numbers that are part of names ("Radio 4", "F-16", "No 10") are not
// figures, and a spelled-out number only counts when it visibly counts something.

import { findTimeExpressions } from "../dates/index.ts";
import { CARDINALS } from "../lexicons/numbers.ts";

export interface FigureMention {
  /** [start, end) offsets within the sentence, covering `text`. */
  start: number;
  end: number;
  /** Plain decimal number without grouping: "1300", "569000000", "2.5". */
  value: string;
  /** What is counted: a head noun ("troops"), a casualty word ("killed"), "USD"/"GBP"/"EUR", "percent"… */
  unit: string | null;
  /** The counted noun when `unit` is a casualty word ("killed 11 suspected members" → "members"). */
  noun: string | null;
  /** Hedge the article put on the number ("more than", "at least"), lowercased, or null. */
  qualifier: string | null;
  /** The sentence's own words for the figure. */
  text: string;
}

const MAGNITUDE: Record<string, number> = {
  thousand: 3,
  k: 3,
  million: 6,
  m: 6,
  billion: 9,
  bn: 9,
  trillion: 12,
  tn: 12,
};
const CURRENCY_SYMBOL: Record<string, string> = { $: "USD", US$: "USD", "£": "GBP", "€": "EUR" };

const SMALL = CARDINALS;
const SMALL_ALT = Object.keys(SMALL).join("|");

// Digits with optional currency, grouping, decimals, magnitude and percent sign.
const DIGITS_RE =
  /(?<![\w.,/:-])(?:(US\$|[$£€])\s?)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s*(thousand|million|billion|trillion)\b|(bn|m|tn|k)\b)?(?:\s?(%|per\s?cent\b|percent\b))?/g;
// "eleven", "twenty-five", "two hundred", "five million".
const WORDS_RE = new RegExp(
  `\\b(${SMALL_ALT})(?:[- ](one|two|three|four|five|six|seven|eight|nine)(?![\\w-]))?(?:\\s+(hundred|thousand|million|billion))?\\b`,
  "gi",
);

const QUALIFIER_RE =
  /\b(more than|over|at least|about|around|nearly|almost|up to|some|roughly|approximately|fewer than|less than|as many as|an estimated|just over|just under|close to|upwards of)\s+$/i;
// Words that end a noun phrase: once one is reached there is no head noun to find.
const FUNCTION_WORDS = new Set(
  "of in on at to for from with by and or but nor who which that were was are is be been being have has had will would could should can may might must do did does the a an than as per into onto during after before since while when where it its they them he she we you i this these those said says told according if so not no out up down because then too over under off only just also again against between among each".split(
    " ",
  ),
);
const IRREGULAR_PLURALS = new Set(
  "people men women children police personnel staff cattle feet teeth mice geese aircraft fish sheep deer civilians".split(
    " ",
  ),
);
// Words that name a numbered thing; mid-sentence any capitalised word does ("BBC Radio 4").
const ID_WORDS =
  /^(?:Article|Section|Clause|Chapter|Title|Radio|Channel|Flight|Room|Route|Highway|Resolution|Amendment|Rule|Level|Phase|Stage|Category|Formula|Number|No\.?|Page|Paragraph|Platform|Gate|Terminal|Proposition|Region|District|Ward|Unit|Building|Camp)$/;
const ADVERBS = /^(?:\w+ly|rather|very|quite|so|too|much)$/i;
const ID_BEFORE =
  /\b(?:resolution|article|section|clause|chapter|title|page|paragraph|room|flight|route|platform|gate|terminal|ward|district|category|level|stage|phase)\s+$/i;
// Modifiers that can end a phrase but never name what is counted ("1.5 million more").
const NOT_HEADS = new Set("more less fewer other extra additional new old".split(" "));
// Abbreviated units that are heads although they do not look plural.
const MEASURE_UNITS = new Set("kg km mph lb lbs mm cm ft mw gw sq".split(" "));
const CASUALTY: Record<string, string> = {
  killed: "killed",
  dead: "dead",
  died: "dead",
  injured: "injured",
  wounded: "injured",
  hurt: "injured",
};
const CASUALTY_UNITS = { killed: 1, dead: 1, injured: 1 };
const YEAR_CONTEXT = /\b(?:in|by|the|of|since|from|until|before|after|during|and|or)\s+$/i;
const AGE_BEFORE = /\baged\s+$/i;
const NAME_COMMA_BEFORE = /[A-Z][a-z]+,\s+$/;
const CASUALTY_AFTER =
  /^\s+(?:(?:who\s+)?(?:were|was|have\s+been|has\s+been|had\s+been|are|been|being)\s+)?(killed|dead|died|injured|wounded|hurt)\b/i;
const CASUALTY_BEFORE = /\b(killed|killing|kills|kill|injured|injuring|wounded|wounding)\s+$/i;
const DEATH_TOLL_BEFORE = /\bdeath toll\b[^.;]{0,30}?\b(?:of|to|at|is|was|reached|hit)\s+$/i;

/** Shift a decimal string left by `zeros` digits without floating point ("1.3" × 10^6 = "1300000"). */
function scale(intPart: string, frac: string, zeros: number): string {
  const digits = intPart.replace(/,/g, "") + frac.padEnd(zeros, "0");
  const point = intPart.replace(/,/g, "").length + zeros;
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, "");
  const rest = digits.slice(point).replace(/0+$/, "");
  return rest ? `${whole}.${rest}` : whole;
}

function isPlural(w: string): boolean {
  if (IRREGULAR_PLURALS.has(w.toLowerCase())) return true;
  // "MPs" is plural, "US" is not.
  return /[A-Za-z]s$/.test(w) && !/(?:ss|us|is|ics|ness)$/.test(w);
}

interface Head {
  word: string | null;
  /** Offset just after the head word (or `from` when there is none). */
  end: number;
  /** The first word after the number is capitalised ("10 Downing Street"). */
  capitalised: boolean;
}

/**
 * The head noun of the phrase after offset `from`, skipping adjectives ("11 suspected members").
 * Only a count of one may have a singular head: "six unpaid" has lost its noun, not found "unpaid".
 */
function headAfter(sentence: string, from: number, singularOk: boolean): Head {
  const wordRe = /^(\s+)([A-Za-z][A-Za-z'’-]*)/;
  let pos = from;
  let candidate: { word: string; end: number } | null = null;
  let capitalised = false;
  for (let i = 0; i < 4; i++) {
    const m = wordRe.exec(sentence.slice(pos));
    if (!m) break;
    // "three years' care": the possessive plural is the head.
    const word = m[2]!.replace(/(?<=s)['’]$/, "");
    const end = pos + m[0].length;
    if (FUNCTION_WORDS.has(word.toLowerCase())) break;
    if (i === 0) capitalised = /^[A-Z]/.test(word);
    if (CASUALTY[word.toLowerCase()] !== undefined) break;
    if (isPlural(word) || MEASURE_UNITS.has(word.toLowerCase())) return { word, end, capitalised };
    // A verb form after a noun closes the phrase ("troops deployed", "pounds seized").
    if (candidate && /(?:ed|ing)$/.test(word)) break;
    pos = end;
    // Adverbs modify the adjective after them ("six rather ill-at-ease students").
    if (ADVERBS.test(word)) continue;
    candidate = { word, end };
  }
  // A lone verb form is not a head: "7,800 relocated out of …".
  if (
    !candidate ||
    !singularOk ||
    /(?:ed|ing)$/.test(candidate.word) ||
    NOT_HEADS.has(candidate.word.toLowerCase())
  ) {
    return { word: null, end: from, capitalised };
  }
  return { word: candidate.word, end: candidate.end, capitalised };
}

/** "pounds" is money in "£"-less British copy but weight in "700,000 pounds of chemicals". */
function poundsUnit(sentence: string, after: number): string {
  const rest = sentence.slice(after);
  if (/^\s+sterling\b/i.test(rest)) return "GBP";
  if (/^\s+of\s+(?!(?:taxpayers|public|tax|government)\b)/i.test(rest)) return "pounds";
  if (/\b(?:weigh\w*|kilos?|tons?|tonnes?|cocaine|heroin|chemicals?|explosives?|drugs)\b/i.test(sentence))
    return "pounds";
  return "GBP";
}

interface Raw {
  start: number;
  end: number;
  value: string;
  unit: string | null;
  spelled: boolean;
  year: boolean;
}

function rawNumbers(sentence: string): Raw[] {
  const out: Raw[] = [];
  for (const m of sentence.matchAll(DIGITS_RE)) {
    const [, cur, int, frac = "", bigWord, bigAbbr, pct] = m;
    const start = m.index;
    const end = start + m[0].length;
    const next = sentence.slice(end);
    // Glued to letters or another number: an ordinal, a time, a model or an id ("3rd", "7pm", "9/11").
    if (/^[A-Za-z\d]|^[-/:]\w|^\.\d/.test(next) && !pct) continue;
    if (bigAbbr === "k" && !cur) continue;
    const zeros = MAGNITUDE[(bigWord ?? bigAbbr ?? "").toLowerCase()] ?? 0;
    const value = scale(int!, frac, zeros);
    const unit = cur ? CURRENCY_SYMBOL[cur]! : pct ? "percent" : null;
    const year = !cur && !pct && !zeros && !frac && /^(?:1[89]|20)\d\d$/.test(int!);
    out.push({ start, end, value, unit, spelled: false, year });
  }
  for (const m of sentence.matchAll(WORDS_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/^-\w/.test(sentence.slice(end))) continue; // "five-year plan", "one-off"
    const n = SMALL[m[1]!.toLowerCase()]! + (m[2] ? SMALL[m[2].toLowerCase()]! : 0);
    if (m[2] && SMALL[m[1]!.toLowerCase()]! < 20) continue; // "one two" is not a number
    const big = m[3]?.toLowerCase();
    const zeros = big === "hundred" ? 2 : big ? MAGNITUDE[big]! : 0;
    const value = scale(String(n), "", zeros);
    out.push({ start, end, value, unit: null, spelled: true, year: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A number that is no figure: part of a date, a year, a clock time, a name or an id. */
function notAFigure(sentence: string, r: Raw, dates: readonly { start: number; end: number }[]): boolean {
  if (dates.some((d) => r.start < d.end && d.start < r.end)) return true;
  const before = sentence.slice(0, r.start);
  const after = sentence.slice(r.end);
  // "class of '83" is a year; "0800" is a 24-hour clock time.
  if (/(?:^|\s)['’]$/.test(before) && /^\d\d$/.test(sentence.slice(r.start, r.end))) return true;
  if (/^0\d{3}$/.test(sentence.slice(r.start, r.end))) return true;
  // The first half of a span of time: "30 or 40 years ago".
  const range = /^\s*(?:or|to|and|-|–)\s*(?=\d)/.exec(after);
  if (range && dates.some((d) => r.end + range[0].length >= d.start && r.end + range[0].length < d.end))
    return true;
  // Clock times: "3 p.m.", "10 o'clock", "1500 GMT".
  if (
    /^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock|GMT|BST|UTC|EST|EDT|ET\b|local time|hrs\b|hours GMT)/i.test(
      after,
    )
  )
    return true;
  // Part of a name or id: "Radio 4", "Article 5", "No 10", "#3". A capitalised word at the
  // start of the sentence is just the sentence start, and "Tuesday 11 people" is not a name.
  const prevWord = /([A-Z][\w.]*)\s+$/.exec(before);
  if (/(?:#|\bNo\.?\s*|\bno\.\s*)$/.test(before)) return true;
  if (ID_BEFORE.test(before)) return true; // "UN resolution 1441", "section 5 of the code"
  // The rest of a list of ids: "Key Stages 1, 3 and 4".
  if (/[A-Z][\w.]*\s+\d+(?:\s*,\s*\d+)*(?:,?\s+(?:and|or|to)\s+|\s*,\s*)$/.test(before)) return true;
  if (prevWord && !QUALIFIER_RE.test(before)) {
    const word = prevWord[1]!;
    const sentenceStart = !/\S/.test(before.slice(0, prevWord.index).replace(/["“'‘(]/g, ""));
    if (
      sentenceStart
        ? ID_WORDS.test(word)
        : !/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|US|UK|EU|UN|U\.S\.)$/.test(word)
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Every figure in `sentence`, left to right. `dates`: where the sentence's time expressions are
 * (the spans do not depend on the publication day), when the caller has already found them.
 */
export function findFigures(
  sentence: string,
  dates?: readonly { start: number; end: number }[],
): FigureMention[] {
  const figures: FigureMention[] = [];
  for (const r of rawNumbers(sentence)) {
    // Most sentences have no number: only those look for their dates.
    dates ??= findTimeExpressions(sentence, null);
    if (notAFigure(sentence, r, dates)) continue;
    const before = sentence.slice(0, r.start);
    const after = sentence.slice(r.end);
    let start = r.start;
    let end = r.end;
    let unit = r.unit;
    let head: string | null = null;
    const q = QUALIFIER_RE.exec(before);
    if (q) start = q.index;

    const moneyWord = /^\s+(dollars|euros|pounds(?:\s+sterling)?|lbs?)\b/i.exec(after);
    if (unit === null && moneyWord) {
      const w = moneyWord[1]!.toLowerCase();
      end = r.end + moneyWord[0].length;
      if (w === "dollars") unit = "USD";
      else if (w === "euros") unit = "EUR";
      else if (w.startsWith("lb")) unit = "pounds";
      // "2 million pounds" with no "of …" after it is money.
      else
        unit =
          /illion/.test(sentence.slice(r.start, r.end)) && !/^\s+of\b/.test(sentence.slice(end))
            ? "GBP"
            : poundsUnit(sentence, end);
    } else if (unit === null) {
      const h = headAfter(sentence, r.end, r.value === "1");
      // "10 Downing Street": a capitalised phrase with no plural head is a name, not a count.
      if (h.capitalised && (h.word === null || !isPlural(h.word))) continue;
      head = h.word;
      if (head) {
        unit = head;
        end = h.end;
      }
      const cas = CASUALTY_AFTER.exec(sentence.slice(end));
      const casBefore = CASUALTY_BEFORE.exec(sentence.slice(0, start));
      if (cas) {
        unit = CASUALTY[cas[1]!.toLowerCase()]!;
        end += cas[0].length;
      } else if (casBefore) {
        unit = /^kill/i.test(casBefore[1]!) ? "killed" : "injured";
        start = casBefore.index;
      } else if (DEATH_TOLL_BEFORE.test(sentence.slice(0, start))) {
        unit = "dead";
      } else if (
        !head &&
        (AGE_BEFORE.test(before) || (/^\s*(?:[,)]|\.(?!\d))/.test(after) && NAME_COMMA_BEFORE.test(before)))
      ) {
        unit = "age"; // "Mr Blunkett, 57, had…", "died aged 93"
      }
    }
    const casualty = unit !== null && unit in CASUALTY_UNITS;
    // Years pass only when they plainly count something ("2000 troops"), not "the 2005 election".
    if (r.year && !(head && isPlural(head) && !YEAR_CONTEXT.test(before))) continue;
    // A spelled-out number must count something; bare "one" is usually a pronoun ("one of them").
    if (r.spelled && (unit === null || (r.value === "1" && !casualty))) continue;

    figures.push({
      start,
      end,
      value: r.value,
      unit,
      noun: casualty ? head : null,
      qualifier: q ? q[1]!.toLowerCase() : null,
      text: sentence.slice(start, end),
    });
  }
  return figures;
}
