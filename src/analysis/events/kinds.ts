// The kinds of event the coverage reports, each with its trigger words (nouns and verbs) and the
// contexts that make a trigger mean something else ("strike" by workers, "attack" on a policy,
// "deal with", "went bust"). General English news conventions, not tuned to one corpus.

import { CLAUSE_KIND_INFO, type ClauseKind } from "./clause-kinds.ts";

export type EventKind =
  | ClauseKind
  | "strike"
  | "meeting"
  | "visit"
  | "agreement"
  | "statement"
  | "announcement"
  | "seizure"
  | "speech"
  | "deployment"
  | "sanction"
  | "handover";

export interface KindInfo {
  kind: EventKind;
  /** Shown to people: "Strike / attack". */
  title: string;
  /** Colour for cards and the timeline image. */
  color: string;
  /** Words a person may type when looking for this kind of event. */
  synonyms: string[];
  /** Reporting-type kinds rarely own the figures or places in their sentence. */
  reporting?: boolean;
}

export const KINDS: Record<EventKind, KindInfo> = {
  strike: {
    kind: "strike",
    title: "Strike / attack",
    color: "#c53030",
    synonyms: ["strike", "strikes", "attack", "airstrike", "bombing", "killed", "raid", "military"],
  },
  meeting: {
    kind: "meeting",
    title: "Meeting / talks",
    color: "#2b6cb0",
    synonyms: ["meeting", "talks", "met", "meet", "summit", "discussions"],
  },
  visit: {
    kind: "visit",
    title: "Visit",
    color: "#2f855a",
    synonyms: ["visit", "trip", "arrived", "travel", "tour"],
  },
  agreement: {
    kind: "agreement",
    title: "Agreement",
    color: "#319795",
    synonyms: ["agreement", "pact", "deal", "accord", "treaty", "signed"],
  },
  statement: {
    kind: "statement",
    title: "Statement",
    color: "#4a5568",
    synonyms: ["statement", "press conference", "news conference", "declaration"],
    reporting: true,
  },
  announcement: {
    kind: "announcement",
    title: "Announcement",
    color: "#6b46c1",
    synonyms: ["announcement", "announced", "unveiled"],
    reporting: true,
  },
  seizure: {
    kind: "seizure",
    title: "Bust / seizure",
    color: "#975a16",
    synonyms: ["bust", "seizure", "seized", "haul", "confiscated", "raid"],
  },
  speech: {
    kind: "speech",
    title: "Speech / address",
    color: "#dd6b20",
    synonyms: ["speech", "address", "addressed", "keynote", "lecture"],
    reporting: true,
  },
  deployment: {
    kind: "deployment",
    title: "Deployment",
    color: "#744210",
    synonyms: ["deployment", "deployed", "deploying", "troops", "sent", "warships"],
  },
  sanction: {
    kind: "sanction",
    title: "Tariffs / sanctions",
    color: "#b83280",
    synonyms: ["tariffs", "tariff", "sanctions", "embargo", "duties"],
  },
  handover: {
    kind: "handover",
    title: "Handover / extradition",
    color: "#00a3c4",
    synonyms: ["extradition", "extradited", "handed over", "handover", "delivered", "transferred"],
  },
  ...clauseKindInfo(),
};

/** The kinds clauses give, as KindInfo. */
function clauseKindInfo(): Record<ClauseKind, KindInfo> {
  const out = {} as Record<ClauseKind, KindInfo>;
  for (const [kind, info] of Object.entries(CLAUSE_KIND_INFO) as [ClauseKind, KindInfo][])
    out[kind] = { ...info, kind, synonyms: [...info.synonyms] };
  return out;
}

export interface TriggerRule {
  kind: EventKind;
  re: RegExp;
  pos: "noun" | "verb";
  /** Weak triggers ("killed") only make an event when nothing stronger of their kind is near. */
  weak?: boolean;
  /** The trigger only counts when this matches somewhere in the sentence. */
  needs?: RegExp;
  /** The trigger does not count when this matches the sentence. */
  unless?: RegExp;
  /** Rejects a match by its immediate surroundings. */
  reject?: (before: string, after: string) => boolean;
}

