// Pronouns that can stand for a speaker.

/** Pronouns that can stand as a speaker, with the person they refer to. */
export const PRONOUNS: Readonly<Record<string, "male" | "female" | "plural" | "thing" | "self">> = {
  he: "male",
  she: "female",
  they: "plural",
  it: "thing",
  we: "plural",
  i: "self",
  // "I'd say that …": a contraction stands for its pronoun, never for a name
  "i'd": "self",
  "i'll": "self",
  "i'm": "self",
  "i've": "self",
  "i’d": "self",
  "i’ll": "self",
  "i’m": "self",
  "i’ve": "self",
};

/** "The row prompted him to say …": object pronouns, the subject of a causative's infinitive. */
export const OBJECT_PRONOUNS: Readonly<Record<string, "male" | "female" | "plural">> = {
  him: "male",
  her: "female",
  them: "plural",
};

/** Words written with 's for "is"/"has" ("It's said", "There's", "He's"), never a name in 's. */
export const S_CONTRACTIONS: ReadonlySet<string> = new Set(
  "it he she that there what who here where this let everyone nobody".split(" "),
);
