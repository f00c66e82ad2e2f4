// What the article states of a person that a description can be checked against: a nationality
// ("Dutch defender Ann Roe", "Ann Roe, the Australian,", or a description already resolved to
// her, "The 34-year-old American") and an age ("23-year-old Ann Roe", "Ann Roe, 23,"). A
// description naming a nationality or an age is never a person stated to have another one: "The
// Russian" after "The 34-year-old American" (Bo Vale) is not Bo Vale, though he opened the
// sentence before. Switch "coref-attributes".

import type { Actor, Mention } from "../../../types.ts";
import { DEMONYM_NOUNS, DEMONYMS } from "../../lexicons/places.ts";
import { ADJECTIVE_OF, describes } from "./demonym.ts";

/** A description's (or a name's context's) nationality and age, each null when it states none. */
export interface Stated {
  nation: string | null;
  age: number | null;
}

/** Nationalities of one country's nations, which never contradict each other. */
const SAME_COUNTRY = new Set(["british", "english", "scottish", "welsh"]);

/** A word's nationality, folded to its adjective ("Dutchman" → "dutch"), else null. */
function nationOf(word: string): string | null {
  const w = word.toLowerCase();
  if (ADJECTIVE_OF[w]) return ADJECTIVE_OF[w]!.toLowerCase();
  return DEMONYMS.has(word) || DEMONYM_NOUNS.has(w) ? w : null;
}

/** What a description states: "the 34-year-old American" → american, 34. */
export function statedIn(phrase: string): Stated {
  const age = /\b(\d{1,3})-year-old\b/.exec(phrase);
  let nation: string | null = null;
  for (const w of phrase.split(/\s+/)) if (/^\p{Lu}/u.test(w)) nation = nationOf(w) ?? nation;
  return { nation, age: age ? Number(age[1]) : null };
}

/** What the words right around a name state of its person. */
function statedAround(text: string, m: Mention): Stated {
  const before = text.slice(Math.max(0, m.start - 50), m.start);
  const after = text.slice(m.end, m.end + 50);
  // "34-year-old American Bo Vale", "Dutch defender Ann Roe": up to two lower-case words between
  // (only words that describe a person between: "The Swiss beat Ann Roe" states nothing of her)
  const found = /(?:(\d{1,3})-year-old\s+)?(?:(\p{Lu}\p{Ll}+)\s+)?((?:[\p{Ll}-]+\s+){0,2})$/u.exec(before);
  const lead = (found?.[3] ?? "").split(/\s+/).every((w) => !w || describes(w)) && found ? found : null;
  // "Ann Roe, 23,", "Ann Roe, the 23-year-old Australian,"
  const apposed = /^,\s+(?:(\d{1,3}),|(?:the|an?)\s+(?:(\d{1,3})-year-old\s+)?(\p{Lu}\p{Ll}+)?)/u.exec(after);
  const ageText = lead?.[1] ?? apposed?.[1] ?? apposed?.[2];
  const nationWord = (lead?.[2] && nationOf(lead[2])) || (apposed?.[3] && nationOf(apposed[3])) || null;
  return { nation: nationWord, age: ageText ? Number(ageText) : null };
}

/** Each person's stated nationalities and ages, growing as descriptions resolve. */
export class PersonFacts {
  private readonly nations = new Map<string, Set<string>>();
  private readonly ages = new Map<string, Set<number>>();

  /** The facts stated next to the article's named persons. */
  constructor(text: string, named: readonly Mention[], byId: ReadonlyMap<string, Actor>) {
    for (const m of named)
      if (byId.get(m.actorId)?.kind === "person") this.add(m.actorId, statedAround(text, m));
  }

  add(id: string, s: Stated): void {
    if (s.nation) this.nations.set(id, (this.nations.get(id) ?? new Set()).add(s.nation));
    if (s.age !== null) this.ages.set(id, (this.ages.get(id) ?? new Set()).add(s.age));
  }

  /** Is person `id` stated to have another nationality or age than `s`? */
  contradicts(id: string, s: Stated): boolean {
    const ns = this.nations.get(id);
    const n = s.nation;
    const otherNation =
      !!n &&
      !!ns &&
      ns.size > 0 &&
      ![...ns].some((x) => x === n || (SAME_COUNTRY.has(x) && SAME_COUNTRY.has(n)));
    const as = this.ages.get(id);
    const otherAge = s.age !== null && !!as && as.size > 0 && !as.has(s.age);
    return otherNation || otherAge;
  }

  /** The one person stated to be of age `age`, else null. */
  ofAge(age: number): string | null {
    const ids = [...this.ages].filter(([, as]) => as.has(age)).map(([id]) => id);
    return ids.length === 1 ? ids[0]! : null;
  }
}
