// What an article says a short form stands for, read from its own text with general English
// patterns: roles given to named people ("Arsenal boss Arsène Wenger", "Gordon Brown, the
// chancellor,", "the chancellor, Gordon Brown,"), acronyms introduced after a name ("National
// Institute of Economic and Social Research (NIESR)") and aliases ("JK, also known as Jason
// King"). The actor model (actors.ts) turns them, and he/she checked against each person's
// gender, into "role", "pronoun" and "alias" mentions (`corefMentions`), which quotes, /actor and
// events all read. Linear passes over one article.

import type { Actor, Mention } from "../types.ts";
import { type Gender, genderOfName } from "./gender.ts";
import { DEMONYM_NOUNS } from "./lexicons/places.ts";
import { ANONYMOUS_HEADS } from "./lexicons/sources.ts";
import { OFFICE_HEADS, ROLE_HEADS } from "./lexicons/titles.ts";
import { SPEECH_VERB_FORMS, VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE } from "./lexicons/verbs.ts";

/** A role the article gives a named person, at the offset where it does. */
export interface RoleLink {
  /** The role's head noun, lower case ("boss", "chancellor"). */
  head: string;
  /** Every word of the role, lower case ("arsenal", "boss"). */
  words: string[];
  /** The name as written ("Arsène Wenger"). */
  name: string;
  at: number;
}

export interface ArticleCoref {
  roles: RoleLink[];
  /** Acronym (as written) → the full name it was introduced after. */
  acronyms: Map<string, string>;
  /** A short form (nickname, initials) → the full name given with "also known as"/"aka". */
  aliases: Map<string, string>;
}

const NAME = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame|Prof)\.?\s)?\p{Lu}[\p{L}'’-]+(?:\s(?:van|von|de|der|da|du|del|la|le)?\s?\p{Lu}[\p{L}'’-]+){1,3}`;
const WORD = String.raw`[\p{L}][\p{L}'’-]*`;

/** Role nouns (lower case), with the words before them in the phrase ("arsenal boss"). */
function roleOf(phrase: string): { head: string; words: string[] } | null {
  const ws = phrase
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/\s+/)
    .filter((w) => w && !/^(?:the|a|an|his|her|its|their|former|then|now)$/.test(w));
  for (let i = ws.length - 1; i >= 0; i--) {
    if (ROLE_HEADS.has(ws[i]!) || DEMONYM_NOUNS.has(ws[i]!))
      return { head: ws[i]!, words: ws.slice(0, i + 1) };
  }
  return null;
}

export function readCoref(text: string, from = 0): ArticleCoref {
  const body = text.slice(from);
  const roles: RoleLink[] = [];
  const push = (phrase: string, name: string, at: number) => {
    const r = roleOf(phrase);
    if (r && name.split(/\s+/).length >= 2) roles.push({ ...r, name: name.trim(), at: from + at });
  };
  // "Arsenal boss Arsène Wenger", "Chancellor Gordon Brown", "Economy minister German Gref".
  const before = new RegExp(String.raw`((?:${WORD}\s){0,3}${WORD})\s(${NAME})`, "gu");
  for (const m of body.matchAll(before)) {
    const words = m[1]!.split(/\s+/);
    const last = words[words.length - 1]!.toLowerCase();
    if (!ROLE_HEADS.has(last)) continue;
    push(m[1]!, m[2]!, m.index! + m[0].length - m[2]!.length);
  }
  // "Gordon Brown, the chancellor," / "Wenger, the Arsenal boss, said".
  const after = new RegExp(
    String.raw`(${NAME}),\s((?:the|a|an|his|her)\s(?:${WORD}\s){0,5}${WORD})(?=[,.;]|\s(?:who|said|says|told)\b)`,
    "gu",
  );
  for (const m of body.matchAll(after)) push(m[2]!, m[1]!, m.index!);
  // "the chancellor, Gordon Brown," / "the company's founder, Bill Smith".
  const pre = new RegExp(
    String.raw`\b((?:the|its|his|her)\s(?:${WORD}\s){0,4}${WORD}),\s(${NAME})(?=[,.;]|\s\p{Ll})`,
    "gu",
  );
  for (const m of body.matchAll(pre)) push(m[1]!, m[2]!, m.index! + m[0].length - m[2]!.length);
  roles.sort((a, b) => a.at - b.at);

  const acronyms = readAcronyms(text, from);

  // "JK, also known as Jason King" / "Slim (aka Norman Cook)": a one-word short form only.
  const aliases = new Map<string, string>();
  const aka = new RegExp(
    String.raw`(?<!\p{Lu}[\p{L}'’.-]*\s)\b(\p{Lu}[\p{L}\p{N}.'’-]*)[,(]?\s[-–—(]?\s?(?:also known as|aka|a\.k\.a\.)\s(${NAME})`,
    "gu",
  );
  for (const m of body.matchAll(aka)) aliases.set(m[1]!, m[2]!);
  return { roles, acronyms, aliases };
}

