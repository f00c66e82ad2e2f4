// Which source links may be shown: only absolute http(s) addresses Discord accepts on a link
// button (≤ 512 characters). A `javascript:` or malformed url from an article's front matter or
// sources.json would make Discord reject the whole reply, so it is dropped where it is read.

const MAX_URL = 512;

/** The url when it is a safe http(s) link, else null. */
export function safeUrl(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  const v = value.trim();
  if (v.length === 0 || v.length > MAX_URL || /[\s\u0000-\u001f\u007f]/.test(v)) return null;
  if (!/^https?:\/\//i.test(v)) return null;
  try {
    const u = new URL(v);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname ? v : null;
  } catch {
    return null;
  }
}
