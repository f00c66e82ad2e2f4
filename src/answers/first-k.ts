// The first k of a list in an order, without sorting the list: a bounded heap holding the k
// first seen so far (its root the last of them), O(n log k). At a million passages a topic
// matches tens of thousands of events and /event shows 3, /timeline 40.

/** The first `k` of `items` under `order`, sorted by it; as `[...items].sort(order).slice(0, k)`
 *  when `order` is a total order (ties broken, e.g. by position). */
export function firstK<T>(items: Iterable<T>, k: number, order: (a: T, b: T) => number): T[] {
  const heap: T[] = [];
  if (k <= 0) return heap;
  // Max-heap under `order`: heap[0] is the last of the first k.
  const later = (i: number, j: number) => order(heap[i]!, heap[j]!) > 0;
  const swap = (i: number, j: number) => {
    const t = heap[i]!;
    heap[i] = heap[j]!;
    heap[j] = t;
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0 && later(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
      continue;
    }
    if (order(item, heap[0]!) >= 0) continue;
    heap[0] = item;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      let m = i;
      if (l < heap.length && later(l, m)) m = l;
      if (l + 1 < heap.length && later(l + 1, m)) m = l + 1;
      if (m === i) break;
      swap(i, m);
      i = m;
    }
  }
  return heap.sort(order);
}
