// The index terms a question and a sentence are compared by, for direct answers: the search
// terms, with the past forms of irregular verbs as their verb ("sold" answers "sell", and "died" "die",
// which the stemmer keeps apart).

import { termOf, tokens } from "../search/tokenize.ts";

// Irregular past forms the stemmer leaves apart from their verb.
const IRREGULAR: Record<string, string> = Object.fromEntries(
  `sold sell;bought buy;paid pay;won win;made make;took take;taken take;gave give;given give;began begin
  begun begin;built build;held hold;led lead;left leave;lost lose;met meet;ran run;saw see;seen see;sent send
  spent spend;struck strike;told tell;thought think;wrote write;written write;found find;got get;brought bring
  fell fall;fallen fall;rose rise;risen rise;chose choose;chosen choose;drew draw;drawn draw;flew fly;grew grow
  grown grow;knew know;known know;shot shoot;stood stand;threw throw;went go;gone go;came come;became become
  kept keep;sang sing;sung sing;spoke speak;spoken speak;stole steal;stolen steal;broke break;broken break
  caught catch;fought fight;dealt deal;won win;hid hide;swept sweep;slept sleep;hidden hide;bore bear;born bear;swore swear;sworn swear
  died die;dies die;dying die;lied lie;tied tie`
    .split(/;|\n/)
    .map((pair) => pair.trim().split(/\s+/) as [string, string])
    .filter((p) => p.length === 2),
);

/** Index terms of a text, an irregular past form also as its verb's term. */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const t of tokens(text)) {
    const base = IRREGULAR[text.slice(t.start, t.end).toLowerCase()];
    out.push(base ? (termOf(base) ?? t.term) : t.term);
  }
  return out;
}
