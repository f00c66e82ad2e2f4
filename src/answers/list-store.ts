// Lists of numbers kept one after another in fixed-size chunks (a list is never split across two),
// for an index with a list per item (the same-quotation graph). One JS array grown to tens of
// millions of numbers is copied whole each time it grows, in old space: at a million passages those
// copies made the collector stop the bot for ~2.5 s at a time.

/** Numbers per chunk (4 MB); a longer list gets a chunk of its own. */
const CHUNK = 1 << 20;

export class ListStore {
  private readonly chunks: Uint32Array[] = [];
  private used: number;
  private readonly chunkOf: Uint32Array;
  private readonly at: Uint32Array;
  private readonly length: Uint32Array;
  private static readonly none = new Uint32Array(0);

  constructor(
    items: number,
    private readonly chunk = CHUNK,
  ) {
    this.used = chunk;
    this.chunkOf = new Uint32Array(items);
    this.at = new Uint32Array(items);
    this.length = new Uint32Array(items);
  }

  /** Stores item i's list (each item once). */
  set(i: number, list: readonly number[]): void {
    if (list.length === 0) return;
    if (list.length > this.chunk) {
      this.chunks.push(Uint32Array.from(list));
      this.place(i, 0, list.length);
      this.used = this.chunk; // the next list starts a new chunk
      return;
    }
    if (this.used + list.length > this.chunk) {
      this.chunks.push(new Uint32Array(this.chunk));
      this.used = 0;
    }
    this.chunks[this.chunks.length - 1]!.set(list, this.used);
    this.place(i, this.used, list.length);
    this.used += list.length;
  }

  private place(i: number, at: number, length: number): void {
    this.chunkOf[i] = this.chunks.length - 1;
    this.at[i] = at;
    this.length[i] = length;
  }

  /** Item i's list (a view, not a copy); empty if none was stored. */
  get(i: number): Uint32Array {
    const n = this.length[i]!;
    if (n === 0) return ListStore.none;
    return this.chunks[this.chunkOf[i]!]!.subarray(this.at[i]!, this.at[i]! + n);
  }
}
