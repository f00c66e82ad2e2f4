// Actor steps of the classes found on BBC study set 22 (one list for read-article.ts).

import { foldKey } from "../../text/fold.ts";
import type { TextLayer } from "../../text/tokens.ts";
import { nameWordsIn } from "../../text/views.ts";
import type { Article } from "../../types.ts";
import type { Step } from "../steps.ts";
import { addOrg, newLocal } from "./article-actors.ts";
import type { ArticleState, Local } from "./types.ts";

/** What set 22's article steps read. */
interface Read {
  st: ArticleState;
  article: Article;
  layerOf: (article: Article) => TextLayer;
}

const LINK = /^(?:of|and|for|the|on|&)$/;
/** "State Administration of Radio, Film and Television (SARFT)": capitalised words, links and
 *  commas after capitalised words, then an acronym in brackets. */
const COMMA_NAME =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’-]*(?:,?\s+(?:of|and|for|the|on|&|\p{Lu}[\p{L}'’-]*))+)\s*\((\p{Lu}{3,8})\)/gu;

/** The start (in `words`) of the shortest tail whose initials, links left out, are `acr`; -1 if none. */
function tailFor(words: string[], acr: string): number {
  let ini = "";
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.replace(/,$/, "");
    if (LINK.test(w)) continue;
    ini = w[0]! + ini;
    if (ini === acr) return i;
    if (!acr.endsWith(ini)) return -1;
  }
  return -1;
}

/** A name a comma list runs through, before its acronym in brackets, is one organisation: the
 *  acronym-introduction step reads no comma, so "Radio, Film and Television (SARFT)" was cut. */
export const COMMA_LIST_ACRONYM_STEP: Step<Read> = {
  name: "introduced-acronyms-comma-list",
  doc: "'State Administration of Radio, Film and Television (SARFT)': a name with a comma list before its bracketed acronym is one organisation",
  run: ({ st, article, layerOf }) => {
    const from = article.bodyStart;
    if (!st.text.includes("(", from)) return;
    for (const m of st.text.slice(from).matchAll(COMMA_NAME)) {
      if (!m[1]!.includes(",")) continue;
      const words = m[1]!.split(/\s+/);
      const i = tailFor(words, m[2]!);
      if (i < 0 || !words.slice(i, -1).some((w) => w.endsWith(","))) continue;
      const at = from + m.index! + m[1]!.length - words.slice(i).join(" ").length;
      const end = from + m.index! + m[1]!.length;
      if (st.text.slice(at, end) !== words.slice(i).join(" ")) continue;
      for (const l of st.all) l.mentions = l.mentions.filter((x) => x.end <= at || x.start >= end);
      addOrg(st, nameWordsIn(layerOf(article), at, end), true, "name");
    }
  },
};

/** "Ahmed 'Mido' Hossam": a given name, a nickname in single quotes, a surname. */
const NICKNAMED =
  /(?<![\p{L}\p{N}'‘])(\p{Lu}\p{Ll}+) ['‘](\p{Lu}\p{Ll}+)['’] (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])/gu;

/** Drops the mentions and lone words inside [a, b); returns the locals it took mentions from. */
function clearSpan(st: ArticleState, a: number, b: number, touched: Set<Local>) {
  for (const l of st.all) {
    const kept = l.mentions.filter((x) => x.end <= a || x.start >= b);
    if (kept.length < l.mentions.length) touched.add(l);
    l.mentions = kept;
  }
  st.pending = st.pending.filter((p) => p.end <= a || p.start >= b);
}

/** Locals left with no mention leave the article's maps. */
function dropEmpty(st: ArticleState, touched: Set<Local>) {
  const gone = new Set([...touched].filter((x) => x.mentions.length === 0));
  if (gone.size === 0) return;
  st.all = st.all.filter((x) => !gone.has(x));
  for (const map of [st.persons, st.orgs, st.surnameOnly])
    for (const [k, x] of map) if (gone.has(x)) map.delete(k);
}

/** A person the article names "Given 'Nick' Surname" and later only by the nickname ("Mido
 *  said:") is the given name and surname: every printed nickname is that person. */
export const QUOTED_NICKNAME_STEP: Step<Read> = {
  name: "quoted-nickname",
  doc: "\"Ahmed 'Mido' Hossam … Mido said\": a nickname in single quotes between a given name and a surname names that person wherever it stands alone",
  run: ({ st, article }) => {
    const body = st.text.slice(article.bodyStart);
    if (!/['‘]/.test(body)) return;
    const touched = new Set<Local>();
    for (const m of body.matchAll(NICKNAMED)) {
      const [whole, given, nick, surname] = m as unknown as [string, string, string, string];
      const at = article.bodyStart + m.index!;
      const lone = new RegExp(String.raw`(?<![\p{L}\p{N}'‘])${nick}(?![\p{L}\p{N}'’]| \p{Lu})`, "gu");
      const spans: Array<[number, number]> = [[at, at + whole.length]];
      for (const x of body.matchAll(lone)) {
        const a = article.bodyStart + x.index!;
        if (a < at || a >= at + whole.length) spans.push([a, a + nick.length]);
      }
      for (const [a, b] of spans) clearSpan(st, a, b, touched);
      const l = newLocal(st, "person", [given, surname], true);
      l.surname = foldKey(surname);
      l.first = foldKey(given);
      st.persons.set(foldKey(`${given} ${surname}`), l);
      for (const [a, b] of spans) {
        const text = st.text.slice(a, b);
        l.mentions.push({ start: a, end: b, text, via: a === at ? "name" : "alias", local: l });
      }
    }
    dropEmpty(st, touched);
  },
};

/** Set 22's article steps, run after the acronym introductions. */
export const SET22_ARTICLE_STEPS = [COMMA_LIST_ACRONYM_STEP, QUOTED_NICKNAME_STEP];
