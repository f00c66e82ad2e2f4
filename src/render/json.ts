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
  return renderJsonPieces(answer).join("");
}

// Where the events go in the text: no answer holds this string (a NUL and a random number).
const EVENTS_HERE = `\u0000events ${Math.random()}`;

/** The same JSON text as `renderJson`, in pieces: a broad /timeline at a million passages lists
 *  tens of thousands of events in full, more text than one JavaScript string can hold (the CLI
 *  writes the pieces one after the other). */
export function renderJsonPieces(answer: Answer): string[] {
  const json = toJson(answer);
  const events = json.events;
  if (!Array.isArray(events) || events.length < 2) return [JSON.stringify(json)];
  const [head, tail] = JSON.stringify({ ...json, events: EVENTS_HERE }).split(JSON.stringify(EVENTS_HERE));
  const pieces = [`${head}[`];
  for (let i = 0; i < events.length; i++) pieces.push(`${i > 0 ? "," : ""}${JSON.stringify(events[i])}`);
  pieces.push(`]${tail}`);
  return pieces;
}
