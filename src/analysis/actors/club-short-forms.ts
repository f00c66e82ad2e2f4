// Sports clubs and bodies by their everyday short forms, inside one article that names them in
// full: "United" and "Man Utd" for Manchester United, "Villa" for Aston Villa. News copy writes a
// club by the tail of its name ("United fans have reacted") and abbreviates its place ("Man
// United had turned down the bid", which reads like a person's name by its shape alone).

import type { Step } from "../steps.ts";
import { abbreviates } from "./names.ts";
import { bareSpans, joinInto, orgsOf } from "./s26-names-steps.ts";
import type { ArticleState, Local, Vocab } from "./types.ts";

export const CLUB_TAIL_STEP = {
  name: "club-tail-short-form",
  doc: "'United fans' in an article naming 'Manchester United' (and no other United): a club's tail word alone is that club",
};

export const ABBREVIATED_CLUB_STEP = {
  name: "abbreviated-place-name",
  doc: "'Man Utd', 'Man United' in an article naming 'Manchester United': each word the start of the full name's word (or its letters in order, 'Utd') is that organisation, even when read as a person's shape",
};

/** Tail words a club's name is called by alone. */
const CLUB_TAILS = new Set(
  "United City Villa Rovers Athletic Albion Wanderers Hotspur Rangers Celtic Palace Forest County Argyle Thistle Harriers".split(
    " ",
  ),
);

/** The one organisation of the article `pick` finds, else null. */
function onlyOne(orgs: readonly Local[], pick: (l: Local) => boolean): Local | null {
  const hits = orgs.filter(pick);
  return hits.length === 1 ? hits[0]! : null;
}

export const CLUB_SHORT_FORM_STEPS: readonly Step<{ st: ArticleState; vocab: Vocab }>[] = [
  {
    ...ABBREVIATED_CLUB_STEP,
    run: ({ st }) => {
      const orgs = orgsOf(st);
      if (orgs.length > 200) return;
      // (an organisation, or a person read from the name's shape alone: no title, role or description)
      const shorts = [
        ...orgs,
        ...[...st.persons.values()].filter((p) => !p.strong && !p.descriptions.length),
      ];
      for (const short of shorts) {
        if (!short.mentions.length) continue;
        const full = onlyOne(
          orgs,
          (l) =>
            l !== short &&
            short.tokens.length >= 2 &&
            short.tokens[0]![0] === l.tokens[0]![0] &&
            abbreviates(short.tokens, l.tokens),
        );
        if (!full) continue;
        if (short.kind === "person")
          for (const [k, l] of [...st.persons]) if (l === short) st.persons.delete(k);
        joinInto(st, short, full, "alias");
      }
    },
  },
  {
    ...CLUB_TAIL_STEP,
    run: ({ st }) => {
      const orgs = orgsOf(st);
      if (orgs.length > 200) return;
      const lone = [...orgs, ...[...st.persons.values()].filter((p) => !p.strong && !p.descriptions.length)];
      for (const short of lone) {
        const w = short.tokens[0]!;
        if (short.tokens.length !== 1 || !CLUB_TAILS.has(w) || !short.mentions.length) continue;
        const full = onlyOne(orgs, (l) => l.tokens.length >= 2 && l.tokens[l.tokens.length - 1] === w);
        if (!full || full === short) continue;
        if (short.kind === "person")
          for (const [k, l] of [...st.persons]) if (l === short) st.persons.delete(k);
        joinInto(st, short, full, "alias");
      }
      // the tail word written alone after the full name, where no rule read an actor
      const live = orgsOf(st);
      for (const full of live) {
        const w = full.tokens[full.tokens.length - 1]!;
        if (full.tokens.length < 2 || !CLUB_TAILS.has(w)) continue;
        if (live.some((l) => l !== full && l.tokens[l.tokens.length - 1] === w)) continue;
        const from = Math.min(...full.mentions.map((m) => m.start));
        for (const span of bareSpans(st, [w], from))
          full.mentions.push({ ...span, via: "alias", local: full });
      }
    },
  },
];
