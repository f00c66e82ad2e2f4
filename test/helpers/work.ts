// Work counted, not timed: while `f` runs, every regular-expression match and every string
// search or copy adds the characters it passes over. The count depends on the code and its input
// only (never on the machine or its load), so a test can compare the work at two input sizes:
// linear code does about k times the work on k times the input, a rescan per line k² times.
// (Every String method taking a RegExp goes through RegExp.prototype.exec, so it is counted too.)

type Method = (this: unknown, ...args: unknown[]) => unknown;

export function countWork<T>(f: () => T): { result: T; chars: number } {
  let chars = 0;
  const restore: Array<() => void> = [];
  const wrap = <O extends object>(
    proto: O,
    name: string,
    cost: (self: unknown, args: unknown[]) => number,
  ) => {
    const original = (proto as Record<string, Method>)[name]!;
    (proto as Record<string, Method>)[name] = function (this: unknown, ...args: unknown[]) {
      chars += cost(this, args);
      return original.apply(this, args);
    };
    restore.push(() => {
      (proto as Record<string, Method>)[name] = original;
    });
  };
  const len = (s: unknown) => String(s).length;
  const from = (a: unknown) => (typeof a === "number" ? Math.max(0, a) : 0);
  // A match costs the characters from where it starts looking to where it stops: the end of the
  // match, or of the text when it fails; an anchored one (sticky, or ^ without m) looks at one place.
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    const text = String(s);
    const at = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, text);
    const anchored = this.sticky || (this.source.startsWith("^") && !this.multiline);
    const end = m ? m.index + m[0].length : anchored ? at + 1 : text.length;
    chars += Math.max(1, end - at);
    return m;
  };
  restore.push(() => {
    RegExp.prototype.exec = exec;
  });
  for (const name of ["indexOf", "includes", "startsWith", "endsWith"])
    wrap(String.prototype, name, (s, [, at]) => Math.max(0, len(s) - from(at)));
  wrap(String.prototype, "lastIndexOf", (s, [, at]) => (typeof at === "number" ? at : len(s)));
  for (const name of ["slice", "substring"])
    wrap(String.prototype, name, (s, [a, b]) => {
      const n = len(s);
      const norm = (x: unknown, d: number) => {
        const v = typeof x === "number" ? x : d;
        return Math.min(n, Math.max(0, v < 0 && name === "slice" ? n + v : v));
      };
      return Math.abs(norm(b, n) - norm(a, 0));
    });
  try {
    return { result: f(), chars };
  } finally {
    for (const r of restore) r();
  }
}
