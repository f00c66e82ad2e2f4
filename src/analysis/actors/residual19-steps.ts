// Actor steps of the classes that recur across the BBC study sets (session 19's residual misses;
// one list for read-article.ts).

import type { TextLayer } from "../../text/tokens.ts";
import { nameWordsIn } from "../../text/views.ts";
import type { Article } from "../../types.ts";
import type { Step } from "../steps.ts";
import { addOrg } from "./article-actors.ts";
import { initials } from "./names.ts";
import type { ArticleState, Local } from "./types.ts";

/** What the residual article steps read. */
interface Read {
  st: ArticleState;
  article: Article;
  layerOf: (article: Article) => TextLayer;
}

/** A capitalised word of two to six letters that is not all capitals ("DrKW", "Bat", "Hbt"). */
const SHORT_FORM = /(?<![\p{L}\p{N}'’&.-])\p{Lu}\p{L}{1,5}(?![\p{L}\p{N}&]|['’]\p{L}{2})/gu;
/** A run of capitalised words on one line, links between them ("Bank of Arden"). */
const RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]+(?: +(?:(?:of|and|for|the|&) +)?\p{Lu}[\p{L}'’-]+)+/gu;

/** The initials a short form may stand for: all its letters, or its capitals alone. */
function initialsOf(w: string): string[] {
  const caps = w.replace(/\P{Lu}/gu, "");
  return caps.length >= 3 && caps !== w ? [w.toUpperCase(), caps] : [w.toUpperCase()];
}

/** Each set of three or more initials to the one [start, end) of the body's capitalised runs
 *  (or their tails) it spells; null where two different names spell it. */
function namesByInitials(text: string, from: number): Map<string, [number, number] | null> {
  const out = new Map<string, [number, number] | null>();
  for (const m of text.slice(from).matchAll(RUN)) {
    const words = [...m[0].matchAll(/\S+/g)];
    for (let i = 0; i + 3 <= words.length; i++) {
      const a = from + m.index! + words[i]!.index!;
      const name = m[0].slice(words[i]!.index!);
      const ini = initials(name);
      if (ini.length < 3 || /^(?:of|and|for|the|&)$/.test(words[i]![0])) continue;
      const was = out.get(ini);
      if (was === undefined) out.set(ini, [a, a + name.length]);
      else if (was && text.slice(was[0], was[1]) !== name) out.set(ini, null);
    }
  }
  return out;
}

/** Drops the mentions and lone words inside [a, b) and the locals left with none. */
function clear(st: ArticleState, a: number, b: number) {
  for (const x of st.all) x.mentions = x.mentions.filter((r) => r.end <= a || r.start >= b);
  st.pending = st.pending.filter((p) => p.end <= a || p.start >= b);
  const gone = new Set(st.all.filter((x) => x.mentions.length === 0));
  if (gone.size === 0) return;
  st.all = st.all.filter((x) => !gone.has(x));
  for (const map of [st.persons, st.surnameOnly, st.orgs])
    for (const [k, x] of map) if (gone.has(x)) map.delete(k);
}

/** "Dresdner Kleinwort Wasserstein … DrKW said", "British American Tobacco … Bat told the BBC":
 *  a short form in mixed case whose letters (or capitals) are the initials of a name of three or
 *  more words the same article prints is an organisation, that name. Acronyms in capitals are
 *  matched already; a mixed-case one reads as a word or a surname, the article never gives it in
 *  brackets, and the full name, unmatched, reads as a person ("Kleinwort Wasserstein") or is cut
 *  at a demonym. Only initials of a name printed in the same article count, so a word that
 *  happens to spell some ("Art", "Act") needs that name beside it. */
export const MIXED_CASE_INITIALS_STEP: Step<Read> = {
  name: "mixed-case-initials",
  doc: "'Dresdner Kleinwort Wasserstein … DrKW said', 'British American Tobacco … Bat told': a mixed-case short form spelling the initials of a name of three or more words the same article prints is that organisation",
  run: ({ st, article, layerOf }) => {
    const from = article.bodyStart;
    const shorts = [...st.text.slice(from).matchAll(SHORT_FORM)].filter((m) => m[0] !== m[0].toUpperCase());
    if (shorts.length === 0) return;
    const names = namesByInitials(st.text, from);
    const orgOf = new Map<string, Local>();
    for (const m of shorts) {
      const w = m[0];
      const hit = initialsOf(w)
        .map((k) => names.get(k))
        .find((x) => x);
      if (!hit) continue;
      const key = st.text.slice(hit[0], hit[1]);
      if (key.split(/\s+/).includes(w)) continue;
      let l = orgOf.get(key);
      if (!l) {
        // (every printing of the full name, as one organisation)
        for (let i = st.text.indexOf(key, from); i >= 0; i = st.text.indexOf(key, i + key.length)) {
          clear(st, i, i + key.length);
          addOrg(st, nameWordsIn(layerOf(article), i, i + key.length), true, "name");
        }
        l = st.all.find((x) => x.kind === "organization" && x.tokens.join(" ") === key.replace(/\s+/g, " "));
        if (!l) continue;
        orgOf.set(key, l);
      }
      const a = from + m.index!;
      clear(st, a, a + w.length);
      l.mentions.push({ start: a, end: a + w.length, text: w, via: "acronym", local: l });
    }
  },
};

/** The residual classes' article steps, run after the acronym introductions. */
export const RESIDUAL19_ARTICLE_STEPS = [MIXED_CASE_INITIALS_STEP];
