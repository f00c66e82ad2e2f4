// English number words, shared by figures ("eleven people") and dates ("two weeks ago").

/** Cardinal words from one to ninety that combine as "twenty-one". */
export const CARDINALS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " +
    "sixteen seventeen eighteen nineteen"
  )
    .split(" ")
    .map((w, i) => [w, i + 1] as const)
    .concat(
      ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].map((w, i) => [
        w,
        20 + 10 * i,
      ]),
    ),
);
