// Switches of the he/she rules (pronouns.ts and its helpers), listed for the scorer's ablation.

import { KIN_SUBJECT_SWITCH } from "./kin-antecedent.ts";

/** The pronoun rules switched by isOn() inside a rule. */
export const PRONOUN_SWITCHES = [
  {
    name: "pronoun-unlinked-speaker",
    doc: '"Fletcher\'s daughter Jill said …, “…,” she said": he/she to the latest speaker with no actor, of that gender',
  },
  {
    name: "pronoun-latest-subject",
    doc: "he/she: the latest person subject of that gender nearby, over the model's nearest name",
  },
  {
    name: "pronoun-lone-name",
    doc: '"Ostrova said the result was deserved. “…,” she added": he/she to a lone surname the model has no actor for, the nearest person in the sentence before',
  },
  {
    name: "pronoun-past-other-gender",
    doc: '"A spokeswoman said Lord Hale and Lord Dunmore agreed …. “…,” she said": the walk for he/she passes a latest speaker of the other gender',
  },
  {
    name: "pronoun-not-in-tag-frame",
    doc: '`Mr Dunmore has "the same drive" as ever, he said.`, `Of Hepburn, she said:`: he/she is never a person the sentence names before its tag',
  },
  {
    name: "pronoun-ungendered-subject",
    doc: "he/she: the nearest person subject in the sentence before, when the article gives that person no gender, over an older gendered name",
  },
  {
    name: "pronoun-not-named-in-quote",
    doc: '"Sean Long … “I think Sean\'s situation is …,” he said": he/she never a person the quotation names in the third person',
  },
  {
    name: "addressee-in-quote",
    doc: `"I said to Tom 'stay'," he said: nor the person the quotation reports words said to`,
  },
  {
    name: "pronoun-subject-mention",
    doc: '"His words came as Cardinal Ann Roe, the Archbishop of Wexford, backed …. In a statement, he said": with no person of the history in the sentence before, the person it names as a clause\'s subject',
  },
  {
    name: "pronoun-main-over-relative",
    doc: "\"Weitz said he had visited Pullman, who had told him …. He added:\": the main clause's speaker over a relative clause's antecedent",
  },
  {
    name: "pronoun-nearest-person",
    doc: '"Maud Ellery clashed with Okwu Brenner. … “It is not,” he replied": a he/she nothing else resolves goes to the nearest person named just before, of no other gender',
  },
  {
    name: "pronoun-model-over-stale",
    doc: "he/she: the model's choice over an older name in the history that did not speak",
  },
  {
    name: "pronoun-past-question",
    doc: '"But what if Maria Colby wins? … more liberal than Ted Bruck? “…,” he said": a he/she the model gives a person named only in the writer\'s question goes to the latest speaker of that gender',
  },
  {
    name: "pronoun-not-reported-subject",
    doc: '"Smith, who sacked Tom Jones, was unrepentant. Jones had been late every day, he said. “…,” he told the BBC": the subject of words a he/she reports is not the he/she of the next quotation',
  },
  {
    name: "pronoun-kin-antecedent",
    doc: "\"Gordon Brown's wife Sarah attended. “…,” she said\": a he/she nothing else resolves is the relative named by a given name after a possessive name, with the family's surname",
  },
  KIN_SUBJECT_SWITCH,
  {
    name: "pronoun-not-possessive-opener",
    doc: '"Mr Bush\'s first task was to “…”, he said": the person whose possessive opens the sentence a he/she tag closes is not the he/she',
  },
  {
    name: "pronoun-speaker-over-object",
    doc: '"Jo Marr said she would …. But the plan must not undo the ruling on patient Ann Vale. “…,” she said": he/she is the speaker just before, over the model\'s person named only at the end of a sentence with no person subject',
  },
  {
    name: "pronoun-not-topic",
    doc: '"Of Hepburn, she said: “…”": he/she never the person the sentence opens on as its topic',
  },
  {
    name: "pronoun-subordinate-subject",
    doc: '"When Dan Roper appeared …, he said Vale was …": the subject of a fronted subordinate clause is no name the he/she reports',
  },
];
