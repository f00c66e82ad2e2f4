// Decoded data made compact. The v8 deserializer (snapshots, worker messages) gives every
// occurrence of a string its own copy (a pronoun, a gender or an actor id repeated thousands of
// times becomes thousands of heap objects), and builds each object a field at a time, which
// leaves a fifth field on to a second, out-of-object array. Both cost memory, and the collector
// visits every one of those objects on every full mark.

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

/** Fields an object keeps in itself when built field by field (V8's default for `{}`). */
const IN_OBJECT = 4;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** Few shapes exist (one per kind of record), so the makers are few; a cap keeps odd data safe. */
const MAKERS_CAP = 512;
type Maker = (values: unknown[]) => Record<string, unknown>;
const makers = new Map<string, Maker | null>();

/** A function building an object with `keys` as one literal: every field held in the object. */
function makerFor(keys: readonly string[]): Maker | null {
  const signature = keys.join(",");
  let maker = makers.get(signature);
  if (maker !== undefined) return maker;
  const usable = makers.size < MAKERS_CAP && keys.every((k) => IDENTIFIER.test(k) && k !== "__proto__");
  // Keys are checked identifiers: the generated source is `{k0: v[0], k1: v[1], …}` and nothing else.
  maker = usable
    ? (new Function("v", `return {${keys.map((k, i) => `${k}: v[${i}]`).join(", ")}};`) as Maker)
    : null;
  makers.set(signature, maker);
  return maker;
}

/** The plain object `o` rebuilt as one literal when it has more fields than fit in itself. */
function compacted(o: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(o);
  if (keys.length <= IN_OBJECT || Object.getPrototypeOf(o) !== Object.prototype) return o;
  const maker = makerFor(keys);
  return maker ? maker(keys.map((k) => o[k])) : o;
}

/** Under `root` (arrays, plain objects, Map values): each string replaced by `one(string)`, and
 *  each plain object of more than four fields rebuilt in place (one copy wherever the original
 *  was shared); an object `stored(o)` gives a stand-in for is replaced by it, taken as it is,
 *  and so is an array `storedList(a)` gives one for. Typed arrays, Map keys and Sets are left as
 *  they are. */
export function compactDecoded(
  root: unknown,
  one: (s: string) => string,
  stored?: (o: object) => object | undefined,
  storedList?: (a: unknown[]) => unknown[] | undefined,
): void {
  const steps = compactDecodedSteps(root, one, stored, storedList);
  while (!steps.next().done);
}

/** Values (strings and objects) `compactDecodedSteps` visits between two yields. */
const VALUES_PER_STEP = 4096;

/** `compactDecoded` as pieces of work: it yields every few thousand values, so a decoded piece
 *  holding one long list (a figure cited by 50,000 sentences) is not one call of a quarter of a
 *  second at a million passages. The root is usable once it returns. */
export function* compactDecodedSteps(
  root: unknown,
  one: (s: string) => string,
  stored?: (o: object) => object | undefined,
  storedList?: (a: unknown[]) => unknown[] | undefined,
): Generator<void, void> {
  let work = 0;
  // Objects already walked (or final): an array held by two fields is walked once, or its wide
  // records, already rebuilt, would be rebuilt again as second copies.
  const done = new Set<object>();
  const stack: unknown[] = [root];
  const child = childOf(done, stack, stored, storedList);
  // Strings are always written back: `!==` compares their text, not which copy they are.
  const value = (x: unknown) => (typeof x === "string" ? one(x) : child(x));
  while (stack.length > 0) {
    const o = stack.pop();
    if (o === null || typeof o !== "object" || o instanceof Set || done.has(o)) continue;
    done.add(o);
    if (Array.isArray(o)) {
      for (let i = 0; i < o.length; i++) {
        if (++work >= VALUES_PER_STEP) {
          work = 0;
          yield;
        }
        const x = o[i];
        const y = value(x);
        if (typeof x === "string" || y !== x) o[i] = y;
      }
    } else if (o instanceof Map) {
      for (const [k, x] of o) {
        if (++work >= VALUES_PER_STEP) {
          work = 0;
          yield;
        }
        const y = value(x);
        if (typeof x === "string" || y !== x) o.set(k, y);
      }
    } else {
      const r = o as Record<string, unknown>;
      for (const k of Object.keys(r)) {
        const x = r[k];
        const y = value(x);
        if (typeof x === "string" || y !== x) r[k] = y;
      }
      work += 4;
      if (work >= VALUES_PER_STEP) {
        work = 0;
        yield;
      }
    }
  }
}

/** What a value under a walked object becomes: a stand-in, a rebuilt wide record, or itself;
 *  objects and lists still to walk go on `stack`. */
function childOf(
  done: Set<object>,
  stack: unknown[],
  stored?: (o: object) => object | undefined,
  storedList?: (a: unknown[]) => unknown[] | undefined,
): (x: unknown) => unknown {
  const copies = new Map<object, object>();
  return (x) => {
    if (x === null || typeof x !== "object" || ArrayBuffer.isView(x) || done.has(x)) return x;
    if (Array.isArray(x) || x instanceof Map || x instanceof Set) {
      const list = Array.isArray(x) ? storedList?.(x) : undefined;
      if (list) {
        done.add(list);
        return list;
      }
      stack.push(x);
      return x;
    }
    const known = copies.get(x);
    if (known) return known;
    const standIn = stored?.(x);
    if (standIn) {
      copies.set(x, standIn);
      done.add(standIn);
      return standIn;
    }
    // An instance of a class (a stand-in from an earlier piece, reached again through an object
    // both pieces share) is final: never walked, never rebuilt.
    if (Object.getPrototypeOf(x) !== Object.prototype) return x;
    const y = compacted(x as Record<string, unknown>);
    if (y !== x) copies.set(x, y);
    stack.push(y);
    return y;
  };
}
