// Session 27 (issue #13), wire copy: `Western diplomatic sources were more blunt. "…," one said.`,
// `…, analysts said. … "…," one said.` A tag whose subject is the bare word "one" names one of
// the group of unnamed sources named just before; no actor is "one", so the quotation was left
// without a speaker or given the last named person from context. Its speaker is "one <source>":
// the nearest plural source noun before it (with its modifiers), in the singular.

import { ANONYMOUS_HEADS } from "../lexicons/sources.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import type { QuoteFound } from "./types.ts";

export const ONE_OF_GROUP_SWITCH = {
  name: "one-of-group-tag",
  doc: '`Diplomatic sources were blunt. "…," one said.`: "one" is one of the plural sources named just before ("one diplomatic source")',
};

/** `," one said` right after the quotation's closing mark. */
const ONE_TAG =
  /^[,.!?…]?["”’']?\s*,?\s*one\s+(?:said|says|told|added|adds|noted|commented|remarked|explained)\b/u;
/** How far back the group may be named. */
const WINDOW = 600;
const QUANTIFIERS = /^(?:other|some|many|most|several|few|all|these|those|the|two|three|four|both|such)$/i;
/** A modifier of the group's head: a capitalised word or an adjective ("Western diplomatic"). */
const MODIFIER = /^(?:\p{Lu}[\p{L}-]*|\p{Ll}+(?:al|ic|ian|ese|ish|ive|ior|ern|ary|ign|ior))$/u;

/** The singular of a plural source noun. */
function singular(w: string): string {
  if (/people$/.test(w)) return w.replace(/people$/, "person");
  if (/(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  return w.replace(/s$/, "");
}

/** "one <modifiers> <head>" for the last plural source named in `before`, else null. */
export function groupMember(before: string): string | null {
  const words = before.split(/[^\p{L}'’-]+/u);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.toLowerCase();
    if (!ANONYMOUS_HEADS.has(w) || singular(w) === w || !/(?:s|people)$/.test(w)) continue;
    const mods: string[] = [];
    for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
      const m = words[k]!;
      if (!MODIFIER.test(m) || QUANTIFIERS.test(m)) break;
      mods.unshift(m);
    }
    return ["one", ...mods, singular(w)].join(" ");
  }
  return null;
}

/** Each direct quotation tagged `," one said` takes "one" of the group named before it. */
export function oneOfGroup(text: string, direct: QuoteFound[], switches: StepSwitches): void {
  if (!isOn("quotes", ONE_OF_GROUP_SWITCH.name, switches)) return;
  const sorted = [...direct].sort((a, b) => a.start - b.start);
  let lastEnd = 0;
  for (const q of sorted) {
    const from = Math.max(lastEnd, q.start - WINDOW);
    lastEnd = Math.max(lastEnd, q.end);
    if (q.kind !== "statement" || !ONE_TAG.test(text.slice(q.end, q.end + 30))) continue;
    // (the group is named in the prose since the last quotation, not inside this one's marks)
    const member = groupMember(text.slice(from, Math.max(from, q.start - 1)));
    if (!member) continue;
    q.speakerName = member;
    q.speakerText = "one";
    q.speakerKind = "unnamed";
    q.speakerId = null;
    q.speakerOrg = null;
    q.speakerOrgId = null;
    q.via = "cue";
    q.cue = /one\s+(\p{Ll}+)/u.exec(text.slice(q.end, q.end + 30))?.[1] ?? null;
  }
}
