// "the president" / "the department": role nouns resolved to an actor carrying that word.

import { foldKey } from "../../text/fold.ts";
import type { Actor, Mention } from "../../types.ts";
import { OFFICE_RANKS, ROLE_NOUNS } from "../lexicons/titles.ts";
import type { DocData } from "./types.ts";

// The modifier is lazy: "the prime minister" is the role "prime minister", not a "minister" with a
// modifier (which any minister would carry).
const ROLE_RE = new RegExp(
  `\\b[Tt]he (?:([a-z]+|\\p{Lu}[\\p{L}-]+) )??(${[...ROLE_NOUNS.keys()].sort((a, b) => b.length - a.length).join("|")})\\b(?! of\\b)(?! \\p{Lu})`,
  "gu",
);

/** "the president" / "the department", where an actor of the article carries that word. */
export function roleNouns(d: DocData, list: Mention[], byId: ReadonlyMap<string, Actor>): Mention[] {
  const out: Mention[] = [];
  const text = d.article.text;
  const named = list.filter((m) => m.via !== "role" && m.via !== "pronoun");
  for (const s of d.sentences) {
    const sentence = text.slice(s.start, s.end);
    // role nouns
    for (const m of sentence.matchAll(ROLE_RE)) {
      const word = m[2]!;
      const roleWords = word.split(" ");
      // "the Tory leader": a capitalised modifier must be among the person's words for the role
      // too (a "Labour leader" is no "Tory leader").
      const proper = m[1] && /^\p{Lu}/u.test(m[1]) ? foldKey(m[1]) : null;
      const rank = m[1] && OFFICE_RANKS.has(m[1]) ? m[1] : null;
      const kind = ROLE_NOUNS.get(word);
      // "the Obama administration" names no organisation of that role: a person's role only.
      if (!kind || (proper && kind !== "person")) continue;
      const at = s.start + m.index;
      for (let i = named.length - 1; i >= 0; i--) {
        const c = named[i]!;
        if (c.end > at) continue;
        if (at - c.end > 1500) break;
        const a = byId.get(c.actorId);
        if (!a || a.kind !== kind) continue;
        // …and a "vice president" is no "the president": the ranks of the two agree.
        const carries = (t: string) => {
          const ws = foldKey(t).split(" ");
          const at = wordsAt(ws, roleWords);
          const ranked = ws.slice(0, at).some((w) => OFFICE_RANKS.has(w));
          return at >= 0 && (!proper || ws.includes(proper)) && ranked === !!rank;
        };
        const fits =
          a.descriptions.some((x) => carries(x.text)) || (kind === "organization" && carries(a.name));
        if (!fits) continue;
        out.push({
          actorId: a.id,
          docId: d.article.docId,
          start: at,
          end: at + m[0].length,
          text: m[0],
          via: "role",
        });
        break;
      }
    }
  }
  return out;
}

/** Where the words `seq` start in `ws` (-1 if they do not): a role of two words ("prime
 *  minister") is carried only by both in order. */
function wordsAt(ws: readonly string[], seq: readonly string[]): number {
  for (let i = 0; i + seq.length <= ws.length; i++) if (seq.every((w, k) => ws[i + k] === w)) return i;
  return -1;
}
