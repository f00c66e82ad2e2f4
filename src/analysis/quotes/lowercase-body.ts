// "The health select committee said …. “…,” the committee said": a body the article names only in
// lower case is no actor of the model, so "the committee" found no organisation. The fuller
// description with the same head, written before in the last paragraphs, names it (switch
// "lowercase-body").

import { STOPWORDS } from "../../search/stopwords.ts";
import { literal } from "../../text/regex-literal.ts";
import type { Phrase } from "./phrases.ts";
import { paraOf, type QuoteDoc } from "./state.ts";
import type { Speaker } from "./types.ts";

/** Heads of public bodies the news names in lower case ("the home affairs committee"); a firm
 *  described in lower case ("the oil company") is no name. */
const BODY_HEADS = new Set(["committee", "commission", "panel", "inquiry", "tribunal"]);

/** "the health select committee" before `p` ("the committee"), as a speaker, or null. */
export function lowercaseBody(doc: QuoteDoc, head: string, p: Phrase): Speaker | null {
  if (!BODY_HEADS.has(head)) return null;
  const para = paraOf(doc, p.start);
  const from = doc.article.paragraphs[Math.max(0, para - 3)]?.start ?? doc.article.bodyStart;
  const re = new RegExp(String.raw`\b[Tt]he\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,3}${literal(head)})\b`, "gu");
  let name: string | null = null;
  for (const m of doc.text.slice(from, p.start).matchAll(re)) {
    const mods = m[1]!.split(/\s+/).slice(0, -1);
    if (mods.some((w) => STOPWORDS.has(w.toLowerCase()))) continue;
    name = m[1]!;
  }
  return name ? { ...p, id: null, name, kind: "organization", gender: "any" } : null;
}
