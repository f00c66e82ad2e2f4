// Edit distance and edit neighbourhoods for spelling correction (answers/spelling.ts): a word's
// one-edit variants (deletions, transpositions, substitutions, insertions: what one slip of a
// finger does), its deletion neighbourhood (SymSpell: two words within an edit share a deletion
// variant). The distance that confirms a candidate is text/similarity.ts's, with transpositions.

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
