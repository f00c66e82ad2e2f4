// The inverted index merging finds candidates in: per kind and key (an actor, a place or a label
// word) the events holding it, in the order they joined the key, filed by their day. Days more than
// one apart never merge, so a dated cluster reads only the events of its day, the days either side
// and the undated ones, instead of every event sharing a common word with it (millions of
// comparisons on a big corpus, almost all rejected by the day).

/** A key held by more events than this (a common word) is too common to find candidates by. */
const MAX_POSTING = 200;

/** Where undated events (and any day that is not a whole day number) are filed. */
const ANY_DAY = Number.POSITIVE_INFINITY;

interface Entry<G> {
  g: G;
  /** The event's place in the key's list: candidates are scored in the order the keys list them. */
  pos: number;
}

interface Posting<G> {
  /** Events ever listed under the key (a list past MAX_POSTING is not read, nor grown). */
  size: number;
  byDay: Map<number, Entry<G>[]>;
}

const bucketOf = (day: number | null): number => (day !== null && Number.isInteger(day) ? day : ANY_DAY);

export class CandidateIndex<G extends object> {
  private readonly postings = new Map<string, Posting<G>>();
  /** Each event's keys and the day it is filed under. */
  private readonly filed = new Map<G, { keys: Set<string>; bucket: number }>();

  /** Lists `g` (whose day is `day`) under each key it is not under yet, while the list is short. */
  add(g: G, day: number | null, keys: readonly string[]): void {
    let f = this.filed.get(g);
    if (!f) {
      f = { keys: new Set(), bucket: bucketOf(day) };
      this.filed.set(g, f);
    }
    this.refile(g, day);
    for (const key of keys) {
      const p = this.postings.get(key) ?? { size: 0, byDay: new Map() };
      if (p.size === 0) this.postings.set(key, p);
      if (p.size > MAX_POSTING || f.keys.has(key)) continue;
      const entries = p.byDay.get(f.bucket);
      const e = { g, pos: p.size++ };
      if (entries) entries.push(e);
      else p.byDay.set(f.bucket, [e]);
      f.keys.add(key);
    }
  }

  /** Files `g` under its day, which may have changed as a part joined it. */
  private refile(g: G, day: number | null): void {
    const f = this.filed.get(g)!;
    const bucket = bucketOf(day);
    if (bucket === f.bucket) return;
    for (const key of f.keys) {
      const p = this.postings.get(key)!;
      const from = p.byDay.get(f.bucket)!;
      const at = from.findIndex((e) => e.g === g);
      const [e] = from.splice(at, 1);
      const to = p.byDay.get(bucket);
      if (to) to.push(e!);
      else p.byDay.set(bucket, [e!]);
    }
    f.bucket = bucket;
  }

  /**
   * The events listed under the keys that may merge with a cluster of day `day` (null: undated),
   * each once, in the order a scan of the keys' lists in turn would first meet them.
   */
  candidates(keys: readonly string[], day: number | null): G[] {
    const dated = day !== null && Number.isInteger(day);
    const rank = new Map<G, number>();
    for (let k = 0; k < keys.length; k++) {
      const p = this.postings.get(keys[k]!);
      if (!p || p.size > MAX_POSTING) continue;
      // the day's lists (the days either side, then the undated), read in place: no array of them
      if (dated) {
        rankIn(rank, p.byDay.get(day! - 1), k);
        rankIn(rank, p.byDay.get(day!), k);
        rankIn(rank, p.byDay.get(day! + 1), k);
        rankIn(rank, p.byDay.get(ANY_DAY), k);
      } else for (const list of p.byDay.values()) rankIn(rank, list, k);
    }
    return [...rank].sort((a, b) => a[1] - b[1]).map(([g]) => g);
  }
}

/** Ranks the events of a key's list (the k-th key): the lowest rank a scan of the keys meets first. */
function rankIn<G>(rank: Map<G, number>, list: readonly Entry<G>[] | undefined, k: number): void {
  if (!list) return;
  for (const e of list) {
    const r = k * (MAX_POSTING + 2) + e.pos;
    const had = rank.get(e.g);
    if (had === undefined || r < had) rank.set(e.g, r);
  }
}
