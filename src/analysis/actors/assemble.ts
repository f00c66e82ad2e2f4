// Pass 3: actors from the merged groups, leftover lone words, coreference and role nouns,
// aliases, documents and counts.

import { slug } from "../../text/slug.ts";
import type { Actor, ActorModel, Mention } from "../../types.ts";
import { DEMONYMS, PLACES } from "../lexicons/places.ts";
import { ROLE_ABBREVIATIONS } from "../lexicons/titles.ts";
import { quotedSpans } from "../quotes/spans.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { canonicalName, KIND_BY_EVIDENCE_STEP } from "./canonical-name.ts";
import { corefMentions } from "./coref/mentions.ts";
import { addSet, push } from "./maps.ts";
import { modelOf } from "./model.ts";
import { acronymInitials, INITIALS_HYPHEN_STEP, initials } from "./names.ts";
import { orgShortKeys } from "./org-keys.ts";
import { roleNouns } from "./role-nouns.ts";
import { SeenLists } from "./seen.ts";
import type { DocData, Local, Pending, Vocab } from "./types.ts";
import { isCommon } from "./vocabulary.ts";
import { COUNTRY_PREFIX } from "./word-classes.ts";

/** The actors being assembled, with their mentions per article. */
export interface Assembly {
  actors: Actor[];
  byId: Map<string, Actor>;
  mentionsByDoc: Map<string, Mention[]>;
  actorOfLocal: Map<Local, Actor>;
  gendersByDoc: Map<string, Map<string, "male" | "female">>;
  seen: SeenLists;
}

const addMention = (as: Assembly, a: Actor, docId: string, m: Omit<Mention, "actorId" | "docId">) =>
  push(as.mentionsByDoc, docId, { actorId: a.id, docId, ...m });

/** The corpus's actors from the merged groups, with the mentions of their names per article (the
 *  articles' own coreference is linked after, article by article: linkArticle). */
export function nameActors(
  groups: Local[][],
  pending: Pending[],
  vocab: Vocab,
  switches: StepSwitches,
): Assembly {
  const as = actorsOfGroups(groups, isOn("actors", KIND_BY_EVIDENCE_STEP.name, switches));
  if (isOn("actors", CORPUS_LONE_WORDS.name, switches)) corpusLoneWords(as, groups, pending, vocab, switches);
  return as;
}

/** The model, once every article's mentions are linked (genders in corpus order). */
export const finishModel = (as: Assembly): ActorModel => modelOf(countMentions(as));

/** One actor per merged group, named by its commonest full form. */
function actorsOfGroups(groups: Local[][], byEvidence: boolean): Assembly {
  const as: Assembly = {
    actors: [],
    byId: new Map(),
    mentionsByDoc: new Map(),
    actorOfLocal: new Map(),
    gendersByDoc: new Map(),
    seen: new SeenLists(),
  };
  const usedIds = new Map<string, number>();
  for (const g of groups) {
    const total = g.reduce((s, l) => s + l.mentions.length, 0);
    if (total === 0) continue;
    // a lone weak word entity with no support is not an actor
    if (!g.some((l) => l.strong || l.sure) && g.every((l) => l.tokens.length === 1) && total < 2) continue;
    const { name, kind } = canonicalName(g, byEvidence);
    let id = `${kind}:${slug(name)}`;
    const n = usedIds.get(id) ?? 0;
    usedIds.set(id, n + 1);
    if (n > 0) id = `${id}-${n + 1}`;
    const actor: Actor = { id, name, kind, aliases: [], descriptions: [], documents: [], mentions: 0 };
    as.actors.push(actor);
    as.byId.set(id, actor);
    for (const l of g) {
      as.actorOfLocal.set(l, actor);
      for (const m of l.mentions)
        addMention(as, actor, l.docId, { start: m.start, end: m.end, text: m.text, via: m.via });
      for (const d of l.descriptions) as.seen.add(actor.descriptions, d, l.docId);
    }
  }
  return as;
}

const CORPUS_LONE_WORDS = {
  name: "corpus-lone-words",
  doc: "lone words left over: the unique person with that surname, or an org's alias, corpus-wide",
};

