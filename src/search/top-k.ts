// A bounded min-heap: the k best of the scores it is offered, for the index's top-k.

/** Keeps the k best (highest score; lower ref on ties) of what it is offered. */
export class TopK {
  private readonly refs: number[] = [];
  private readonly scores: number[] = [];
  constructor(private readonly k: number) {}

  /** a is worse than b. */
  private worse(a: number, b: number): boolean {
    const sa = this.scores[a]!;
    const sb = this.scores[b]!;
    return sa < sb || (sa === sb && this.refs[a]! > this.refs[b]!);
  }

  offer(ref: number, score: number): void {
    const n = this.refs.length;
    if (n < this.k) {
      this.refs.push(ref);
      this.scores.push(score);
      this.up(n);
      return;
    }
    const rootScore = this.scores[0]!;
    if (score < rootScore || (score === rootScore && ref > this.refs[0]!)) return;
    this.refs[0] = ref;
    this.scores[0] = score;
    this.down(0);
  }

  sorted(): Array<{ ref: number; score: number }> {
    return this.refs
      .map((ref, i) => ({ ref, score: this.scores[i]! }))
      .sort((a, b) => b.score - a.score || a.ref - b.ref);
  }

  private swap(i: number, j: number): void {
    const r = this.refs[i]!;
    this.refs[i] = this.refs[j]!;
    this.refs[j] = r;
    const s = this.scores[i]!;
    this.scores[i] = this.scores[j]!;
    this.scores[j] = s;
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.refs.length;
    while (true) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.worse(l, m)) m = l;
      if (r < n && this.worse(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }
}
