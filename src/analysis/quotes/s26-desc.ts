// A definite description left unresolved ("the two-time champion added", "The legal assistant
// said", "The country's biggest coal producer blamed …"): in news prose a definite description that
// introduces no one new takes up the actor in focus: the main-clause subject of the sentence before
// (a name, or a pronoun the model resolved), else for a firm the one firm named there; when that
// sentence names no one of its kind, a name two sentences back. It does not when the article
// introduced the description with "a/an" ("a former manager … The manager said"), when its head is
// an anonymous or separate participant (a spokesman, the judge, the police), or an office (the
// chancellor is whoever holds it, not whoever spoke last).

import { literal } from "../../text/regex-literal.ts";
import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { ANONYMOUS_HEADS, DOCUMENT_HEADS } from "../lexicons/sources.ts";
import { OFFICE_HEADS, ROLE_GENDER, ROLE_HEADS } from "../lexicons/titles.ts";
import { forms } from "../lexicons/word-list.ts";
import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { insideQuotation, sentenceStart, subjectAt } from "./prior-subject.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { type QuoteDoc, speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

export const DESCRIPTION_FOCUS_SWITCH = {
  name: "description-focus",
  doc: '"Hanks said …. “…,” added the two-time award winner": an unresolved definite description is the actor in focus',
};

/** Heads of people who are another participant than the one in focus, often never named. */
const PARTICIPANTS: ReadonlySet<string> = new Set(
  forms(`judge jury magistrate coroner prosecutor prosecution defence lawyer barrister solicitor
  attorney police officer detective inspector constable sergeant superintendent doctor surgeon nurse
  paramedic witness victim defendant accused suspect driver passenger caller viewer listener reader
  customer shopper neighbour landlord tenant pupil student child boy girl man woman couple family
  crowd audience public agent employer employee host interviewer reporter correspondent referee
  umpire official member announcer narrator voiceover moderator questioner terrorist gunman attacker bomber killer shooter supporter opponent fan protester demonstrator
  heckler voter attendee volunteer follower donor delegate worker`),
);

/** Heads that name firms ("the lender", "the UK's biggest coal producer"). */
const FIRM_HEADS: ReadonlySet<string> = new Set(
  forms(`lender insurer supplier exporter importer chain provider miner brewer carmaker drugmaker
  chipmaker airline retailer manufacturer maker operator giant`),
);
/** Heads that name a firm only after a rank ("the biggest producer"), else a person ("the producer"). */
const RANKED_FIRM_HEADS: ReadonlySet<string> = new Set(
  forms("producer developer publisher distributor builder"),
);
const RANK =
  /^(?:biggest|largest|leading|top|dominant|second-(?:biggest|largest)|third-(?:biggest|largest))$/;

/** Lower-case heads that end like an agent noun but name things. */
const NOT_AGENTS: ReadonlySet<string> = new Set(
  forms(`poster computer letter paper number order matter water corner border power error factor
  sector monitor motor cancer transfer offer answer chapter quarter centre center winter summer weather
  other character terror error horror together however never over under after ever rather
  whether either neither further later former latter better major minor prior senior junior floor door event incident accident content talent percent extent element comment
  moment restaurant plant warrant grant variant meter register counter cluster trailer thriller sequel banner headline minister`),
);

/** Epithets news uses for a person just named ("the top seed", "the screen legend"). */
const EPITHETS: ReadonlySet<string> = new Set(
  forms(`seed favourite favorite holder legend icon hero great underdog outsider runner-up newcomer
  international centre-half full-back fly-half scrum-half half-back wing-back stand-off midfielder
  goalkeeper keeper winger forward prop hooker flanker all-rounder spinner seamer paceman batsman
  jockey veteran youngster teenager champion debutant`),
);

