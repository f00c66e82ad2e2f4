// Per-article analysis results cross between threads by structured clone, except the objects both
// threads already hold: the articles (a clone would copy each article's text back, and the merges
// read `m.article` by identity) and rule tables with functions in them (a clone fails on a
// function). Those travel as references, named by a Shared table on each side, and become the
// receiving thread's own objects again. Identity inside one result (one mention in two places)
// is kept, like structured clone keeps it.

/** The objects both threads hold, by a name each thread resolves to its own copy. */
export interface Shared {
  nameOf(value: object): string | undefined;
  byName(name: string): object;
}

const REF = "\u0000ref";

type Ref = { [REF]: string };

const isPlain = (v: object): boolean => {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** `value` with every shared object replaced by a reference to it; throws on anything else a
 *  structured clone would not carry faithfully (functions, class instances). */
export function withRefs(value: unknown, shared: Shared): unknown {
  try {
    return copyWithRefs(value, shared, false);
  } catch (e) {
    if (!(e instanceof Unsendable)) throw e;
    // rare (a lane's failure): walk again, naming where each value is, to say where this one is
    return copyWithRefs(value, shared, true);
  }
}

class Unsendable extends Error {}

/** The copy withRefs sends. With `track`, the error names the place of the value (a name built for
 *  every value would cost more than the copy itself). */
function copyWithRefs(value: unknown, shared: Shared, track: boolean): unknown {
  const seen = new Map<object, unknown>();
  const bad = (what: string, at: string): never => {
    throw new Unsendable(`cannot send ${what} across threads (at ${at})`);
  };
  const walk = (v: unknown, at: string): unknown => {
    if (typeof v === "function") bad("a function", at);
    if (v === null || typeof v !== "object") return v;
    const name = shared.nameOf(v);
    if (name !== undefined) return { [REF]: name } satisfies Ref;
    if (seen.has(v)) return seen.get(v);
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      seen.set(v, out);
      for (let i = 0; i < v.length; i++) out.push(walk(v[i], track ? `${at}[${i}]` : at));
      return out;
    }
    if (v instanceof Map) {
      const out = new Map();
      seen.set(v, out);
      for (const [k, x] of v)
        out.set(walk(k, track ? `${at}.key` : at), walk(x, track ? `${at}.get(${String(k)})` : at));
      return out;
    }
    if (v instanceof Set) {
      const out = new Set();
      seen.set(v, out);
      for (const x of v) out.add(walk(x, track ? `${at}.item` : at));
      return out;
    }
    if (v instanceof RegExp || v instanceof Date || ArrayBuffer.isView(v)) return v;
    if (!isPlain(v)) bad(`a ${v.constructor?.name}`, at);
    const out: Record<string, unknown> = {};
    seen.set(v, out);
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) out[k] = walk(o[k], track ? `${at}.${k}` : at);
    return out;
  };
  return walk(value, "result");
}

/** A value sent by withRefs, its references resolved to this thread's shared objects (in place:
 *  the value is this thread's own clone). */
export function resolveRefs(value: unknown, shared: Shared): unknown {
  const done = new Set<object>();
  const resolve = (v: unknown): unknown => {
    if (v === null || typeof v !== "object") return v;
    if (REF in v) return shared.byName((v as Ref)[REF]);
    if (done.has(v)) return v;
    done.add(v);
    if (Array.isArray(v)) for (let i = 0; i < v.length; i++) v[i] = resolve(v[i]);
    else if (v instanceof Map) {
      const entries = [...v];
      v.clear();
      for (const [k, x] of entries) v.set(resolve(k), resolve(x));
    } else if (v instanceof Set) {
      const items = [...v];
      v.clear();
      for (const x of items) v.add(resolve(x));
    } else if (isPlain(v)) {
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) o[k] = resolve(o[k]);
    }
    return v;
  };
  return resolve(value);
}
