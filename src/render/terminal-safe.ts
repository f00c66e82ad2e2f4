// Text from articles and queries reaches a terminal only without control characters: an
// article holding ESC ]0;… (set the window title) or ESC [2J (clear the screen) was printed raw
// by the CLI and the console. Each control or bidi-override character becomes U+FFFD, one code
// unit for one, so the offsets of highlights inside an excerpt still line up.

/** C0 (not tab/newline), DEL, C1, and bidi embeddings/overrides/isolates. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function terminalText(s: string): string {
  return s.replace(UNSAFE, "\ufffd");
}

/** A copy of a JSON-shaped answer with every string made safe for a terminal. */
export function terminalSafe<T>(value: T): T {
  if (typeof value === "string") return terminalText(value) as T;
  if (Array.isArray(value)) return value.map((v) => terminalSafe(v)) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = terminalSafe(v);
    return out as T;
  }
  return value;
}
