// Runs of capitalised words within a sentence, the units the chunk rules read.

import type { NameWord as Token } from "../../text/views.ts";
import { NEVER } from "../lexicons/not-names.ts";
import { KNOWN_ORGS, ORG_CONNECTORS, ORG_NAME_HEADS, ORG_STARTS } from "../lexicons/organisations.ts";
import { GIVEN_NAMES, PARTICLES_IN_ACTOR_NAMES } from "../lexicons/person-names.ts";
import { DEMONYMS } from "../lexicons/places.ts";
import { TITLE_HEADS, TITLE_MODIFIERS } from "../lexicons/titles.ts";
import type { Sent } from "./types.ts";
import { joined, NATION_PREFIX } from "./word-classes.ts";

/** Runs of capitalised words (with particles and org connectors) within a sentence. */
// TODO(actors split): one capitalised-run finder with quotes.ts DocNames (see the note there).
export function chunksOf(s: Sent, text: string): Token[][] {
  const out: Token[][] = [];
  const t = s.tokens;
  let i = 0;
  const adj = (a: Token, b: Token) => joined(text, a, b, 0);
  while (i < t.length) {
    const tok = t[i]!;
    const startsName =
      tok.cap ||
      (PARTICLES_IN_ACTOR_NAMES.has(tok.text) &&
        nextCapThroughParticles(t, i, text) !== null &&
        i < t.length);
    if (!startsName) {
      i++;
      continue;
    }
    const chunk = [tok];
    let j = i + 1;
    while (j < t.length && adj(t[j - 1]!, t[j]!)) {
      const next = t[j]!;
      if (next.cap && !NEVER.has(next.text)) {
        chunk.push(next);
        j++;
        continue;
      }
      if (PARTICLES_IN_ACTOR_NAMES.has(next.text)) {
        const k = nextCapThroughParticles(t, j, text);
        if (k !== null) {
          chunk.push(...t.slice(j, k + 1));
          j = k + 1;
          continue;
        }
      }
      if (ORG_CONNECTORS.has(next.text) && connectorJoins(chunk, t, j, text)) {
        let k = j + 1;
        if (next.text === "of" && t[k]?.text === "the" && adj(next, t[k]!)) k++;
        if (t[k]?.cap && adj(t[k - 1]!, t[k]!)) {
          chunk.push(...t.slice(j, k + 1));
          j = k + 1;
          continue;
        }
      }
      break;
    }
    if (!NEVER.has(chunk[0]!.text) || chunk.length > 1) out.push(trimNever(chunk));
    i = j;
  }
  return out.filter((c) => c.length > 0);
}

function trimNever(chunk: Token[]): Token[] {
  let a = 0;
  let b = chunk.length;
  while (a < b && (NEVER.has(chunk[a]!.text) || !chunk[a]!.cap)) {
    if (!chunk[a]!.cap && PARTICLES_IN_ACTOR_NAMES.has(chunk[a]!.text)) break;
    a++;
  }
  while (b > a && (NEVER.has(chunk[b - 1]!.text) || !chunk[b - 1]!.cap)) b--;
  return chunk.slice(a, b);
}

function nextCapThroughParticles(t: Token[], i: number, text: string): number | null {
  let k = i;
  while (k < t.length && PARTICLES_IN_ACTOR_NAMES.has(t[k]!.text)) {
    if (k + 1 >= t.length || !joined(text, t[k]!, t[k + 1]!, 0)) return null;
    k++;
  }
  return k < t.length && t[k]!.cap && k > i ? k : null;
}

/** "of"/"for"/"and"/"&" continue a name only inside titles and organisation names. */
function connectorJoins(chunk: Token[], t: Token[], j: number, text: string): boolean {
  const word = t[j]!.text;
  const last = chunk[chunk.length - 1]!.text;
  if (word === "&") return true;
  if (word === "of" || word === "for" || word === "on") {
    return (
      TITLE_HEADS.has(last) ||
      ORG_NAME_HEADS.has(last) ||
      ORG_STARTS.has(last) ||
      (word !== "on" && chunk.some((c) => ORG_NAME_HEADS.has(c.text) || ORG_STARTS.has(c.text)))
    );
  }
  if (word === "and") {
    const after = t[j + 1];
    // "USA Track and Field": a national body's name runs on through one more word
    if (NATION_PREFIX.has(chunk[0]!.text) && chunk.length >= 2 && after?.cap && !t[j + 2]?.cap) return true;
    if (
      chunk.some((c) => c.text === "of") &&
      (ORG_STARTS.has(chunk[0]!.text) || ORG_NAME_HEADS.has(chunk[0]!.text)) &&
      after &&
      !GIVEN_NAMES.has(after.text) &&
      !t[j + 2]?.cap
    )
      return true;
    if (ORG_NAME_HEADS.has(last) || KNOWN_ORGS.has(last) || chunk[chunk.length - 1]!.acronym) return false;
    // look ahead along the capitalised run
    let k = j + 1;
    let endsOrg = false;
    let hasTitle = false;
    while (k < t.length && t[k]!.cap && joined(text, t[k - 1]!, t[k]!, 0)) {
      if (TITLE_HEADS.has(t[k]!.text)) hasTitle = true;
      endsOrg = ORG_NAME_HEADS.has(t[k]!.text);
      k++;
    }
    const leftIsTitle = chunk.every((c) => TITLE_MODIFIERS.has(c.text) || DEMONYMS.has(c.text));
    const run = t.slice(j + 1, k).map((x) => x.text);
    return (endsOrg && !run.some((w) => GIVEN_NAMES.has(w))) || (hasTitle && leftIsTitle);
  }
  return false;
}
