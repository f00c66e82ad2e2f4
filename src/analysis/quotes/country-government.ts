// "The government says the plan is “a bit late”" in an article that names no government: the
// government of the country the article names most ("UK government"), not a body called
// "government". The country is the one the article writes before "government" ("the Indian
// government"), else the one its words name most often, ahead of any other (a tie names none).
// Switch "country-government".

/** The switch of the rule (listed in coref18-switches.ts). */
export const COUNTRY_GOVERNMENT_SWITCH = {
  name: "country-government",
  doc: '"the government said" where the article names no government: the government of the country the article names most ("UK government")',
};

/** Countries as a government is named for them, with the words that name each (case kept). */
const COUNTRIES: readonly (readonly [string, RegExp])[] = [
  ["UK", /\b(?:UK|U\.K\.|Britain|British|Britons?|United Kingdom)\b/g],
  ["US", /\b(?:US|U\.S\.|USA|America|Americans?|United States)\b/g],
  ["Australian", /\b(?:Australia|Australians?)\b/g],
  ["Canadian", /\b(?:Canada|Canadians?)\b/g],
  ["Irish", /\b(?:Ireland|Irish)\b/g],
  ["French", /\b(?:France|French)\b/g],
  ["German", /\b(?:Germany|Germans?)\b/g],
  ["Italian", /\b(?:Italy|Italians?)\b/g],
  ["Spanish", /\b(?:Spain|Spanish)\b/g],
  ["Russian", /\b(?:Russia|Russians?)\b/g],
  ["Chinese", /\b(?:China|Chinese)\b/g],
  ["Japanese", /\b(?:Japan|Japanese)\b/g],
  ["Indian", /\b(?:India|Indians?)\b/g],
  ["Pakistani", /\b(?:Pakistan|Pakistanis?)\b/g],
  ["Iraqi", /\b(?:Iraq|Iraqis?)\b/g],
  ["Iranian", /\b(?:Iran|Iranians?)\b/g],
  ["Israeli", /\b(?:Israel|Israelis?)\b/g],
  ["South African", /\b(?:South Africa|South Africans?)\b/g],
];

/** Countries past the first list (switch "country-government-more"). */
const MORE_COUNTRIES: readonly (readonly [string, RegExp])[] = [
  ["South Korean", /\b(?:South Korea|South Koreans?)\b/g],
  ["North Korean", /\b(?:North Korea|North Koreans?)\b/g],
  ["Brazilian", /\b(?:Brazil|Brazilians?)\b/g],
  ["Mexican", /\b(?:Mexico|Mexicans?)\b/g],
  ["Argentine", /\b(?:Argentina|Argentines?|Argentinians?)\b/g],
  ["Dutch", /\b(?:Netherlands|Dutch)\b/g],
  ["Belgian", /\b(?:Belgium|Belgians?)\b/g],
  ["Swiss", /\b(?:Switzerland|Swiss)\b/g],
  ["Austrian", /\b(?:Austria|Austrians?)\b/g],
  ["Portuguese", /\b(?:Portugal|Portuguese)\b/g],
  ["Greek", /\b(?:Greece|Greeks?)\b/g],
  ["Turkish", /\b(?:Turkey|Turkish|Turks)\b/g],
  ["Polish", /\b(?:Poland|Polish)\b/g],
  ["Swedish", /\b(?:Sweden|Swedes|Swedish)\b/g],
  ["Norwegian", /\b(?:Norway|Norwegians?)\b/g],
  ["Danish", /\b(?:Denmark|Danes|Danish)\b/g],
  ["Ukrainian", /\b(?:Ukraine|Ukrainians?)\b/g],
  ["Egyptian", /\b(?:Egypt|Egyptians?)\b/g],
  ["Saudi", /\b(?:Saudi Arabia|Saudis?)\b/g],
  ["Nigerian", /\b(?:Nigeria|Nigerians?)\b/g],
  ["Kenyan", /\b(?:Kenya|Kenyans?)\b/g],
  ["Zimbabwean", /\b(?:Zimbabwe|Zimbabweans?)\b/g],
  ["Indonesian", /\b(?:Indonesia|Indonesians?)\b/g],
  ["Thai", /\b(?:Thailand|Thais?)\b/g],
  ["Malaysian", /\b(?:Malaysia|Malaysians?)\b/g],
  ["Philippine", /\b(?:Philippines|Filipinos?)\b/g],
  ["Afghan", /\b(?:Afghanistan|Afghans?)\b/g],
  ["Syrian", /\b(?:Syria|Syrians?)\b/g],
  ["Sudanese", /\b(?:Sudan|Sudanese)\b/g],
  ["New Zealand", /\b(?:New Zealand|New Zealanders?)\b/g],
];

/** The countries read: the first list, and the further ones when `more` (the switch) is on. */
const countriesOf = (more: boolean) => (more ? [...COUNTRIES, ...MORE_COUNTRIES] : COUNTRIES);

/** The country a government phrase (`X government`) written in `text` names, else null. */
function writtenGovernment(text: string, more: boolean): string | null {
  const named = new Set<string>();
  for (const [country, re] of countriesOf(more)) {
    const before = new RegExp(`(?:${re.source})\\s+[Gg]overnment\\b`, "g");
    if (before.test(text)) named.add(country);
  }
  return named.size === 1 ? [...named][0]! : null;
}

/** "UK government": the government "the government" in `text` (an article's body) stands for, else
 *  null; `more` reads the further countries too. */
export function countryGovernment(text: string, more = false): string | null {
  const written = writtenGovernment(text, more);
  if (written) return `${written} government`;
  const counts = countriesOf(more)
    .map(([country, re]) => [country, text.match(re)?.length ?? 0] as const)
    .sort((a, b) => b[1] - a[1]);
  const [top, next] = counts;
  return top![1] > 0 && top![1] > next![1] ? `${top![0]} government` : null;
}
