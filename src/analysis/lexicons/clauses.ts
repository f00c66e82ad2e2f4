// Words and constructions of the reporting clause around a quotation ("he later said", "according to").

import { forms } from "./word-list.ts";

/** Words between a subject and its verb that do not change who speaks ("he later said"). */
export const ADVERBS: ReadonlySet<string> = new Set(
  forms(`also later then again once recently meanwhile earlier previously simply just further repeatedly
  has have had was is were are will would did does do had been being once yesterday today
  publicly privately reportedly separately quickly firmly flatly angrily bluntly
  not never already even still only openly frankly afterwards afterward tonight subsequently
  immediately initially eventually`),
);

/** Adverbs that open a sentence before its comma ("Already, …", "Meanwhile, …"): never a speaker. */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(
  forms(`already still instead meanwhile ultimately overall finally first second third again once now
  then thus hence moreover furthermore nonetheless nevertheless however indeed besides otherwise
  regardless likewise similarly separately additionally previously recently earlier later today
  yesterday tonight afterward afterwards eventually initially notably anyway yet so also plus lately
  ironically predictably privately publicly elsewhere there here tomorrow soon clearly`),
);

/** Conjunctions that open a subordinate clause of time or reason ("when the host opened …"). */
export const SUBORDINATORS: ReadonlySet<string> = new Set(
  forms(`when while after before because since until once as`),
);

/** A subordinator right before a position: the phrase there opens a subordinate clause. */
export const SUBORDINATOR_BEFORE = new RegExp(String.raw`\b(?:${[...SUBORDINATORS].join("|")})\s+$`);

/** Words that open a direct question ("How can she be “urban” …?"): a question's first word is no
 *  subject, so no speaker. */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(forms(`how why what where whatever whence`));

/** Day names and parts of a day: they date a statement, they never say it ("said Tuesday"). */
export const TIME_WORDS: ReadonlySet<string> = new Set(
  forms(`monday tuesday wednesday thursday friday saturday sunday`),
);

/** Words that end a noun phrase when reading backwards from a verb. */
export const CLAUSE_BREAKERS: ReadonlySet<string> = new Set(
  forms(`that and but or who whom which whose when while where because as if though although since
  after before than so whether what how why to of for with by in on at from into about over under
  it's is are was were be been said says told`),
);

/** Words that end a speaker named after its verb, not in CLAUSE_BREAKERS because a subject read
 *  backwards may hold them ("said Brennan ahead of the derby", "said Kerr during a visit"). */
export const TAIL_BREAKERS: ReadonlySet<string> = new Set(
  forms(`ahead during following amid amidst despite until till upon via against throughout prior`),
);

/** "said Jones last week": last, this or next before one of these dates the tag. */
export const TIME_DETERMINERS: ReadonlySet<string> = new Set(forms(`last this next`));
export const TIME_NOUNS: ReadonlySet<string> = new Set(
  forms(`week weekend month year night season term summer winter spring autumn time morning evening`),
);

/** Nouns ending in -ly that are not adverbs ("the former monopoly said"). */
export const LY_NOUNS: ReadonlySet<string> = new Set(
  forms(`monopoly family assembly supply ally rally reply anomaly italy july jelly belly bully holly lily
  homily panoply apply comply multiply rely imply fly daily weekly monthly quarterly melancholy folly
  oligopoly bubbly`),
);

/** Constructions that mark the next quotation as a label: `as "X"`, `so-called "X"`. */
export const LABEL_BEFORE =
  /(?:\b(?:as|so-called|dubbed|branded|labell?ed|termed|called|calling|named|known as|what (?:he|she|they|it|we) (?:called|calls|described as)|the word|the term|the phrase|the words))\s*$/i;

/** "According to X", "X, in a statement," and friends: cues that are phrases, not verbs. */
export const ACCORDING_TO = /\baccording to\s+$/i;
