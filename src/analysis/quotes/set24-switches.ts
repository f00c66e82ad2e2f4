// Switches of the speaker classes found on BBC study set 24 (one list for inline-switches.ts).

/** "the government said" in an article on Seoul: countries past country-government.ts's first
 *  list ("South Korean government"). */
export const MORE_COUNTRIES_SWITCH = {
  name: "country-government-more",
  doc: '"the government said" in an article naming South Korea (or Brazil, Kenya, …) most: that country\'s government, past the first list of countries',
};

/** The switches of set 24's classes, for the ablation. */
export const SET24_SWITCHES = [MORE_COUNTRIES_SWITCH];
