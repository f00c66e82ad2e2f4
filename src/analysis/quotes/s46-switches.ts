// Switches for session 46's rules that are no step of their own (study-set-switches.ts lists them).

export const KIN_NAMED_OWNER_SWITCH = {
  name: "kin-named-owner",
  doc: '"Mr Whitlock\'s mother, Sheila, said": a given name apposed to a named person\'s relative (or to "his/her" mother or father) takes the family\'s surname',
};

export const NAMED_BEFORE_RELATIVE_SWITCH = {
  name: "named-before-relative",
  doc: '"His wife, Carol, who was in the gallery, said", "Acme\'s spokeswoman, Ada Lind, who joined in May, said": the name apposed to a role speaks past the relative clause, with its role',
};

export const AFFILIATED_NAME_SWITCH = {
  name: "affiliated-name",
  doc: '"Det Ch Insp Simon Ferris, of Kent Police, who led the inquiry, said": the person before ", of <body>," speaks, not the body',
};

export const WHO_PAST_DESCRIPTION_SWITCH = {
  name: "who-past-description",
  doc: '"Dr Vikram Sethi, a consultant biochemist, who said …": the who-clause\'s antecedent is the name the description is apposed to',
};

export const ANONYMITY_CLAUSE_SWITCH = {
  name: "anonymity-clause",
  doc: '"a police officer, who asked not to be named, said …": "not to be named" is a source\'s wish, no reported words',
};

export const FRONTED_PLACE_SWITCH = {
  name: "fronted-place-no-antecedent",
  doc: '"In Baquba, a police officer, who asked not to be named, told the BBC": the place a fronted preposition takes is no one the description is apposed to',
};

export const LINKED_PERSON_HEAD_SWITCH = {
  name: "linked-person-head",
  doc: '"A buyer for one leading UK chain, who asked not to be named, told the BBC": the person before the link speaks, not the link\'s object',
};

export const S46_SWITCHES = [
  LINKED_PERSON_HEAD_SWITCH,
  FRONTED_PLACE_SWITCH,
  ANONYMITY_CLAUSE_SWITCH,
  KIN_NAMED_OWNER_SWITCH,
  NAMED_BEFORE_RELATIVE_SWITCH,
  AFFILIATED_NAME_SWITCH,
  WHO_PAST_DESCRIPTION_SWITCH,
];
