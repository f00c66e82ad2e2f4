// The speaker fields of a quotation, to give another quotation the same speaker.

import type { QuoteFound } from "./types.ts";

export type Said = Pick<
  QuoteFound,
  "speakerId" | "speakerText" | "speakerName" | "speakerKind" | "speakerOrg" | "speakerOrgId"
>;

export const said = (q: QuoteFound): Said => ({
  speakerId: q.speakerId,
  speakerText: q.speakerText,
  speakerName: q.speakerName,
  speakerKind: q.speakerKind,
  speakerOrg: q.speakerOrg ?? null,
  speakerOrgId: q.speakerOrgId ?? null,
});
