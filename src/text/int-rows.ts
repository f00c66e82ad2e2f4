// Rows of a fixed number of integers, appended a row at a time and kept in fixed-size chunks of
// typed arrays: a table of millions of rows lives outside the heap (the collector never visits
// it) and grows without copying what it holds.

/** Rows per chunk: a power of two, so a row's chunk is a shift away. */
const SHIFT = 16;
const ROWS = 1 << SHIFT;
const MASK = ROWS - 1;

export class IntRows {
  private readonly chunks: Int32Array[] = [];
  private count = 0;

  constructor(readonly width: number) {}

  get length(): number {
    return this.count;
  }

  /** Appends a row of zeros; its fields are then set with `set`. Returns the row's number. */
  append(): number {
    if ((this.count & MASK) === 0) this.chunks.push(new Int32Array(ROWS * this.width));
    return this.count++;
  }

  set(row: number, field: number, value: number): void {
    this.chunks[row >>> SHIFT]![(row & MASK) * this.width + field] = value;
  }

  get(row: number, field: number): number {
    return this.chunks[row >>> SHIFT]![(row & MASK) * this.width + field]!;
  }

  /** Every row, one after another, in one array. */
  flat(): Int32Array {
    const out = new Int32Array(this.count * this.width);
    for (const [c, chunk] of this.chunks.entries()) {
      const at = c * ROWS * this.width;
      out.set(chunk.subarray(0, Math.min(chunk.length, out.length - at)), at);
    }
    return out;
  }
}
