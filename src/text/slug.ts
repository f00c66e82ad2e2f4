// Slugs: url- and id-safe forms of a name or label.

import { foldAccents, foldKey } from "./fold.ts";

/** An actor id part: "Marco Rubio" → "marco-rubio"; dots dropped ("U.S." → "us"), & → "and". */
export function slug(s: string): string {
  return (
    foldKey(s)
      .replace(/&/g, " and ")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "unnamed"
  );
}

/** A label cut to `max` characters for an id ("strike-on-a-boat-in-the-…"); no dangling "-". */
export function labelSlug(s: string, max: number): string {
  return foldAccents(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, max)
    .replace(/-$/, "");
}
