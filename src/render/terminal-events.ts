// Terminal rendering of /event and /timeline. The timeline image is returned as bytes with the
// file it should go to; the CLI and console (src/cli/output.ts) write it and say where.

import { createHash } from "node:crypto";
import type { EventAnswer, EventCard, TimelineAnswer } from "../answers/event-types.ts";
import type { TerminalStyle } from "./terminal-text.ts";
import { moreOf, moreSources, oneLine, outletDay } from "./text.ts";
import { renderTimelineImage } from "./timeline-image.ts";

const bold = (s: string, style: TerminalStyle) => (style.color ? `\x1b[1m${s}\x1b[22m` : s);
const dim = (s: string, style: TerminalStyle) => (style.color ? `\x1b[2m${s}\x1b[22m` : s);

function whenLine(e: EventCard): string {
  const words = e.dateText ? `“${e.dateText}”` : "";
  const planned = e.status === "planned" ? " (planned)" : "";
  const basis =
    e.dateBasis === "context"
      ? " — day of the event reported just before it"
      : e.dateBasis === "relative"
        ? " — counted from another event"
        : e.dateBasis === "announced"
          ? " — the day it was announced"
          : "";
  if (e.date) return `${e.date}${words ? ` (${words})` : ""}${planned}${basis}`;
  return words ? `${words} — no single day${planned}` : `day not given${planned}`;
}

export function renderEventTerminal(a: EventAnswer, style: TerminalStyle): string {
  if (a.events.length === 0) {
    return `No event in the coverage matches “${a.query}”.\nTry other words, or /timeline to see every event.`;
  }
  const lines = [`Events matching “${a.query}”:`, ""];
  a.events.forEach((e, i) => {
    lines.push(`${String(i + 1).padStart(2)}. ${bold(e.label, style)}  [${e.kindTitle}]`);
    lines.push(`    When:    ${whenLine(e)}`);
    if (e.places.length) lines.push(`    Where:   ${e.places.join("; ")}`);
    if (e.actors.length) lines.push(`    Who:     ${e.actors.join(", ")}`);
    if (e.figures.length)
      lines.push(
        `    Figures: ${e.figures.map((f) => `${f.text} (${f.value}${f.unit ? ` ${f.unit}` : ""})`).join("; ")}${moreOf(e.figureCount - e.figures.length, "figure")}`,
      );
    for (const c of e.conflicts) {
      const what = c.field === "date" ? "the day" : (c.unit ?? "a figure");
      lines.push(
        `    Outlets disagree on ${what}: ${c.values.map((v) => `${v.value} (${v.outlets.join(", ")})`).join(" vs ")}${moreOf(c.valueCount - c.values.length, "value")}`,
      );
    }
    if (e.conflictCount > e.conflicts.length)
      lines.push(`    Outlets disagree on ${e.conflictCount - e.conflicts.length} more days or figures.`);
    for (const s of e.sources) {
      lines.push(`    “${oneLine(s.text)}”`);
      lines.push(`      — ${outletDay(s)} · ${dim(s.passageId, style)}${s.url ? `\n        ${s.url}` : ""}`);
    }
    if (e.sourceCount > e.sources.length)
      lines.push(`    ${moreSources(e.sourceCount - e.sources.length)} (--json lists every one)`);
    lines.push("");
  });
  return lines.join("\n").trimEnd();
}

export interface TimelineImage {
  /** The --out path the user gave, or null: then `name` in a folder of the caller's choosing. */
  out: string | null;
  /** A file name for the events drawn (the same events, the same name). */
  name: string;
  /** The PNG. */
  bytes: Buffer;
}

/** The timeline as a PNG with where it goes; null when there is no dated event to draw. */
export function timelineImage(a: TimelineAnswer): TimelineImage | null {
  if (a.events.length === 0) return null;
  const hash = createHash("sha1")
    .update(JSON.stringify([a.query, a.eventCount, a.events.map((e) => e.id)]))
    .digest("hex")
    .slice(0, 12);
  return { out: a.out ?? null, name: `timeline-${hash}.png`, bytes: renderTimelineImage(a) };
}

/** One line per event: each outlet and day of its page once, with its first passage and how many
 *  more of the page; then how many sources the page leaves out. */
function sourceSummary(e: EventCard): string {
  const sources = e.sources;
  const byOutlet = new Map<string, { first: (typeof sources)[number]; count: number }>();
  for (const s of sources) {
    const key = `${s.outlet ?? "Unknown outlet"}|${s.published ?? ""}`;
    const seen = byOutlet.get(key);
    if (seen) seen.count++;
    else byOutlet.set(key, { first: s, count: 1 });
  }
  return [...byOutlet.values()]
    .map(
      ({ first, count }) => `${outletDay(first)} · ${first.passageId}${count > 1 ? ` (+${count - 1})` : ""}`,
    )
    .join("; ")
    .concat(e.sourceCount > sources.length ? `; ${moreSources(e.sourceCount - sources.length)}` : "");
}

export function renderTimelineTerminal(a: TimelineAnswer, style: TerminalStyle): string {
  const what = a.actor ?? a.query;
  if (a.events.length === 0) {
    return a.undated > 0
      ? `${a.undated} event${a.undated === 1 ? "" : "s"} match “${what}”, but the coverage gives no day for any of them.`
      : `No event in the coverage matches “${what}”.\nTry another actor or topic, or /timeline for every event.`;
  }
  const lines = [what ? `Timeline of “${what}”:` : "Timeline of the coverage:", ""];
  for (const e of a.events) {
    const planned = e.status === "planned" ? " (planned)" : "";
    lines.push(`${bold(e.date ?? "undated", style)}  ${e.label}  [${e.kindTitle}${planned}]`);
    lines.push(`            ${dim(sourceSummary(e), style)}`);
  }
  if (a.undated > 0) lines.push("", `${a.undated} undated event${a.undated === 1 ? "" : "s"} left off.`);
  return lines.join("\n");
}
