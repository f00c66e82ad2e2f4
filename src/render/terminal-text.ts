// What every terminal renderer shares: the colour switch, dimming, and the citation line.
// Kept apart from terminal.ts (which dispatches to terminal-*) so no renderer imports its caller.

import type { SourceRef } from "../types.ts";
import { outletDay } from "./text.ts";

export interface TerminalStyle {
  color: boolean;
}

export const dim = (s: string, style: TerminalStyle) => (style.color ? `\x1b[2m${s}\x1b[22m` : s);

export function citeLine(s: SourceRef, style: TerminalStyle): string {
  return `${outletDay(s)} · ${dim(s.passageId, style)}${s.url ? `\n      ${s.url}` : ""}`;
}
