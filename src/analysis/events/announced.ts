// An announcement merges with what it announces (issue #15): in a sentence where "announced" stands
// beside a happening ("authorities announced the largest bust"), the two are one event, of the
// happening's kind; when only the announcement was dated, the event takes its day with the basis
// "announced" (the day it was made known, not the day it happened).

import { distance } from "./assign.ts";
import { KINDS } from "./kinds.ts";
import type { Mention } from "./types.ts";

/**
 * What an announcement announces: a happening inside its object ("announced what they say is the
 * largest bust"), or, when it has no object ("federal officials announced"), the nearest one.
 */
function announcedBy(a: Mention, happenings: readonly Mention[]): Mention | null {
  const at = a.sentence.indexOf(a.label);
  const labelEnd = at < 0 ? a.main.end : at + a.label.length;
  const inObject = (h: Mention) => h.main.start >= a.main.end && h.main.end <= labelEnd;
  const pool = labelEnd <= a.main.end ? happenings : happenings.filter(inObject);
  let target: Mention | null = null;
  for (const h of pool) if (!target || distance(a.main, h.main) < distance(a.main, target.main)) target = h;
  return target;
}

/** The sentence's mentions with each verb announcement folded into the happening it announces. */
export function foldAnnouncements(here: Mention[]): Mention[] {
  const happenings = here.filter((m) => !KINDS[m.kind].reporting);
  if (happenings.length === 0) return here;
  const folded = new Set<Mention>();
  for (const a of here) {
    if (a.kind !== "announcement" || a.main.rule.pos !== "verb") continue;
    const target = announcedBy(a, happenings);
    if (!target) continue;
    if (!target.time && a.time) {
      target.time = a.time;
      target.announced = true;
    } else if (target.time && distance(target.time, a.main) < distance(target.time, target.main)) {
      // "On Monday, officials announced the seizure": the day stands by the announcement.
      target.announced = true;
    }
    for (const id of a.actorIds) if (!target.actorIds.includes(id)) target.actorIds.push(id);
    folded.add(a);
  }
  return folded.size ? here.filter((m) => !folded.has(m)) : here;
}
