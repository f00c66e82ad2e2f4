// "Internet service provider (ISP) Plus.net also backed the proposals saying "…"": a subject that
// is a role whose acronym follows in brackets, then a name, is that name, not the role.

import type { Phrase } from "./phrases.ts";

/** The switch of the name after a role and its bracketed acronym (listed in set1-switches.ts). */
export const ROLE_ACRONYM_NAME_SWITCH = {
  name: "role-acronym-name",
  doc: '"Mobile network operator (MNO) Tellex also backed the plan saying": the name after the role\'s acronym in brackets, not the role',
};

/** `(ACRONYM) Name` right after the role `s` (its head lowercase), then lowercase words. */
const ACRONYM_THEN_NAME =
  /^\s*\(\p{Lu}[\p{Lu}\p{N}&]{1,7}\)\s+(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})(?=\s+\p{Ll}|[,:]|$)/u;

/** The name after `<role> (ACRONYM)`, where s is the role, else null. */
export function nameAfterRoleAcronym(s: Phrase, text: string): Phrase | null {
  if (!/(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(s.text)) return null;
  const m = ACRONYM_THEN_NAME.exec(text.slice(s.end, s.end + 80));
  if (!m) return null;
  const name = m[1]!.replace(/[.’']+$/u, "");
  const start = s.end + m[0].length - m[1]!.length;
  return { start, end: start + name.length, text: name };
}
