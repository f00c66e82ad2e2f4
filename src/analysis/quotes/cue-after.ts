// The closing tag after a quotation, as alternatives tried in order (`," according to X`, `" by X`, `," said X`,
// `," X said`); a rule that sees its construction but no speaker answers NO_CUE, stopping the rest.

import { ADVERBS } from "../lexicons/clauses.ts";
import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { ANONYMOUS_HEADS, DOCUMENT_HEADS } from "../lexicons/sources.ts";
import { LABEL_VERBS, VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE } from "../lexicons/verbs.ts";
import { type Alternative, firstOf, isOn, type StepSwitches } from "../steps.ts";
import { agentBeforePlace } from "./agent-place.ts";
import { nameAfterRole } from "./apposition.ts";
import { bareAgent } from "./bare-agent.ts";
import { barePronounTag } from "./bare-pronoun-tag.ts";
import { bareRoleBefore } from "./bare-role-tag.ts";
import { phraseToken } from "./bracketed-acronym.ts";
import { dashSignature } from "./dash-signature.ts";
import { tagOnlyVerb } from "./emphasis-verb.ts";
import { findingTag } from "./finding-tag.ts";
import { reducedPassive } from "./headline18-switches.ts";
import { INVERTED_OWN_TAG_SWITCH, verbHasOwnSpeakerAfter } from "./inverted-own-tag.ts";
import { afterCommaToo, namedAfter } from "./inverted-too.ts";
import { nameAfterJoinedRoles } from "./joined-roles-name.ts";
import { MANNER_AFTER_SUBJECT_SWITCH, mannerTag, mannerVerbClosing } from "./manner-tag.ts";
import { nounAfterNameRun } from "./named-noun.ts";
import { passiveAsSaying } from "./passive-as-saying.ts";
import { agentAfter, type Cue, type Phrase, phraseAfter, phraseBefore, phraseOf } from "./phrases.ts";
import { DESCRIBED_TAG_NAME_SWITCH } from "./pronoun18-switches.ts";
import { quotedAsSaying } from "./quoted-as-saying.ts";
import { endsOnSayingParticiple } from "./quoted-participle.ts";
import { RELATIVE_OBJECT_SWITCH, relativeObjectCue } from "./relative-object.ts";
import { roleThroughBody } from "./role-of-body.ts";
import { describedOrBareRole } from "./s22-desc-switches.ts";
import { onlyBeforeQuote, reportedTag } from "./s22-nospk-switches.ts";
import { ACCORDING_DOCUMENT_BY_RULE } from "./s22-org-switches.ts";
import { saidClauseAgent, verbOpensNextQuote } from "./s23-term-switches.ts";
import { S24_CUE_TAG_RULES } from "./s24-cue-switches.ts";
import { groupAfterVerb, noComma } from "./s24b-sources-switches.ts";
import { agentTokens } from "./s27-agent-relative.ts";
import { bracketFirmSubject } from "./s27-bracket-firm-subject.ts";
import { MEMBERS_FINDING_SWITCH, membersFindingTag } from "./s27-members-finding.ts";
import { PARTICIPLE_NOT_INVERTED_SWITCH } from "./set28-switches.ts";
import { makingPassive, roleAgent } from "./set30-switches.ts";
import { anonymousFrom } from "./set34-switches.ts";
import { linkWord } from "./source-link.ts";
import { clauseAfterApposition, roleOfPhrase, termInApposition } from "./tag-apposition.ts";
import type { TagInput } from "./tag-input.ts";
import { ownSubjectAfterClause, TAG_OWN_SUBJECT_SWITCH } from "./tag-own-subject.ts";
import { isCap, isReadCue, isVerbish, nounUse, PASSIVE_AUX, ROLE_LIKE, type Tok } from "./tokens.ts";
import { nameBeforeUnpunctuatedRole } from "./unpunctuated-role.ts";
import { quotedSentenceOpens } from "./unpunctuated-tag.ts";
import { verblessNameTag } from "./verbless-tag.ts";

/** Words opening a reported clause right after a verb ("said he would", "said that"). */
const CLAUSE_OPENERS = /^(?:he|she|they|it|we|i|that|there)$/;

/** A rule saw its construction but found no speaker: no later rule is tried. */
const NO_CUE = "no-cue";
type CueAnswer = Cue | typeof NO_CUE;

