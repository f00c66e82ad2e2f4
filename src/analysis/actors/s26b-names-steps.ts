// Actor rules of session 26 round 3 (issue #13): an acronym the article never introduces in
// brackets. News English writes a company's acronym from its name without the legal suffix
// ("IBM" for International Business Machines Corp), and writes a body's acronym after its full
// name has appeared only inside a longer run ("World Food Programme Executive Director Anna
// Lindqvist ... The WFP said").

import { LEGAL_SUFFIXES } from "../lexicons/organisations.ts";
import { DEMONYMS, NATIONS, PLACES } from "../lexicons/places.ts";
import { TITLE_MODIFIERS } from "../lexicons/titles.ts";
import type { Step } from "../steps.ts";
import { initials, ACRONYM_SKIP as LINKS } from "./names.ts";
import { bareSpans, orgsOf } from "./s26-names-steps.ts";
import type { ArticleState, Local, Vocab } from "./types.ts";
import { isCommon } from "./vocabulary.ts";

/** The name without its legal suffix (and a dangling "and"/"&" before it), or null if it has none. */
function withoutSuffix(tokens: readonly string[]): string[] | null {
  let n = tokens.length;
  while (n > 0 && LEGAL_SUFFIXES.has(tokens[n - 1]!)) n--;
  while (n > 0 && /^(?:and|&)$/.test(tokens[n - 1]!)) n--;
  return n < tokens.length && n >= 2 ? tokens.slice(0, n) : null;
}

/** Moves every mention of `short` into `long`: the article names one organisation. */
function joinInto(st: ArticleState, short: Local, long: Local) {
  for (const m of short.mentions) long.mentions.push({ ...m, via: "acronym", local: long });
  long.descriptions.push(...short.descriptions);
  long.strong ||= short.strong;
  short.mentions = [];
  for (const [k, l] of [...st.orgs]) if (l === short) st.orgs.delete(k);
  st.all.splice(st.all.indexOf(short), 1);
}

/** An organisation written as one acronym of three to eight capitals ("IBM", "I.M.F."). */
function acronymOf(l: Local): string | null {
  if (l.kind !== "organization" || l.tokens.length !== 1 || !l.mentions.length) return null;
  const w = l.tokens[0]!.replace(/\./g, "");
  return /^\p{Lu}{3,8}$/u.test(w) ? w : null;
}

/** Does a name word stand right before word i or right after word j (a title, a person), not a
 *  link ("and", "of") that would make the stretch one of two joined names? */
function touchesName(words: readonly RegExpExecArray[], i: number, j: number): boolean {
  const near = [words[i - 1]?.[0], words[j + 1]?.[0]];
  return near.some((w) => w !== undefined && !LINKS.test(w));
}

/** The unique stretch inside a longer capitalised run before `before` whose initials spell `acr`
 *  (links skipped): "World Food Programme" in "World Food Programme Executive Director Anna Lindqvist". */
