// Places in one sentence: a small general gazetteer (countries, big cities, regions, seas) plus
// the patterns news copy uses for places it does not name that way ("the National Palace",
// "the border with Colombia", "in the southern Caribbean", "international waters").

import { literal } from "../../text/regex-literal.ts";

export interface PlaceMention {
  /** [start, end) within the sentence. */
  start: number;
  end: number;
  /** The sentence's own words ("the southern Caribbean", "Mexico City"). */
  text: string;
  /** Comparison key: lowercased, without articles and compass words ("caribbean"). */
  key: string;
  /** Introduced by a locative preposition ("in", "at", "to", "off"…): where something happened. */
  locative: boolean;
}

const list = (s: string) =>
  s
    .split(/\n|;/)
    .map((w) => w.trim())
    .filter(Boolean);

// Countries and territories most often in the news, big cities, regions, seas.
const GAZETTEER = list(`
Afghanistan;Albania;Algeria;Angola;Argentina;Armenia;Australia;Austria;Azerbaijan;Bahrain;Bangladesh;Belarus
Belgium;Bolivia;Bosnia;Brazil;Bulgaria;Burma;Myanmar;Cambodia;Cameroon;Canada;Chad;Chile;China;Colombia;Congo
Costa Rica;Croatia;Cuba;Cyprus;Czech Republic;Denmark;Dominican Republic;Ecuador;Egypt;El Salvador;England
Eritrea;Estonia;Ethiopia;Finland;France;Georgia;Germany;Ghana;Greece;Guatemala;Haiti;Honduras;Hong Kong;Hungary
Iceland;India;Indonesia;Iran;Iraq;Ireland;Northern Ireland;Israel;Italy;Ivory Coast;Jamaica;Japan;Jordan
Kazakhstan;Kenya;Kosovo;Kuwait;Laos;Latvia;Lebanon;Libya;Lithuania;Luxembourg;Malaysia;Mali;Malta;Mexico;Moldova
Mongolia;Morocco;Mozambique;Nepal;Netherlands;Holland;New Zealand;Nicaragua;Niger;Nigeria;North Korea;South Korea
Norway;Oman;Pakistan;Palestine;Panama;Paraguay;Peru;Philippines;Poland;Portugal;Puerto Rico;Qatar;Romania;Russia
Rwanda;Saudi Arabia;Scotland;Senegal;Serbia;Sierra Leone;Singapore;Slovakia;Slovenia;Somalia;South Africa;Spain
Sri Lanka;Sudan;South Sudan;Sweden;Switzerland;Syria;Taiwan;Tanzania;Thailand;Tibet;Trinidad;Tunisia;Turkey
Uganda;Ukraine;United Arab Emirates;UAE;United Kingdom;UK;Britain;Great Britain;United States;US;U.S.;America
Uruguay;Uzbekistan;Venezuela;Vietnam;Wales;Yemen;Zambia;Zimbabwe;Chechnya;Darfur;Kashmir;Crimea;Greenland
Gaza;Gaza Strip;West Bank;Jerusalem;Tel Aviv;Baghdad;Basra;Fallujah;Kabul;Tehran;Damascus;Beirut;Cairo;Riyadh
Dubai;Istanbul;Ankara;Moscow;Kyiv;Kiev;Minsk;Warsaw;Berlin;Paris;London;Madrid;Barcelona;Lisbon;Rome;Milan
Vienna;Brussels;Amsterdam;The Hague;Geneva;Zurich;Stockholm;Oslo;Copenhagen;Helsinki;Dublin;Belfast;Edinburgh
Glasgow;Cardiff;Manchester;Birmingham;Liverpool;Leeds;Sheffield;Bristol;Newcastle;Westminster;Downing Street
Washington;Washington DC;New York;Los Angeles;Chicago;Houston;Miami;San Francisco;Boston;Texas;California
Florida;Arizona;New Mexico;Ottawa;Toronto;Mexico City;Tijuana;Juarez;Ciudad Juarez;Culiacan;Sinaloa;Guadalajara
Monterrey;Havana;Caracas;Bogota;Quito;Guayaquil;Lima;Santiago;Buenos Aires;Brasilia;Sao Paulo;Rio de Janeiro
Panama City;Beijing;Shanghai;Tokyo;Seoul;Pyongyang;Delhi;New Delhi;Mumbai;Islamabad;Karachi;Dhaka;Bangkok
Jakarta;Manila;Hanoi;Sydney;Melbourne;Canberra;Nairobi;Lagos;Johannesburg;Cape Town;Khartoum;Addis Ababa;Davos
Caribbean;Caribbean Sea;Latin America;South America;Central America;North America;Americas;Europe;Asia;Africa
Middle East;Gulf;Persian Gulf;Gulf of Mexico;Pacific;Atlantic;Mediterranean;Baltic;Balkans;Scandinavia;Arctic
Antarctica;Red Sea;Black Sea;North Sea;South China Sea;Strait of Hormuz;English Channel;Sahara;Siberia;Caucasus
Rio Grande;Silicon Valley;Wall Street;Capitol Hill;Pentagon;Kremlin
`);

const NAMES = [...GAZETTEER].sort((a, b) => b.length - a.length);
const COMPASS =
  "(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|north|south|east|west)";
const GAZ_RE = new RegExp(
  `(?:\\bthe\\s+)?(?:\\b${COMPASS}\\s+)?(?<![\\w.])(?:${NAMES.map(literal).join("|")})(?![\\w'’-]|\\.\\w)`,
  "g",
);
/** Every GAZ_RE match holds a match of this: the names alone, which the engine finds far faster
 *  than with the optional "the"/compass words in front (tried at every position of a sentence). */
