// Switches for session 46's rules that are no step of their own (study-set-switches.ts lists them).

export const KIN_NAMED_OWNER_SWITCH = {
  name: "kin-named-owner",
  doc: '"Mr Whitlock\'s mother, Sheila, said": a given name apposed to a named person\'s relative (or to "his/her" mother or father) takes the family\'s surname',
};

export const S46_SWITCHES = [KIN_NAMED_OWNER_SWITCH];
