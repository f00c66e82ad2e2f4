// Switches of the speaker classes found on BBC study set 23 (one list for inline-switches.ts).

/** "The Lord Chancellor, Lord Hale, said": "Lord" before an office's words is part of the office,
 *  no peer's name (resolve-speaker.ts, capitalised-office). */
export const LORD_OFFICE_SWITCH = {
  name: "capitalised-office-lord",
  doc: '"The Lord Chancellor, Lord Hale, agreed", "the Lord Chief Justice said": "Lord" and office words are an office, not the name "Lord Chancellor"',
};

/** The switches of set 23's classes, for the ablation. */
export const SET23_SWITCHES = [LORD_OFFICE_SWITCH];
