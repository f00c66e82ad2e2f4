// Pass 2: one actor per real actor across articles (union-find over per-article actors).

import { foldKey } from "../../text/fold.ts";
import { editDistance } from "../../text/similarity.ts";
import { THING_ACRONYMS } from "../lexicons/not-names.ts";
import { ROLE_ABBREVIATIONS, TITLE_HEADS } from "../lexicons/titles.ts";
import { isOn, runSteps, type Step, type StepSwitches } from "../steps.ts";
import { knownGivenName } from "./gender.ts";
import { clash, givenNameGender, HONORIFIC_GENDER_STEP } from "./honorific-gender.ts";
import { addSet, push } from "./maps.ts";
import { acronymInitials, generation, INITIALS_HYPHEN_STEP, initials } from "./names.ts";
import { orgShortKeys } from "./org-keys.ts";
import type { Local } from "./types.ts";

class UnionFind {
  parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[x] !== r) {
      const n = this.parent[x]!;
      this.parent[x] = r;
      x = n;
    }
    return r;
  }
  union(a: number, b: number) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[rb] = ra;
  }
}

/** Title heads a person has been described with ("president", "secretary"). */
function roleHeads(l: Local): Set<string> {
  const out = new Set<string>();
  for (const d of l.descriptions)
    for (const w of d.split(/\s+/)) if (TITLE_HEADS.has(w)) out.add(w.toLowerCase());
  return out;
}

function rolesCompatible(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  for (const x of a) if (b.has(x)) return true;
  return false;
}

export function firstNamesClose(a: string, b: string, sameDoc: boolean): boolean {
  if (a === b) return true;
  if (a.length < 3 || b.length < 3) return false;
  const shared3 = a.slice(0, 3) === b.slice(0, 3);
  const d = editDistance(a, b, 2);
  if (sameDoc) return shared3 && d <= 2;
  return d <= 2 && (shared3 || (d <= 1 && Math.min(a.length, b.length) >= 5));
}

/** What the merge steps work on: every article's actors, and the union-find over them. */
interface Merge {
  locals: Local[];
  uf: UnionFind;
  /** Each organisation short form → the first actor with it. */
  orgByName: Map<string, number>;
  /** Persons with a first name, by folded surname. */
  bySurname: Map<string, Local[]>;
  switches: StepSwitches;
}

/** Pass 2's steps, in order: each unions per-article actors that are one real actor. */
export const MERGE_STEPS: readonly Step<Merge>[] = [
  {
    name: "same-full-name",
    doc: "persons with the same folded full name (Ramón = Ramon)",
    run: sameFullName,
  },
  { name: "same-org-name", doc: "organisations sharing a name or short form", run: sameOrgName },
  {
    name: "weak-person-is-org",
    doc: "a weakly seen 'person' whose name is an organisation's elsewhere",
    run: weakPersonIsOrg,
  },
  {
    name: "close-first-name",
    doc: "same surname, close first name, compatible roles (Nicholas/Nicolás Maduro)",
    run: closeFirstName,
  },
  { name: "surname-only", doc: "a surname-only person to the unique full name with it", run: surnameOnly },
  {
    name: "acronym-initials",
    doc: "an acronym to the organisation with those initials its article names, else the unique one (DEA)",
    run: acronymInitialsMerge,
  },
];

export function mergeAcrossArticles(locals: Local[], switches: StepSwitches): Local[][] {
  const orgByName = new Map<string, number>();
  for (const l of locals) {
    if (l.kind !== "organization") continue;
    for (const k of orgShortKeys(l.tokens)) if (!orgByName.has(k)) orgByName.set(k, l.id);
  }
  const bySurname = new Map<string, Local[]>();
  for (const l of locals) if (l.kind === "person" && l.first !== null) push(bySurname, l.surname!, l);
  const m: Merge = { locals, uf: new UnionFind(locals.length), orgByName, bySurname, switches };
  runSteps("actors", MERGE_STEPS, m, switches);
  const groups = new Map<number, Local[]>();
  for (const l of locals) push(groups, m.uf.find(l.id), l);
  return [...groups.values()];
}

