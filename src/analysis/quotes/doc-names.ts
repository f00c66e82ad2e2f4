// Names the article uses, for turning "Mr Straw" or "the department" into the fullest form.

import type { TextLayer } from "../../text/tokens.ts";
import { genderOfName } from "../actors/gender.ts";
import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { PLACE_HEADS, PLACES } from "../lexicons/places.ts";
import { nameRuns, SPEAKER_NAME_RUNS } from "../name-runs.ts";
import { capsLineSpans } from "./caps-line.ts";
import { cutAtSentenceLetter } from "./letter-sentence-end.ts";
import { timeAfterPreposition } from "./month-opener.ts";
import { cutAtPossessor } from "./possessor-name.ts";
import { coreName, genderOfWords } from "./speaker-words.ts";
import { FRONT_WORDS, type Tok, tokensOf } from "./tokens.ts";

/** Is there a line break in text[from, to)? (no slice: called for every pair of name words) */
function lineBreakIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** Prepositions that open a sentence before a name: "Under EU rules" names "EU", not "Under EU". */
const OPENING_PREPOSITIONS = new Set(
  "under by with from through during without within among against amid unlike for".split(" "),
);

type Named = { name: string; org?: boolean };

/** Two people, not two forms of one name: persons' names whose first words differ (not a short
 *  form, "Chris"/"Christopher", nor an initial) and one at least a known given name. */
function twoPeople(a: Named, b: Named): boolean {
  if (a.org || b.org || (genderOfName(a.name) === "any" && genderOfName(b.name) === "any")) return false;
  const x = a.name.toLowerCase().split(" ")[0]!;
  const y = b.name.toLowerCase().split(" ")[0]!;
  const initial = (w: string) => w.length <= 2 || w.endsWith(".");
  return x !== y && !x.startsWith(y) && !y.startsWith(x) && !initial(x) && !initial(y);
}

// The runs are found by the one capitalised-run finder (../name-runs.ts) with the speaker rules.
export class DocNames {
  /** A tie between full names of one length goes to a later one when the first was named after
   *  "of" ("the brother of Sam Hale"), a point of reference (switch "latest-shared-surname"). */
  latestTie = false;
  /** Two people sharing a surname ("Chris Murphy", later "Anne Marie Murphy"): the longer name
   *  does not take the lone surname from the one named first (switch "shared-surname-first"). */
  firstOfTwoPeople = false;
  /** Full names (2+ tokens after titles), first mention order; `ofObject`: first named after "of". */
  readonly full: Array<{
    name: string;
    at: number;
    gender: "male" | "female" | "any";
    org: boolean;
    ofObject?: boolean;
  }> = [];

