// Places, nations and demonyms: never actors on their own, but they start titles and bodies' names.

import { forms, words } from "./word-list.ts";

/** Places and regions: never actors on their own. Small and general (countries, big regions, capitals). */
export const PLACES = words(`
  America Americas Mexico Venezuela Colombia Cuba Brazil Argentina Chile Peru Ecuador Canada Britain England
  Scotland Wales Ireland France Germany Italy Spain Portugal Netherlands Belgium Switzerland Austria Sweden
  Norway Denmark Finland Poland Greece Turkey Russia Ukraine China Japan Korea India Pakistan Afghanistan Iran
  Iraq Syria Israel Gaza Lebanon Egypt Nigeria Kenya Africa Australia Europe Asia Caribbean Pacific Atlantic
  Washington London Paris Berlin Moscow Beijing Tokyo Caracas Havana Bogota Madrid Rome Brussels Geneva Dublin
  Edinburgh Glasgow Cardiff Belfast Manchester Liverpool Birmingham Leeds California Texas Florida York Chicago
  Miami Ecuador Nicaragua Honduras Guatemala Panama Haiti Jamaica Bolivia Thailand Cambodia Vietnam Indonesia
  Philippines Malaysia Singapore Taiwan Ukraine Athens Sydney Odesa Kyiv Jerusalem Texas Arizona Ohio Georgia
  Virginia Carolina Dakota Europe Antarctica Arctic Mediterranean Balkans Baltic Iberia Scandinavia Siberia
  Hollywood Manhattan Brooklyn Scotland Sinaloa Sonora Chihuahua Tijuana Juarez Guadalajara Monterrey
  Mumbai Delhi Shanghai Hong Kong Seoul Cairo Baghdad Tehran Kabul Istanbul Ankara Lisbon Vienna Prague Warsaw
  Stockholm Oslo Copenhagen Helsinki Amsterdam Zurich Toronto Vancouver Montreal Ottawa Boston Seattle Atlanta
  Dallas Houston Denver Detroit Philadelphia Quebec Bondi Beach
`);

/** Place words that make a capitalised phrase a place: "Mexico City", "National Palace". */
export const PLACE_HEADS = words(`
  City Street Road Avenue Square Palace Island Islands Sea Ocean River Lake Mountain Mountains Valley Bay Gulf
  Coast Beach Park Airport Station Stadium Bridge Province County State States Region Republic Kingdom
  Basin Strait Canal Peninsula Desert Hills Heights Harbour Harbor Port Village Town Borough District Hall
  Cathedral Arena Centre Center Tower Castle Abbey Garden Gardens
`);

/** First words of place names: "Los Angeles", "San Francisco", "Fort Worth". */
export const PLACE_STARTS = words(
  `Los Las San Santa Santo Sao São Fort Mount Mt Lake Port Saint St St. Tel Rio Buenos El New`,
);

/** First words that make "<word> <nation>" a place, not a body: "Great Britain", "Northern Ireland". */
export const PLACE_MODIFIERS = words(`
  Great Greater New Old North South East West Northern Southern Eastern Western Central Mid Upper Lower Inner
  Outer Little Rural Urban Downtown All Modern Ancient Republic Democratic Federal United
`);

/** Countries (and the UK's nations) that sports bodies and agencies are named after: "Sport England". */
export const NATIONS = words(`
  England Scotland Wales Ireland Britain UK USA America Canada Australia Zealand France Germany Italy Spain
  India China Japan Mexico Brazil Kenya Nigeria Jamaica Africa Europe
`);

/** Demonyms and national adjectives that may start a title ("Venezuelan President"). */
export const DEMONYMS = words(`
  American Mexican Venezuelan Colombian Cuban Brazilian Argentine Argentinian Chilean Peruvian Ecuadorian
  Canadian British English Scottish Welsh Irish French German Italian Spanish Portuguese Dutch Belgian Swiss
  Austrian Swedish Norwegian Danish Finnish Polish Czech Hungarian Greek Turkish Russian Ukrainian Chinese
  Japanese Korean Indian Pakistani Afghan Iranian Iraqi Syrian Israeli Palestinian Lebanese Egyptian Saudi
  Nigerian Kenyan South African Australian Ethiopian Thai Vietnamese Indonesian Filipino Malaysian European
  U.S. US UK U.K. Nicaraguan Honduran Guatemalan Salvadoran Panamanian Haitian Dominican Jamaican Bolivian
  Californian Texan Floridian Londoner Paraguayan Uruguayan Latino Latina Asian Arab African Western Eastern Northern Southern
  Albanian Serbian Serb Croatian Croat Bosnian Slovak Slovakian Slovenian Romanian Bulgarian Macedonian
  Montenegrin Lithuanian Latvian Estonian Belarussian Byelorussian Moldovan Armenian Azeri Azerbaijani Kazakh
  Uzbek Tajik Turkmen Chechen Ingush Kurdish Kurd Tamil Sinhalese Lankan Bangladeshi Nepali Nepalese Burmese
  Cambodian Laotian Taiwanese Mongolian Tibetan Sudanese Somali Eritrean Rwandan Burundian Ugandan Tanzanian
  Zairean Congolese Angolan Mozambican Zimbabwean Zambian Namibian Malawian Ghanaian Ivorian Senegalese Malian
  Liberian Leonean Cameroonian Chadian Libyan Algerian Moroccan Tunisian Jordanian Kuwaiti Yemeni Omani
  Qatari Bahraini Emirati Cypriot Maltese Icelandic Rican Salvadorean Hutu Tutsi Basque Catalan Corsican
  Flemish Zealander
`);

/** Adjectives of faith and creed: like a demonym they describe a group ("Moslem rebels", "Jewish
 *  group"), never name one on their own. */
export const CREEDS = words(`
  Moslem Muslim Islamic Islamist Jewish Christian Catholic Protestant Hindu Sikh Buddhist Shi'ite Shiite
  Sunni Druze Coptic
`);

/** Capitalised nouns for a person's nationality used as a description ("the Scot said"). */
export const DEMONYM_NOUNS: ReadonlySet<string> = new Set(
  forms(`scot scotsman scotswoman briton brit englishman englishwoman irishman irishwoman welshman
  welshwoman frenchman frenchwoman dutchman dutchwoman spaniard swede dane pole finn kiwi aussie
  italian australian brazilian argentine argentinian portuguese canadian american german norwegian
  russian ukrainian croatian serbian romanian bulgarian czech nigerian ghanaian cameroonian ivorian
  senegalese chilean colombian mexican uruguayan paraguayan peruvian belgian austrian swiss greek
  turk israeli egyptian moroccan algerian tunisian japanese chinese korean indian pakistani
  wallaby springbok ethiopian kenyan ugandan tanzanian eritrean zimbabwean zambian jamaican
  trinidadian bahamian venezuelan ecuadorian hungarian slovak slovenian bosnian estonian
  latvian lithuanian icelander thai vietnamese
  indonesian filipino malaysian singaporean`),
);
