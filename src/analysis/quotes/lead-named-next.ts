// "A bookmaker has stopped taking bets after claiming “sensitive information” had leaked. William
// Hill made the move after …": a BBC lead often voices its story through someone it does not name
// (an indefinite or lower-case subject: "A charity has …", "US film professionals have declared",
// "The new health minister for Wales says"; or a passive with no named agent: "Mr X has been
// accused of …", "… criticised for “…” by campaigners in the US") and names that source as the
// subject opening the very next sentence ("William Hill made the move", "The Film Institute (FI)
// hailed …", "Tory spokesman Ann Roe told MPs …"). The headline's words and the lead's own
// unattributed quotations after its verb are that named source's.

import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { isOn } from "../steps.ts";
import { leadRoleOf } from "./lead-role-of.ts";
import { leadGerundVoice } from "./s25-terms-switches.ts";
import { LEAD_INDEFINITE_SUBJECT_SWITCH } from "./set23-switches.ts";
import { LEAD_ROLE_NAMED_NEXT_SWITCH } from "./set28-switches.ts";
import { leadReference } from "./set33-switches.ts";
import type { QuoteDoc } from "./state.ts";
import type { QuoteFound } from "./types.ts";

/** Verbs a lead voices a claim with, beyond the verbs of saying. */
const CLAIM_VERBS = new Set(["claiming", "attack", "attacks", "attacked", "attacking", "urging", "accusing"]);

/** Words that end a subject: auxiliaries and modals. */
const AUX =
  /^(?:has|have|had|is|are|was|were|will|would|could|should|can|may|might|must|does|do|did|says|said)$/;

const DETERMINER = /^(?:the|a|an|this|that|its|his|her|their|our|my|your)$/i;

const PRONOUN = /^(?:he|she|it|they|we|i|you)$/i;

/** Up to five words of a role, ending on a role noun, before a name. */
const ROLE_BEFORE =
  /^(?:[\p{L}-]+\s+){3,4}(?:chairman|chairwoman|chair|spokesman|spokeswoman|leader|director|secretary|minister)\s+$/u;

const voicing = (w: string) => SPEECH_VERB_FORMS.has(w) || CLAIM_VERBS.has(w);

export interface NamedSource {
  id: string;
  text: string;
  name: string;
  kind: "person" | "organization";
}

/** Person or organisation mentions (by name) of the article within [start, end). */
function namedIn(doc: QuoteDoc, start: number, end: number) {
  return doc.actors
    .mentionsIn(doc.article.docId)
    .filter((m) => m.start >= start && m.end <= end && m.via !== "pronoun" && m.via !== "role")
    .filter((m) => {
      const k = doc.actors.byId.get(m.actorId)?.kind;
      return k === "person" || k === "organization";
    });
}

/**
 * Where the lead voices its claim (the offset of the verb of saying) when its source is unnamed:
 * a passive with no named agent, or a subject (before the first auxiliary or verb) naming no one.
 */
