// "Harriet Colbeck said the budget was fair. The chancellor said: “…”": an office the article
// never ties to a name ("the chancellor", "the party co-chairman") takes up the person the
// sentence before names as a clause's subject; when that sentence names no one ("He said …"),
// the person who spoke within it or the one before. Left unnamed, it could never be right when
// the holder is named elsewhere in the article. A role ("The singer did not want to talk …")
// takes up its person the same way (switch "role-subject").

import { PRONOUNS } from "../lexicons/pronouns.ts";
import { ANONYMOUS_HEADS } from "../lexicons/sources.ts";
import { OFFICE_HEADS, OFFICE_RANKS, ROLE_HEADS } from "../lexicons/titles.ts";
import { isOn } from "../steps.ts";
import { indefiniteRole } from "./indefinite-role.ts";
import { heldOtherOffice, namedAfter, otherHolder } from "./office-held.ts";
import { invertedTagName } from "./office-inverted-tag.ts";
import { officeIsOrganisation } from "./office-organisation.ts";
import { OFFICE_SOLE_NAMED_SWITCH, soleNamed, soleNamedBack } from "./office-sole-named.ts";
import {
  namedAfterOffice,
  OFFICE_NAMES_OTHER_SWITCH,
  quietStart,
  spokeOfOffice,
} from "./office-spoken-of.ts";
import type { Phrase } from "./phrases.ts";
import { personNamesIn, previousSentenceStart, sentenceStart } from "./prior-subject.ts";
import { articleCoref } from "./role-antecedent.ts";
import { ownsOtherOffice, sameBareMinistry } from "./s27-office.ts";
import { sentenceLead } from "./set32-switches.ts";
import { at, lastOf, type QuoteDoc, speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** Roles that most often bring in someone new ("a spokesman", "his wife", "a rival"). */
const NEW_PERSON_ROLES =
  /^(?:spokes|daughter|son|wife|husband|mother|father|brother|sister|widow|friend|colleague|rival|counterpart|predecessor|successor|partner|girlfriend|boyfriend)/;

/**
 * "the prime minister", "The Tory leader", "the Conservative Party Co-Chairman": an office; with
 * `roles`, also a role ("The singer", "the feminist writer and broadcaster").
 */
export function isOffice(text: string, roles: boolean, ranked = false): boolean {
  const ws = text.split(/\s+/);
  // ("The political reform group's general secretary": the words after a possessive are the office)
  const own = ws.findIndex((w, i) => i > 0 && /['’]s$/.test(w));
  const size = own > 0 ? ws.length - own : ws.length;
  if (!/^the$/i.test(ws[0]!) || ws.length < 2 || size > 5) return false;
  const head = ws[ws.length - 1]!.toLowerCase().replace(/^co-/, "");
  const role = roles && ROLE_HEADS.has(head) && !NEW_PERSON_ROLES.test(head);
  // "the deputy leader" is another office than the leader the sentence before may name (with
  // `ranked`, only a ranked office, its holder's other roles checked by otherRole); "the FBI
  // director", an agency's own office, is most often someone the article has not named yet.
  const rank = ws.some((w) => OFFICE_RANKS.has(w.toLowerCase()));
  return (OFFICE_HEADS.has(head) || role) && rank === ranked && !ws.some((w) => /^\p{Lu}{2,}$/u.test(w));
}

/** Did the article give person `id` as a spokesperson ("Its spokeswoman, Ann Roe,", "spokesman Al
 *  Hale")? A spokesperson holds no office the article leaves unnamed. */
export const namedSpokesperson = (doc: QuoteDoc, id: string): boolean =>
  namedAfter(doc, id, /\bspokes(?:man|woman|person),?\s+$/, 20);

/**
 * Is person `id` given another role before any of their names ("Vice President Dora Quint",
 * "Opposition MP Keith Dunmore") than the office `p`? Then the office is someone else's.
 */
export function otherRole(doc: QuoteDoc, id: string, p: Phrase): boolean {
  const ws = p.text.toLowerCase().split(/\s+/);
  const head = ws[ws.length - 1]!.replace(/^co-/, "");
  const ranks = ws.filter((w) => OFFICE_RANKS.has(w));
  const ranked = ranks.length > 0;
  for (const m of doc.actors.mentionsIn(doc.article.docId)) {
    if (m.actorId !== id || m.via === "pronoun") continue;
    const before = doc.text.slice(Math.max(0, m.start - 40), m.start);
    // (a spokesperson in apposition too: "Its spokeswoman, Rachel Greenhalgh," is no health secretary)
    const spokes = /\b(spokes(?:man|woman|person)),\s*$/.exec(before)?.[1];
    const lead = spokes ? `${spokes} ` : (/((?:[\p{L}.-]+ ){1,3})$/u.exec(before)?.[1] ?? "");
    const leads = sentenceLead(lead, doc.switches).toLowerCase().split(" ");
    // "Chancellor Ann Roe" is not "the shadow chancellor"
    if (ranked && leads.includes(head) && !ranks.every((r) => leads.includes(r))) return true;
    for (const raw of leads) {
      const w = raw.replace(/\.$/, "");
      // "Gov. Chris Christie" for "the governor": an abbreviation of the office is the office.
      // (an office clashes with any other role; a role only with an office: "rock star" and "the
      // singer" may well be one person)
      const heads = OFFICE_HEADS.has(head) ? ROLE_HEADS : OFFICE_HEADS;
      // ("Education Secretary Ann Roe" holds "the minister": set 32, switch)
      if (
        (heads.has(w) || (OFFICE_HEADS.has(head) && ANONYMOUS_HEADS.has(w))) &&
        w !== head &&
        !(raw.endsWith(".") && head.startsWith(w)) &&
        !sameBareMinistry(ws, w, doc.switches)
      )
        return true;
      if (OFFICE_RANKS.has(w) && !ranked) return true;
    }
  }
  // ("the chief medical officer": an office word anywhere makes the description an office)
  const office = ws.some((w) => OFFICE_HEADS.has(w));
  if (heldOtherOffice(doc, id, p) || (office && indefiniteRole(doc, id, head))) return true;
  return isOn("quotes", OFFICE_APPOSITION_SWITCH.name, doc.switches) && otherRoleLinked(doc, id, ws);
}

/** The switch of an apposition's role as another role (listed in inline-switches.ts). */
export const OFFICE_APPOSITION_SWITCH = {
  name: "office-other-apposition",
  doc: '"The police chief, Sir Ian Dunn, said …. The prime minister said": a person the article gives another role in apposition holds no office it never gave them',
};

/** Does the article give person `id` a role in apposition ("The police chief, Sir Ian Dunn,")
 *  that clashes with `head` (an office clashes with any role, a role with an office)? */
export function otherRoleLinked(doc: QuoteDoc, id: string, ws: readonly string[]): boolean {
  const head = ws[ws.length - 1]!.replace(/^co-/, "");
  const heads = OFFICE_HEADS.has(head) ? ROLE_HEADS : OFFICE_HEADS;
  return articleCoref(doc).roles.some(
    (l) =>
      l.head !== head &&
      !sameBareMinistry(ws, l.head, doc.switches) &&
      heads.has(l.head) &&
      doc.actors.mentionAt(doc.article.docId, l.at + l.name.length - 1, l.at + l.name.length)?.actorId === id,
  );
}

export const OFFICE_PAST_UNKNOWN_SWITCH = {
  name: "office-past-unknown-word",
  doc: '"Ideas already floated include …, urging Mr Roe to act. As the party leader declared": a capitalised word no actor holds names no one the office could be',
} as const;

/** The person an office with no link in the model stands for here, or null. */
export function officeSubject(
  doc: QuoteDoc,
  p: Phrase,
  roles: boolean,
  member = false,
  ranked = false,
): Speaker | null {
  // (`member`: "the Salford MP", an office whatever its words, the model's link to it not read;
  // `ranked`: "the shadow chancellor", a ranked office only)
  if (
    !member &&
    (!isOffice(p.text, roles, ranked) || doc.actors.mentionAt(doc.article.docId, p.start, p.end))
  )
    return null;
  if (officeIsOrganisation(doc, p)) return null;
  const here = sentenceStart(doc, p.start);
  // "Hannity asked if the governor believes …": someone else named before it in its own sentence.
  if (personNamesIn(doc, here, p.start).length) return null;
  const before = previousSentenceStart(doc, p.start);
  // "Ann Roe and Bo Lind pressed …", "Neither Ann Roe nor Bo Lind would say": one of two subjects
  // is no office's holder.
  const joint = (h: Speaker) =>
    /\b(?:and|nor)\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(doc.text.slice(Math.max(0, h.start - 30), h.start)) ||
    /^\s+(?:and|nor)\s/.test(doc.text.slice(h.end, h.end + 6));
  const subject = lastOf(doc, (h) => h.kind === "person" && !!h.id && h.start >= before, here);
  // (…nor one who spoke of the office: "Jo Marr said the chancellor had failed", switch)
  // (…nor one the office speaks of by name: "the chancellor said Mr Fallon was …", switch)
  const spoke = (id: string) =>
    (isOn("quotes", "office-spoken-of", doc.switches) && spokeOfOffice(doc, id, p)) ||
    (isOn("quotes", OFFICE_NAMES_OTHER_SWITCH.name, doc.switches) && namedAfterOffice(doc, id, p));
  if (subject && subject.start >= before) {
    if (joint(subject) || spoke(subject.id!)) return null;
    if (!otherRole(doc, subject.id!, p)) return at(subject, p);
    // ("Mr Roe was joined by Ann Lee. Mr Roe said …. The prime minister said", switch)
    const other = otherHolder(doc, subject.id!, p, before, here);
    return other && !otherRole(doc, other, p) && !spoke(other) ? speakerForActor(doc, other, p) : null;
  }
  // ("…, said Keith Dunmore. … the party leader said": the inverted tag's person, switch)
  const tagged = isOn("quotes", "office-inverted-tag", doc.switches)
    ? invertedTagName(doc.text, personNamesIn(doc, before, here))
    : null;
  if (tagged && !otherRole(doc, tagged.actorId, p) && !spoke(tagged.actorId))
    return speakerForActor(doc, tagged.actorId, p);
  // "He said …. Speaking in Leeds, the chancellor said": no one named, the speaker carries on.
  // (an organisation named there holds no office: "… described as “reckless” by the IHRC")
  const orgsPass = isOn("quotes", "office-past-organisation", doc.switches);
  // (…nor a capitalised word no actor holds: "Ideas already floated include …", switch)
  const unknownPass = isOn("quotes", OFFICE_PAST_UNKNOWN_SWITCH.name, doc.switches);
  const namedBefore = (h: Speaker) =>
    h.start >= before &&
    h.start < here &&
    !(h.text.toLowerCase() in PRONOUNS) &&
    !(orgsPass && h.kind === "organization") &&
    !(unknownPass && h.kind === "person" && !h.id);
  if (doc.history.some(namedBefore)) return null;
  const named = personNamesIn(doc, before, here);
  // (the one person named where no one speaks, switch "office-sole-named")
  const sole = isOn("quotes", OFFICE_SOLE_NAMED_SWITCH.name, doc.switches) ? soleNamed(named) : null;
  if (sole)
    return otherRole(doc, sole, p) || spoke(sole) || ownsOtherOffice(doc, p)
      ? null
      : speakerForActor(doc, sole, p);
  if (named.length) return null;
  const prior = previousSentenceStart(doc, before + 1);
  // (further back over sentences that name no person, switch "office-past-quiet-sentences")
  const from = isOn("quotes", "office-past-quiet-sentences", doc.switches)
    ? quietStart(doc, prior, here)
    : prior;
  const last = lastOf(doc, (h) => h.kind === "person" && !!h.id && !!h.speaker, p.start);
  if (last && last.start >= from)
    return !otherRole(doc, last.id!, p) && !spoke(last.id!) ? at(last, p) : null;
  // ("… unveiled by Ann Roe. The plans include …. The home secretary said", switch)
  const back = soleNamedBack(doc, from, here, p);
  return back && !otherRole(doc, back, p) && !spoke(back) && !ownsOtherOffice(doc, p)
    ? speakerForActor(doc, back, p)
    : null;
}
