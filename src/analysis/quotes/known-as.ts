// `… and could confuse customers - known as "passing off".`, `a process known as "grey importing"`:
// a term after "known as" is the name a thing goes by in general use, the writer's mention of it,
// no one's quoted words; so it has no speaker, as after "so-called" (so-called.ts).

import { unattributeTermsAfter } from "./so-called.ts";
import type { QuoteFound } from "./types.ts";

const KNOWN_AS = /\b(?:known|referred to)\s+as\s*["“‘']$/i;

/** Clears the speaker of every term right after "known as" or "referred to as". */
export function unattributeKnownAs(text: string, direct: QuoteFound[]): void {
  unattributeTermsAfter(text, direct, KNOWN_AS);
}