const DET =
  /\b(?:a|an|the|this|that|these|those|his|her|its|their|our|my|your|another|any|further|fresh|more|new|first|second|third|latest|planned|scheduled|upcoming|ongoing|peace|trade|bilateral|direct|formal|informal|private|crisis|high-level|emergency|face-to-face|two-day|three-day|one-day|\w+['’]s|in|for|of|hold|held|holding|after|during|before|at|into|from|to)\s+(?:\S+\s+)?$/i;
const VIOLENCE =
  /\b(?:killed|killing|dead|died|deaths?|wounded|injured|casualt\w+|bomb\w*|explosi\w+|militar\w+|troops|soldiers|army|forces|militants?|gunmen|insurgents?|rebels?|terror\w*|missiles?|rockets?|drones?|airstrikes?|vessel|boat|navy|naval|suicide|civilians|shelling|armed|cartels?)\b/i;
const LABOUR =
  /\b(?:workers?|unions?|staff|pay|wages?|walk-?outs?|industrial|picket\w*|ballot\w*|teachers?|nurses?|drivers?|doctors?|employees|strike action|general strike|hunger strike|on strike|go on strike|went on strike|strikers?|striking)\b/i;
const SPORT =
  /\b(?:goal|goals|scored|scoring|yards?|penalty|free-kick|free kick|keeper|match|striker|header|volley|wicket|innings|bowler|batsman|tackle|midfield\w*|referee|half-time|fixture)\b/i;
const MILITARY_OBJECT =
  /^\s+(?:\S+\s+){0,4}?(?:troops|soldiers|forces|warships|ships|vessels|navy|army|military|guard|police|marines|personnel|aircraft|jets|drones|assets|officers|units|battalions?|brigades?|peacekeepers|reinforcements)\b/i;
const PERSON_OBJECT =
  /^\s+(?:\S+\s+){0,4}?(?:figures|suspects?|members|prisoners?|fugitives?|leaders|bosses|people|detainees|traffickers|criminals|capos|kingpins?|men|women)\b/i;

export const TRIGGERS: TriggerRule[] = [
  // ---------------------------------------------------------------- strikes and attacks
  {
    kind: "strike",
    re: /\bstrikes?\b/gi,
    pos: "noun",
    unless: LABOUR,
    reject: (before, after) =>
      /\b(?:to|could|would|will|may|might|must|can|lucky|first|goal|superb|fine|long-range|low|left-foot|right-foot|stunning)\s+$/i.test(
        before,
      ) ||
      /^\s+(?:a\s+(?:deal|balance|chord|pose|note)|out|down|back|rate|force|zone|price)\b/i.test(after) ||
      SPORT.test(before.slice(-80) + after.slice(0, 80)),
  },
  { kind: "strike", re: /\bairstrikes?\b/gi, pos: "noun" },
  {
    kind: "strike",
    re: /\b(?:attacks?|bombings?|shelling|ambush(?:es)?|massacre)\b/gi,
    pos: "noun",
    needs: VIOLENCE,
    unless: SPORT,
    reject: (before) => /\b(?:heart|panic|asthma|anxiety)\s+$/i.test(before),
  },
  { kind: "strike", re: /\b(?:bombed|shelled|attacked)\b/gi, pos: "verb", needs: VIOLENCE, unless: SPORT },
  {
    kind: "strike",
    re: /\b(?:killed|killing)\b/gi,
    pos: "verb",
    weak: true,
    needs:
      /\b(?:militar\w+|troops|soldiers|forces|army|navy|naval|warships?|strikes?|attacks?|operations?|bomb\w*|missiles?|drones?|gunmen|militants|police|vessel|boat)\b/i,
    unless: /\b(?:accident|crash|collision|disease|virus|cancer|heart)\b/i,
  },
  // ---------------------------------------------------------------- meetings and talks
  {
    kind: "meeting",
    re: /\bmeetings?\b/gi,
    pos: "noun",
    reject: (before, after) =>
      /^\s+(?:the|its|their|his|her)\s+(?:\w+\s+)?(?:target|targets|demands?|expectations?|needs|criteria|deadline|standards?|requirements?|costs?)\b/i.test(
        after,
      ) || /\b(?:annual general|shareholders['’]?)\s+$/i.test(before),
  },
  {
    kind: "meeting",
    re: /\btalks\b/gi,
    pos: "noun",
    reject: (before, after) =>
      !(DET.test(before) || /^\s+(?:with|between|on|over|aimed|in|at)\b/i.test(after)),
  },
  { kind: "meeting", re: /\bsummits?\b/gi, pos: "noun" },
  {
    kind: "meeting",
    re: /\b(?:met|meets|meet)\b/gi,
    pos: "verb",
    reject: (before, after) =>
      /^\s+(?:with\s+)?(?:the|its|their|his|her|a|an)?\s*(?:\w+\s+)?(?:target|targets|demands?|expectations?|needs|criteria|deadline|standards?|requirements?|costs?|criticism|opposition|anger|resistance|approval|scepticism|skepticism|success|fate|end|death)\b/i.test(
        after,
      ) ||
      /\b(?:make\s+ends|ends)\s+$/i.test(before) ||
      !/^\s+(?:with\b|and\b|on\b|in\b|at\b|for\b|privately|regularly|again|later|today|tomorrow|[A-Z]|(?:the|his|her|their)\s+(?:[A-Z]|\w+\s+[A-Z]))/.test(
        after,
      ),
  },
  // ---------------------------------------------------------------- visits
  {
    kind: "visit",
    re: /\b(?:visit|visits|visited|visiting)\b/gi,
    pos: "noun",
    reject: (_b, after) => /^\s+(?:our|the)\s+(?:website|site|page|web)/i.test(after),
  },
  { kind: "visit", re: /\btrips?\b/gi, pos: "noun", unless: SPORT },
  { kind: "visit", re: /\b(?:arrived|arrives|arriving|arrival)\s+(?:in|at|on)\b/gi, pos: "verb" },
  {
    kind: "visit",
    re: /\b(?:travel(?:l)?ed|travel(?:l)?ing|flew|heads?|headed|heading)\s+to\b/gi,
    pos: "verb",
    reject: (_b, after) => !/^\s+(?:the\s+)?[A-Z]/.test(after),
  },
  // ---------------------------------------------------------------- agreements and statements
  {
    kind: "agreement",
    re: /\b(?:agreements?|pacts?|accords?|treat(?:y|ies)|memorandum of understanding|ceasefire)\b/gi,
    pos: "noun",
    reject: (before) =>
      /\b(?:not|no|without|never)\s+(?:\w+\s+){0,2}$/i.test(before) || /\bin\s+$/i.test(before),
  },
  {
    kind: "agreement",
    re: /\bdeals?\b/gi,
    pos: "noun",
    reject: (before, after) =>
      /^\s+with\b/i.test(after) ||
      /\b(?:great|good|big)\s+$/i.test(before) ||
      /\b(?:not|no|without|never)\s+(?:\w+\s+){0,2}$/i.test(before) ||
      !/\b(?:a|the|this|that|trade|peace|new|\w+['’]s|\d+\S*|multi-?\w+|\w+-year|proposed|agreed|signed|its|their|his|her)\s+(?:\S+\s+)?$/i.test(
        before,
      ),
  },
  {
    kind: "agreement",
    re: /\b(?:signed|signing)\b/gi,
    pos: "verb",
    needs: /\b(?:deal|agreement|pact|accord|treaty|memorandum|contract)\b/i,
  },
  {
    kind: "statement",
    re: /\b(?:joint|official|formal)\s+statement\b|\bissued\s+a\s+statement\b|\b(?:press|news)\s+conference\b|\bcommuniqu[eé]\b|\bdeclaration\b/gi,
    pos: "noun",
  },
  // ---------------------------------------------------------------- announcements
  {
    kind: "announcement",
    re: /\b(?:announced|announces|announcing|unveiled|unveils|unveiling)\b/gi,
    pos: "verb",
  },
  { kind: "announcement", re: /\bannouncements?\b/gi, pos: "noun" },
  // ---------------------------------------------------------------- busts and seizures
  {
    kind: "seizure",
    re: /\bbusts?\b/gi,
    pos: "noun",
    // "went bust", "a bust of the king", "a bust-up", and the economy's "boom and bust".
    reject: (before, after) =>
      /\b(?:go|goes|gone|went|going)\s+$/i.test(before) ||
      /\bbooms?(?:\s+(?:and|or|to|then)\s+|-(?:and-|to-)?)$/i.test(before) ||
      /^(?:\s+up|-up|\s+of\s+(?:a|the)\s+(?:statue|king))/i.test(after),
  },
  {
    kind: "seizure",
    re: /\b(?:seized|seizing|seizures?|confiscated|intercepted)\b/gi,
    pos: "verb",
    // Figurative: "seizing on a letter", "seized the moment".
    reject: (_b, after) =>
      /^\s+(?:on|upon)\b|^\s+(?:the|this|that|an?|their|his|her)\s+(?:moment|opportunity|chance|initiative|momentum|day|headlines?)\b/i.test(
        after,
      ),
  },
  { kind: "seizure", re: /\b(?:drugs?|cocaine|heroin|record)\s+hauls?\b/gi, pos: "noun" },
  // ---------------------------------------------------------------- speeches and addresses
  {
    kind: "speech",
    re: /\b(?:speech(?:es)?|keynote|lecture)\b/gi,
    pos: "noun",
    reject: (b) => /\bfree\s+$/i.test(b),
  },
  {
    kind: "speech",
    re: /\baddress\b/gi,
    pos: "noun",
    reject: (before, after) =>
      !/\b(?:an|the|his|her|their|its|nation|union|televised|inaugural|keynote|national|budget|farewell|commencement|annual|new year|radio|video|weekly|opening|closing)\s+(?:\S+\s+)?$/i.test(
        before,
      ) ||
      /\b(?:e-?mail|ip|web|home|postal|street|web)\s+$/i.test(before) ||
      /^\s+(?:the|these|those|this|concerns|issues|of)\b/i.test(after),
  },
  {
    kind: "speech",
    re: /\baddressed\b/gi,
    pos: "verb",
    reject: (_b, after) =>
      !/^\s+(?:the\s+)?(?:nation|parliament|MPs|peers|congress|senate|rally|conference|delegates|supporters|assembly|UN|United Nations|reporters|crowd|audience|students|troops|summit|meeting|party|convention)\b/i.test(
        after,
      ),
  },
  // ---------------------------------------------------------------- deployments
  {
    kind: "deployment",
    re: /\b(?:deployed|deploying|deploys?|deployments?|dispatched|dispatching|mobili[sz]ed|mobili[sz]ing)\b/gi,
    pos: "verb",
    needs:
      /\b(?:troops|soldiers|forces|warships|ships|navy|naval|army|military|guard|police|marines|personnel|aircraft|jets|drones|assets|officers|peacekeepers)\b/i,
  },
  {
    kind: "deployment",
    re: /\b(?:sent|sending|sends|send)\b/gi,
    pos: "verb",
    reject: (_b, after) => !MILITARY_OBJECT.test(after),
  },
  {
    kind: "deployment",
    re: /\b(?:to\s+be\s+)?sent\s+to\b/gi,
    pos: "verb",
    needs: /\b(?:troops|soldiers|forces|warships|ships|navy|naval|military|marines|assets)\b/i,
  },
  // ---------------------------------------------------------------- tariffs and sanctions
  {
    kind: "sanction",
    re: /\b(?:tariffs?|sanctions|embargo(?:es)?|(?:import|customs|anti-dumping|punitive)\s+duties|levies)\b/gi,
    pos: "noun",
  },
  // ---------------------------------------------------------------- handovers and extraditions
  { kind: "handover", re: /\b(?:extradited|extraditing|extradition|extradite)\b/gi, pos: "verb" },
  { kind: "handover", re: /\b(?:handed|turned)\s+over\b/gi, pos: "verb" },
  {
    kind: "handover",
    re: /\b(?:delivered|transferred|handed)\b/gi,
    pos: "verb",
    reject: (_b, after) => !PERSON_OBJECT.test(after),
  },
];

/** Words that only name the kind ("the strike"): a label of nothing but these says little. */
export const TRIGGER_WORDS = new Set(
  Object.values(KINDS)
    .flatMap((k) => k.synonyms)
    .flatMap((s) => s.toLowerCase().split(/\s+/)),
);
