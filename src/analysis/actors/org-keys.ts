// The short forms an organisation also goes by ("Telewest" for "Telewest Broadband").

import { foldKey } from "../../text/fold.ts";
import {
  CORP_DESCRIPTORS,
  CORP_SUFFIXES,
  GROUP_NOUNS,
  ORG_NAME_HEADS,
  PARTY_NICKNAMES,
} from "../lexicons/organisations.ts";
import { DEMONYMS, PLACE_MODIFIERS, PLACES } from "../lexicons/places.ts";
import { TITLE_MODIFIERS } from "../lexicons/titles.ts";
import { COUNTRY_PREFIX, NATION_PREFIX } from "./word-classes.ts";

const PARTY_FORMAL = new Set(PARTY_NICKNAMES.values());
/** Regions a firm's name may end on after its descriptors ("Sony Computer Entertainment Europe"). */
const REGION_TAILS = new Set(["Europe", "UK", "International", "America", "Asia", "Worldwide", "Global"]);
/** A football club's name after its town ("Wexham Athletic" is also "Wexham", as "Newcastle" is
 *  Newcastle United; a known place keeps its own key, session 45). */
const CLUB_TAILS = new Set(
  `Athletic United City Town Rovers Wanderers Albion County Rangers Hotspur Argyle Orient Harriers Academicals`.split(
    " ",
  ),
);

export function orgShortKeys(tokens: string[]): string[] {
  const keys = [foldKey(tokens.join(" "))];
  // "PowerPage.org" is also "PowerPage"
  const site = /^(.{3,})\.(?:com|org|net|co\.uk|org\.uk)$/i.exec(tokens.join(" "));
  if (site) keys.push(foldKey(site[1]!));
  // "House of Commons" is also "the Commons"
  if (tokens.length === 3 && tokens[0] === "House" && tokens[1] === "of") keys.push(foldKey(tokens[2]!));
  // "Telewest Broadband" is also "Telewest" (not "British Airways" → "British")
  // ("Informa Telecoms and Media" is also "Informa": every word after the first a descriptor, session 44)
  const described =
    tokens.length === 2
      ? CORP_DESCRIPTORS.has(tokens[1]!) || CLUB_TAILS.has(tokens[1]!)
      : tokens.length <= 5 &&
        CORP_DESCRIPTORS.has(tokens[1]!) &&
        tokens
          .slice(2)
          .every((w) => CORP_DESCRIPTORS.has(w) || REGION_TAILS.has(w) || w === "and" || w === "&");
  if (described) {
    const w = tokens[0]!;
    if (
      !DEMONYMS.has(w) &&
      !TITLE_MODIFIERS.has(w) &&
      !PLACES.has(w) &&
      !PLACE_MODIFIERS.has(w) &&
      w.length >= 3
    )
      keys.push(foldKey(w));
  }
  // "MG Rover" is also "Rover" (an acronym before a name word that is no org head or place; not a
  // country's: "UK Government" and "US Government" are two governments)
  if (
    tokens.length === 2 &&
    /^\p{Lu}{2,4}$/u.test(tokens[0]!) &&
    !NATION_PREFIX.has(tokens[0]!) &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(tokens[1]!) &&
    !ORG_NAME_HEADS.has(tokens[1]!) &&
    !PLACES.has(tokens[1]!) &&
    !DEMONYMS.has(tokens[1]!)
  )
    keys.push(foldKey(tokens[1]!));
  if (tokens.length >= 2 && GROUP_NOUNS.has(tokens[tokens.length - 1]!))
    keys.push(foldKey(tokens.slice(0, -1).join(" ")));
  // "Labour Party" is also "Labour" (a party's name without its capitalised head)
  if (tokens.length >= 2 && tokens[tokens.length - 1] === "Party")
    keys.push(foldKey(tokens.slice(0, -1).join(" ")));
  // "Tories", "Tory party", "Conservatives" and "Conservative Party" are one party (a key of their
  // own: the bare adjective "Conservative" in "Conservative MP X" is no party name)
  const party = tokens.length === 2 && /^[Pp]arty$/.test(tokens[1]!);
  const formal = PARTY_NICKNAMES.get(tokens[0]!);
  if (formal && (tokens.length === 1 || party)) keys.push(`party:${foldKey(formal)}`);
  if (party && PARTY_FORMAL.has(tokens[0]!)) keys.push(`party:${foldKey(tokens[0]!)}`);
  if (tokens.length >= 3 && COUNTRY_PREFIX.has(tokens[0]!)) keys.push(foldKey(tokens.slice(1).join(" ")));
  let t = tokens;
  while (t.length > 1 && CORP_SUFFIXES.has(t[t.length - 1]!)) t = t.slice(0, -1);
  // ("Merrill Lynch and Co" is also "Merrill Lynch")
  if (t.length > 2 && t.length < tokens.length && /^(?:and|&)$/.test(t[t.length - 1]!)) t = t.slice(0, -1);
  if (t.length < tokens.length) keys.push(foldKey(t.join(" ")));
  if (tokens[0] === "the" || tokens[0] === "The") keys.push(foldKey(tokens.slice(1).join(" ")));
  return keys;
}
