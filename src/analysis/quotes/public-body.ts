// "the government said", "the committee added": a public body given by its head noun alone. The
// organisation that spoke last is no stand-in for it unless its name holds that noun ("the
// committee" is never the Child Support Agency the committee was criticising); a government the
// article names no further is the government itself, and a committee it gave only in lower case
// ("the environment select committee said") is that committee.

import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { isOn } from "../steps.ts";
import { COUNTRY_GOVERNMENT_SWITCH, countryGovernment } from "./country-government.ts";
import type { Phrase } from "./phrases.ts";
import { MORE_COUNTRIES_SWITCH } from "./set24-switches.ts";
import { lastOf, paraOf, type QuoteDoc, unnamed } from "./state.ts";
import type { Speaker } from "./types.ts";

/** Heads that name one public body, never a firm or group another name could stand in for. */
export const PUBLIC_BODY_HEADS: ReadonlySet<string> = new Set([
  "government",
  "ministry",
  "department",
  "committee",
  "commission",
  "council",
  "parliament",
  "court",
]);

/** Words that never modify a body's name. */
const NOT_MODIFIERS = new Set(
  "the a an that which who this these those its their his her our of to and or for in on at by with as whole same new other such then now also".split(
    " ",
  ),
);

/** The latest organisation of the history within three paragraphs whose name holds `head`. */
function orgWithHead(doc: QuoteDoc, head: string, p: Phrase): Speaker | undefined {
  const para = paraOf(doc, p.start);
  return lastOf(
    doc,
    (h) =>
      h.kind === "organization" &&
      (h.para ?? 0) >= para - 3 &&
      (h.name ?? "").toLowerCase().split(/\s+/).includes(head),
    p.start,
  );
}

/** "the environment select committee": the latest lower-case description of a body with this
 *  head before `p`, one to three modifiers long, as the organisation's name. */
function lowerCaseBody(doc: QuoteDoc, head: string, p: Phrase): string | null {
  const re = new RegExp(`\\bthe\\s+((?:[\\p{Ll}-]+\\s+){1,3}${head})\\b`, "giu");
  let found: string | null = null;
  for (const m of doc.text.slice(doc.article.bodyStart, p.start).matchAll(re)) {
    // "the reason that the government", "the whole committee": no function word as a modifier.
    if (!m[1]!.split(/\s+/).some((w) => NOT_MODIFIERS.has(w.toLowerCase()))) found = m[1]!;
  }
  return found;
}

/** A verb of saying right after the phrase ("the committee also said") or right before it ("says the committee"). */
function saysAt(text: string, p: Phrase): boolean {
  const after = /^\s+(?:(?:also|has|have|had|will|would|then|\p{Ll}+ly)\s+)*(\p{Ll}+)/u.exec(
    text.slice(p.end, p.end + 60),
  );
  const before = /(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, p.start - 30), p.start));
  return [after?.[1], before?.[1]].some((w) => !!w && SPEECH_VERB_FORMS.has(w));
}

/** The public body "the <head>" stands for (`core`: the description's words after "the"); null
 *  when `head` is no such body's. Nothing found for a bare head leaves it unnamed. */
export function publicBody(doc: QuoteDoc, head: string, core: readonly string[], p: Phrase): Speaker | null {
  if (!PUBLIC_BODY_HEADS.has(head)) return null;
  const org = (name: string): Speaker => ({ ...p, id: null, name, kind: "organization", gender: "any" });
  // "the environment select committee said": the body as the article writes it.
  if (core.length > 1) return core.every((w) => /^[\p{Ll}-]+$/u.test(w)) ? org(core.join(" ")) : null;
  const named = orgWithHead(doc, head, p);
  if (named) return { ...named, text: p.text, start: p.start, end: p.end, speaker: false };
  // Only as a verb of saying's subject: "defined as “adults” by the government" is no statement.
  if (!saysAt(doc.text, p)) return null;
  const lower = lowerCaseBody(doc, head, p);
  if (lower) return org(lower);
  if (head !== "government") return unnamed(p);
  // "the government" of an article that names no government: its country's (switch)
  const country = isOn("quotes", COUNTRY_GOVERNMENT_SWITCH.name, doc.switches)
    ? countryGovernment(
        doc.text.slice(doc.article.bodyStart),
        isOn("quotes", MORE_COUNTRIES_SWITCH.name, doc.switches),
      )
    : null;
  return org(country ?? head);
}

/** Plural nouns for the members of a body: "the MPs said" after the committee spoke. */
export const MEMBERS =
  /^the\s+(?:MPs|MEPs|MSPs|AMs|peers|members|councillors|senators|lawmakers|legislators)$/i;

/** "The MPs said" right after "…, the environment select committee said": the body they sit on,
 *  an organisation speaking in this paragraph or the one before whose head is a public body's. */
export function membersBody(doc: QuoteDoc, p: Phrase): Speaker | null {
  if (!MEMBERS.test(p.text)) return null;
  const para = paraOf(doc, p.start);
  const body = lastOf(
    doc,
    (h) =>
      h.kind === "organization" &&
      !!h.speaker &&
      (h.para ?? 0) >= para - 1 &&
      PUBLIC_BODY_HEADS.has((h.name ?? "").split(/\s+/).pop()!.toLowerCase()),
    p.start,
  );
  return body ? { ...body, text: p.text, start: p.start, end: p.end, speaker: false } : null;
}
