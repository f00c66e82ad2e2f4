// Session 22, "found, no speaker" (issue #13): quotations whose own tag names the speaker in a way
// no cue rule read, so they were left with no speaker or took one from context. Each class is a
// switch (or a named cue rule) for the ablation; the classes were read on PolNeAR train and the
// BBC study sets.

import { VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE } from "../lexicons/verbs.ts";
import { words } from "../lexicons/word-list.ts";
import { type Alternative, isOn, type StepSwitches } from "../steps.ts";
import { type Cue, phraseOf } from "./phrases.ts";
import type { QuoteDoc } from "./state.ts";
import { isCap, isVerbish, type Tok } from "./tokens.ts";

/** `"…," opined the Harbour Gazette`, `"…," Ann Bell elaborated`: verbs of saying outside the
 *  speech lexicon (which the whole pipeline reads) close a tag as "said" does. */
const TAG_MORE_VERB_SWITCH = {
  name: "tag-more-speech-verb",
  doc: '`"…," opined the Harbour Gazette`, `"…," reacted Ann Bell`: a verb of opining, exhorting, recalling or raging closes a tag as "said" does',
};

/** Verbs of saying that only ever attribute in a tag, every inflection used there. */
const MORE_TAG_VERBS = words(`
  opine opines opined exhort exhorts exhorted elaborate elaborates elaborated
  reminisce reminisces reminisced remember remembers remembered react reacts reacted
  rage rages raged fume fumes fumed scream screams screamed bellow bellows bellowed
  sneer sneers sneered scold scolds scolded chide chides chided rant rants ranted
  grumble grumbles grumbled marvel marvels marvelled marveled
`);

/** t is a lowercase verb of MORE_TAG_VERBS, switch on. */
export function moreTagVerb(t: Tok | undefined, switches: StepSwitches): boolean {
  return (
    t?.type === "w" &&
    !isCap(t) &&
    MORE_TAG_VERBS.has(t.lower) &&
    isOn("quotes", TAG_MORE_VERB_SWITCH.name, switches)
  );
}

/** `"…," the Daily Lamp reported.`, `"…," reported Harbour Radio`: "reported" right after a
 *  quotation set off by its punctuation is a tag like "said" (the lexicon lets it attribute only
 *  before a quotation, for "reported cases", "it was reported"; the tag rules still want the
 *  set-off quotation, and a passive is no tag). Not when a verb of saying comes before the
 *  quotation: in `Malaysia said damage will be "significant", AFP reported` the agency reports
 *  Malaysia's words. */
const REPORTED_TAG_SWITCH = {
  name: "tag-reported",
  doc: '`"…," the Daily Lamp reported`: "reported" closing a set-off quotation no speech verb comes before is a tag',
};

/** toks[v] is "reported"/"reports" closing a tag of the quotation toks[qi], no verb of saying
 *  before that quotation, switch on. */
export function reportedTag(toks: Tok[], qi: number, v: number, switches: StepSwitches): boolean {
  if (!/^report(?:ed|s)$/.test(toks[v]!.lower) || !isOn("quotes", REPORTED_TAG_SWITCH.name, switches))
    return false;
  return !toks.slice(0, qi).some((t) => t.type === "w" && isVerbish(t));
}

/** toks[v] attributes only before a quotation (lexicon), so closes no tag of toks[qi]; "reported"
 *  does, by its switch. */
export const onlyBeforeQuote = (toks: Tok[], qi: number, v: number, switches: StepSwitches): boolean =>
  VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE.has(toks[v]!.lower) && !reportedTag(toks, qi, v, switches);

/** `"Why now?" Ann Bell remarked, alluding to the vote.`: a sentence that is only a tag after a
 *  quotation that ended its own sentence keeps its speaker when a comma sets off what follows the
 *  tag (a participle, an apposition); "Bell said her father would be missed" stays reported speech. */
const TAG_SENTENCE_SET_OFF_SWITCH = {
  name: "tag-sentence-set-off-tail",
  doc: '`"Why now?" Ann Bell remarked, alluding to the vote.`: a tag sentence whose tail a comma sets off',
};

/** Does a comma right after the tag (its verb toks[verb] and its speaker) set off the rest? */
export function setOffTail(toks: Tok[], verb: number, cue: Cue, switches: StepSwitches): boolean {
  if (!isOn("quotes", TAG_SENTENCE_SET_OFF_SWITCH.name, switches)) return false;
  let last = verb;
  while (last + 1 < toks.length && toks[last + 1]!.end <= cue.speaker.end) last++;
  return toks[last + 1]?.text === "," && toks[last + 2]?.type === "w";
}

/** `"Why now?" Ann Bell said of the vote.`: "said of" a thing is a tag with an adverbial as "said
 *  on Monday" is (tags.ts reads a short adverbial after a tag sentence's verb). */
const TAG_SENTENCE_SAID_OF_SWITCH = {
  name: "tag-sentence-said-of",
  doc: '`"Why now?" Ann Bell said of the vote.`: "said of" a thing closes a tag sentence',
};

