// What the terminal faces (CLI, console) print for an answer: the terminal rendering, and for
// a timeline the PNG written to a file (the --out path, else the cache folder) and where it went.
// Renderers only return text and bytes; this edge is the one that writes.

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { TimelineAnswer } from "../answers/event-types.ts";
import { type Answer, isError } from "../answers/types.ts";
import { renderTerminal } from "../render/terminal.ts";
import { timelineImage } from "../render/terminal-events.ts";
import type { TerminalStyle } from "../render/terminal-text.ts";

/** The answer as terminal text; a timeline's image is saved under `imageDir` unless --out says where. */
export function terminalOutput(answer: Answer, style: TerminalStyle, imageDir: string): string {
  const text = renderTerminal(answer, style);
  if (isError(answer) || answer.command !== "timeline") return text;
  const image = timelineImage(answer as TimelineAnswer);
  if (!image) return text;
  const file = image.out ?? path.join(imageDir, image.name);
  // As before the image moved out of the renderer: --out as typed, else a path from here.
  const shown = image.out ?? shortPath(file);
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(file, image.bytes);
    return `${text}\n\nTimeline image saved to ${shown}`;
  } catch (e) {
    return `${text}\n\nCould not save the timeline image to ${shown}: ${(e as Error).message}`;
  }
}

function shortPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
}