/** "said a longtime adviser to Pell": an anonymous source runs on through its link to whom it serves. */
function withLink({ toks, text, switches }: TagInput, p: Phrase): Phrase {
  if (!isOn("quotes", "speaker-org", switches)) return p;
  const l = toks.findIndex((x) => x.start >= p.end);
  // "a person close to the Talbots": "close" ends the phrase read so far.
  const close = linkWord(toks[l - 1]?.lower, toks[l]?.lower); // ("familiar with", "briefed on": session 39)
  const head = toks[close ? l - 2 : l - 1]?.lower ?? "";
  // "said a statement from Calder Council": a document runs on to its issuer too (switch).
  const document =
    DOCUMENT_HEADS.has(head) &&
    /^(?:from|by)$/.test(toks[l]?.lower ?? "") &&
    isOn("quotes", "tag-document-from", switches);
  if (l < 0 || !(ANONYMOUS_HEADS.has(head) || document)) return p;
  if (!/^(?:for|to|at|with|of|from)$/.test(toks[l]!.lower)) return p;
  const rest = phraseAfter(toks, l + 1, text);
  // (the document speaks for its issuer, as "A statement from Calder Council said" reads)
  if (document) return rest && /^(?:the\s+)?\p{Lu}/u.test(rest.text) ? rest : p;
  return rest && /\p{Lu}/u.test(rest.text)
    ? { start: p.start, end: rest.end, text: text.slice(p.start, rest.end) }
    : p;
}

/** `<role>, <Name>,` after a role the tag names: the name, when the apposition-name step is on. */
function withName(input: TagInput, role: Phrase, stop = -1): Phrase {
  if (!isOn("quotes", "apposition-name", input.switches)) return role;
  const c = input.toks.findIndex((x) => x.start >= role.end);
  const forPlace = isOn("quotes", "role-for-place", input.switches);
  const toBody = isOn("quotes", "role-to-body", input.switches);
  const named =
    c >= 0 ? nameAfterRole(input.toks, c, role, input.text, stop, forPlace, toBody, input.switches) : null;
  if (named || !isOn("quotes", "role-of-body-name", input.switches)) return named ?? role;
  const long = roleThroughBody(input.toks, role, input.text);
  return (
    (long &&
      nameAfterRole(input.toks, long.c, long.role, input.text, stop, forPlace, toBody, input.switches)) ??
    role
  );
}

const cueOrNone = (c: Cue | null): CueAnswer => c ?? NO_CUE;

