// "the two firms said", "the judges said" after "Shares in Elan and Biogen Idec plunged" or "Lord
// Justice Rix and Mr Justice Forbes ruled": a plural description of a pair stands for the latest
// two names the article joined with "and", of the kind the description's head names (study set 19;
// set 17 had the firms). Switch "plural-pair".

import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { PLURAL_PAIR_SWITCH } from "./set19-switches.ts";
import type { QuoteDoc } from "./state.ts";
import type { Speaker } from "./types.ts";

/** Plural heads and the kind of actor each stands for. */
const HEADS: Readonly<Record<string, "person" | "organization">> = {
  firms: "organization",
  companies: "organization",
  banks: "organization",
  groups: "organization",
  clubs: "organization",
  judges: "person",
  men: "person",
  women: "person",
  brothers: "person",
  sisters: "person",
  pair: "person",
  duo: "person",
};

/** "the two firms", "the judges", "both companies", "the pair". */
const PAIR_DESCRIPTION = /^(?:the|both)\s+(?:two\s+)?([\p{Ll}]+)$/u;

/** A capitalised name of one to four words on one line (no sentence's full stop inside). */
const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}`;
const PAIR = new RegExp(String.raw`(${NAME})\s+and\s+(${NAME})`, "gu");
/** A list's earlier item right before a name: "Sony, " before "Philips". */
const LIST_ITEM = new RegExp(String.raw`(?:^|\s)(${NAME}),\s+$`, "u");
/** Sentence words capitalised only as openers, taken off a name's front. */
const OPENER = /^(?:But|And|When|After|Then|Now|Yet|So|Shares\s+in)\s+/;

/** The kind of actor the model gives the words at [start, end), if any mention overlaps them. */
function kindAt(doc: QuoteDoc, start: number, end: number): string | null {
  const m = doc.actors
    .mentionsIn(doc.article.docId)
    .find((x) => x.start < end && x.end > start && x.via !== "pronoun" && x.via !== "role");
  return m ? (doc.actors.byId.get(m.actorId)?.kind ?? null) : null;
}

/** The pair the description `p` stands for, as one unnamed speaker "X and Y", else null. */
export function pluralPair(doc: QuoteDoc, p: Phrase): Speaker | null {
  if (!isOn("quotes", PLURAL_PAIR_SWITCH.name, doc.switches)) return null;
  const head = PAIR_DESCRIPTION.exec(p.text)?.[1];
  const want = head ? HEADS[head] : undefined;
  if (!want) return null;
  const from = doc.article.bodyStart;
  const before = doc.text.slice(from, p.start);
  let found: { name: string; start: number; end: number } | null = null;
  for (const m of before.matchAll(PAIR)) {
    const a = m[1]!.replace(OPENER, "");
    const aStart = from + m.index + (m[1]!.length - a.length);
    const bStart = from + m.index + m[0].length - m[2]!.length;
    // both of the kind wanted, or one of it and one the model has no actor for ("Elan")
    const kinds = [kindAt(doc, aStart, aStart + a.length), kindAt(doc, bStart, bStart + m[2]!.length)];
    if (!kinds.includes(want) || kinds.some((k) => k !== null && k !== want)) continue;
    // "Sony, Philips, Matsushita and Samsung": a list's earlier names go with the pair
    const items = [a];
    let at = aStart;
    for (
      let lead = LIST_ITEM.exec(doc.text.slice(from, at));
      lead;
      lead = LIST_ITEM.exec(doc.text.slice(from, at))
    ) {
      const name = lead[1]!.replace(OPENER, "");
      at =
        from + lead.index + (lead[0].length - lead[0].trimStart().length) + (lead[1]!.length - name.length);
      const kind = kindAt(doc, at, at + name.length);
      if (kind !== null && kind !== want) break;
      items.unshift(name);
    }
    found = { name: `${items.join(", ")} and ${m[2]!}`, start: at, end: bStart + m[2]!.length };
  }
  if (!found) return null;
  return { ...p, id: null, name: found.name, kind: "unnamed", gender: "plural" };
}
