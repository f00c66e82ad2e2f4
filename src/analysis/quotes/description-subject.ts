// "The 14-year-old said", "the Australian-born actress joked": a person's description is the
// person the sentence before names as a clause's subject ("… in the shape of Emma Watson, who
// plays …"), else the model's own role link.

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { ROLE_GENDER, ROLE_HEADS } from "../lexicons/titles.ts";
import { isOn } from "../steps.ts";
import { soleNamed } from "./office-sole-named.ts";
import { peerRole, peerWhoSpoke } from "./peer-role.ts";
import type { Phrase } from "./phrases.ts";
import {
  personNamesIn,
  previousSentenceStart,
  sentenceStart,
  subjectMentionBefore,
} from "./prior-subject.ts";
import { FORMER_ROLE_SWITCH, roleOpenedSubject } from "./set33-switches.ts";
import { type QuoteDoc, speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** The switch of "the … chief" as a person's description (listed in inline-switches.ts). */
export const CHIEF_SWITCH = {
  name: "chief-description-subject",
  doc: '"Lindsay also said …. “…,” said the Warriors chief": "the … chief" the model links to no one is the subject before',
};

/** A party's member, written after the place they sit for ("the Ohio Republican"). */
const PARTY_MEMBER = /^(?:Democrat|Republican)$/;

/**
 * "the 14-year-old", "the Australian-born actress", "the 27-year-old striker": a description that
 * takes up a person named before, told by an age, a birthplace or a gendered role noun; its head,
 * else null ("the announcer", "the band leader" may be someone new).
 */
function personHead(text: string, chief: boolean, peer: boolean, former = false): string | null {
  const ws = text.split(/\s+/);
  if (!/^the$/i.test(ws[0]!) || ws.length < 2 || ws.length > 5) return null;
  const head = ws[ws.length - 1]!;
  // "the Illinois Democrat", "the Kansas Republican": a party's member from a place (session 37)
  if (
    PARTY_MEMBER.test(head) &&
    ws.length >= 3 &&
    ws.length <= 4 &&
    ws.slice(1, -1).every((w) => /^\p{Lu}/u.test(w))
  )
    return head.toLowerCase();
  if (!/^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(head) || ORG_NOUNS.has(head)) return null;
  const told =
    ws.some((w) => /^\d+-year-old$|^\p{Lu}\p{Ll}+-born$/u.test(w)) ||
    head in ROLE_GENDER ||
    // "said the Warriors chief" after "Wigan chairman X": a head of a body, whatever its title (switch)
    (chief && head === "chief") ||
    // "the Labour peer said": a member of the Lords (switch "peer-role")
    (peer && head === "peer") ||
    // "The ex-Rovers assistant boss also warned": a role held before takes up a named person (set 33)
    (former && ROLE_HEADS.has(head) && ws.some((w) => /^(?:former|ex-[\p{L}-]+)$/iu.test(w)));
  return told ? head : null;
}

/** The person a definite description takes up from the sentence before, or null. */
export function descriptionSubject(doc: QuoteDoc, p: Phrase): Speaker | null {
  const chief = isOn("quotes", CHIEF_SWITCH.name, doc.switches);
  const plain = personHead(p.text, chief, peerRole(doc.switches));
  const former = isOn("quotes", FORMER_ROLE_SWITCH.name, doc.switches);
  const head = plain ?? (former ? personHead(p.text, chief, peerRole(doc.switches), true) : null);
  if (!head) return null;
  const m = doc.actors.mentionAt(doc.article.docId, p.start, p.end);
  if (m && m.via !== "role") return null;
  // (set 33) "Rovers legend Tom Hale has urged …. The ex-Rovers assistant boss": a former role the
  // model links to no one is the person the sentence before opens on after a role (switch)
  if (!plain) {
    const opened = m ? null : roleOpenedSubject(doc, p.start);
    return opened ? speakerForActor(doc, opened, p) : null;
  }
  const want = ROLE_GENDER[head] ?? "any";
  const id = subjectMentionBefore(doc, p.start, (id) => {
    const g = doc.actors.genderOf?.(doc.article.docId, id) ?? "any";
    return want === "any" || g === "any" || g === want;
  });
  // The subject the sentence before names, else the model's role link ("The 14-year-old" for
  // Emma Watson): its link may go to an older holder of the role ("Best actress winner X").
  const linked = m && doc.actors.byId.get(m.actorId)?.kind === "person" ? m.actorId : null;
  const chosen = id ?? linked ?? soleNamedBefore(doc, p, want);
  if (chosen) return speakerForActor(doc, chosen, p);
  // "“…,” he told peers. During the debate, the Labour peer said": the peer who spoke just before
  return head === "peer" ? peerWhoSpoke(doc, p) : null;
}

export const DESCRIPTION_SOLE_NAMED_SWITCH = {
  name: "description-sole-named",
  doc: '"… a subcommittee whose chairman, Rep. Ann Coll, called it “pathetic”. “…,” said the Illinois Democrat": with no subject named before, the one person the sentence before names at all',
} as const;

/** The one person (of gender `want`) the sentence before `p`'s names, in any role. */
function soleNamedBefore(doc: QuoteDoc, p: Phrase, want: string): string | null {
  if (!isOn("quotes", DESCRIPTION_SOLE_NAMED_SWITCH.name, doc.switches)) return null;
  const from = previousSentenceStart(doc, p.start);
  const to = sentenceStart(doc, p.start);
  // (a possessor modifies a thing, "Anthony Trollope's The Warden"; a he/him there is a person too)
  const named = personNamesIn(doc, from, to).filter(
    (m) => !/^['’]s?\b/.test(doc.text.slice(m.end, m.end + 2)),
  );
  const id = soleNamed([...named, ...personNamesIn(doc, from, to, true)]);
  const g = id ? (doc.actors.genderOf?.(doc.article.docId, id) ?? "any") : "any";
  return id && (want === "any" || g === "any" || g === want) ? id : null;
}
