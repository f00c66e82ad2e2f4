// Session 42's quote switches, listed with the study sets' switches.

/** `Mr Varley said: "…" The Home Secretary told the BBC: "…"`: an office written in capitals that
 *  the model links to no one takes up its holder as the lowercase office does (office-subject.ts). */
export const CAPITALISED_OFFICE_SUBJECT_SWITCH = {
  name: "capitalised-office-subject",
  doc: '"Mr Varley said: “…” The Home Secretary told the BBC": an unlinked office in capitals is the subject the sentence before names, as "the home secretary" is',
};

export const S42_SWITCHES = [CAPITALISED_OFFICE_SUBJECT_SWITCH];
