// Pass 3: actors from the merged groups, leftover lone words, coreference and role nouns,
// aliases, documents and counts.

import { slug } from "../../text/slug.ts";
import type { Actor, ActorModel, Mention } from "../../types.ts";
import { DEMONYMS, PLACES } from "../lexicons/places.ts";
import { quotedSpans } from "../spans.ts";
import { canonicalName } from "./canonical-name.ts";
import { corefMentions } from "./coref/mentions.ts";
import { addSet, push } from "./maps.ts";
import { modelOf } from "./model.ts";
import { acronymInitials, initials } from "./names.ts";
import { orgShortKeys } from "./org-keys.ts";
import { roleNouns } from "./role-nouns.ts";
import { addSeen } from "./seen.ts";
import type { DocData, Local, Pending, Vocab } from "./types.ts";
import { isCommon } from "./vocabulary.ts";
import { COUNTRY_PREFIX } from "./word-classes.ts";

export function assemble(groups: Local[][], pending: Pending[], docs: DocData[], vocab: Vocab): ActorModel {
  const actors: Actor[] = [];
  const byId = new Map<string, Actor>();
  const usedIds = new Map<string, number>();
  const mentionsByDoc = new Map<string, Mention[]>();
  const actorOfLocal = new Map<Local, Actor>();
  const addMention = (a: Actor, docId: string, m: Omit<Mention, "actorId" | "docId">) =>
    push(mentionsByDoc, docId, { actorId: a.id, docId, ...m });

  for (const g of groups) {
    const total = g.reduce((s, l) => s + l.mentions.length, 0);
    if (total === 0) continue;
    // a lone weak word entity with no support is not an actor
    if (!g.some((l) => l.strong) && g.every((l) => l.tokens.length === 1) && total < 2) continue;
    const { name, kind } = canonicalName(g);
    let id = `${kind}:${slug(name)}`;
    const n = usedIds.get(id) ?? 0;
    usedIds.set(id, n + 1);
    if (n > 0) id = `${id}-${n + 1}`;
    const actor: Actor = { id, name, kind, aliases: [], descriptions: [], documents: [], mentions: 0 };
    actors.push(actor);
    byId.set(id, actor);
    for (const l of g) {
      actorOfLocal.set(l, actor);
      for (const m of l.mentions)
        addMention(actor, l.docId, { start: m.start, end: m.end, text: m.text, via: m.via });
      for (const d of l.descriptions) addSeen(actor.descriptions, d, l.docId);
    }
  }

  // Leftover lone words: the unique person with that surname, or an organisation's alias, corpus-wide.
  const surnameActors = new Map<string, Set<Actor>>();
  const orgAlias = new Map<string, Set<Actor>>();
  for (const g of groups) {
    for (const l of g) {
      const a = actorOfLocal.get(l);
      if (!a) continue;
      if (a.kind === "person" && l.kind === "person" && l.surname && l.strong)
        addSet(surnameActors, l.surname, a);
      if (a.kind === "organization" && l.kind === "organization") {
        for (const k of orgShortKeys(l.tokens)) addSet(orgAlias, k, a);
        if (l.tokens.length >= 2) {
          const name = l.tokens.join(" ");
          addSet(orgAlias, `#${initials(name)}`, a);
          const ai = acronymInitials(name);
          if (ai) addSet(orgAlias, `#${ai}`, a);
        }
      }
    }
  }
  for (const p of pending) {
    if (isCommon(p.text, vocab) && !p.acronym) continue;
    if (PLACES.has(p.text) || DEMONYMS.has(p.text) || COUNTRY_PREFIX.has(p.text)) continue;
    const persons = surnameActors.get(p.key);
    if (persons?.size === 1 && p.hint !== "organization") {
      const a = [...persons][0]!;
      addMention(a, p.docId, { start: p.start, end: p.end, text: p.text, via: "surname" });
      continue;
    }
    const orgs =
      orgAlias.get(p.key) ??
      (p.acronym && p.text.length >= 3 ? orgAlias.get(`#${p.key.toUpperCase()}`) : undefined);
    if (orgs?.size === 1 && p.hint !== "person") {
      const a = [...orgs][0]!;
      addMention(a, p.docId, {
        start: p.start,
        end: p.end,
        text: p.text,
        via: p.acronym ? "acronym" : "alias",
      });
    }
  }

  // hyphenated pairs ("Trump-Sheinbaum relationship"): each part a known surname
  // (handled through pending only when the chunk was split; kept simple)

  // roles and pronouns
  const gendersByDoc = new Map<string, Map<string, "male" | "female">>();
  for (const d of docs) {
    const list = mentionsByDoc.get(d.article.docId);
    if (!list) continue;
    dedupe(list);
    const named = list.slice();
    const genders = new Map<string, "male" | "female">();
    gendersByDoc.set(d.article.docId, genders);
    const extra = [
      ...corefMentions({
        docId: d.article.docId,
        text: d.article.text,
        bodyStart: d.article.bodyStart,
        sentences: d.sentences,
        named,
        byId,
        quoted: quotedSpans(d.article).map((q) => [q.markOpen, q.markClose] as const),
        genders,
      }),
      ...roleNouns(d, named, byId),
    ];
    if (extra.length) {
      // a role phrase may hold a name ("the party's Treasury spokesman"): both stay, nested;
      // an alias never displaces a name
      dedupe(extra);
      let k = 0;
      for (const m of extra) {
        while (k < named.length && named[k]!.end <= m.start) k++;
        const overlaps = k < named.length && named[k]!.start < m.end;
        if (m.via === "role" || !overlaps) list.push(m);
      }
      list.sort((a, b) => a.start - b.start || b.end - a.end);
    }
  }

  // aliases, documents, counts
  const docsOf = new Map<Actor, Set<string>>();
  for (const [docId, list] of mentionsByDoc) {
    for (const m of list) {
      const a = byId.get(m.actorId)!;
      a.mentions++;
      let docs = docsOf.get(a);
      if (!docs) {
        docs = new Set();
        docsOf.set(a, docs);
      }
      if (!docs.has(docId)) {
        docs.add(docId);
        a.documents.push(docId);
      }
      if (m.via !== "pronoun" && m.via !== "role") addSeen(a.aliases, m.text, docId);
    }
  }
  const live = actors.filter((a) => a.mentions > 0);
  live.sort(
    (a, b) =>
      b.mentions - a.mentions || b.documents.length - a.documents.length || a.name.localeCompare(b.name),
  );
  for (const a of byId.keys()) if (!byId.get(a)!.mentions) byId.delete(a);
  for (const a of live) {
    a.aliases.sort((x, y) => y.docIds.length - x.docIds.length);
    a.descriptions.sort((x, y) => y.docIds.length - x.docIds.length);
  }

  return modelOf({ actors: live, mentionsByDoc, gendersByDoc });
}

/** Sorted by start; of overlapping mentions the longest stays. */
function dedupe(list: Mention[]) {
  list.sort((a, b) => a.start - b.start || b.end - a.end);
  let w = 0;
  for (const m of list) {
    const prev = list[w - 1];
    if (prev && m.start < prev.end) {
      if (m.end - m.start > prev.end - prev.start) list[w - 1] = m;
      continue;
    }
    list[w++] = m;
  }
  list.length = w;
}
