// A regular-expression alternation of many words, written as a trie ("acknowledg(?:e[ds]?|ing)")
// so the engine follows shared prefixes once instead of trying each word in turn: the reported-
// speech cue scan reads every article with over a thousand words.

interface Node {
  end: boolean;
  next: Map<string, Node>;
}

const escapeChar = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");

function source(n: Node): string {
  const branches = [...n.next]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([c, m]) => escapeChar(c) + source(m));
  if (branches.length === 0) return "";
  const alt = branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`;
  if (!n.end) return alt;
  return branches.length === 1 && branches[0]!.length === 1 ? `${alt}?` : `(?:${alt})?`;
}

/** The words as one pattern (no anchors or word boundaries: the caller adds them). */
export function wordTrie(words: Iterable<string>): string {
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let n = root;
    for (const c of w) {
      let m = n.next.get(c);
      if (!m) {
        m = { end: false, next: new Map() };
        n.next.set(c, m);
      }
      n = m;
    }
    n.end = true;
  }
  return source(root);
}
