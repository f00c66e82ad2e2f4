// Rules switched by isOn() inside a rule rather than listed in a table (quotes/steps.ts lists
// them in pipeline order for the scorer's ablation).

import { NAME_OF_PLACE_SWITCH } from "./apposition.ts";
import { COREF18_SWITCHES } from "./coref18-switches.ts";
import { DESC17_SWITCHES } from "./desc17-switches.ts";
import { EXPECTED_INSIDE_REPORT_SWITCH } from "./expected-inside-report.ts";
import { HEADLINE18_SWITCHES } from "./headline18-switches.ts";
import { HEADLINE19_SWITCHES } from "./headline19-switches.ts";
import { HEADLINE21_SWITCHES } from "./headline21-switches.ts";
import { HEADLINE21B_SWITCHES, HEADLINE21B_WORD_SWITCHES } from "./headline21b-switches.ts";
import { INVERTED_OWN_TAG_SWITCH } from "./inverted-own-tag.ts";
import { IT17_SWITCHES } from "./it17-switches.ts";
import { LEAD_CLASS_SWITCHES } from "./lead-switches.ts";
import { LEFT16_SWITCHES } from "./left16-switches.ts";
import { NAME_VERB_OBJECT_SWITCH } from "./name-verb-object.ts";
import { NAMED_NOUN_SWITCH } from "./named-noun.ts";
import { TITLED_NAME_OF_PLACE_SWITCH } from "./object-of-preposition.ts";
import { OFFICE_APPOSITION_SWITCH } from "./office-subject.ts";
import { ASKED_NO_COMMA_SWITCH, VERB_COLON_AND_SWITCH } from "./other-verbs.ts";
import { OWN_CLAUSE_SWITCHES } from "./pronoun-own-clause.ts";
import { PRONOUN_SWITCHES } from "./pronoun-switches.ts";
import { PRONOUN18_SWITCHES } from "./pronoun18-switches.ts";
import { PRONOUN20_SWITCHES } from "./pronoun20-switches.ts";
import { QUOTED_KEPT_SWITCH, QUOTED_OBJECT_SWITCH } from "./quoted-as-saying.ts";
import { OBJECT_GUARD_SWITCHES } from "./reported-object-guards.ts";
import { SCARE18_SWITCHES } from "./scare18-switches.ts";
import { SET1_SWITCHES } from "./set1-switches.ts";
import { SET16_SWITCHES } from "./set16-switches.ts";
import { SET19_SWITCHES } from "./set19-switches.ts";
import { SET20_SWITCHES } from "./set20-switches.ts";
import { SET21_SWITCHES } from "./set21-switches.ts";
import { SET22_SWITCHES } from "./set22-switches.ts";
import { STUDY_SET_SWITCHES } from "./study-set-switches.ts";
import { TAG_OWN_SUBJECT_SWITCH } from "./tag-own-subject.ts";
import { WORD_USE_SWITCHES } from "./word-use-switches.ts";