/** Does a short "of" phrase right after "said"/"says" make up the rest of a tag sentence? */
export const saidOfTail = (cue: Cue, rest: Tok[], switches: StepSwitches): boolean =>
  /^(?:said|says)$/.test(cue.cue) &&
  rest[0]?.lower === "of" &&
  rest.length <= 8 &&
  isOn("quotes", TAG_SENTENCE_SAID_OF_SWITCH.name, switches);

/** `"Boots on the quay" would be right, Ann Bell said after the vote.`: a term opening the
 *  sentence whose closing tag names the speaker is the tag's (a term further in, "Claims that
 *  "outsourcing" is to blame are wrong, she said", may be another's; context.ts tail-tag). */
const OPENING_TERM_TAIL_SWITCH = {
  name: "tail-tag-opening-term",
  doc: '`"Boots on the quay" would be right, Ann Bell said`: a term opening the sentence is the closing tag\'s',
};

/** Is the quotation toks[j] a term the sentence opens on, switch on? */
export const openingTerm = (toks: Tok[], j: number, switches: StepSwitches): boolean =>
  toks.slice(0, j).every((t) => t.type === "p") && isOn("quotes", OPENING_TERM_TAIL_SWITCH.name, switches);

/** `Ann Bell fumed: "…"`, `with Ann Bell shouting: "…"`: the verbs of MORE_TAG_VERBS, and shouting
 *  and yelling, right before a colon or the quotation open a statement as "said:" does. */
const OPENING_MORE_VERB_SWITCH = {
  name: "opening-more-speech-verb",
  doc: '`Ann Bell fumed: "…"`, `with Ann Bell shouting: "…"`: a verb of raging or shouting before a colon',
};

const SHOUTING = words("shout shouts shouting yell yells yelling scream screaming bellowing raging fuming");

/** toks[j] is such a verb, lowercase, with a colon (or the quotation) right after it, switch on. */
export function openingMoreVerb(toks: Tok[], j: number, switches: StepSwitches): boolean {
  const t = toks[j]!;
  if (t.type !== "w" || isCap(t) || !(MORE_TAG_VERBS.has(t.lower) || SHOUTING.has(t.lower))) return false;
  const n = toks[j + 1];
  // (a participle only right after its name, "with Ann Bell shouting:"; past an adverb the subject
  // reader would take the sentence's subject instead)
  const before = toks[j - 1];
  if (/ing$/.test(t.lower) && !(before?.type === "w" && isCap(before))) return false;
  return (n?.type === "q" || n?.text === ":") && isOn("quotes", OPENING_MORE_VERB_SWITCH.name, switches);
}

type At = { ctx: { toks: Tok[]; doc: QuoteDoc }; j: number };

/** `Hale: "The plan is the only way forward."`: a person the article named in full before, by
 *  surname or name alone before a colon, opening the sentence or after a dash (transcripts,
 *  round-ups); colon-name.ts wants a title or a known given name, so a bare surname was no cue. */
export const COLON_KNOWN_PERSON: Alternative<At, Cue> = {
  name: "colon-known-person",
  doc: '`Hale: "…"`: a person named before, alone before a colon opening the sentence, speaks the statement',
  try: ({ ctx, j }) => {
    const { toks, doc } = ctx;
    if (toks[j - 1]?.text !== ":" || doc.kinds[toks[j]!.quote!] === "term") return null;
    const e = j - 1;
    let s = e;
    while (s > 0 && e - s < 4 && toks[s - 1]!.type === "w" && isCap(toks[s - 1]!)) s--;
    if (s === e) return null;
    const before = toks[s - 1];
    if (before && !(before.type === "p" && /^[―—–-]$/.test(before.text))) return null;
    const start = toks[s]!.start;
    const end = toks[e - 1]!.end;
    const m = doc.actors.mentionAt(doc.article.docId, start, end);
    if (!m || m.start !== start || m.end !== end || !/^(?:name|surname)$/.test(m.via)) return null;
    if (doc.actors.byId.get(m.actorId)?.kind !== "person") return null;
    // (named in full before: a heading the tagger took for a person, "Bottom Line:", never was)
    const mentions = doc.actors.mentionsIn(doc.article.docId);
    const full = mentions.some((x) => x.actorId === m.actorId && x.end <= start && /\s/.test(x.text));
    if (!full) return null;
    return { speaker: phraseOf(toks, s, e - 1, doc.text), cue: ":", label: false };
  },
};

/** The inline switches of this session's "no speaker" classes, for the ablation. */
export const S22_NOSPK_SWITCHES = [
  TAG_MORE_VERB_SWITCH,
  REPORTED_TAG_SWITCH,
  TAG_SENTENCE_SET_OFF_SWITCH,
  TAG_SENTENCE_SAID_OF_SWITCH,
  OPENING_TERM_TAIL_SWITCH,
  OPENING_MORE_VERB_SWITCH,
];
