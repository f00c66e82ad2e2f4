// Edit distance and edit neighbourhoods for spelling correction (answers/spelling.ts): a word's
// one-edit variants (deletions, transpositions, substitutions, insertions: what one slip of a
// finger does), its deletion neighbourhood (SymSpell: two words within an edit share a deletion
// variant), and the optimal-string-alignment distance that confirms a candidate.

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** Calls `visit` with every string one edit from `word` that keeps its first letter (or swaps
 *  its first two): deletions, transpositions, then lower-case letters substituted and inserted.
 *  A string reached by two edits is visited twice. */
export function forEachEdit(word: string, visit: (form: string) => void): void {
  const n = word.length;
  if (n > 1) visit(word[1]! + word[0]! + word.slice(2));
  for (let i = 1; i <= n; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) visit(head + tail.slice(1));
    if (tail.length > 1) visit(head + tail[1] + tail[0] + tail.slice(2));
    const rest = tail.slice(1);
    for (let c = 0; c < LETTERS.length; c++) {
      const l = LETTERS[c]!;
      if (tail && l !== tail[0]) visit(head + l + rest);
      visit(head + l + tail);
    }
  }
}

/** `word` and every string `depth` deletions or fewer from it. */
export function deletions(word: string, depth: number): Set<string> {
  const out = new Set([word]);
  let layer = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of layer) {
      for (let i = 0; i < w.length; i++) {
        const v = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(v)) {
          out.add(v);
          next.push(v);
        }
      }
    }
    layer = next;
  }
  return out;
}

/** Optimal string alignment distance (an adjacent transposition is one edit), or `max + 1` once
 *  it is certain to exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n]!, max + 1);
}
