// The switch of the continuation rule's own-tag exception (read in context.ts), listed with the
// study sets' switches (study-set-switches.ts).

export const CONTINUED_OWN_TAG_SWITCH = {
  name: "continued-own-tag",
  doc: "`… Keegan. \"He is an unsung hero,\" said Keegan.`: a seeming continuation closing on a comma before its own tag is the tag's, not the unclosed quotation's (nor is the quotation before it)",
};