const GAZ_NAME = new RegExp(`(?<![\\w.])(?:${NAMES.map(literal).join("|")})(?![\\w'’-]|\\.\\w)`);
// Named buildings and features: "the National Palace", "Camp David", "the Gulf of Aden".
const HEADS =
  "Palace|Square|Street|Airport|Sea|Ocean|Gulf|Strait|Bay|River|Island|Islands|Province|County|Base|Hall|Stadium|Cathedral|Embassy|Valley|Mountains|Desert|Peninsula|Park|Port|Harbour|Harbor|Prison|Bridge|Castle|Abbey|Centre|Center|Camp";
const FEATURE_RE = new RegExp(
  `(?:\\bthe\\s+)?(?:(?!(?:The|A|An|In|On|At|But|And|It|He|She|They|This|That|Its|His|Her)\\s)[A-Z][\\w'’.-]*\\s+){1,3}(?:${HEADS})\\b(?:\\s+of\\s+[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*)?)?`,
  "g",
);
// "the border with Colombia", "the Mexican border", "international waters".
const BORDER_RE = new RegExp(
  `\\bthe\\s+(?:(?:northern|southern|eastern|western|shared|common|[A-Z][\\w.-]+(?:-[A-Z][\\w.-]+)?)\\s+)?border(?:\\s+(?:with|between)\\s+(?:${NAMES.map(literal).join("|")})(?:\\s+and\\s+(?:${NAMES.map(literal).join("|")}))?)?\\b|\\binternational\\s+waters\\b|\\bwaters\\s+off\\s+(?:${NAMES.map(literal).join("|")})\\b`,
  "g",
);
/** Every BORDER_RE match holds one of these words. */
const BORDER_WORDS = /border|waters/;
const MODIFIED =
  /^\s+(?:cartel|cartels|gang|government|authorities|officials|president|military|army|forces|police|embassy|minister|ministry|leader|leaders|team|side|company|firm|market|economy|trade|troops|counterparts?|delegation|officers)\b/i;
// "near Kandahar", "at the port of Rotterdam": a capitalised name right after a locative word.
const NOT_NAMES =
  "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|His|Her|Their|Its|This|That|Parliament|Congress|Court|Government|Office|Department|Ministry|Council|Commission|Committee|Party|University|College|School|Company|Group|Bank|Reuters|Google|Microsoft|Apple|Christmas|Easter";
const CAPITAL_RE = new RegExp(
  `(?<=\\b(?:in|at|near|outside|off)\\s+)(?:the\\s+(?:port|city|town|village|capital|region|province|island)\\s+of\\s+)?(?!(?:${NOT_NAMES})\\b)[A-Z][a-z][\\w'’-]*(?:\\s+(?!(?:${NOT_NAMES})\\b)[A-Z][a-z][\\w'’-]*){0,2}\\b`,
  "g",
);
const LOCATIVE =
  /\b(?:in|at|to|into|near|off|from|outside|inside|across|toward|towards|through|around|along|on)\s+$/i;
// Capitalised words that end a feature phrase but are organisations or papers, not places.
const NOT_PLACE = /^(?:the\s+)?(?:Wall Street Journal|State Department|Home Office|White House)$/i;

const COMPASS_START = new RegExp(`^${COMPASS}\\s+`);

export function placeKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(COMPASS_START, "")
    .replace(/\bu\.s\.|\bus\b|\bamerica\b|\bunited states\b/, "united states")
    .replace(/\buk\b|\bbritain\b|\bgreat britain\b|\bunited kingdom\b/, "united kingdom")
    .replace(/\bkiev\b/, "kyiv")
    .replace(/\s+/g, " ")
    .trim();
}

/** Places in a sentence, left to right, without overlaps (the longest wins). */
export function findPlaces(sentence: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  const add = (start: number, end: number) => {
    let text = sentence.slice(start, end);
    if (NOT_PLACE.test(text)) return;
    // "U.S. military": a country used as an adjective names no place.
    const after = sentence.slice(end);
    const before = sentence.slice(0, start);
    const locative = LOCATIVE.test(before);
    if (!locative && /^\s+[a-z]/.test(after) && /^(?:the\s+)?(?:U\.?S\.?|US|UK|EU)$/.test(text)) return;
    if (!locative && /^['’]s\b/.test(after) && !/^the\s/i.test(text)) return;
    // "the Sinaloa cartel", "Mexico City police": a place name used to name something else.
    if (MODIFIED.test(after) && !/border|waters/.test(text)) return;
    text = text.replace(/\s+$/, "");
    found.push({ start, end: start + text.length, text, key: placeKey(text), locative });
  };
  for (const re of [GAZ_RE, FEATURE_RE, BORDER_RE, CAPITAL_RE]) {
    // The border expression is long and slow to run: only where its words are.
    if (re === BORDER_RE && !BORDER_WORDS.test(sentence)) continue;
    if (re === GAZ_RE && !GAZ_NAME.test(sentence)) continue;
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      // A feature phrase at the start of a sentence may be any capitalised words: needs a head.
      add(m.index, m.index + m[0].length);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: PlaceMention[] = [];
  for (const p of found) {
    const clash = out.find((o) => p.start < o.end && o.start < p.end);
    if (!clash) out.push(p);
    else if (p.end - p.start > clash.end - clash.start) out.splice(out.indexOf(clash), 1, p);
  }
  return out.sort((a, b) => a.start - b.start);
}