export const CLOSING_TAG_RULES: readonly Alternative<TagInput, CueAnswer>[] = [
  {
    ...RELATIVE_OBJECT_SWITCH,
    try: ({ toks, qi, text, switches }) => relativeObjectCue(toks, qi, text, switches),
  },
  ACCORDING_DOCUMENT_BY_RULE,
  {
    name: "tag-according-to",
    doc: '`," according to X`',
    try: ({ toks, k, text }) => {
      if (toks[k]!.lower !== "according" || toks[k + 1]?.lower !== "to") return null;
      const p = phraseAfter(toks, k + 2, text);
      return cueOrNone(p ? { speaker: p, cue: "according to", label: false } : null);
    },
  },
  {
    name: "tag-passive-agent",
    doc: '`was described as "…" (and "…") by X`: the agent of a passive, when it can speak',
    try: ({ toks, qi, k, text, switches }) => {
      // `described as "rash" and "unfair" by X`: the first of two terms has the second's agent.
      const by = /^(?:and|or)$/.test(toks[k]!.lower) && toks[k + 1]?.type === "q" ? k + 2 : k;
      if (toks[by]?.lower !== "by" || k !== qi + 1 || !passiveBefore(toks, qi, text, switches)) return null;
      if (makingPassive(toks, qi, switches) || saidClauseAgent(toks, qi, text, switches)) return NO_CUE;
      // ("by campaigners in the US": the noun before the place, switch "agent-before-place")
      // (the agent ends before a who-clause: "by the Greens who said", switch)
      const upTo = agentTokens(toks, by + 1, switches);
      const p =
        (isOn("quotes", "agent-before-place", switches) ? agentBeforePlace(upTo, by + 1, text) : null) ??
        agentAfter(upTo, by + 1, text);
      const bare = p ? null : bareAgent(upTo, by + 1, text, switches);
      if (bare) return { speaker: bare, cue: "by", label: true };
      // The agent speaks only if it can: a name, an organisation or a person ("by the club", "by
      // a spokesman"), not a thing ("had been “obscured” by the remark").
      const head = p?.text.split(/\s+/).pop()?.toLowerCase() ?? "";
      if (
        p &&
        !/\p{Lu}/u.test(p.text) &&
        !ORG_NOUNS.has(head) &&
        !ANONYMOUS_HEADS.has(head) &&
        !ROLE_LIKE.test(head) &&
        !roleAgent(head, switches)
      )
        return NO_CUE;
      return cueOrNone(p ? { speaker: p, cue: "by", label: true } : null);
    },
  },
  ...S24_CUE_TAG_RULES,
  {
    name: "tag-said-bare-plural",
    doc: '`," said analysts at Harbour Bank`, `," wrote critics`: a bare plural source after the verb (the phrase reader wants a capital or a determiner)',
    try: (input) => {
      const { toks, k, text, tagOnly } = input;
      const t = toks[k]!;
      const n = toks[k + 1];
      if (!isVerbish(t) || VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE.has(t.lower) || n?.type !== "w") return null;
      if (isCap(n) || !/s$/.test(n.lower) || !ANONYMOUS_HEADS.has(n.lower)) return null;
      if (isOn("quotes", "tag-set-off", input.switches) && !setOff(input)) return null;
      const p = withLink(input, phraseOf(toks, k + 1, k + 1, text));
      return tagOnly(p.end) ? { speaker: p, cue: t.lower, label: LABEL_VERBS.has(t.lower) } : null;
    },
  },
  {
    name: "tag-said-x",
    doc: '`," said X`: the verb first, the speaker after it',
    try: (input) => {
      const { toks, k, text, tagOnly } = input;
      const t = toks[k]!;
      const verb = isVerbish(t) || tagOnlyVerb(t, input.switches, toks, k);
      if (!verb || onlyBeforeQuote(toks, input.qi, k, input.switches)) return null;
      // (`", saying Ms Corr would …`: no inverted tag, set 28)
      if (/ing$/.test(t.lower) && isOn("quotes", PARTICIPLE_NOT_INVERTED_SWITCH.name, input.switches))
        return null;
      // `against "false" claims about it`: a term running on into a noun is no tag (`"…" said X.` is).
      if (isOn("quotes", "tag-set-off", input.switches) && !setOff(input) && !noComma(input)) return null;
      const role = phraseAfter(toks, k + 1, text);
      // ("said BAFS founder and director Elon Trask": the name past the joined roles or firm)
      const joined = role && nameAfterJoinedRoles(role, text, input.switches);
      // `," said 9/11 widow Jo Marr.`: a name past a description the phrase reader stops in (switch)
      const described =
        !role && isOn("quotes", DESCRIBED_TAG_NAME_SWITCH.name, input.switches)
          ? describedOrBareRole(toks, k + 1, text, input.switches)
          : null;
      const p =
        described ??
        joined ??
        (role ? withName(input, withLink(input, role)) : groupAfterVerb(toks, k + 1, text));
      if (p && !tagOnly(p.end)) return NO_CUE;
      return cueOrNone(p ? { speaker: p, cue: t.lower, label: LABEL_VERBS.has(t.lower) } : null);
    },
  },
  {
    name: "tag-quoted-as-saying",
    doc: '`," the paper quoted X as saying`: the one quoted, not the one quoting',
    try: ({ toks, k, text, switches }) => quotedAsSaying(toks, k, text, switches),
  },
  {
    name: "tag-manner-verb-x",
    doc: "`,\" smiles one trader`: a verb of manner (smiles, sighs, shrugs), then a name or a person's description",
    try: ({ toks, qi, k, text, tagOnly }) => {
      const c = mannerTag(toks, qi, k, text);
      return c && tagOnly(c.speaker.end) ? c : null;
    },
  },
  {
    name: "tag-dash-name",
    doc: "`“…” ― Dana Obi`: a name alone after a dash signs the quotation",
    try: dashSignature,
  },
  {
    // ("found" is no speech verb: only a document or a body finds in a tag)
    name: "tag-finding",
    doc: '`"…", the report found.`, `"…," a new study has found.`: a document\'s or a body\'s finding tags the quotation',
    try: ({ toks, qi, k, text }) => findingTag(toks, qi, k, text),
  },
  { ...MEMBERS_FINDING_SWITCH, try: ({ toks, qi, k, text }) => membersFindingTag(toks, qi, k, text) },
  {
    // (a comma promises a tag: a lone name after it is one, its verb left out)
    name: "tag-name-no-verb",
    doc: '`"…," Mr Hale.`: a titled name or a full name alone after a quotation closing on a comma',
    try: ({ toks, qi, k, text }) => verblessNameTag(toks, qi, k, text),
  },
  {
    name: "tag-bare-pronoun",
    doc: '`… "military might alone" he added.`: he/she and a verb of saying right after the mark, no comma between, ending the sentence or going on with "that"',
    try: ({ toks, qi, text }) => barePronounTag(toks, qi, text),
  },
  {
    // (a contrast clause has its own subject: the quotation stays with the clause before)
    name: "tag-not-contrast-clause",
    doc: '`dismissed the plan as "desperate", while the Greens said …`: no tag opens on "while"/"whereas"',
    try: ({ toks, k }) => (/^(?:while|whereas|whilst)$/.test(toks[k]!.lower) ? NO_CUE : null),
  },
  {
    name: "tag-x-said",
    doc: '`," X (, apposition,) said`: the speaker first, set off from the quotation',
    try: (input) => cueOrNone(speakerThenVerb(input)),
  },
];

