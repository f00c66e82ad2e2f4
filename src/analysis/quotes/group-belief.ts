// "Critics fear it could allow “…”", "…revealed that many voters believe the gap is “…”", "64
// respondents out of 146 believed it was “…”", "with many saying it was “…”": a group of people,
// by its quantifier or its critic-like head, that believes, fears or says the words. Verbs of
// belief are no speech verbs elsewhere (a person who "thinks" may not have said so); a group's
// belief is what a poll or a report found it said, and it is nearer the quotation than the
// report's own verb, so the group is the speaker, not the body that surveyed it.

import { ANONYMOUS_HEADS } from "../lexicons/sources.ts";
import { type Alternative, isOn, type StepSwitches } from "../steps.ts";
import { type Cue, phraseOf } from "./phrases.ts";
import { pairedQuote, SHARE_OF_GROUP_RULE, shareOfGroup } from "./set34-switches.ts";
import { isVerbish, nounUse, type Tok } from "./tokens.ts";

const BELIEFS = /^(?:believe|believes|believed|fear|fears|feared|think|thinks|thought|feel|feels|felt)$/;
const SAYING = /^(?:saying|describing|calling|claiming|warning|arguing|complaining)$/;
const QUANTIFIERS = /^(?:many|most|some|several|few|numerous|\d[\d,]*)$/;
/** Words a group subject follows: the sentence start, punctuation, a conjunction, "that", or a
 *  finding verb whose "that" is left out ("results showed 64 respondents believed"). */
const OPENERS = /^(?:that|and|but|while|with|as|because|so|yet|showed|found|revealed|suggested)$/;

const plural = (t: Tok | undefined) =>
  t?.type === "w" && /^\p{L}[\p{Ll}-]+s$/u.test(t.text) && !/ss$/.test(t.lower);
const opens = (t: Tok | undefined) => t?.type !== "w" || OPENERS.test(t.lower);

const DASH = /^[-–—]$/;

/** Words that may come between "with" and a share of a group ("with just 40% of firms"). */
const APPROX = /^(?:just|only|about|around|nearly|almost|some|over|under)$/;

/** The group subject ending before toks[j] as [first, last] token, else null; `share`: a share of
 *  a group after "with" too (set 34). */
function groupSpan(toks: Tok[], j: number, share: boolean): [number, number] | null {
  let h = j - 1;
  // ("64 respondents - among them 21 judges - believed": past an aside between dashes)
  if (DASH.test(toks[h]?.text ?? "")) {
    let d = h - 1;
    while (d > 0 && h - d < 10 && !DASH.test(toks[d]!.text)) d--;
    if (!DASH.test(toks[d]?.text ?? "")) return null;
    h = d - 1;
  }
  // ("64 respondents out of 146 believed": the total after the group)
  if (/^\d[\d,]*$/.test(toks[h]?.text ?? "") && toks[h - 1]?.lower === "of" && toks[h - 2]?.lower === "out")
    h -= 3;
  const e = h;
  const q = toks[h - 1];
  if (plural(toks[h]) && q?.type === "w" && QUANTIFIERS.test(q.lower) && opens(toks[h - 2]))
    return [h - 1, e];
  if (toks[h]?.type === "w" && /^(?:many|most|some)$/.test(toks[h]!.lower) && toks[h - 1]?.lower === "with")
    return [h, e];
  const a = share ? shareOfGroup(toks, h) : -1;
  let w = a - 1;
  while (w > 0 && APPROX.test(toks[w]!.lower)) w--;
  if (a > 0 && toks[w]?.lower === "with") return [a, e];
  const head = toks[h];
  if (plural(head) && ANONYMOUS_HEADS.has(head!.lower) && opens(toks[h - 1])) return [h, e];
  return null;
}

/** The group cue at toks[j] (a verb of belief, or a participle after "with many"), else null. */
function groupCue(toks: Tok[], j: number, text: string, switches: StepSwitches): Cue | null {
  const t = toks[j]!;
  if (t.type !== "w" || !(BELIEFS.test(t.lower) || SAYING.test(t.lower))) return null;
  const span = groupSpan(toks, j, isOn("quotes", SHARE_OF_GROUP_RULE.name, switches));
  if (!span) return null;
  // (a participle only after "with many": "Critics saying …" is the reporter's phrase)
  let w = span[0] - 1;
  while (w > 0 && APPROX.test(toks[w]!.lower)) w--;
  if (SAYING.test(t.lower) && toks[w]?.lower !== "with") return null;
  return { speaker: phraseOf(toks, span[0], span[1], text), cue: t.lower, label: false };
}

/** The group cue before the quotation in its sentence, unless a speech verb comes between. */
export const GROUP_BELIEF_RULE: Alternative<
  { ctx: { toks: Tok[]; doc: { text: string; switches: StepSwitches } }; j: number },
  Cue
> = {
  name: "group-belief",
  doc: '"Critics fear it could allow “…”", "revealed that many voters believe …", "with many saying …": a quantified or critic-like group that believes, fears or says is the speaker',
  try: ({ ctx, j }) => {
    const { toks } = ctx;
    const paired = (k: number) => pairedQuote(toks, k, j, ctx.doc.switches);
    for (let k = j - 1; k >= 0 && (toks[k]!.type !== "q" || paired(k)); k--) {
      const cue = groupCue(toks, k, ctx.doc.text, ctx.doc.switches);
      if (cue) return cue;
      if (isVerbish(toks[k]!) && !nounUse(toks, k)) return null;
    }
    return null;
  },
};
