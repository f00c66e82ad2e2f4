// "The prime minister's office said …. It added …": an office named for a role is a body of its
// own, named as written, not the role's holder (org-by-modifier read "prime" as a word of "Prime
// Minister Joseph Amani", a person's title and name, and took the person for an organisation).

import { ROLE_HEADS } from "../lexicons/titles.ts";
import type { Phrase } from "./phrases.ts";
import type { QuoteDoc } from "./state.ts";
import type { Speaker } from "./types.ts";

/** The switch of this reading (listed in inline-switches.ts for the ablation). */
export const ROLE_OFFICE_SWITCH = {
  name: "role-office",
  doc: "\"The prime minister's office said\": a role's office is a body named as written, not the role's holder",
};

const OFFICE = /^(?:[Tt]he\s+)?((?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+))['’]s\s+office$/u;

/** "the mayor's office", "the prime minister's office": the office as an organisation, else null. */
export function roleOffice(p: Phrase): Speaker | null {
  const m = OFFICE.exec(p.text);
  if (!m || !ROLE_HEADS.has(m[2]!)) return null;
  return { ...p, id: null, name: p.text, kind: "organization", gender: "any" };
}

/** A run of capitals the model holds as a person ("Prime Minister Joseph Amani") is no organisation. */
export const personRun = (doc: QuoteDoc, run: string): boolean => doc.actors.resolve(run)?.kind === "person";
