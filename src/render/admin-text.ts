// Plain-text summaries of /reload and /ingest, shared by the terminal and Discord faces.

import type { IngestAnswer, ReloadAnswer } from "../answers/admin-types.ts";

const list = (label: string, items: string[]) =>
  items.length
    ? [`${label} (${items.length}): ${items.slice(0, 10).join(", ")}${items.length > 10 ? ", …" : ""}`]
    : [];

export function reloadLines(a: ReloadAnswer): string[] {
  const changed = a.added.length + a.updated.length + a.removed.length;
  return [
    changed === 0
      ? "Nothing changed in the corpus folder."
      : `Reloaded: ${changed} article${changed === 1 ? "" : "s"} changed.`,
    ...list("Added", a.added),
    ...list("Updated", a.updated),
    ...list("Removed", a.removed),
    ...(a.skipped.length
      ? [`Skipped (${a.skipped.length}):`, ...a.skipped.slice(0, 10).map((s) => `  ${s.file}: ${s.reason}`)]
      : []),
    `Now serving ${a.articles} articles, ${a.passages} passages.`,
  ];
}

export function ingestLines(a: IngestAnswer): string[] {
  return [
    `Added “${a.title}” as ${a.file}.`,
    `${a.passages} passages, ${a.quotations} quotations, ${a.events} events.`,
    a.actors.length ? `Actors: ${a.actors.join(", ")}.` : "No named actors found.",
  ];
}