/** "National Institute of Economic and Social Research (NIESR)": acronym → the name it abbreviates. */
export function readAcronyms(text: string, from = 0): Map<string, string> {
  const body = from ? text.slice(from) : text;
  const acronyms = new Map<string, string>();
  const acr =
    /((?:\p{Lu}[\p{L}&'’.-]*\s+)(?:(?:of|and|for|the|on|in|to|&|\p{Lu}[\p{L}&'’.-]*)\s+){0,8}\p{Lu}[\p{L}&'’.-]*)\s*\((\p{Lu}[\p{Lu}\p{N}&]{1,9})\)/gu;
  for (const m of body.matchAll(acr)) {
    const words = m[1]!.split(/\s+/);
    const letters = m[2]!.replace(/[^\p{Lu}]/gu, "");
    // The acronym's letters are the initials of the name's last capitalised words, in order.
    const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!);
    let k = initials.length - 1;
    for (let i = letters.length - 1; i >= 0 && k >= 0; i--) {
      while (k >= 0 && initials[k] !== letters[i]) k--;
      if (k < 0) break;
      if (i === 0) {
        // Trim the name to start at the word matching the acronym's first letter.
        let seen = 0;
        const startWord = words.findIndex((w) => /^\p{Lu}/u.test(w) && seen++ === k);
        const full = words.slice(startWord).join(" ");
        if (full.split(" ").length >= 2) acronyms.set(m[2]!, full);
      }
      k--;
    }
  }

  return acronyms;
}

/**
 * The named person an article's description ("the Arsenal boss", "the chancellor") stands for:
 * the latest role link before `at` with the same head noun (and any capitalised modifier, such
 * as "Arsenal", among its words), else the first one after it. Null when the article links no
 * name to that role.
 */
export function personForRole(coref: ArticleCoref, description: string, at: number): string | null {
  const r = roleOf(description);
  if (!r) return null;
  const mods = r.words.slice(0, -1).filter((w) => !/^\d|year-old$/.test(w));
  const fits = (l: RoleLink) =>
    l.head === r.head && mods.every((w) => l.words.includes(w) || !isProper(description, w));
  let best: RoleLink | null = null;
  for (const l of coref.roles) {
    if (!fits(l)) continue;
    if (l.at < at) best = l;
    else if (!best) return l.name;
    else break;
  }
  return best?.name ?? null;
}