/** A person's head: a role noun, an age, an epithet or an agent noun ("the winner", "the assistant"). */
function personHead(head: string): boolean {
  if (/^\d+-year-old$/.test(head) || ROLE_HEADS.has(head) || EPITHETS.has(head)) return true;
  if (NOT_AGENTS.has(head) || /ment$/.test(head)) return false;
  return /(?:[^e]er|or|ist|ian|ant|ent)$/.test(head);
}

/** The kind and gender a definite description asks of its antecedent, or null for none. */
function descriptionKind(
  text: string,
): { kind: "person" | "organization"; gender: "male" | "female" | "any"; head: string } | null {
  const ws = text.split(/\s+/);
  if (!/^the$/i.test(ws[0]!) || ws.length < 2 || ws.length > 6) return null;
  // ("the star of Two Rivers", "the two", "the pair": left to the rules for those)
  if (ws.some((w) => /^(?:of|for|to|at|in|with|and|who|two|three|both)$/i.test(w))) return null;
  // ("The deal binds together": a verb inside, no noun phrase)
  if (ws.slice(1, -1).some((w) => /^\p{Ll}[\p{Ll}-]*[^s'’]s$/u.test(w))) return null;
  // ("the world number four", "the number eight": a ranking or a position, a person's epithet)
  const numbered = ws.length >= 3 && ws[ws.length - 2] === "number";
  const head = numbered ? "seed" : ws[ws.length - 1]!;
  if (!/^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(head) || DOCUMENT_HEADS.has(head)) return null;
  if (ANONYMOUS_HEADS.has(head) || PARTICIPANTS.has(head) || OFFICE_HEADS.has(head)) return null;
  if (head in ROLE_GENDER && !/^(?:actress|actor)$/.test(head)) return null;
  const ranked = ws.slice(1, -1).some((w) => RANK.test(w.toLowerCase()));
  // (other organisation nouns, "the group", "the paper", are the organisation rules' to settle)
  if (FIRM_HEADS.has(head) || (ranked && RANKED_FIRM_HEADS.has(head)))
    return { kind: "organization", gender: "any", head };
  if (ORG_NOUNS.has(head) || /[^s]s$/.test(head) || !personHead(head)) return null;
  const gender =
    ROLE_GENDER[head] ?? (/(?:woman|ess)$/.test(head) ? "female" : /man$/.test(head) ? "male" : "any");
  return { kind: "person", gender, head };
}

/** "a former senior manager … The manager said": the article brought in someone new by that head. */
function introducedIndefinite(doc: QuoteDoc, p: Phrase, head: string): boolean {
  const re = new RegExp(
    `\\b(?:a|an|another|one)\\s+(?:[\\p{L}\\p{N}'’&.-]+\\s+){0,4}${literal(head)}\\b`,
    "iu",
  );
  return re.test(doc.text.slice(doc.article.bodyStart, p.start));
}

/** Words a sentence's lead holds only when the name after them is no main subject. */
const LEAD_STOPS: ReadonlySet<string> = new Set(
  forms(`and but or when if after before while as because since said says told was were is are has have
  had will would could that than with by for to at in on from about against`),
);

/** "Schoen told …", "Sen. Ann Roe, 58, said": a name (after any titles) opening its sentence and
 *  followed by a verb, its clause's subject. */
function opensSentence(doc: QuoteDoc, start: number, end: number): boolean {
  // (after titles and a role: "British team member Ann Roe said")
  const lead = doc.text.slice(sentenceStart(doc, start), start);
  if (!/^[\s"“‘]*(?:\p{Lu}[\p{L}.'’-]*\s+)?(?:[\p{L}\p{N}.'’-]+\s+){0,5}$/u.test(lead)) return false;
  if (lead.split(/\s+/).some((w) => LEAD_STOPS.has(w.toLowerCase()))) return false;
  const verb = /^\s+(\p{Ll}+)\b/u.exec(doc.text.slice(end, end + 40))?.[1];
  return !!verb && !/^(?:of|and|or|in|on|at|for|to|with|from|by|who|whose|which|that)$/.test(verb);
}

/** "the Christie supporter", "the Hale family's lawyer": a person named in the description is
 *  someone else than the one it describes. */
function namesAPerson(doc: QuoteDoc, p: Phrase): boolean {
  return p.text
    .split(/\s+/)
    .slice(1)
    .some((w) => /^\p{Lu}/u.test(w) && doc.actors.resolve(w.replace(/['’]s?$/, ""))?.kind === "person");
}

/**
 * The actor in focus before `p` that fits, named by name or resolved pronoun outside quotations:
 * the first subject of the sentence before, else (an organisation) the only one that sentence names. None when the
 * description's own sentence names one before it: there the description is someone else ("Ali
 * rebuked Trump when the businessman …"), save an apposition ("said Tom Hale, the firm's chief").
 */
function actorInFocus(
  doc: QuoteDoc,
  p: Phrase,
  organisation: boolean,
  fits: (id: string) => boolean,
): string | null {
  const here = sentenceStart(doc, p.start);
  const ms = doc.actors.mentionsIn(doc.article.docId);
  // The sentence before; when it names no one that fits, the one before that (subjects only).
  for (let back = 0, to = here; back < 2 && to > 0; back++) {
    const from = sentenceStart(doc, to - 1);
    const before = new Set<string>();
    let subject: string | null = null;
    for (let k = ms.length - 1; k >= 0; k--) {
      const m = ms[k]!;
      if (m.start >= p.start || m.via === "role") continue;
      if (m.start < from) break;
      if (!fits(m.actorId) || insideQuotation(doc, m.start)) continue;
      if (m.start >= here) {
        if (/^,\s*$/.test(doc.text.slice(m.end, p.start))) return m.actorId;
        return null;
      }
      if (m.start >= to) continue;
      // (the first subject is the main clause's: "Ann Roe said the team would cope if Jo Hale …")
      // (two sentences back, a name only: a pronoun there is too far from its own antecedent)
      const named = back === 0 || m.via !== "pronoun";
      if (named && (opensSentence(doc, m.start, m.end) || subjectAt(doc.text, m.start, m.end)))
        subject = m.actorId;
      before.add(m.actorId);
    }
    if (subject) return subject;
    if (before.size > 0) return before.size === 1 && organisation && back === 0 ? [...before][0]! : null;
    to = from;
  }
  return null;
}

/** The actor a definite description takes up in focus, or null. */
function focusFor(doc: QuoteDoc, p: Phrase): Speaker | null {
  const want = descriptionKind(p.text);
  if (!want) return null;
  if (introducedIndefinite(doc, p, want.head) || namesAPerson(doc, p)) return null;
  // ("the hacker who first revealed …": a relative clause brings someone new in)
  if (/^\s+(?:who|whose|that)\b/.test(doc.text.slice(p.end, p.end + 8))) return null;
  // ("Obama the idealist tried": an apposition to the name before it, the name's rules' to settle)
  if (/\p{Lu}[\p{L}.'’-]*\s+$/u.test(doc.text.slice(Math.max(0, p.start - 30), p.start))) return null;
  const id = actorInFocus(doc, p, want.kind === "organization", (id) => {
    const actor = doc.actors.byId.get(id);
    if (actor?.kind !== want.kind) return false;
    const g = doc.actors.genderOf?.(doc.article.docId, id) ?? "any";
    return want.gender === "any" || g === "any" || g === want.gender;
  });
  if (!id) return null;
  const found = speakerForActor(doc, id, p);
  // (an organisation by the model's full name: "UK Coal", never a word of it)
  const name = doc.actors.byId.get(id)!.name;
  return want.kind === "organization" && name.endsWith(found.name ?? "") ? { ...found, name } : found;
}

/** The actor an unresolved definite description takes up, or null. */
export function descriptionFocus(input: SpeakerInput, sp: Speaker): Speaker | null {
  const { doc, p } = input;
  if (sp.id !== null || sp.name !== p.text || !isOn("quotes", DESCRIPTION_FOCUS_SWITCH.name, doc.switches))
    return null;
  return focusFor(doc, p);
}