  /** `cutLetters`: a run through a one-letter word whose period ends a sentence is two names
   *  (letter-sentence-end.ts; switch "letter-name-sentence-end"); `skipMonths`: a month or day after
   *  a time preposition ("In September Symantec") is no part of the name (month-opener.ts; switch "month-opener"). */
  constructor(
    layer: TextLayer,
    from: number,
    cutLetters = true,
    skipMonths = true,
    cutPossessors = true,
    skipCapsLines = true,
  ) {
    const toks = tokensOf(layer, from, layer.text.length, [], 0);
    // A line break ends a name: a headline's last word is no first name of the body's first
    // ("Budget" over "Gordon Farrant said …").
    const text = layer.text;
    const rules = {
      ...SPEAKER_NAME_RUNS,
      joined: (a: Tok, b: Tok) => !lineBreakIn(text, a.end, b.start),
    };
    const runs = nameRuns(toks, rules)
      .flatMap(([i, k]) => (cutPossessors ? cutAtPossessor(toks, i, k) : [[i, k] as const]))
      .flatMap(([i, k]) => (cutLetters ? cutAtSentenceLetter(toks, i, k, text, from) : [[i, k] as const]));
    // (an ALL-CAPS headline's words are no name: caps-line.ts, switch "caps-line-no-names")
    const caps = skipCapsLines ? capsLineSpans(text) : [];
    for (const [i, k] of runs) {
      if (caps.some(([s, e]) => toks[i]!.start >= s && toks[i]!.start < e)) continue;
      let from = i;
      while (
        from < k - 1 &&
        (FRONT_WORDS.has(toks[from]!.lower) ||
          OPENING_PREPOSITIONS.has(toks[from]!.lower) ||
          // ("In September Symantec …": the month is no part of the name; month-opener.ts, switch)
          (skipMonths && timeAfterPreposition(toks, from)))
      )
        from++;
      const words = toks.slice(from, k).map((t) => t.text.replace(/['’]s$/, ""));
      const core = coreName(words);
      // "the Greek Athletics Federation (Segas)": the bracketed word stands for the name.
      const [open, abbr, close] = [toks[k], toks[k + 1], toks[k + 2]];
      if (core.length >= 2 && open?.text === "(" && close?.text === ")" && /^\p{Lu}/u.test(abbr?.text ?? ""))
        this.abbreviations.set(abbr!.text, { name: core.join(" "), at: abbr!.start });
      if (core.length >= 2 && !this.seen.has(core.join(" "))) {
        this.seen.add(core.join(" "));
        const org = ORG_NOUNS.has(core[core.length - 1]!.toLowerCase());
        const ofObject = toks[i - 1]?.lower === "of";
        this.full.push({
          name: core.join(" "),
          at: toks[i]!.start,
          gender: genderOfWords(words),
          org,
          ofObject,
        });
      }
    }
  }

  /** Adds a full name another reading found (a nickname between its words), in text order. */
  addFull(name: string, at: number, gender: "male" | "female" | "any"): void {
    if (this.seen.has(name)) return;
    this.seen.add(name);
    const k = this.full.findIndex((f) => f.at > at);
    const entry = { name, at, gender, org: false, ofObject: false };
    if (k < 0) this.full.push(entry);
    else this.full.splice(k, 0, entry);
    this.byWord = null;
  }

  private readonly seen = new Set<string>();
  /** Words given in brackets after a full name, with that name: "Segas" → "Greek Athletics Federation". */
  private readonly abbreviations = new Map<string, { name: string; at: number }>();

  /** The full name a bracketed abbreviation before `before` stands for ("(Segas)"), else null. */
  abbreviated(word: string, before: number): string | null {
    const a = this.abbreviations.get(word);
    return a && a.at < before ? a.name : null;
  }
  private byWord: Map<string, DocNames["full"]> | null = null;

  /** Names whose first or last word is `w` (lower case), in text order. */
  private withWord(w: string): DocNames["full"] {
    if (!this.byWord) {
      this.byWord = new Map();
      for (const f of this.full) {
        const ws = f.name.toLowerCase().split(" ");
        for (const k of new Set([ws[0]!, ws[ws.length - 1]!])) {
          const list = this.byWord.get(k) ?? [];
          list.push(f);
          this.byWord.set(k, list);
        }
      }
    }
    return this.byWord.get(w) ?? [];
  }

  /** The fullest name this article gives for a short name (surname, first name, head noun);
   *  `notGiven`: full names the word may not be the given name of ("Mr Howard": not "Howard Flight");
   *  `notOfGender`: full names its honorific's gender bars ("Mrs Blair": not "Tony Blair"). */
  expand(
    core: string[],
    before: number,
    notGiven?: (full: string) => boolean,
    notOfGender?: (full: string) => boolean,
  ): { name: string; gender: "male" | "female" | "any" } | null {
    if (core.length === 0) return null;
    const want = core.map((w) => w.toLowerCase());
    let best: { name: string; gender: "male" | "female" | "any"; ofObject?: boolean; org?: boolean } | null =
      null;
    // ("Mr. Obama" in an article with a "Michelle Obama": a surname, never the given name of the
    // headline's "Obama Sees"; only asked with a gendered honorific before the word)
    const surname =
      !!notOfGender &&
      want.length === 1 &&
      this.withWord(want[0]!).some(
        (f) => f.name.includes(" ") && f.name.toLowerCase().endsWith(` ${want[0]}`),
      );
    const candidates = new Set([...this.withWord(want[want.length - 1]!), ...this.withWord(want[0]!)]);
    for (const f of this.full.length < 64 ? this.full : [...candidates].sort((a, b) => a.at - b.at)) {
      if (f.at > before && best) break;
      const ws = f.name.toLowerCase().split(" ");
      if (ws.length < want.length) continue;
      const tail = ws.slice(ws.length - want.length).join(" ") === want.join(" ") && !notOfGender?.(f.name);
      // A given name stands for the full name, but a place never does: "Mexico" is not "Mexico City".
      const place = PLACES.has(core[0]!) && PLACE_HEADS.has(f.name.split(" ").at(-1)!);
      const head = want.length === 1 && ws[0] === want[0] && !f.org && !place && !notGiven?.(f.name);
      const longer = !best || ws.length > best.name.split(" ").length;
      // "the brother of Sam Hale … Writer Tom Hale … said Hale": not the point of reference.
      const later =
        this.latestTie && !!best?.ofObject && f.at <= before && ws.length === best.name.split(" ").length;
      const other = this.firstOfTwoPeople && tail && want.length === 1 && !!best && twoPeople(best, f);
      if ((tail || (head && !surname)) && ((longer && !other) || later)) {
        best = { name: f.name, gender: f.gender, ofObject: !!f.ofObject, org: f.org };
      }
    }
    return best;
  }

  /** The most recent organisation before `at` whose name ends with the head noun ("department"), else the first after. */
  orgByHead(head: string, at: number): string | null {
    let found: string | null = null;
    for (const f of this.withWord(head)) {
      if (!(f.name.toLowerCase().endsWith(` ${head}`) || f.name.toLowerCase() === head)) continue;
      if (f.at >= at) return found ?? f.name;
      found = f.name;
    }
    return found;
  }

  /** Does a full name of the article hold this word (lower case) first or last? */
  hasWord(w: string): boolean {
    return this.withWord(w).length > 0;
  }
}
