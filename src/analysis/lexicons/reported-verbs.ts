// More verbs of stance, knowledge and intention for reported speech, beside verbs.ts (which the
// direct-quotation rules share): "Calloway derided the plan", "learned that the pier …", "tried
// to block the sale". Stems inflect regularly (prep-verbs.ts `inflect`) unless written "a|b|c".

import { inflect } from "./prep-verbs.ts";

const all = (spec: string): Set<string> => new Set(spec.trim().split(/\s+/).flatMap(inflect));

/** Verbs whose object is the stance taken: "derided the plan", "likened him to …", "unveiled a plan". */
export const MORE_STANCE_VERBS = all(`
  supports|supported oppose endorse mention unveil issue reference articulate lecture deride liken
  advocate trumpet repeat reiterate dispute contest refute rebut|rebuts|rebutted|rebutting
  bash chide scold rebuke chastise berate castigate excoriate disparage insult belittle downplay
  champion embrace commend justify|justifies|justified|justifying explain predict
  threaten suggest float paint portray characterize label compare admit concede confess
  reveal disclose outline detail pitch promote implore forecast estimate underscore quote invoke
  acknowledge tweet post retweet considers|considered view|views|viewed|viewing see|sees|saw|seeing
  recall remember recount criticize criticise condemn praise defend accuse blame reject dismiss denounce
  slam|slams|slammed|slamming blast question deny propose mock tout decry describe cite express thank
  attack challenge discuss voice demand welcome applaud highlight emphasize assail
  deliver list release cast|casts|casting encourage repudiate named|naming address
  relish persuade mull marvel tease frame proclaim brand dub credit answer tackle
  laud extol|extols|extolled|extolling hail
`);

/** Verbs that report a belief or finding with "that": "learned that …", "ruled that …". */
export const MORE_THAT_VERBS = all(`
  learn realize realise recognize understand|understands|understood|understanding know|knows|knew|knowing
  hear|hears|heard|hearing demand request recommend urge ask decide determine rule figure bet|bets|betting
  sense assume suspect doubt guess insinuate contend argue
`);

/** Verbs of trying and choosing with a "to" clause: "tried to block …", "opted to stay …". */
export const MORE_INTENT_VERBS = all(`
  try|tries|tried attempt opt|opts|opted|opting choose|chooses|chose|choosing strive
  looking press push move|moves|moved|moving prepare pray|prays|prayed|praying vote lobby
  seeking|expecting|aiming|intending|wanting|offering|declining|agreeing|deciding|proposing
`);