/** Rules switched by isOn() inside a rule rather than listed in a table. */
export const INLINE_SWITCHES = [
  ...PRONOUN_SWITCHES,
  ...LEAD_CLASS_SWITCHES,
  ...IT17_SWITCHES,
  ...HEADLINE18_SWITCHES,
  { name: "described-name", doc: '"a proud coach Mike Ruddock": the name after an indefinite description' },
  { name: "acronym-organisation", doc: '"EA said": a lone acronym speaks as an organisation' },
  {
    name: "apposition-name",
    doc: '"the Trust\'s spokeswoman, Wren Atallah, said": the name in apposition, not its role',
  },
  {
    name: "term-in-reported",
    doc: "\"Shoppers spent less on “luxury goods”, the Retail Forum said\": a term inside reported speech, or one given the reported clause's own subject, is the reporter's",
  },
  {
    name: "knight-first-name",
    doc: '"Sir John said" after "Auditor General Sir John Bourn": a knight or dame named by the first name is the full name',
  },
  {
    name: "object-of-preposition",
    doc: '"Jo Marr, economist at Calder Insight said": a name after a preposition is no subject; the person named before it is',
  },
  {
    name: "name-before-role",
    doc: '"Maria Lenz, WPA president and veteran campaigner said", "Mr Oduya, MP for Kettleby, Lincolnshire, said": the name a role is in apposition to, not the role',
  },
  {
    name: "role-subject",
    doc: '"Greer said … The feminist writer and broadcaster said": office-subject for a role noun too',
  },
  {
    name: "so-called-term",
    doc: '`the so-called "next wave" countries`: a term after "so-called" is the writer\'s label, no one\'s words',
  },
  {
    name: "shared-speakers",
    doc: '`students Tom Reed and Ian Bell, who observed, "…"`: words two named people share are neither\'s own',
  },
  {
    name: "misspelt-surname",
    doc: '"said Mr Montieth" after "David Monteith": a surname one slip from the one full name given before is that person',
  },
  {
    name: "headline-according-to",
    doc: "\"Economy 'stronger than forecast'\" over \"…, according to Rachel Lomax\": the first sentence's source says the headline's words",
  },
  {
    name: "org-subject-first",
    doc: '"Tesco reported record profits. “…,” the firm said": the organisation the sentence right before opens on, over an older one that spoke',
  },
  {
    name: "role-of-body-name",
    doc: '`," said the chairman of the Commons transport committee, Labour MP Oliver Grant`: the name after an office of a body, not the office',
  },
  {
    name: "role-for-place",
    doc: '"Conservative MP for Devizes, Wendy Marsh, said": a role for a place or body is a role in apposition, not a name',
  },
  {
    name: "role-to-body",
    doc: '"Shadow chief secretary to the Treasury, Alan Dorne, said": a lowercase office "to" a body is a role in apposition, not a name',
  },
  {
    name: "opener-before-name",
    doc: '"But Mr Hale from City Rents said …": the person named before the preposition, past a sentence opener, not the body after it',
  },
  {
    name: "according-to-thing",
    doc: '"ranging from “firm” to “weak” according to their last known intention": a possessive and a thing after "according to" is no source',
  },
  {
    name: "quoted-person-saying",
    doc: '"The Courier quoted a spokesman for Harbour Air (as) saying the plan was “reckless”": the one quoted, not the paper',
  },
  {
    name: "office-apposition",
    doc: '"The Archbishop of Cardiff, the Most Reverend Peter Smith, told": the holder named after an office for a place, not the place',
  },
  {
    name: "relative-opening",
    doc: '"Dr Ellis, who was a nurse in Kentford, in the Lower Dale, before …, said": the name opening the sentence before a relative clause over several commas',
  },
  {
    name: "kin-surname",
    doc: "\"Fletcher's daughter Jill said\": a relative named by the given name takes the family's surname",
  },
  {
    name: "kin-bare-possessive",
    doc: "\"Mr Eavis' daughter Emily said\": the family's surname read through a bare possessive apostrophe",
  },
  {
    name: "speaker-org",
    doc: '"a spokesperson for the Calder Water Authority": the speaker linked to the organisation',
  },
  {
    name: "question-ends-sentence",
    doc: '`He continued: "…?" Mr Dunmore said he would not …`: after a question or exclamation, a name and verb with more words is a new sentence, no tag',
  },
  {
    name: "headline-name-before",
    doc: "\"Dunmore 'proud of his record'\": a person the body names, right before a headline's quoted words, says them",
  },
  {
    name: "quoted-person-link",
    doc: '`," the paper quoted an insider in the talks as saying`: the one quoted runs on through a linking phrase to "as saying"',
  },
  {
    name: "reported-innermost",
    doc: '"The Greens are thought likely to propose …, with Ann Roe branding it a “stealth tax”": a quotation inside reported speech takes the speaker of the record nearest around it',
  },
  {
    name: "it-named-speaker",
    doc: '"Halden said the market had been “tough”. “…,” it added": a bare name that spoke in the sentence before, no person\'s title or he/she with it, is the organisation "it" is',
  },
  {
    name: "headline-lead-description",
    doc: '"Games firms \'face tough future\'" over "…, the industry warns.": the description the lead reports through says the headline\'s words',
  },
  {
    name: "coordination-after-quote",
    doc: '`He continued: "…?" Mr Dunmore said … and promised …`: a coordinated verb\'s subject is the one after a quotation ending its own sentence',
  },
  {
    name: "leading-lone-surname",
    doc: '"Brenner, who joined in June, was furious": a lone surname opening a sentence, told as a person by "who" or an age, for the history',
  },
  {
    name: "split-after-new-subject",
    doc: '"“A,” said Nadal. US coach Patrick McEnroe wants more clay. “B.”": a bare statement after a sentence opening on another person is no split of the quotation before',
  },
  {
    name: "leading-organisation",
    doc: '"Ofcom wants more competition. … the regulator said": a lone word opening a sentence that the model holds as an organisation, for the history',
  },
  {
    name: "colon-role-name",
    doc: '"Westport boss Ann Bell: “…”": a role (and its body) before the name alone before a colon, opening the sentence or after a dash',
  },
  {
    name: "described-surname",
    doc: '"An angry Hale said": an indefinite article and adjectives before a surname the article gives in full is that person',
  },
  {
    name: "leading-role-lone-word",
    doc: '"Westport host Dunmore in the cup": a leading run closing on a lower-case title word and one unknown capitalised word names no one (the title word is a verb)',
  },
  {
    name: "subordinate-speech",
    doc: '"Cole said that when Mr Grant had announced the cuts he got the “clear impression”": no cue in a subordinate clause of a report',
  },
  {
    name: "leading-pronoun",
    doc: '"He finished with an appeal to the fans. “One day …”": a he/she or a person\'s description opening the sentence before a bare quotation',
  },
  {
    name: "term-sentence-named-opener",
    doc: '"Ann Roe reminded MPs that Ian Hale called him a “Fagin”. “Given the outrage …”": a bare statement after another\'s term goes to the first speaker of the sentence before',
  },
  {
    name: "it-described-organisation",
    doc: '"The council said … “…,” it said": "it" takes up an organisation given only by its head noun',
  },
  {
    name: "document-speaking-organisation",
    doc: '"the report adds": a document with no author named speaks for the latest organisation that spoke, over one only named since',
  },
  {
    name: "term-after-speaker",
    doc: '`…, the company said. In Asia its brands came under "attack".`: an untagged term is the latest speaker\'s of the sentences just before',
  },
  {
    name: "tag-set-off",
    doc: '`against "false" claims about its product`: a `," said X` tag is set off from its quotation by punctuation',
  },
  {
    name: "statement-after-report",
    doc: '"According to engineer Mia Torres, the bridge …. “It is the longest span.”": a statement alone after reported speech is the reporter\'s',
  },
  {
    name: "merged-quote-sentence",
    doc: '`…, said Mr Ode. "Keep it. "Never hide it."`: statement-after-report for quotations the corpus ran into one sentence',
  },
  {
    name: "indefinite-document-author",
    doc: '"An Acme statement said": document-author for a document with "a"/"an", when the model holds the name',
  },
  {
    name: "bracketed-abbreviation",
    doc: '"Segas said" after "the Greek Athletics Federation (Segas)": the name the bracketed word stands for',
  },
  {
    name: "org-by-modifier",
    doc: '"the radio station said" after "BBC Radio 1": the organisation named with the description\'s modifier',
  },
  {
    name: "org-subject-before",
    doc: '"Next has said its profit will fall. “…,” the company said": with no organisation in the history, the name opening the sentence before',
  },
  {
    name: "document-author-elsewhere",
    doc: '"the report said" where the article calls it "the Calder Trust report" elsewhere: the report\'s author, not the organisation quoted last',
  },
  {
    name: "document-joint-authors",
    doc: '"said the leaflet published jointly by the Kestrel Trust and Harbour Council": the article\'s one jointly issued document speaks for both bodies together',
  },
  {
    name: "it-document-subject",
    doc: '"…, the Calder Trust report was gloomy. It said …": "It" is the author of the document the sentence before opens a clause on',
  },
  {
    name: "possessed-spokesperson",
    doc: '"Tony Blair\'s official spokesman declined to say …. He said:": he/she is the spokesman, not the person whose spokesman it is',
  },
  {
    name: "spokesperson-for-subject",
    doc: '"But a spokesman for the Vale Trust defended it. He said:": he/she is that spokesman, not the person named before',
  },
  {
    name: "document-opener",
    doc: '"In a statement Google said": the subject after the document noun, not "a statement Google"',
  },
  {
    name: "copular-person",
    doc: '"The show\'s director is Ann Roe, best known for Ghosts. “…,” she said": he/she is the person a copular sentence just introduced',
  },
  {
    name: "indefinite-source",
    doc: '"one dealer, who asked not to be named, told Reuters …. “…,” he said": a person given by an indefinite noun who just spoke keeps the he/she, as "a spokesman" does',
  },
  {
    name: "not-about-speaker",
    doc: '"Bob was a good player": a speaker from context is not one the quotation names, or opens on as he/she',
  },
  {
    name: "tag-own-pronoun-subject",
    doc: '`"…" It was a problem that should be fixed, she said.`: a verb with its own pronoun subject after other words tags no quotation before them',
  },
  {
    name: "participle-name-before-verb",
    doc: '"Kim Ash sent a letter, saying: “…”": the subject a participle takes from the sentence\'s opening, cut to the name before its verb and object',
  },
  {
    name: "office-not-organisation",
    doc: '"The Scottish Executive said": an office head the model holds as an organisation\'s name is that body, no office',
  },
  {
    name: "office-past-organisation",
    doc: '"Her comments were called “reckless” by the IHRC. “…,” the minister said": an organisation named in the sentence before does not stop the speaker carrying on as an office',
  },
  {
    name: "past-age-place",
    doc: '"Jane Doe, 34, from Leeds, told the BBC:": an age or a place of origin between commas is read past to the name before it',
  },
  {
    name: "description-before-place",
    doc: '"The 34-year-old from Leeds said": the person\'s description before a place of origin speaks, not the place',
  },
  {
    name: "tag-document-from",
    doc: '`"…," said a statement from Calder Council`: a document after the verb runs on to the one it is from',
  },
  {
    name: "public-body",
    doc: '"the government said", "the committee added": a public body by its head noun is an organisation of that name in the history, the lower-case body the article gave ("the environment select committee"), the government itself, else unnamed; never the organisation that spoke last',
  },
  {
    name: "headline-quote",
    doc: "\"Holt attacks 'lazy' reviews\": a headline's single-quoted words, given to the person the title names beside them, the body's speaker of the same words, or the first sentence's reporter",
  },
  {
    name: "headline-term-in-lead",
    doc: "\"Row over 'police' power\": a one-word headline term goes to the lead's reporter only when the lead uses the word too, in lower case",
  },
  {
    name: "headline-lead-source",
    doc: '"Millions \'to lose textile jobs\'" over "…, a charity has warned. … Christian Aid condemned …": a headline\'s words go to the first speaker named in the two sentences after a lead that reports an unnamed source',
  },
  {
    name: "headline-lead-named-next",
    doc: '"Bets off after \'leak\'" over "A bookmaker has … after claiming …. Hale Bets made the move": a headline\'s words go to the person or organisation opening the sentence after a lead voiced by an unnamed subject or an agentless passive',
  },
  {
    name: "headline-term-inflected",
    doc: '"Bets off after \'leak\'" over "… had been leaked": a one-word headline term the lead uses with -s, -ed or -ing is used in the lead',
  },
  {
    name: "joint-inside-name",
    doc: '"The Institute of Economic and Social Research claims": an organisation whose name holds "and" is one speaker, not several',
  },
  {
    name: "headline-org-verb",
    doc: "\"Kestrel unveils 'fastest ferry'\": an organisation the body names, before a headline's verb, says its quoted words",
  },
  {
    name: "topic-own-thing",
    doc: '"On her climate page, she vows …", "Asked about her own vote …, she replied": a topic phrase opening on a possessive pronoun is the speaker\'s own thing; a pronoun in it is no topic person',
  },
  {
    name: "tag-frame-colon",
    doc: '"Clinton seemed irritated: “…,” she wrote": a person opening a clause a colon closes before the quotation is who the he/she tag is, not a name in the tag\'s frame',
  },
  {
    name: "office-spoken-of",
    doc: '"Jo Marr said the chancellor had failed. … The chancellor insisted": a person who speaks of the office in their own sentence is not its holder',
  },
  {
    name: "office-past-quiet-sentences",
    doc: '"Ann Roe announced …. Plans include …. Pay is lower, according to the EOC. The minister told …": an office\'s holder is the speaker before up to two more sentences that name no person',
  },
  {
    name: "it-named-given-name",
    doc: '"housebuilder George Halden … Halden said the market was “tough”. “…,” it added": it-named-speaker for a lone surname gendered only by its given name, never titled',
  },
  {
    name: "lead-named-next",
    doc: '"A bookmaker has stopped bets after claiming “sensitive data” leaked. Hale Bets made the move": the lead\'s unattributed quotations after its unnamed voice go to the source the next sentence opens on',
  },
  {
    name: "titled-name",
    doc: '"Secretary of State Imogen Farrow": the canonical name after an office title',
  },
  NAME_VERB_OBJECT_SWITCH,
  NAMED_NOUN_SWITCH,
  INVERTED_OWN_TAG_SWITCH,
  TITLED_NAME_OF_PLACE_SWITCH,
  ...OWN_CLAUSE_SWITCHES,
  TAG_OWN_SUBJECT_SWITCH,
  NAME_OF_PLACE_SWITCH,
  ASKED_NO_COMMA_SWITCH,
  VERB_COLON_AND_SWITCH,
  QUOTED_OBJECT_SWITCH,
  QUOTED_KEPT_SWITCH,
  {
    name: "document-author-long-name",
    doc: '"the World Bank report said", "a Harbour Trust study": a document named for an author of several words speaks for it',
  },
  ...WORD_USE_SWITCHES,
  OFFICE_APPOSITION_SWITCH,
  ...SET16_SWITCHES,
  ...SET19_SWITCHES,
  ...SET20_SWITCHES,
  ...SET21_SWITCHES,
  ...SET22_SWITCHES,
  ...HEADLINE19_SWITCHES,
  ...HEADLINE21_SWITCHES,
  ...HEADLINE21B_SWITCHES,
  ...HEADLINE21B_WORD_SWITCHES,
  ...STUDY_SET_SWITCHES,
  ...SET1_SWITCHES,
  ...LEFT16_SWITCHES,
  ...DESC17_SWITCHES,
  ...COREF18_SWITCHES,
  ...PRONOUN18_SWITCHES,
  ...PRONOUN20_SWITCHES,
  ...OBJECT_GUARD_SWITCHES,
  EXPECTED_INSIDE_REPORT_SWITCH,
  ...SCARE18_SWITCHES,
];