function spelledOut(text: string, acr: string, before: number): { start: number; end: number } | null {
  const re = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*\p{Lu}[\p{L}'’-]*)*/gu;
  const found = new Map<string, { start: number; end: number }>();
  for (const m of text.slice(0, before).matchAll(re)) {
    const words = [...m[0].matchAll(/\S+/g)] as RegExpExecArray[];
    for (let i = 0; i < words.length; i++) {
      if (LINKS.test(words[i]![0])) continue;
      let k = 0;
      for (let j = i; j < words.length && k <= acr.length; j++) {
        if (LINKS.test(words[j]![0])) continue;
        if (words[j]![0][0] !== acr[k]) break;
        k++;
        // (a run the window fills is a name of its own, which the merge already reads)
        if (k === acr.length && touchesName(words, i, j)) {
          const start = m.index + words[i]!.index;
          const end = m.index + words[j]!.index + words[j]![0].length;
          found.set(text.slice(start, end), { start, end });
          break;
        }
      }
    }
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

const SUFFIX_ACRONYM_STEP: Step<{ st: ArticleState; vocab: Vocab }> = {
  name: "acronym-without-legal-suffix",
  doc: "'IBM said' in an article naming 'International Business Machines Corp': a company's acronym leaves out its legal suffix",
  run: ({ st }) => {
    const orgs = orgsOf(st);
    for (const a of orgs) {
      const acr = acronymOf(a);
      if (!acr) continue;
      const full = orgs.filter((l) => {
        const core = l !== a ? withoutSuffix(l.tokens) : null;
        return core !== null && initials(core.join(" ")) === acr;
      });
      if (full.length === 1) joinInto(st, a, full[0]!);
    }
  },
};

const RUN_ACRONYM_STEP: Step<{ st: ArticleState; vocab: Vocab }> = {
  name: "acronym-spelled-in-run",
  doc: "'The WFP said' after 'World Food Programme Executive Director Anna Lindqvist': an acronym names the body whose full name the article gave earlier inside a longer run",
  run: ({ st }) => {
    for (const a of [...new Set(st.orgs.values())]) {
      const acr = acronymOf(a);
      if (!acr || a.mentions.some((m) => m.via !== "acronym" && m.via !== "name")) continue;
      const first = Math.min(...a.mentions.map((m) => m.start));
      const span = spelledOut(st.text, acr, first);
      if (!span) continue;
      const text = st.text.slice(span.start, span.end);
      a.tokens = text.split(/\s+/);
      a.mentions.push({ ...span, text, via: "name", local: a });
    }
  },
};

/** Can a word be a company's everyday first-word name ("Newmont", not "British" or "First")? */
function firstWordName(st: ArticleState, w: string, vocab: Vocab): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w) || isCommon(w, vocab)) return false;
  if (PLACES.has(w) || NATIONS.has(w) || DEMONYMS.has(w) || TITLE_MODIFIERS.has(w)) return false;
  return !st.all.some((l) => l.kind === "person" && l.tokens.includes(w) && !lonePerson(l, w));
}

/** A person read from the word's shape alone ("Harlan said"): no title, role or other name word. */
function lonePerson(l: Local, w: string): boolean {
  return (
    l.kind === "person" && l.tokens.length === 1 && l.tokens[0] === w && !l.strong && !l.descriptions.length
  );
}

const FIRST_WORD_COMPANY_STEP: Step<{ st: ArticleState; vocab: Vocab }> = {
  name: "company-first-word",
  doc: "'Harlan said' after 'Harlan Mining Corp': the bare first word of the one company of the article whose name ends in a legal suffix is that company",
  run: ({ st, vocab }) => {
    const orgs = orgsOf(st);
    for (const full of orgs) {
      const w = full.tokens[0]!;
      if (full.tokens.length < 2 || withoutSuffix(full.tokens) === null || !firstWordName(st, w, vocab))
        continue;
      if (orgs.some((l) => l !== full && l.tokens[0] === w)) continue;
      const from = Math.min(...full.mentions.map((m) => m.end));
      // ("Harlan said" read as a person by its shape alone)
      for (const p of st.all.filter((l) => lonePerson(l, w))) {
        if (p.mentions.some((m) => m.start < from)) continue;
        for (const map of [st.persons, st.surnameOnly])
          for (const [k, l] of [...map]) if (l === p) map.delete(k);
        for (const m of p.mentions) full.mentions.push({ ...m, via: "alias", local: full });
        p.mentions = [];
        st.all.splice(st.all.indexOf(p), 1);
      }
      for (const span of bareSpans(st, [w], from)) full.mentions.push({ ...span, via: "alias", local: full });
    }
  },
};

/** Article steps of this module, run after session 26's short forms. */
export const S26B_NAME_ARTICLE_STEPS: readonly Step<{ st: ArticleState; vocab: Vocab }>[] = [
  SUFFIX_ACRONYM_STEP,
  RUN_ACRONYM_STEP,
  FIRST_WORD_COMPANY_STEP,
];
