// JSON: the stable machine contract (documented in the README). Fields may be added,
// never renamed or removed.

import type { Answer } from "../answers/types.ts";
import { isError } from "../answers/types.ts";

export function toJson(answer: Answer): Record<string, unknown> {
  if (isError(answer)) return { error: answer.error };
  const { command: _command, ...rest } = answer as Answer & Record<string, unknown>;
  // Event cards hold a page of their sources and a timeline a page of its events; the JSON lists
  // every one, built only here.
  if ((answer.command === "event" || answer.command === "timeline") && answer.fullEvents)
    return { ...rest, events: answer.fullEvents() };
  return rest;
}

export function renderJson(answer: Answer): string {
  return JSON.stringify(toJson(answer));
}
