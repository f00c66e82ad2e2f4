// Pronouns that can stand for a speaker.

/** Pronouns that can stand as a speaker, with the person they refer to. */
export const PRONOUNS: Readonly<Record<string, "male" | "female" | "plural" | "thing" | "self">> = {
  he: "male",
  she: "female",
  they: "plural",
  it: "thing",
  we: "plural",
  i: "self",
};
