// The person a role link names ("Arsenal boss Arsène Wenger"), for resolving role descriptions.

import type { Actor, Mention } from "../../../types.ts";

/** The person named at a role link's name (`at`, `name`), or null. */
export function actorAtName(
  byId: ReadonlyMap<string, Actor>,
  named: readonly Mention[],
  at: number,
  name: string,
): string | null {
  for (const m of named) {
    if (m.start > at + name.length) break;
    if (m.end > at && m.start < at + name.length && byId.get(m.actorId)?.kind === "person") return m.actorId;
  }
  return null;
}
