// "Ravi Marsh has angered the harbour board. The probe follows the harbour minister's remarks …
// The minister said": an office the model links to no one is tied by the article to the one
// person the sentence before it names, when its own sentence names no one before it. A later
// use of that office (office-subject finding no one) is that person, when named in view
// (switch "office-tied-holder"); and of the people the sentence before an office names, those
// the article ties to another office hold not this one (switch "office-tied-other").

import { OFFICE_HEADS } from "../lexicons/titles.ts";
import { isOn } from "../steps.ts";
import { indefiniteRole } from "./indefinite-role.ts";
import { namedSpokesperson, otherRoleLinked } from "./office-subject.ts";
import type { Phrase } from "./phrases.ts";
import { insideQuotation, personNamesIn, previousSentenceStart, sentenceStart } from "./prior-subject.ts";
import { pronounBefore } from "./s22-desc-switches.ts";
import { type QuoteDoc, speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

export const OFFICE_TIED_HOLDER_SWITCH = {
  name: "office-tied-holder",
  doc: '"Ravi Marsh has …. The probe follows the harbour minister\'s …. The minister said": an office the article tied to one person, named in view, is that person',
} as const;

export const OFFICE_TIED_OTHER_SWITCH = {
  name: "office-tied-other",
  doc: '"Jo Roe backed Ravi Marsh. The party leader said" where the article tied Jo Roe to "the prime minister": the one person named there the article tied to no other office',
} as const;

/** An office phrase "the [up to three words] <office head>" at `at`: its words after "the". */
interface Tie {
  at: number;
  key: string;
  head: string;
  id: string;
}

// (a lookahead: "The probe follows the London mayor's" tries each "the")
const OFFICE_PHRASE = /\b[Tt]he(?=((?:\s+[\p{L}][\p{L}'’-]*){1,5}))/gu;

/** Words that end an office's modifiers ("the probe follows the …" holds no office). */
const STOP = /^(?:the|a|an|of|and|or|to|in|for|on|at|by|with|has|had|have|is|was|were|are|be)$/i;

/** The office words of `words` ("Tory leader's spokesman" → "tory leader"), or null; not a
 *  title before a name ("The Prime Minister Ann Roe"). */
function officeWords(words: string): { key: string; head: string } | null {
  const ws = words.trim().split(/\s+/);
  for (let i = 0; i < ws.length && i < 4; i++) {
    const w = ws[i]!.replace(/['’]s$/, "");
    if (/^\p{Lu}{2,}$/u.test(w) || STOP.test(w)) return null;
    if (OFFICE_HEADS.has(w.toLowerCase())) {
      if (ws[i] === w && /^\p{Lu}/u.test(ws[i + 1] ?? "")) return null;
      const key = [...ws.slice(0, i), w].join(" ").toLowerCase();
      return { key, head: w.toLowerCase() };
    }
    if (ws[i] !== w) return null;
  }
  return null;
}

export const OFFICE_TIE_ROLES_SWITCH = {
  name: "office-tie-roles",
  doc: '"… chosen by the president\'s family," the opposition leader told …: an office inside a quotation ties no one, and a holder the article gave another role ("Ann Roe, the union\'s leader,") holds no office it never gave her',
} as const;

const tieQuoted = (doc: QuoteDoc) => isOn("quotes", OFFICE_TIE_ROLES_SWITCH.name, doc.switches);

const ties = new WeakMap<QuoteDoc, Tie[]>();

/** Every office the article ties to the one person the sentence before it names. */
function tiedOffices(doc: QuoteDoc): Tie[] {
  const known = ties.get(doc);
  if (known) return known;
  const out: Tie[] = [];
  for (const m of doc.text.matchAll(OFFICE_PHRASE)) {
    const office = officeWords(m[1]!);
    // ("… a parliament chosen by the president's family," the opposition leader told …: an office
    // in someone's words ties no one, switch)
    if (!office || (tieQuoted(doc) && insideQuotation(doc, m.index))) continue;
    const here = sentenceStart(doc, m.index);
    if (here === 0 || personNamesIn(doc, here, m.index).length) continue;
    const ids = new Set(personNamesIn(doc, previousSentenceStart(doc, m.index), here).map((n) => n.actorId));
    // ("He is out on bail and the judge agreed …": a he/she for the person before the office in its
    // own sentence makes the office someone else, switch)
    const id = ids.size === 1 ? [...ids][0]! : null;
    if (id && !pronounBefore(doc, id, here, m.index)) out.push({ ...office, at: m.index, id });
  }
  ties.set(doc, out);
  return out;
}

/** Did the article give person `id` another role in apposition than the office `p`? */
function givenOtherRole(doc: QuoteDoc, id: string, p: Phrase): boolean {
  const ws = p.text.toLowerCase().split(/\s+/);
  return otherRoleLinked(doc, id, ws) || indefiniteRole(doc, id, ws[ws.length - 1]!);
}

/** Is office `a` the same as `b` ("mayor", "London mayor")? */
const sameOffice = (a: { key: string; head: string }, b: { key: string; head: string }) =>
  a.head === b.head && (a.key.endsWith(b.key) || b.key.endsWith(a.key));

/** Where the lead ends: the headline and the article's first sentence. */
function leadEnd(doc: QuoteDoc): number {
  const sentences = doc.article.paragraphs.flatMap((para) => para.sentences);
  return sentences[1]?.end ?? sentences[0]?.end ?? 0;
}

/** The person an office no rule before found stands for, by the article's ties, or null. */
export function officeTied(doc: QuoteDoc, p: Phrase): Speaker | null {
  const office = officeWords(p.text.replace(/^the\s+/i, ""));
  if (!office || !/^the\s/i.test(p.text) || doc.actors.mentionAt(doc.article.docId, p.start, p.end))
    return null;
  const here = sentenceStart(doc, p.start);
  if (personNamesIn(doc, here, p.start).length) return null;
  const all = tiedOffices(doc).filter((t) => t.at < sentenceStart(doc, p.start));
  const before = previousSentenceStart(doc, p.start);
  if (isOn("quotes", OFFICE_TIED_HOLDER_SWITCH.name, doc.switches)) {
    const holders = new Set(all.filter((t) => sameOffice(t, office)).map((t) => t.id));
    const id = holders.size === 1 ? [...holders][0]! : null;
    const from = previousSentenceStart(doc, before + 1);
    const inView = (m: { start: number; actorId: string }) =>
      m.actorId === id && (m.start >= from || m.start < leadEnd(doc)) && m.start < p.start;
    // (not one the article gave another role: "Its spokeswoman, Ann Roe," is no health secretary;
    // "Bernard Lacoste, the union's leader," no transport minister, switch)
    const held = id && !namedSpokesperson(doc, id) && !(tieQuoted(doc) && givenOtherRole(doc, id, p));
    if (held && doc.actors.mentionsIn(doc.article.docId).some((m) => m.via !== "pronoun" && inView(m)))
      return speakerForActor(doc, id, p);
  }
  if (!isOn("quotes", OFFICE_TIED_OTHER_SWITCH.name, doc.switches)) return null;
  const other = (id: string) => all.some((t) => t.id === id && !sameOffice(t, office));
  const named = new Set(personNamesIn(doc, before, here).map((n) => n.actorId));
  if (named.size < 2) return null;
  const left = [...named].filter((id) => !other(id));
  return left.length === 1 ? speakerForActor(doc, left[0]!, p) : null;
}
