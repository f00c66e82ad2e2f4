// "the Chancellor said", "the Prime Minister": an office written in capitals is a description,
// not a name (moved out of resolve-speaker.ts in session 20 to keep that module under 400 lines),
// and "the MP" the model links to no one takes up the member the sentence before names (set 30).

import { CLERGY_OFFICES, ROLE_ABBREVIATIONS, ROLE_HEADS, TITLE_WORDS } from "../lexicons/titles.ts";
import { type Alternative, isOn } from "../steps.ts";
import { officeSubject } from "./office-subject.ts";
import { officeWordsPastLord } from "./peer-role.ts";
import { subjectMentionBefore } from "./prior-subject.ts";
import { CAPITALISED_OFFICE_SUBJECT_SWITCH } from "./s42-switches.ts";
import { MEMBER_OFFICE_SWITCH } from "./set30-switches.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { resolveDescription, speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** Words an office written in capitals may be made of ("the Prime Minister", "the Bishop", "the DJ"). */
const OFFICE_WORDS: readonly ReadonlySet<string>[] = [TITLE_WORDS, CLERGY_OFFICES, ROLE_ABBREVIATIONS];

/** Seats many people hold ("the MP"): one of them, so the member just named, not an office's one holder. */
const MEMBER_OFFICES = new Set(["MP", "MEP", "MSP", "AM"]);

export const CAPITALISED_OFFICE_RULE: Alternative<SpeakerInput, Speaker> = {
  name: "capitalised-office",
  doc: '"the Chancellor said", "the Prime Minister": an office written in capitals is a description (the model\'s role mention), not the name "Chancellor"',
  try: ({ doc, p, words }) => {
    const rest = officeWordsPastLord(words.slice(1), doc);
    const last = rest[rest.length - 1] ?? "";
    const office =
      /^the$/i.test(words[0]!) &&
      /^\p{Lu}/u.test(last) &&
      ROLE_HEADS.has(last.toLowerCase()) &&
      rest.every((w) => OFFICE_WORDS.some((set) => set.has(w.toLowerCase())));
    if (!office) return null;
    const sp = resolveDescription(doc, p);
    // ("Mr Varley said …. The Home Secretary told the BBC": unlinked, the holder the lowercase office
    // would take up; the model's name "Home Secretary" is not read, switch)
    if (
      sp.id === null &&
      !MEMBER_OFFICES.has(last) &&
      isOn("quotes", CAPITALISED_OFFICE_SUBJECT_SWITCH.name, doc.switches)
    ) {
      const held = officeSubject(doc, { ...p, text: p.text.toLowerCase() }, false, true);
      return held ? { ...held, text: p.text } : sp;
    }
    // "However, Mr Hale predicted …. The MP for Kettleby said": the member the sentence before names.
    if (
      sp.id !== null ||
      !MEMBER_OFFICES.has(last) ||
      !isOn("quotes", MEMBER_OFFICE_SWITCH.name, doc.switches)
    )
      return sp;
    const id = subjectMentionBefore(doc, p.start, () => true);
    return id ? speakerForActor(doc, id, p) : sp;
  },
};
