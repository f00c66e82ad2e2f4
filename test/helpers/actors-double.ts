// A stand-in for the actor model in tests: actors given as names and aliases, found in the
// articles by exact word match. Enough to test what uses ActorModel without depending on it.

import type { Actor, ActorModel, Article, Mention } from "../../src/types.ts";

export interface ActorSpec {
  name: string;
  kind?: "person" | "organization";
  aliases?: string[];
}

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

export function actorModelDouble(articles: readonly Article[], specs: ActorSpec[]): ActorModel {
  const actors: Actor[] = specs.map((s) => ({
    id: `${s.kind ?? "person"}:${fold(s.name).replace(/[^a-z0-9]+/g, "-")}`,
    name: s.name,
    kind: s.kind ?? "person",
    aliases: [s.name, ...(s.aliases ?? [])].map((text) => ({ text, docIds: [] })),
    descriptions: [],
    documents: [],
    mentions: 0,
  }));
  const byId = new Map(actors.map((a) => [a.id, a]));
  const mentions = new Map<string, Mention[]>();
  for (const article of articles) {
    const found: Mention[] = [];
    for (const a of actors) {
      for (const alias of a.aliases) {
        const esc = alias.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        for (const m of article.text.matchAll(new RegExp(`(?<![\\p{L}])${esc}(?![\\p{L}])`, "gu"))) {
          found.push({
            actorId: a.id,
            docId: article.docId,
            start: m.index,
            end: m.index + m[0].length,
            text: m[0],
            via: alias.text === a.name ? "name" : "alias",
          });
        }
      }
    }
    found.sort((x, y) => x.start - y.start || y.end - x.end);
    const kept = found.filter((m, i) => !found.slice(0, i).some((o) => m.start < o.end && o.start < m.end));
    mentions.set(article.docId, kept);
    for (const m of kept) {
      const a = byId.get(m.actorId)!;
      a.mentions++;
      if (!a.documents.includes(article.docId)) a.documents.push(article.docId);
    }
  }
  return {
    actors,
    byId,
    resolve: (name) =>
      actors.find((a) => a.aliases.some((al) => fold(al.text) === fold(name.trim()))) ?? null,
    mentionsIn: (docId) => mentions.get(docId) ?? [],
    mentionAt: (docId, start, end) =>
      (mentions.get(docId) ?? []).find((m) => m.start <= start && end <= m.end) ?? null,
  };
}
