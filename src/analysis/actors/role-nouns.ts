// "the president" / "the department": role nouns resolved to an actor carrying that word.

import { foldKey } from "../../text/fold.ts";
import type { Actor, Mention } from "../../types.ts";
import { OFFICE_RANKS, ROLE_NOUNS } from "../lexicons/titles.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { SPEAKING_ORG_GOES_ON_STEP, speakingOrgBefore } from "./speaking-org-goes-on.ts";
import type { DocData } from "./types.ts";

// The modifier is lazy: "the prime minister" is the role "prime minister", not a "minister" with a
// modifier (which any minister would carry).
// Offices are also written as titles ("The Foreign Secretary told the BBC", "The Prime Minister");
// only offices: "The Star" or "The Leader" opening a sentence is more often a newspaper.
const TITLED_OFFICES = [
  ..."president secretary minister chancellor governor senator ambassador commissioner chairman chairwoman judge mayor".split(
    " ",
  ),
  "prime minister",
].filter((w) => ROLE_NOUNS.get(w) === "person");
const titleCase = (r: string) => r.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
const ROLE_RE = new RegExp(
  `\\b[Tt]he (?:([a-z]+|\\p{Lu}[\\p{L}-]+) )??(${[...ROLE_NOUNS.keys(), ...TITLED_OFFICES.map(titleCase)]
    .sort((a, b) => b.length - a.length)
    .join("|")})\\b(?! of\\b)(?! \\p{Lu})`,
  "gu",
);

/** "the president" / "the department", where an actor of the article carries that word. */
export function roleNouns(
  d: DocData,
  list: Mention[],
  byId: ReadonlyMap<string, Actor>,
  switches: StepSwitches,
): Mention[] {
  const goesOn = isOn("actors", SPEAKING_ORG_GOES_ON_STEP.name, switches);
  const out: Mention[] = [];
  const text = d.article.text;
  const named = list.filter((m) => m.via !== "role" && m.via !== "pronoun");
  for (const [si, s] of d.sentences.entries()) {
    const sentence = text.slice(s.start, s.end);
    // role nouns
    for (const m of sentence.matchAll(ROLE_RE)) {
      const word = m[2]!.toLowerCase();
      const roleWords = word.split(" ");
      // "the Tory leader": a capitalised modifier must be among the person's words for the role
      // too (a "Labour leader" is no "Tory leader").
      const proper = m[1] && /^\p{Lu}/u.test(m[1]) ? foldKey(m[1]) : null;
      const rank = m[1] && OFFICE_RANKS.has(m[1]) ? m[1] : null;
      const kind = ROLE_NOUNS.get(word);
      // "the Obama administration" names no organisation of that role: a person's role only.
      if (!kind || (proper && kind !== "person")) continue;
      const at = s.start + m.index;
      const mod = kind === "person" && m[1] && !proper && !rank && !PLAIN_MODIFIERS.has(m[1]) ? m[1] : null;
      const a =
        (kind === "organization" && goesOn
          ? speakingOrgBefore(text, s, d.sentences[si - 1] ?? null, named, byId, at, at + m[0].length)
          : null) ??
        bestCarrier(d.article.docId, named, byId, at, kind, (t) => carries(t, roleWords, proper, rank, mod));
      if (a)
        out.push({
          actorId: a.id,
          docId: d.article.docId,
          start: at,
          end: at + m[0].length,
          text: m[0],
          via: "role",
        });
    }
  }
  return out;
}

// Modifiers that do not narrow a person's office: "the new manager" is the manager, "the club
// chairman" the Chelsea chairman. Any other lower-case modifier does ("the culture secretary" is no
// foreign secretary), and a description held in the past ("former home secretary") is not the
// office now.
const PLAIN_MODIFIERS = new Set(
  `new current outgoing incoming embattled beleaguered veteran respected influential popular controversial
  club team party company firm group union league government`.split(/\s+/),
);
const PAST = new Set(["former", "ex", "late", "future"]);

/** Does the description `t` hold the role (`roleWords`), with the mention's modifiers? */
function carries(
  t: string,
  roleWords: readonly string[],
  proper: string | null,
  rank: string | null,
  mod: string | null,
): boolean {
  const ws = foldKey(t).split(" ");
  const at = wordsAt(ws, roleWords);
  if (at < 0) return false;
  const before = ws.slice(0, at);
  // …and a "vice president" is no "the president": the ranks of the two agree.
  const ranked = before.some((w) => OFFICE_RANKS.has(w));
  const past = before.some((w) => PAST.has(w));
  return (
    (!proper || ws.includes(proper)) &&
    ranked === !!rank &&
    past === (!!mod && PAST.has(mod)) &&
    (!mod || before.includes(mod))
  );
}

/**
 * The actor named before `at` (within 1,500 characters) that carries the role, the best-attested
 * first: a description this article gives, else the one seen in most articles (a chancellor once
 * called "prime minister" elsewhere is not the prime minister the article named), the latest
 * named on a tie.
 */
function bestCarrier(
  docId: string,
  named: readonly Mention[],
  byId: ReadonlyMap<string, Actor>,
  at: number,
  kind: "person" | "organization",
  holds: (text: string) => boolean,
): Actor | null {
  let best: Actor | null = null;
  let bestSupport = 0;
  for (let i = named.length - 1; i >= 0; i--) {
    const c = named[i]!;
    if (c.end > at) continue;
    if (at - c.end > 1500) break;
    const a = byId.get(c.actorId);
    if (!a || a.kind !== kind || a === best) continue;
    let support = kind === "organization" && holds(a.name) ? HERE : 0;
    for (const x of a.descriptions)
      if (holds(x.text)) support = Math.max(support, x.docIds.includes(docId) ? HERE : x.docIds.length);
    if (support > bestSupport) {
      best = a;
      bestSupport = support;
    }
  }
  return best;
}
const HERE = Number.MAX_SAFE_INTEGER;

/** Where the words `seq` start in `ws` (-1 if they do not): a role of two words ("prime
 *  minister") is carried only by both in order. */
function wordsAt(ws: readonly string[], seq: readonly string[]): number {
  for (let i = 0; i + seq.length <= ws.length; i++) if (seq.every((w, k) => ws[i + k] === w)) return i;
  return -1;
}
