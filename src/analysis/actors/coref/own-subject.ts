// "Ann Roe picked up her second award": a possessive his/her in the clause its sentence opens on
// is that subject's, over a speaker of an earlier sentence (else a speaker named before, of
// unknown gender, takes it, and learns the wrong gender from it).

import type { Gender } from "../gender.ts";

interface Seen {
  actorId: string;
  at: number;
}

/**
 * The latest subject in `seen.recent`, when it opens the sentence (from `sentStart`) of the
 * possessive `e` with nothing but words between (no comma, quotation or other person) and its
 * gender is unknown or the pronoun's; else null.
 */
export function possessiveOwnSubject<T extends Seen>(
  text: string,
  e: { at: number; end: number; want?: Gender },
  sentStart: number,
  seen: { recent: readonly T[]; allObjects: readonly Seen[] },
  genderOf: (id: string) => Gender,
): T | null {
  if (!/^(?:his|her)$/i.test(text.slice(e.at, e.end))) return null;
  const c = seen.recent[seen.recent.length - 1];
  if (!c || c.at < sentStart) return null;
  const g = genderOf(c.actorId);
  if (g !== "any" && g !== e.want) return null;
  if (/[,;:"“”()]/.test(text.slice(c.at, e.at))) return null;
  return seen.allObjects.some((o) => o.at > c.at && o.at < e.at) ? null : c;
}