function sameFullName({ locals, uf }: Merge) {
  const byFull = new Map<string, number>();
  for (const l of locals) {
    if (l.kind !== "person" || l.first === null) continue;
    const k = foldKey(l.tokens.join(" "));
    const r = byFull.get(k);
    if (r === undefined) byFull.set(k, l.id);
    else uf.union(r, l.id);
  }
}

function sameOrgName({ locals, uf, orgByName }: Merge) {
  for (const l of locals) {
    if (l.kind !== "organization") continue;
    for (const k of orgShortKeys(l.tokens)) {
      const r = orgByName.get(k)!;
      if (r !== l.id) uf.union(r, l.id);
    }
  }
}

function weakPersonIsOrg({ locals, uf, orgByName }: Merge) {
  for (const l of locals) {
    if (l.kind !== "person" || l.strong || l.first === null) continue;
    const r = orgByName.get(foldKey(l.tokens.join(" ")));
    if (r !== undefined) uf.union(r, l.id);
  }
}

/** Buckets are small: every pair of one surname's persons is compared. */
function closeFirstName({ uf, bySurname }: Merge) {
  for (const bucket of bySurname.values()) {
    const reps = new Map<number, Local>();
    for (const l of bucket) if (!reps.has(uf.find(l.id))) reps.set(uf.find(l.id), l);
    const list = [...reps.values()].slice(0, 60);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (uf.find(a.id) === uf.find(b.id)) continue;
        if (!firstNamesClose(a.first!, b.first!, a.docId === b.docId)) continue;
        if (generation(a.tokens) !== generation(b.tokens)) continue;
        if (!rolesCompatible(roleHeads(a), roleHeads(b))) continue;
        uf.union(a.id, b.id);
      }
    }
  }
}

function surnameOnly({ locals, uf, bySurname, switches }: Merge) {
  const surnameGroups = new Map<string, Set<number>>();
  for (const [s, bucket] of bySurname) surnameGroups.set(s, new Set(bucket.map((l) => uf.find(l.id))));
  const dominant = isOn("actors", DOMINANT_SURNAME_STEP.name, switches)
    ? dominantBySurname(bySurname, uf)
    : null;
  const givenOff = !isOn("actors", LONE_GIVEN_NAME_STEP.name, switches);
  const gendered = isOn("actors", HONORIFIC_GENDER_STEP.name, switches);
  for (const l of locals) {
    if (l.kind !== "person" || l.first !== null) continue;
    // ("Charles said", "Prince Charles": a given name, not Ray Charles's surname; "Mr Charles" is)
    if (!givenOff && l.tokens.length === 1 && knownGivenName(l.tokens[0]!) && (!l.strong || royal(l)))
      continue;
    // ("Mrs Blair" is never Tony Blair; she is the one Blair whose given name is a woman's)
    const fits = (root: number) =>
      !gendered ||
      !l.honorificGender ||
      !clash(l.honorificGender, genderOfRoot(bySurname.get(l.surname!), uf, root));
    const g = [...(surnameGroups.get(l.surname!) ?? [])].filter(fits);
    if (g.length === 1) {
      uf.union(g[0]!, l.id);
      continue;
    }
    // (never past a person of that surname the article itself names, nor one it describes: "Dean
    // Boyd, a spokesman" is no famous Boyd)
    const d = dominant?.get(l.surname!);
    if (d && l.descriptions.length === 0 && !d.docs.has(l.docId) && fits(d.root)) uf.union(d.root, l.id);
  }
}

/** The gender the given names of a merged person's full names say, if one does. */
function genderOfRoot(
  bucket: Local[] | undefined,
  uf: UnionFind,
  root: number,
): "male" | "female" | undefined {
  for (const x of bucket ?? []) {
    if (uf.find(x.id) !== root) continue;
    const g = givenNameGender(x);
    if (g) return g;
  }
  return undefined;
}

