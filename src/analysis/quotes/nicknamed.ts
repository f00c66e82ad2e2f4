// `The worst culprit, according to the EPA, is the charger, nicknamed "power leeches".`: a term right
// after a reduced-relative naming participle ("nicknamed", "dubbed") is the thing's name. No one
// is said to have said it, so the speaker of the reported clause around it is not lent to it
// (set 28's "billed as" class, without "as"). A "by" after the name gives it an agent and keeps it.

import { unattributeTermsAfter } from "./so-called.ts";
import type { QuoteFound } from "./types.ts";

const NAMING = /[,(–—-]\s*(?:nicknamed|dubbed|christened|codenamed)\s+["“]$/;

/** Takes the speaker off each term named by a naming participle with no agent after it. */
export function unattributeNicknamed(text: string, direct: QuoteFound[]): void {
  unattributeTermsAfter(text, direct, NAMING, (after) => /^["”]?\s*by\b/.test(after));
}