/** Leftover lone words: the unique person with that surname, or an organisation's alias, corpus-wide. */
function corpusLoneWords(
  as: Assembly,
  groups: Local[][],
  pending: Pending[],
  vocab: Vocab,
  switches: StepSwitches,
) {
  const surnameActors = new Map<string, Set<Actor>>();
  const orgAlias = new Map<string, Set<Actor>>();
  for (const g of groups) {
    for (const l of g) {
      const a = as.actorOfLocal.get(l);
      if (!a) continue;
      if (a.kind === "person" && l.kind === "person" && l.surname && l.strong)
        addSet(surnameActors, l.surname, a);
      // an organisation only guessed at (the tagger's, "X Y said it") lends no alias to other articles
      if (a.kind === "organization" && l.kind === "organization" && l.strong) {
        for (const k of orgShortKeys(l.tokens)) addSet(orgAlias, k, a);
        if (l.tokens.length >= 2) {
          const name = l.tokens.join(" ");
          addSet(orgAlias, `#${initials(name, isOn("actors", INITIALS_HYPHEN_STEP.name, switches))}`, a);
          const ai = acronymInitials(name);
          if (ai) addSet(orgAlias, `#${ai}`, a);
        }
      }
    }
  }
  for (const p of pending) {
    if (isCommon(p.text, vocab) && !p.acronym) continue;
    // ("As an MSP, …": a role's abbreviation names no body, whatever band has those initials)
    if (p.acronym && ROLE_ABBREVIATIONS.has(p.key)) continue;
    if (PLACES.has(p.text) || DEMONYMS.has(p.text) || COUNTRY_PREFIX.has(p.text)) continue;
    const persons = surnameActors.get(p.key);
    if (persons?.size === 1 && p.hint !== "organization") {
      const a = [...persons][0]!;
      addMention(as, a, p.docId, { start: p.start, end: p.end, text: p.text, via: "surname" });
      continue;
    }
    // a surname several people share is not an organisation named after one of them
    if (persons && p.hint !== "organization" && !p.acronym) continue;
    const orgs =
      orgAlias.get(p.key) ??
      (p.acronym && p.text.length >= 3 ? orgAlias.get(`#${p.key.toUpperCase()}`) : undefined);
    if (orgs?.size === 1 && p.hint !== "person") {
      const a = [...orgs][0]!;
      addMention(as, a, p.docId, {
        start: p.start,
        end: p.end,
        text: p.text,
        via: p.acronym ? "acronym" : "alias",
      });
    }
  }
}

const ROLE_NOUNS_STEP = {
  name: "role-nouns",
  doc: "'the department' / 'the president' to an actor of the article carrying that word",
};

/** Pass 3's switchable steps (coreference's are in coref/mentions.ts). */
export const ASSEMBLE_STEPS = [CORPUS_LONE_WORDS, ROLE_NOUNS_STEP, KIND_BY_EVIDENCE_STEP] as const;

/**
 * One article's names (`list`, its mentions so far) deduplicated, then its pronouns, role
 * descriptions, aliases and role nouns added to `list`; returns the gender of each person in the
 * article. Reads only this article and the actors' names, kinds and descriptions (`byId`).
 */
export function linkArticle(
  d: DocData,
  list: Mention[],
  byId: ReadonlyMap<string, Actor>,
  switches: StepSwitches,
): Map<string, "male" | "female"> {
  dedupe(list);
  const named = list.slice();
  const genders = new Map<string, "male" | "female">();
  const extra = [
    ...corefMentions(
      {
        docId: d.article.docId,
        text: d.article.text,
        bodyStart: d.article.bodyStart,
        sentences: d.sentences,
        named,
        byId,
        quoted: quotedSpans(d.article).map((q) => [q.markOpen, q.markClose] as const),
        genders,
      },
      switches,
    ),
    ...(isOn("actors", ROLE_NOUNS_STEP.name, switches) ? roleNouns(d, named, byId, switches) : []),
  ];
  if (extra.length) {
    // a role phrase may hold a name ("the party's Treasury spokesman"): both stay, nested;
    // an alias never displaces a name, but does displace a guessed acronym ("JK, also known
    // as Jason King": JK is no organisation)
    dedupe(extra);
    let k = 0;
    const displaced = new Set<Mention>();
    for (const m of extra) {
      while (k < named.length && named[k]!.end <= m.start) k++;
      const n = named[k];
      const overlaps = n !== undefined && n.start < m.end;
      if (m.via === "alias" && overlaps && n.via === "acronym" && n.start === m.start && n.end === m.end)
        displaced.add(n);
      else if (m.via !== "role" && overlaps) continue;
      list.push(m);
    }
    if (displaced.size) list.splice(0, list.length, ...list.filter((m) => !displaced.has(m)));
    list.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  return genders;
}

/** Aliases, documents and mention counts; actors never mentioned are dropped. */
function countMentions(as: Assembly) {
  const { byId, mentionsByDoc } = as;
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
      if (m.via !== "pronoun" && m.via !== "role") as.seen.add(a.aliases, m.text, docId);
    }
  }
  const live = as.actors.filter((a) => a.mentions > 0);
  live.sort(
    (a, b) =>
      b.mentions - a.mentions || b.documents.length - a.documents.length || a.name.localeCompare(b.name),
  );
  for (const a of byId.keys()) if (!byId.get(a)!.mentions) byId.delete(a);
  for (const a of live) {
    a.aliases.sort((x, y) => y.docIds.length - x.docIds.length);
    a.descriptions.sort((x, y) => y.docIds.length - x.docIds.length);
  }
  return { actors: live, mentionsByDoc, gendersByDoc: as.gendersByDoc };
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