/** Titles a royal's given name follows ("Prince Charles", "Queen Elizabeth"). */
const ROYAL = /^(?:Prince|Princess|King|Queen|Duke|Duchess|Emperor|Empress|Pope)$/;
const royal = (l: Local) => l.descriptions.some((d) => ROYAL.test(d));

export const LONE_GIVEN_NAME_STEP = {
  name: "lone-given-name",
  doc: "'Charles said' with no title, or 'Prince Charles', in an article that gives no full name: a known given name alone is not the surname of a person named elsewhere (Ray Charles)",
};

export const DOMINANT_SURNAME_STEP = {
  name: "dominant-surname",
  doc: "'Mr Howard' in an article that gives no full name: the person of that surname the coverage names far more often than any other",
};

/**
 * For each surname several persons share, the one the coverage names in far more articles than all
 * the others together (at least five, four times the rest): an article that only ever writes "Mr
 * Howard" means the Michael Howard of a hundred articles, not the Ron Howard of three. With it, the
 * articles that name some person of that surname in full.
 */
function dominantBySurname(
  bySurname: Map<string, Local[]>,
  uf: { find(id: number): number },
): Map<string, { root: number; docs: Set<string> }> {
  const out = new Map<string, { root: number; docs: Set<string> }>();
  for (const [s, bucket] of bySurname) {
    const byRoot = new Map<number, Set<string>>();
    for (const l of bucket) addSet(byRoot, uf.find(l.id), l.docId);
    if (byRoot.size < 2) continue;
    const ranked = [...byRoot].sort((a, b) => b[1].size - a[1].size);
    const top = ranked[0]![1].size;
    const rest = ranked.slice(1).reduce((n, [, d]) => n + d.size, 0);
    if (top >= 5 && top >= 4 * rest)
      out.set(s, { root: ranked[0]![0], docs: new Set(bucket.map((l) => l.docId)) });
  }
  return out;
}

function acronymInitialsMerge({ locals, uf, switches }: Merge) {
  const byInitials = new Map<string, Set<number>>();
  // …and, for each initials, the organisations named in each article ("the International
  // Monetary Fund (IMF)" settles IMF where an "ING Mutual Fund" elsewhere shares the initials)
  const inDoc = new Map<string, Set<number>>();
  for (const l of locals) {
    if (l.kind !== "organization" || l.tokens.length < 2) continue;
    const name = l.tokens.join(" ");
    for (const ini of [
      initials(name, isOn("actors", INITIALS_HYPHEN_STEP.name, switches)),
      acronymInitials(name),
    ]) {
      if (!ini || ini.length < 2) continue;
      addSet(byInitials, ini, l.id);
      addSet(inDoc, `${ini}\u0000${l.docId}`, l.id);
    }
  }
  for (const l of locals) {
    if (l.kind !== "organization" || l.tokens.length !== 1) continue;
    const w = l.tokens[0]!.replace(/\./g, "");
    if (!/^\p{Lu}{2,8}$/u.test(w) || THING_ACRONYMS.has(w) || ROLE_ABBREVIATIONS.has(w.toLowerCase()))
      continue;
    // (two letters across articles only for a name at least three articles give: "EU" is the
    // European Union of many, "XP" no "Xerox PARC" of one)
    const wide = byInitials.get(w);
    const global =
      w.length > 2 || new Set([...(wide ?? [])].map((id) => locals[id]!.docId)).size >= 3 ? wide : undefined;
    for (const g of [inDoc.get(`${w}\u0000${l.docId}`), global]) {
      const roots = new Set([...(g ?? [])].map((r) => uf.find(r)));
      if (roots.size === 1) uf.union([...roots][0]!, l.id);
      if (roots.size) break;
    }
  }
}
