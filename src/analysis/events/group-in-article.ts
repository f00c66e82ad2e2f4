// Within one article, mentions of one event are grouped: a definite reference ("the strike") is the
// last event of its kind, and the next sentences of a story go on about the same event unless they
// say otherwise. The group's day is the first day a mention gives (by "coreference" when that is
// not the first mention).

import { type Alternative, firstOf, type StepSwitches } from "../steps.ts";
import { KINDS } from "./kinds.ts";
import { overlapCount, profile } from "./profile.ts";
import type { DocCluster, Mention } from "./types.ts";

/** Sentences after a mention within which an event of the same kind is taken to be the same one. */
export const NEAR_SENTENCES = 2;

interface Candidates {
  m: Mention;
  /** The article's clusters of the mention's kind so far, oldest first. */
  same: DocCluster[];
}

function sameEventNearby({ m, same }: Candidates): DocCluster | null {
  const pm = profile([m]);
  const found = [...same].reverse().find((c) => {
    const last = c.mentions.at(-1)!;
    const sameDay = Boolean(m.time?.date) && m.time?.date === c.date;
    if (m.time && c.dateFrom?.time && (m.time.date ?? m.time.text) !== (c.date ?? c.dateText)) return false;
    const pc = profile(c.mentions);
    if (pm.places.size && pc.places.size && overlapCount(pm.places, pc.places) === 0) return false;
    if (m.future !== last.future) return false;
    if (KINDS[m.kind].reporting) return overlapCount(pm.actors, pc.actors) > 0 && (sameDay || !m.time);
    const shared =
      overlapCount(pm.actors, pc.actors) +
      overlapCount(pm.places, pc.places) +
      overlapCount(pm.terms, pc.terms);
    // The next sentences of a story go on about the same event unless they say otherwise.
    const close = m.index - last.index <= NEAR_SENTENCES;
    return shared > 0 || sameDay || close;
  });
  return found ?? null;
}

export const COREFERENCE_RULES: readonly Alternative<Candidates, DocCluster>[] = [
  {
    name: "definite-reference",
    doc: 'an undated "the strike" is the last event of its kind in the article',
    try: ({ m, same }) => (m.anaphoric && !m.time ? (same.at(-1) ?? null) : null),
  },
  {
    name: "same-event-nearby",
    doc: "a mention joins an event it shares people, places, words or the day with, or follows closely",
    try: sameEventNearby,
  },
];

/** The day a cluster takes from a mention that brings one. */
function dateFromMention(target: DocCluster, m: Mention): void {
  if (m.time && !target.dateFrom) {
    target.date = m.time.date;
    target.dateText = m.time.text;
    target.basis = m.time.date
      ? target.mentions.length > 1 && m.anaphoric
        ? "coreference"
        : "sentence"
      : null;
    target.dateFrom = m;
  } else if (m.time?.date && !target.date) {
    target.date = m.time.date;
    target.dateText = m.time.text;
    target.basis = "sentence";
    target.dateFrom = m;
  }
  if (target.dateFrom === m && m.announced && target.date) target.basis = "announced";
}

export function groupInArticle(mentions: Mention[], switches: StepSwitches): DocCluster[] {
  const clusters: DocCluster[] = [];
  for (const m of mentions) {
    const same = clusters.filter((c) => c.kind === m.kind);
    let target = firstOf("events", COREFERENCE_RULES, { m, same }, switches);
    if (target) target.mentions.push(m);
    else {
      target = {
        kind: m.kind,
        docId: m.article.docId,
        mentions: [m],
        date: null,
        dateText: null,
        basis: null,
        dateFrom: null,
      };
      clusters.push(target);
    }
    dateFromMention(target, m);
  }
  for (const c of clusters)
    if (c.date && c.dateFrom && c.dateFrom !== c.mentions[0] && !c.dateFrom.announced)
      c.basis = "coreference";
  return clusters;
}
