// How alike two strings are: edit distance for near-spellings (the actor model's merging; name
// lookup for users is MiniSearch's, answers/name-lookup.ts).

/** Edit distance, stopping early once certain to exceed `max` (then `max + 1`). Levenshtein by
 *  default; with `transpositions`, optimal string alignment, where swapping two adjacent letters
 *  is one edit (a slip of the finger, for spelling correction). */
export function editDistance(a: string, b: string, max = 3, transpositions = false): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (transpositions && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n]!, max + 1);
}
