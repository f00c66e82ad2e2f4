// `Police forces were already "buried" under existing initiatives and there was little to reassure
// them," said Mr Davis.`: the corpus lost the opening mark; the stray closing mark's quotation is
// read from the mark before it (stray-mark-tagged), so the term before it in the same sentence lies
// inside the speaker's words and is theirs (session 36).

import type { QuoteFound } from "./types.ts";

export const STRAY_RUN_TERM_SWITCH = {
  name: "stray-run-term",
  doc: '`Police forces were already "buried" under … reassure them," said Mr Davis.`: a term in the sentence of a quotation whose opening mark was lost is that quotation\'s speaker\'s',
};

/** Gives a term with no speaker the speaker of the quotation right after it in its sentence when
 *  that quotation has no opening mark of its own (it runs on from the term). */
export function strayRunTerms(text: string, direct: QuoteFound[]): void {
  for (let k = 1; k < direct.length; k++) {
    const q = direct[k]!;
    const t = direct[k - 1]!;
    if (t.speakerName || t.kind !== "term" || !q.speakerName || q.kind !== "statement") continue;
    // (one mark between them, the term's closing one: the quotation's opening mark was lost)
    const between = text.slice(t.end, q.start);
    if (/[.!?\n]/.test(between) || (between.match(/["“”]/g) ?? []).length !== 1) continue;
    Object.assign(t, {
      speakerId: q.speakerId,
      speakerText: q.speakerText,
      speakerName: q.speakerName,
      speakerKind: q.speakerKind,
      speakerOrg: q.speakerOrg,
      speakerOrgId: q.speakerOrgId,
      via: "context",
    });
  }
}
