// "Albion chairman Derek Mayhew released a statement on Sunday. “…,” the statement read.", "Ashworth
// City issued a brief statement. “…,” it read.": a statement, letter or apology the sentence before
// says someone issued speaks for whoever issued it, not for the latest organisation named (session
// 43; BBC labels give a document to its author, as "the letter added" is Eli Lilly's); and "a
// statement" speaks for the organisation the sentence before opens on (session 44).

import { isOn } from "../steps.ts";
import { orgSubjectBefore } from "./org-subject-before.ts";
import { previousSentenceStart, sentenceStart } from "./prior-subject.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** The words standing for the document: "the statement", "the letter", "it". */
const DOCUMENT_WORDS = /^(?:the\s+(?:statement|letter|apology|message|response)|it)$/i;

/** "<Name> (later) issued/released (a brief) statement": the issuer's words, group 1. */
const ISSUED =
  /((?:\p{Lu}[\p{L}'’.-]*\s+){0,5}\p{Lu}[\p{L}'’.-]*)\s+(?:(?:later|also|then|has|had|have|quickly|swiftly)\s+)?(?:issued|released|put\s+out|published|sent|posted)\s+(?:a|an|his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|letter|apology|message|response)\b/gu;

export const ISSUED_DOCUMENT_RULE = {
  name: "issued-document",
  doc: '"Derek Mayhew released a statement. “…,” the statement read": the document speaks for whoever the sentence before says issued it',
  try: ({ doc, p }: SpeakerInput): Speaker | null => {
    if (!DOCUMENT_WORDS.test(p.text) || !isOn("quotes", ISSUED_DOCUMENT_RULE.name, doc.switches)) return null;
    const from = previousSentenceStart(doc, p.start);
    const to = sentenceStart(doc, p.start);
    let last: RegExpExecArray | null = null;
    for (const m of doc.text.slice(from, to > from ? to : p.start).matchAll(ISSUED)) last = m;
    if (!last) return null;
    // (the issuer as the actor model holds it: "Albion chairman Derek Mayhew" is Derek Mayhew)
    const start = from + last.index! + last[0].indexOf(last[1]!);
    const m = doc.actors.mentionAt(doc.article.docId, start, start + last[1]!.length);
    return m && m.via !== "pronoun" ? speakerForActor(doc, m.actorId, p) : null;
  },
};

/** "a statement", "a club statement", "a statement on the club's website". */
const A_STATEMENT =
  /^(?:a|the)\s+(?:(?:club|team|brief|short|joint|written)\s+)?statement(?:\s+(?:on|from)\s+.*)?$/i;

export const STATEMENT_OF_SUBJECT_RULE = {
  name: "statement-of-subject",
  doc: '"Dundee United made it clear they would not sell. “…,” said a statement on the club\'s website": a statement speaks for the organisation the sentence before opens on',
  try: ({ doc, p }: SpeakerInput): Speaker | null => {
    if (!A_STATEMENT.test(p.text) || !isOn("quotes", STATEMENT_OF_SUBJECT_RULE.name, doc.switches))
      return null;
    return orgSubjectBefore(doc, p, "any");
  },
};