/** The tag after a quotation: `," said X`, `," X said`, `" by X` (passive), `," according to X`. */
export function cueAfter(toks: Tok[], qi: number, text: string, switches: StepSwitches): Cue | null {
  let k = qi + 1;
  while (k < toks.length && toks[k]!.type === "p" && /[,―—–-]/.test(toks[k]!.text)) k++;
  const t = toks[k];
  if (t?.type !== "w") return null;
  const q = toks[qi]!;
  // Closing on a full stop, a quotation ends its sentence: next comes a new one or a tag ("…." Trump said.).
  const last = text
    .slice(q.start, q.end)
    .replace(/["“”'’\s]+$/u, "")
    .slice(-1);
  const endsSentence = last === ".";
  // `"…?" Mr Dunmore said he would not …`: after a question or exclamation, a verb with a clause
  // of its own opens a new sentence (switch); `"…?" Holmes asked in May.` is still a tag.
  const question = /[?!]/.test(last) && isOn("quotes", "question-ends-sentence", switches);
  const tagOnly = (after: number) => {
    const n = toks.find((x) => x.start >= after);
    if (question && n?.type === "w" && CLAUSE_OPENERS.test(n.lower)) return false;
    return !endsSentence || !n || (n.type === "p" && /[.,;]/.test(n.text));
  };
  const found = firstOf("quotes", CLOSING_TAG_RULES, { toks, qi, k, text, tagOnly, switches }, switches);
  return found === NO_CUE ? null : found;
}

/** The quotation is set off from what follows: punctuation inside its marks or after them. */
function setOff({ toks, qi, k, text, switches }: TagInput): boolean {
  const q = toks[qi]!;
  const inner = text
    .slice(q.start, q.end)
    .replace(/["“”'’\s]+$/u, "")
    .slice(-1);
  const punctuated = k !== qi + 1 || q.start === q.end || /[,.!?…:;—–-]/.test(inner);
  return punctuated || quotedSentenceOpens(toks, qi, text, switches);
}

/** Is toks[j], the n-th word past the quotation, the tag's verb of saying? (Past 22 words only
 *  right after an apposition's comma: "Trump, the … frontrunner …, said".) */
function tagVerbAt({ toks, k, switches }: TagInput, j: number, n: number, manner: boolean): boolean {
  const u = toks[j]!;
  return (
    u.type === "w" &&
    (isVerbish(u) ||
      tagOnlyVerb(u, switches, toks, j) ||
      isReadCue(toks, j) ||
      (manner && mannerVerbClosing(toks, j))) &&
    j > k &&
    (n < 22 || toks[j - 1]?.text === ",") &&
    !clauseAfterApposition(toks, k, j) &&
    !isCap(u) &&
    !nounUse(toks, j) &&
    !nounAfterNameRun(toks, j, switches)
  );
}

/** `," X (, apposition,) said`; (s27) `"…," Hale (Asia) Ltd analyst Ann Roe said`: the person past the bracketed firm. */
function speakerThenVerb(input: TagInput): Cue | null {
  const { toks, qi, k, text, tagOnly } = input;
  const q = toks[qi]!;
  // A tag is set off by punctuation, in or after the marks: `stayed "as important" as it was, when …` is not.
  const inner = text
    .slice(q.start, q.end)
    .replace(/["“”'’\s]+$/u, "")
    .slice(-1);
  // (A stand-in of no width is a quotation that ended the sentence before: tags.ts tagSentence.)
  if (k === qi + 1 && q.start !== q.end && !/[,.!?…:;—–-]/.test(inner)) return null;
  let j = k;
  let n = 0;
  const manner = isOn("quotes", MANNER_AFTER_SUBJECT_SWITCH.name, input.switches);
  while (j < toks.length && n < 32) {
    const u = toks[j]!;
    if (u.type === "q" && !termInApposition(toks, k, j)) return null;
    if (u.type === "p" && /[.!?;:]/.test(u.text)) return null;
    if (tagVerbAt(input, j, n, manner)) {
      // "…, it has been claimed": a passive names no speaker ("is reported as saying" does, switch).
      const asSaying = passiveAsSaying(toks, j, input.switches);
      const tagToo = u.lower === "continued" || asSaying || reportedTag(toks, qi, j, input.switches);
      if (VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE.has(u.lower) && !tagToo) return null;
      if (PASSIVE_AUX.has(toks[j - 1]?.lower ?? "") && !asSaying) return null;
      if (toks[j + 1]?.text === ":" || verbOpensNextQuote(toks, qi, j, input.switches)) return null; // "Wenger added:"
      if (!tagOnly(u.end)) return null;
      if (afterCommaToo(toks, j, input.switches)) return namedAfter(toks, j, text); // ", too says BT"
      if (
        isOn("quotes", INVERTED_OWN_TAG_SWITCH.name, input.switches) &&
        verbHasOwnSpeakerAfter(toks, j, text)
      )
        return null;
      // The subject is the phrase right after the quotation (before any apposition).
      let e = k;
      while (e < j && phraseToken(toks, e) && !(ADVERBS.has(toks[e]!.lower) && e > k)) e++;
      // (or a bare role with a name in apposition: "hunt master, Captain Ian Farquhar, said", switch)
      const read = phraseBefore(toks, e, text) ?? roleOfPhrase(toks, k, e, text);
      const bare = read ? null : bareRoleBefore(toks, k, e, text, input.switches);
      const first = anonymousFrom(toks, read, text, input.switches) ?? bare;
      if (!first) return null;
      // `"…" It was a problem, she said.`: a pronoun right before the verb, past the first phrase,
      // is that verb's own subject, so the sentence is no tag of this quotation (switch).
      const own = toks[j - 1];
      if (
        own &&
        own.start >= first.end &&
        /^(?:he|she|they|we|i|it)$/.test(own.lower) &&
        isOn("quotes", "tag-own-pronoun-subject", input.switches)
      )
        return null;
      // `"…" The decision will have no effect, the council has said.` (switch)
      const runOn = isOn("quotes", TAG_OWN_SUBJECT_SWITCH.name, input.switches);
      if (runOn && ownSubjectAfterClause(toks, k, j)) return null;
      const p = withName(input, first, j);
      if (bare && p === bare) return null;
      // "director of telecoms research Tony Lavender said": a role in words before the name.
      if (
        first.start !== toks[k]!.start &&
        !toks.slice(k, e).every((x) => (x.type === "w" && x.end <= first.start) || x.start >= first.start)
      )
        return null;
      const named =
        bracketFirmSubject(first, u.start, text, input.switches) ??
        nameBeforeUnpunctuatedRole(toks, k, first, text, input.switches);
      return { speaker: named ?? p, cue: u.lower, label: LABEL_VERBS.has(u.lower) };
    }
    j++;
    n++;
  }
  return null;
}

/** A passive participle just before the quotation, or ending it ("was described as a “…”"). */
function passiveBefore(toks: Tok[], qi: number, text: string, switches: StepSwitches): boolean {
  if (endsOnSayingParticiple(text.slice(toks[qi]!.start, toks[qi]!.end), switches)) return true;
  for (let j = qi - 1; j >= 0 && j >= qi - 5; j--) {
    const u = toks[j]!;
    // `described as "rash" and "unfair"`: past the first of two coordinated terms.
    if (u.type === "q" && /^(?:and|or)$/.test(toks[j + 1]?.lower ?? "")) continue;
    if (u.type !== "w") break;
    if ((/ed$/.test(u.lower) || LABEL_VERBS.has(u.lower)) && PASSIVE_AUX.has(toks[j - 1]?.lower ?? ""))
      return true;
    // ("in a move branded a “…” by the Tories": a reduced relative, headline18-switches.ts)
    if (reducedPassive(toks, j, switches)) return true;
  }
  return false;
}
