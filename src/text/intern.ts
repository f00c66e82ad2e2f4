// One copy of each equal string. The v8 deserializer (snapshots, worker messages) gives every
// occurrence of a string its own copy: a pronoun, a gender or an actor id repeated thousands of
// times becomes thousands of heap objects, which the collector must also visit on every mark.

/** A function giving, for each string, the first equal string it was given. */
export function interning(): (s: string) => string {
  const table = new Map<string, string>();
  return (s) => {
    const seen = table.get(s);
    if (seen !== undefined) return seen;
    table.set(s, s);
    return s;
  };
}

/** Replaces each string in arrays, plain objects and Map values under `root` by `one(string)`.
 *  Typed arrays, Map keys and Sets are left as they are. */
export function internStrings(root: unknown, one: (s: string) => string): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const o = stack.pop();
    if (o === null || typeof o !== "object" || ArrayBuffer.isView(o)) continue;
    if (Array.isArray(o)) {
      for (let i = 0; i < o.length; i++) {
        const x = o[i];
        if (typeof x === "string") o[i] = one(x);
        else if (x !== null && typeof x === "object") stack.push(x);
      }
    } else if (o instanceof Map) {
      for (const [k, x] of o) {
        if (typeof x === "string") o.set(k, one(x));
        else if (x !== null && typeof x === "object") stack.push(x);
      }
    } else if (!(o instanceof Set)) {
      const r = o as Record<string, unknown>;
      for (const k of Object.keys(r)) {
        const x = r[k];
        if (typeof x === "string") r[k] = one(x);
        else if (x !== null && typeof x === "object") stack.push(x);
      }
    }
  }
}
