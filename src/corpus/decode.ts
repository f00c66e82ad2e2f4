// Turns a file's bytes into text, or says in plain words why it cannot be coverage.
// Strict UTF-8: a latin1 or binary file must be reported, not silently garbled.

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Largest article we accept; bigger files are almost certainly not a news article. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "the file is empty" };
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return { ok: false, reason: `the file is larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB` };
  }
  if (bytes.includes(0)) return { ok: false, reason: "the file is binary (it contains NUL bytes)" };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: "the file is not valid UTF-8 text (save it as UTF-8)" };
  }
  if (text.trim().length === 0) return { ok: false, reason: "the file holds only white space" };
  // Control characters other than tab/newline/CR/form feed betray a binary format.
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls > 8 && controls / text.length > 0.001) {
    return { ok: false, reason: "the file looks binary (it is full of control characters)" };
  }
  return { ok: true, text };
}
