// Stage names the capitalised-run walk cannot read: a leading "The" ("The Game"), a number
// ("50 Cent", "Nico 400"). The article says it is a person by a performer's role right before
// it ("rapper 50 Cent", "his protege The Game") or by a real name it gives ("X, whose real name
// is Y", "X, real name Y"). Every place the article prints the stage name is then that person,
// and the real name is one of its names.

import { foldKey } from "../../text/fold.ts";
import type { Article } from "../../types.ts";
import { newLocal } from "./article-actors.ts";
import type { ArticleState, Local } from "./types.ts";

const WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
/** "The Game", "The Notorious Ace"; "50 Cent"; "Andre 3000". */
const UNIT = String.raw`The(?: ${WORD}){1,2}|\d{1,4} ${WORD}|${WORD} \d{2,4}`;

/** Performers' roles that introduce a stage name. */
const PERFORMERS = String.raw`[Rr]apper|[Ss]inger|[Ss]tar|[Pp]rot[eé]g[eé]|[Cc]hart-topper|DJ|[Mm]usician|[Cc]omedian|[Ww]restler|[Mm]agician|[Ff]rontman|MC`;

const AFTER_ROLE = new RegExp(
  String.raw`(?<![\p{L}-])(?:${PERFORMERS}) (${UNIT})(?![\p{L}\p{N}]| \p{Lu}| \d)`,
  "gu",
);
const PERFORMER_WORD = new RegExp(PERFORMERS);
const REAL_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${UNIT}),? (?:whose real name is|real name) (${WORD}(?: ${WORD}){1,2})`,
  "gu",
);

/** The stage names an article introduces, each with the real name it gives (if any). */
function stageNames(text: string, from: number): Map<string, string | null> {
  const body = text.slice(from);
  const out = new Map<string, string | null>();
  // (each pattern opens on a look-behind, tried at every character: only where its words are written)
  if (PERFORMER_WORD.test(body))
    for (const m of body.matchAll(AFTER_ROLE)) if (!out.has(m[1]!)) out.set(m[1]!, null);
  if (body.includes("real name")) for (const m of body.matchAll(REAL_NAME)) out.set(m[1]!, m[2]!);
  return out;
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every printed form of the stage names becomes a mention of its person; the runs the walk
 *  made of those places (an organisation "Game", a lone "Game") and the real name's person go. */
export function readStageNames(st: ArticleState, article: Article) {
  const names = stageNames(st.text, article.bodyStart);
  const touched = new Set<Local>();
  for (const [name, real] of names) {
    const re = new RegExp(String.raw`(?<![\p{L}\p{N}])${literal(name)}(?![\p{L}\p{N}]| \p{Lu})`, "gu");
    const spans: Array<[number, number]> = [];
    for (const m of st.text.slice(article.bodyStart).matchAll(re)) {
      const at = article.bodyStart + m.index!;
      spans.push([at, at + name.length]);
    }
    if (spans.length === 0) continue;
    const clear = (a: number, b: number) => {
      for (const l of st.all) {
        const kept = l.mentions.filter((x) => x.end <= a || x.start >= b);
        if (kept.length < l.mentions.length) touched.add(l);
        l.mentions = kept;
      }
      st.pending = st.pending.filter((p) => p.end <= a || p.start >= b);
    };
    for (const [a, b] of spans) clear(a, b);
    const words = name.split(" ");
    const l = newLocal(st, "person", words, true);
    l.surname = foldKey(words[words.length - 1]!);
    l.first = null;
    st.persons.set(foldKey(name), l);
    for (const [a, b] of spans) l.mentions.push({ start: a, end: b, text: name, via: "name", local: l });
    if (real) {
      const other = takeRealName(st, l, real);
      if (other) touched.add(other);
    }
  }
  // locals the stage names left with no mention are gone
  const gone = new Set([...touched].filter((x) => x.mentions.length === 0));
  if (gone.size === 0) return;
  st.all = st.all.filter((x) => !gone.has(x));
  for (const map of [st.persons, st.orgs, st.surnameOnly])
    for (const [k, x] of map) if (gone.has(x)) map.delete(k);
}

/** "50 Cent, real name Ray Dunne": Ray Dunne's mentions are the stage name's person's. */
function takeRealName(st: ArticleState, l: Local, real: string): Local | null {
  const other = st.persons.get(foldKey(real));
  if (!other || other === l) return null;
  for (const m of other.mentions) l.mentions.push({ ...m, via: "alias", local: l });
  other.mentions = [];
  return other;
}
