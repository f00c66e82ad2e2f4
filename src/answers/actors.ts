// /actors: every person and organisation the coverage names, most prominent first; and the
// autocomplete for /actor (prefix or fuzzy on any alias through the name lookup, by prominence).

import type { Coverage } from "../coverage.ts";
import { foldKey } from "../text/fold.ts";
import { actorIndex } from "./actor-index.ts";
import type { ActorsAnswer } from "./actor-types.ts";
import { CHOICE_LIMITS as LIMITS } from "./choice-limits.ts";
import { actorNames } from "./name-lookup.ts";
import { pageWindow } from "./pages.ts";
import type { Choice, ErrorAnswer } from "./types.ts";

/** Actors per page: what one Discord embed lists comfortably. */
export const ACTORS_PAGE_SIZE = 40;

/** One page of the actors, most prominent first (a large coverage names tens of thousands). */
export function actors(coverage: Coverage, rawPage: unknown = 1): ActorsAnswer | ErrorAnswer {
  const all = coverage.actors.actors;
  const w = pageWindow(all.length, ACTORS_PAGE_SIZE, rawPage, "actors");
  if ("error" in w) return { command: "actors", error: w.error };
  const order = actorIndex(coverage).byProminence();
  return {
    command: "actors",
    page: w.page,
    pages: w.pages,
    total: all.length,
    actors: order.slice(w.from, w.to).map((i) => {
      const a = all[i]!;
      return { name: a.name, kind: a.kind, mentions: a.mentions, documents: [...a.documents] };
    }),
  };
}

/** Up to 25 actor names for a partly typed name, each within Discord's 100 characters: the name
 *  lookup's (names or aliases that start so, then a word that does, then through a typo), the most
 *  mentioned first; with nothing typed, the most prominent actors. */
export function actorChoices(coverage: Coverage, partial: string): Choice[] {
  const want = foldKey(partial.replace(/[\u0000-\u001f]/g, " "));
  const all = coverage.actors.actors;
  const out: Choice[] = [];
  const seen = new Set<string>();
  const take = (name0: string): boolean => {
    const name = name0.length > LIMITS.choiceName ? `${name0.slice(0, LIMITS.choiceName - 1)}…` : name0;
    if (seen.has(name)) return false;
    seen.add(name);
    out.push({ name, value: name.slice(0, LIMITS.choiceValue) });
    return out.length >= LIMITS.choices;
  };
  const owners = want
    ? actorNames(coverage)
        .complete(want, LIMITS.choices * 2)
        .map((hit) => hit.owner)
    : actorIndex(coverage).byProminence();
  for (const i of owners) if (take(all[i]!.name)) break;
  return out;
}
