// "Amnesty International UK", "Save the Children UK", "Friends of the Earth Scotland": a body's
// national branch is named by the body's name and a country's (session 25, issue #13; BBC study
// set 44). The name's words are no titles or determiners to strip ("International", "the"), and
// the country closing it is no surname: the speaker is the whole name, an organisation, not "UK"
// or "Children UK".

import type { Alternative } from "../steps.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import type { Speaker } from "./types.ts";

const NATIONAL_BRANCH_SWITCH = {
  name: "national-branch-name",
  doc: "\"Amnesty International UK said\": a body's name closed by a country's is one organisation's name, never cut to the country",
};

/** Countries and their codes that close a national branch's name. */
const COUNTRY = "(?:UK|GB|US|USA|Scotland|Wales|England|Ireland|Cymru)";
/** Two or more capitalised words (with "the", "of", "for", "and" inside), then the country. */
const BRANCH = new RegExp(
  String.raw`^(?:[Tt]he\s+)?(\p{Lu}[\p{L}&'’.-]*(?:\s+(?:(?:the|of|for|and)\s+)*\p{Lu}[\p{L}&'’.-]*)+)\s+${COUNTRY}$`,
  "u",
);

/** The branch named by `p`, when the words before the country are no person's name. */
function branchOf({ doc, p }: SpeakerInput): Speaker | null {
  const m = BRANCH.exec(p.text);
  if (!m || new RegExp(`\\s${COUNTRY}$`, "u").test(m[1]!)) return null;
  const body = doc.actors.resolve(m[1]!);
  if (body?.kind === "person") return null;
  const name = p.text.replace(/^[Tt]he\s+/, "");
  const whole = doc.actors.resolve(name);
  return { ...p, id: whole?.id ?? null, name: whole?.name ?? name, kind: "organization", gender: "plural" };
}

export const NATIONAL_BRANCH_RULE: Alternative<SpeakerInput, Speaker> = {
  ...NATIONAL_BRANCH_SWITCH,
  try: branchOf,
};