/** Is `w` (lower case) capitalised where `phrase` writes it? */
function isProper(phrase: string, w: string): boolean {
  return phrase.split(/\s+/).some((x) => x.toLowerCase().replace(/['’]s$/, "") === w && /^\p{Lu}/u.test(x));
}

// ---------------------------------------------------------------------------------------------
// Coreference mentions for the actor model: he/she and role descriptions resolved to actors.

/** What the model's coreference pass needs of one article. */
export interface CorefInput {
  docId: string;
  text: string;
  /** Offset where the body starts (after front matter). */
  bodyStart: number;
  sentences: ReadonlyArray<{ start: number; end: number; para: number }>;
  /** Name, surname, acronym and alias mentions of the article, in text order. */
  named: readonly Mention[];
  byId: ReadonlyMap<string, Actor>;
  /** Quotations [opening mark, closing mark] in text order (spans.ts). */
  quoted: ReadonlyArray<readonly [number, number]>;
  /** Filled with each person's gender in this article (known or learned). */
  genders?: Map<string, "male" | "female">;
}

const PERSON_PRONOUNS: Readonly<Record<string, "male" | "female">> = {
  he: "male",
  him: "male",
  his: "male",
  himself: "male",
  she: "female",
  her: "female",
  hers: "female",
  herself: "female",
};
const HONORIFIC_BEFORE =
  /(?:^|[^\p{L}])(Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Dame|Baroness|Baron|King|Queen|Prince|Princess)\.?\s+$/u;
const SPEECH_AFTER = new RegExp(
  String.raw`^(?:['’]s?)?\s*(?:,[^,.;"“”]{1,90},\s*)?(?:(?:[a-z]+ly|has|had|have|also|later|then|again|once|would|will|is|was)\s+){0,2}(?:${[...SPEECH_VERB_FORMS].filter((v) => !VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE.has(v)).join("|")})\b`,
);
const SPEECH_BEFORE =
  /\b(?:said|says|added|adds|told|according to|insisted|warned|explained)\s+(?:[\p{L}'’.-]+\s+){0,5}$/u;
const SPEECH_IN =
  /\b(?:said|says|saying|told|tells|added|adds|adding|insisted|warned|explained|argued|stressed|claimed|claims|claiming|admitted|replied|denied|urged)\b/;
const OPENING =
  /^[\s"“‘'([—–-]*(?:(?:But|And|However|Meanwhile|Now|Then|Later|Earlier|Also|Yesterday|Today|So|Yet)\b[,\s]*)?$/u;

interface Cand {
  actorId: string;
  at: number;
  para: number;
  /** The subject of a speech verb (or an inverted tag's name). */
  speaker: boolean;
}

/** he/she and role descriptions of one article as mentions, each checked against the actor's gender. */
export function corefMentions(inp: CorefInput): Mention[] {
  const { text, named, byId } = inp;
  const out: Mention[] = [];
  const sents = inp.sentences;
  if (sents.length === 0) return out;
  const sentIndex = (pos: number) => {
    let lo = 0;
    let hi = sents.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sents[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const sentOf = (pos: number) => sents[sentIndex(pos)]!;
  const isPerson = (id: string) => byId.get(id)?.kind === "person";
  // Quoted words speak of others ("I told him"): nothing inside quotation marks is resolved.
  const quoted = inp.quoted;
  let qi = 0;
  const inQuote = (pos: number) => {
    if (qi > 0 && quoted[qi - 1]![0] > pos) qi = 0;
    while (qi < quoted.length && quoted[qi]![1] < pos) qi++;
    return qi < quoted.length && quoted[qi]![0] < pos;
  };

  // Gender per actor in this article: an honorific at any mention, else the given name, else learned.
  const gender = new Map<string, Gender>();
  for (const m of named) {
    if (!isPerson(m.actorId)) continue;
    const h = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, m.start - 12), m.start));
    const g = h ? genderOfName(h[1]!) : "any";
    if (g !== "any") gender.set(m.actorId, g);
  }
  for (const m of named) {
    if (!isPerson(m.actorId) || gender.has(m.actorId)) continue;
    const g = genderOfName(m.text);
    if (g !== "any") gender.set(m.actorId, g);
  }
  for (const id of new Set(named.map((m) => m.actorId))) {
    if (!isPerson(id) || gender.has(id)) continue;
    const g = genderOfName(byId.get(id)!.name);
    if (g !== "any") gender.set(id, g);
  }
  const learned = new Map<string, Gender>();
  const genderOf = (id: string): Gender => gender.get(id) ?? learned.get(id) ?? "any";

  // Named person mentions as candidates, with their salience (subject of speech, sentence subject).
  const cands: Cand[] = [];
  const objects: Cand[] = [];
  for (const m of named) {
    if (!isPerson(m.actorId) || inQuote(m.start)) continue;
    const s = sentOf(m.start);
    if (m.start < s.start || m.start >= s.end) continue;
    const after = text.slice(m.end, Math.min(s.end, m.end + 140));
    const before = text.slice(s.start, m.start);
    const opening = OPENING.test(before.replace(/(?:\p{Lu}[\p{L}'’.-]*|[a-z]+(?=\s+\p{Lu}))\s+/gu, ""));
    // the subject of a speech verb: right after it, an inverted tag, or the sentence's subject
    // when the sentence reports speech ("X refused to comment, saying …")
    const speaker =
      SPEECH_AFTER.test(after) ||
      SPEECH_BEFORE.test(before) ||
      (opening && SPEECH_IN.test(text.slice(m.end, s.end)));
    const subject = speaker || opening;
    (subject ? cands : objects).push({ actorId: m.actorId, at: m.start, para: s.para, speaker });
  }

  // Role links the article makes ("Arsenal boss X", "X, the chancellor,"), with the actor named there.
  // read only when the article has a role description or an alias to resolve
  let corefRead: ArticleCoref | null = null;
  const corefOf = () => {
    corefRead ??= readCoref(text, inp.bodyStart);
    return corefRead;
  };
  const actorAtName = (at: number, name: string): string | null => {
    for (const m of named) {
      if (m.start > at + name.length) break;
      if (m.end > at && m.start < at + name.length && isPerson(m.actorId)) return m.actorId;
    }
    return null;
  };

  // Events in text order: pronouns and role descriptions are resolved against what came before.
  const events: Array<{ at: number; end: number; kind: "pronoun" | "role"; want?: "male" | "female" }> = [];
  for (const s of sents) {
    const seg = text.slice(s.start, s.end);
    for (const m of seg.matchAll(/\b(he|him|his|himself|she|her|hers|herself|He|His|She|Her)\b/g)) {
      const w = m[1]!.toLowerCase();
      events.push({
        at: s.start + m.index!,
        end: s.start + m.index! + w.length,
        kind: "pronoun",
        want: PERSON_PRONOUNS[w]!,
      });
    }
    for (const m of seg.matchAll(ROLE_PHRASE)) {
      const phrase = m[0];
      const head = (m[2] ?? "").toLowerCase();
      if (!ROLE_HEADS.has(head) && !DEMONYM_NOUNS.has(head) && !/year-old$/.test(head)) continue;
      events.push({ at: s.start + m.index!, end: s.start + m.index! + phrase.length, kind: "role" });
    }
  }
  events.sort((a, b) => a.at - b.at);
  qi = 0;
  const live = events.filter((e) => !inQuote(e.at));
  const recent: Cand[] = [];
  let ci = 0;
  let oi = 0;
  const allObjects: Cand[] = [];
  for (const e of live) {
    while (ci < cands.length && cands[ci]!.at < e.at) recent.push(cands[ci++]!);
    while (oi < objects.length && objects[oi]!.at < e.at) allObjects.push(objects[oi++]!);
    const para = sentOf(e.at).para;
    if (e.kind === "pronoun") {
      const want = e.want!;
      let chosen: Cand | undefined;
      let fallback: Cand | undefined;
      const ids: string[] = [];
      // exactly one person named in the previous sentence and this one before it, of that gender
      const si = sentIndex(e.at);
      const from = sents[Math.max(0, si - 1)]!.start;
      const near = new Set<string>();
      for (let h = recent.length - 1; h >= 0 && recent[h]!.at >= from; h--) near.add(recent[h]!.actorId);
      for (let h = allObjects.length - 1; h >= 0 && allObjects[h]!.at >= from; h--)
        near.add(allObjects[h]!.actorId);
      const only = near.size === 1 ? [...near][0]! : null;
      if (only && genderOf(only) === want) {
        out.push({
          actorId: only,
          docId: inp.docId,
          start: e.at,
          end: e.end,
          text: text.slice(e.at, e.end),
          via: "pronoun",
          candidates: [only],
        });
        const w = text.slice(e.at, e.end).toLowerCase();
        const after = text.slice(e.end, Math.min(sentOf(e.at).end, e.end + 80));
        if (w === "he" || w === "she")
          recent.push({ actorId: only, at: e.at, para, speaker: SPEECH_AFTER.test(after) });
        continue;
      }
      for (let h = recent.length - 1; h >= 0; h--) {
        const c = recent[h]!;
        if (c.para < para - 3) break;
        const g = genderOf(c.actorId);
        if (g !== "any" && g !== want) continue;
        if (!ids.includes(c.actorId)) ids.push(c.actorId);
        if (chosen) continue;
        if (g === want || (c.speaker && c.para >= para - 1)) chosen = c;
        else fallback ??= c;
      }
      // a person named in another role in the sentence ("met Mr Dunmore") when no subject fits
      for (let h = allObjects.length - 1; h >= 0 && !chosen && !fallback; h--) {
        const c = allObjects[h]!;
        if (c.para < para - 1) break;
        const g = genderOf(c.actorId);
        if (g === want) {
          fallback = c;
          if (!ids.includes(c.actorId)) ids.push(c.actorId);
        }
      }
      chosen ??= fallback;
      if (!chosen) {
        for (let h = recent.length - 1; h >= 0 && !chosen; h--)
          if (genderOf(recent[h]!.actorId) === want) chosen = recent[h];
        if (chosen) ids.push(chosen.actorId);
      }
      if (!chosen) continue;
      if (genderOf(chosen.actorId) === "any") learned.set(chosen.actorId, want);
      const first = [chosen.actorId, ...ids.filter((x) => x !== chosen!.actorId)];
      out.push({
        actorId: chosen.actorId,
        docId: inp.docId,
        start: e.at,
        end: e.end,
        text: text.slice(e.at, e.end),
        via: "pronoun",
        candidates: first,
      });
      // a subject pronoun carries its person on ("…," he said. … she said.)
      const w = text.slice(e.at, e.end).toLowerCase();
      if (w === "he" || w === "she") {
        const after = text.slice(e.end, Math.min(sentOf(e.at).end, e.end + 80));
        recent.push({ actorId: chosen.actorId, at: e.at, para, speaker: SPEECH_AFTER.test(after) });
      }
      continue;
    }
    // a role description: the person the article gave that role, else (not an office) the latest speaker
    const phrase = text.slice(e.at, e.end);
    const coref = corefOf();
    const name = personForRole(coref, phrase, e.at);
    let id: string | null = null;
    if (name) {
      const link =
        [...coref.roles].reverse().find((l) => l.name === name && l.at < e.at) ??
        coref.roles.find((l) => l.name === name);
      id = link ? actorAtName(link.at, link.name) : null;
    } else {
      const head = roleOf(phrase)?.head ?? "";
      if (!OFFICE_HEADS.has(head) && !ANONYMOUS_HEADS.has(head)) {
        // a description pointing back to someone named in an earlier sentence (not this one's subject)
        const from = sentOf(e.at).start;
        for (let h = recent.length - 1; h >= 0 && !id; h--) {
          const c = recent[h]!;
          if (c.para < para - 2) break;
          if (c.speaker && c.at < from) id = c.actorId;
        }
        for (let h = recent.length - 1; h >= 0 && !id; h--) {
          const c = recent[h]!;
          if (c.para < para - 2) break;
          if (c.at < from) id = c.actorId;
        }
      }
    }
    if (!id) continue;
    out.push({ actorId: id, docId: inp.docId, start: e.at, end: e.end, text: phrase, via: "role" });
    recent.push({ actorId: id, at: e.at, para, speaker: SPEECH_AFTER.test(text.slice(e.end, e.end + 80)) });
  }

  if (inp.genders) {
    for (const [id, g] of [...learned, ...gender]) if (g !== "any") inp.genders.set(id, g);
  }
  // "JK, also known as Jason King": every later JK is Jason King.
  const aliases = /\b(?:known as|aka|a\.k\.a\.)\s/.test(text) ? corefOf().aliases : new Map<string, string>();
  for (const [short, full] of aliases) {
    const m = named.find((x) => x.text === full || (full.endsWith(` ${x.text}`) && x.text.includes(" ")));
    if (!m) continue;
    const re = new RegExp(
      String.raw`(?<![\p{L}\p{N}])${short.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\p{L}\p{N}])`,
      "gu",
    );
    for (const x of text.slice(inp.bodyStart).matchAll(re)) {
      const at = inp.bodyStart + x.index!;
      out.push({
        actorId: m.actorId,
        docId: inp.docId,
        start: at,
        end: at + short.length,
        text: short,
        via: "alias",
      });
    }
  }
  return out;
}

/** "the Arsenal boss", "the former cabinet secretary", "the Scot", "the 74-year-old comedian". */
const ROLE_PHRASE =
  /\b([Tt]he (?:(?:[\p{L}\d’'-]+) ){0,3}?)([\p{L}-]+)(?=\s*[,.;:"”]|\s+(?:said|says|added|told|who|has|had|was|is|insisted|explained|replied|admitted|warned|[a-z]+ed)\b)/gu;
