// Session 20's pronoun-antecedent classes (issue #13): the switches, one list for inline-switches.ts;
// each rule reads its switch where it runs.

/** `"Miss Vell says she can live with it," she said`: nobody calls themselves "Mr/Mrs/Ms/Miss X", so
 *  the person a quotation names so is never the he/she of its tag (named-in-quote.ts). */
export const COURTESY_NAMED_IN_QUOTE_SWITCH = {
  name: "pronoun-not-courtesy-named-in-quote",
  doc: '"Miss Vell says she can live with it," she said: he/she is never the person the quotation names with Mr/Mrs/Ms/Miss',
};

/** "As for Dan Okoro, he said he's not worried": the person a fronted "As for X," names is the
 *  he/she right after its comma (pronoun-as-for.ts). */
export const AS_FOR_SWITCH = {
  name: "pronoun-as-for",
  doc: '"As for Dan Okoro, he said …": the he/she right after a fronted "As for X," is X',
};

/** "When Rita Marsh pointed out that Tom Bell calls it “…,” Ann Roe seized upon it. “…,” she said":
 *  the main clause's subject after a subordinate clause holding a quotation is the he/she that goes
 *  on (pronoun-main-clause.ts; "fronted-subject" reads the clauses with none). */
export const MAIN_AFTER_SUBORDINATE_SWITCH = {
  name: "pronoun-main-after-subordinate",
  doc: "\"When Rita Marsh pointed out …, Ann Roe seized upon it. “…,” she said\": he/she is the main clause's subject, not the subordinate clause's",
};

/** The switches of the session-20 pronoun classes, for the ablation. */
export const PRONOUN20_SWITCHES = [
  COURTESY_NAMED_IN_QUOTE_SWITCH,
  AS_FOR_SWITCH,
  MAIN_AFTER_SUBORDINATE_SWITCH,
];