export function unnamedLeadVoice(doc: QuoteDoc): number | null {
  const lead = doc.article.paragraphs[0]?.sentences[0];
  if (!lead) return null;
  const text = doc.text.slice(lead.start, lead.end);
  const words = [...text.matchAll(/[\p{L}'’-]+/gu)];
  // a verb, not a noun after a determiner ("The term …")
  // (session 25: "after admitting", "after being quoted as", switch)
  const ws = words.map((w) => w[0]);
  const v = words.findIndex(
    (w, i) =>
      (voicing(w[0]) || leadGerundVoice(ws, i, doc.switches)) && !DETERMINER.test(words[i - 1]?.[0] ?? ""),
  );
  if (v < 0) return null;
  const verbAt = words[v]!.index;
  // (a closing tag, "…, the industry warns.", is read by lead-source.ts)
  const comma = text.lastIndexOf(",", verbAt);
  if (comma > 0 && !/,/.test(text.slice(verbAt))) return null;
  const prev = words[v - 1]?.[0].toLowerCase() ?? "";
  const prev2 = words[v - 2]?.[0].toLowerCase() ?? "";
  if (prev === "been" || (/^(?:is|are|was|were)$/.test(prev) && prev2 !== "it")) {
    // "… criticised for “…” by campaigners in the US": an agent, named or not
    const by = /\sby\s+(?:the\s+)?(\S+)/.exec(text.slice(verbAt));
    if (by && /^\p{Lu}/u.test(by[1]!)) return null;
    return lead.start + verbAt;
  }
  const aux = words.findIndex((w, i) => i <= v && (AUX.test(w[0].toLowerCase()) || i === v));
  if (aux <= 0 || PRONOUN.test(words[0]![0])) return null;
  const subjectEnd = lead.start + words[aux]!.index;
  // (set 23) "A senior Tory MP has": an indefinite person whose body alone is named (switch)
  const person =
    (isOn("quotes", LEAD_INDEFINITE_SUBJECT_SWITCH.name, doc.switches) && /^(?:A|An)\s/.test(text)) ||
    leadRoleOf(text, doc.switches)
      ? (m: { actorId: string }) => doc.actors.byId.get(m.actorId)?.kind === "person"
      : () => true;
  // (set 33) "A close associate of Ann Roe has told …": a person after "of" or "to" is the point
  // of reference, not the subject (switch)
  const reference = (m: { start: number }) => leadReference(doc, lead.start, m.start);
  return namedIn(doc, lead.start, subjectEnd).some((m) => person(m) && !reference(m))
    ? null
    : lead.start + verbAt;
}

/** The person or organisation the second sentence opens on as its subject ("Tory spokesman Ann
 *  Roe told …", "The Film Institute (FI) hailed …"), not one the lead names. */
export function nextSentenceSource(doc: QuoteDoc, found: readonly QuoteFound[]): NamedSource | null {
  const [lead, next] = doc.article.paragraphs.flatMap((p) => p.sentences);
  if (!lead || !next) return null;
  const ms = namedIn(doc, next.start, Math.min(next.end, next.start + 60));
  // the first one, or the person a body and a role lead up to ("Tory spokesman Ann Roe")
  let m = ms[0];
  if (!m) return null;
  const after = ms[1];
  if (
    after &&
    doc.actors.byId.get(after.actorId)?.kind === "person" &&
    /^\s+(?:[\p{Ll}-]+\s+){1,3}$/u.test(doc.text.slice(m.end, after.start))
  )
    m = after;
  const before = doc.text.slice(next.start, m.start);
  // at most three words before it, no clause ("In a statement, the firm …"), not a possessive
  // (set 23: a longer role before a person, "Public accounts committee chairman Ann Roe", switch)
  const long = isOn("quotes", LEAD_INDEFINITE_SUBJECT_SWITCH.name, doc.switches) && ROLE_BEFORE.test(before);
  if (!(long || /^(?:[\p{L}-]+\s+){0,3}$/u.test(before)) || /^(?:In|On|At|After|But|However)\s/.test(before))
    return null;
  if (/^['’]s?\b/u.test(doc.text.slice(m.end, m.end + 2))) return null;
  if (namedIn(doc, lead.start, lead.end).some((x) => x.actorId === m.actorId)) return null;
  const actor = doc.actors.byId.get(m.actorId)!;
  const seen = found.find((q) => q.speakerId === actor.id && q.speakerKind !== "unnamed")?.speakerName;
  return {
    id: actor.id,
    text: m.text,
    name: seen ?? actor.name,
    kind: actor.kind === "person" ? "person" : "organization",
  };
}

/** The lead's unattributed quotations after its verb, given to the source the next sentence names. */
export function leadQuotesNamedNext(doc: QuoteDoc, direct: QuoteFound[]): void {
  const verb = unnamedLeadVoice(doc);
  const lead = doc.article.paragraphs[0]?.sentences[0];
  if (verb === null || !lead) return;
  // (set 23) "A senior Tory MP has criticised … “lackadaisical” …": also the lead's own unnamed
  // subject, taken as a cue (switch)
  const indefinite = isOn("quotes", LEAD_INDEFINITE_SUBJECT_SWITCH.name, doc.switches);
  // (set 27) "The head of US TV network Fox has admitted … “…”": a role of a body too (switch)
  const unnamedSubject = (q: QuoteFound) =>
    q.speakerKind === "unnamed" &&
    q.speakerText !== null &&
    ((indefinite && /^(?:A|An)\s/.test(q.speakerText)) || leadRoleOf(q.speakerText, doc.switches)) &&
    doc.text.startsWith(q.speakerText, lead.start);
  // (set 28) "Scotland's sports minister has warned": a bare role the model names no one by (switch)
  const role = (q: QuoteFound) =>
    isOn("quotes", LEAD_ROLE_NAMED_NEXT_SWITCH.name, doc.switches) &&
    q.speakerText !== null &&
    !/\p{Lu}/u.test(q.speakerName ?? "") &&
    doc.text.startsWith(q.speakerText, lead.start);
  const open = direct.filter(
    (q) => q.start > verb && q.end <= lead.end && (!q.speakerName || unnamedSubject(q) || role(q)),
  );
  if (!open.length) return;
  const src = nextSentenceSource(doc, direct);
  if (!src) return;
  for (const q of open)
    Object.assign(q, {
      speakerId: src.id,
      speakerText: src.text,
      speakerName: src.name,
      speakerKind: src.kind,
      via: "context",
      cue: "lead",
    });
}
