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

export const S46_SWITCHES = [
  KIN_NAMED_OWNER_SWITCH,
  NAMED_BEFORE_RELATIVE_SWITCH,
  AFFILIATED_NAME_SWITCH,
  WHO_PAST_DESCRIPTION_SWITCH,
];
