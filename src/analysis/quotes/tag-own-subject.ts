// `"…" The decision will have no impact on pensions, the government has said.`: a sentence after a
// quotation whose words run on as a clause with its own verb, and whose speech verb has its own
// subject after a comma, reports something else; it is no tag of the quotation before it
// (switch "tag-own-subject-after-clause").

/** The token fields read here. */
interface WordTok {
  readonly type: string;
  readonly text: string;
  readonly lower: string;
}

export const TAG_OWN_SUBJECT_SWITCH = {
  name: "tag-own-subject-after-clause",
  doc: '`"…" The decision will have no effect, the council has said.`: a speech verb with its own subject after a clause with its own verb is no tag',
};

/** Finite auxiliaries and modals: a clause of its own, not a speaker's name or apposition. */
const FINITE = new Set(
  "will would can could may might must shall should is are was were has have had does do did".split(" "),
);
/** Words opening a relative clause on a person ("Mr Roe who has …, said"). */
const APPOSITION = new Set(["who", "whose", "whom"]);

/** Do toks[from..j) hold a finite clause, then a comma and the speech verb's own subject? */
export function ownSubjectAfterClause(toks: readonly WordTok[], from: number, j: number): boolean {
  let comma = -1;
  for (let i = from; i < j; i++) if (toks[i]!.text === ",") comma = comma < 0 ? i : comma;
  if (comma < 0 || comma >= j - 1) return false;
  const clause = toks.slice(from, comma);
  if (!clause.some((t) => t.type === "w" && FINITE.has(t.lower))) return false;
  if (clause.some((t) => t.type === "w" && APPOSITION.has(t.lower))) return false;
  // after the last comma: a short subject and any auxiliary ("the government has")
  let last = comma;
  for (let i = comma + 1; i < j; i++) if (toks[i]!.text === ",") last = i;
  const subject = toks.slice(last + 1, j);
  // (a he/she subject is the rule "tag-own-pronoun-subject"'s)
  if (/^(?:he|she|they|we|i|it)$/.test(subject[0]?.lower ?? "")) return false;
  return subject.length >= 1 && subject.length <= 5 && subject.every((t) => t.type === "w");
}
