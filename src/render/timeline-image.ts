// The timeline as a PNG: a vertical line with one dot per event (coloured by kind), the day on
// the left, the label and its outlets on the right. Drawn with @napi-rs/canvas; uses whatever
// sans-serif font the system has, so it renders the same in CI and on a server.

import { createCanvas, type SKRSContext2D } from "@napi-rs/canvas";
import { KINDS } from "../analysis/events/kinds.ts";
import type { TimelineAnswer } from "../answers/event-types.ts";
import { moreSources, outletCites } from "./text.ts";

export const TIMELINE_IMAGE_NAME = "timeline.png";
/** Events drawn at most; the rest are counted in a note at the bottom. */
export const MAX_IMAGE_EVENTS = 40;

const WIDTH = 1100;
const PAD = 32;
const DATE_COL = 150;
const LINE_X = PAD + DATE_COL + 16;
const TEXT_X = LINE_X + 24;
const ROW = 64;
const FONT = '"DejaVu Sans", "Helvetica Neue", Arial, sans-serif';
const BG = "#ffffff";
const INK = "#1a202c";
const MUTED = "#4a5568";
const RULE = "#cbd5e0";

function fitText(ctx: SKRSContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

type TimelineEvent = TimelineAnswer["events"][number];

/** Renders the answer's dated events; returns PNG bytes. */
export function renderTimelineImage(a: TimelineAnswer): Buffer {
  const events = a.events.slice(0, MAX_IMAGE_EVENTS);
  const kinds = [...new Set(events.map((e) => e.kind))];
  const more = a.eventCount - events.length;
  const notes = [
    more > 0 ? `${more} more event${more === 1 ? "" : "s"} not drawn` : "",
    a.undated > 0 ? `${a.undated} undated event${a.undated === 1 ? "" : "s"} left off` : "",
  ].filter(Boolean);
  const header = 92;
  const legendRows = Math.ceil(kinds.length / 4);
  const height =
    header + Math.max(1, events.length) * ROW + 24 + legendRows * 26 + (notes.length ? 28 : 0) + PAD;
  const canvas = createCanvas(WIDTH, height);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = BG;
  ctx.fillRect(0, 0, WIDTH, height);
  drawTitle(ctx, a, events);
  drawEvents(ctx, events, header);
  drawLegend(ctx, kinds, notes, header + Math.max(1, events.length) * ROW + 24);
  return canvas.toBuffer("image/png");
}

function drawTitle(ctx: SKRSContext2D, a: TimelineAnswer, events: TimelineEvent[]): void {
  ctx.fillStyle = INK;
  ctx.font = `bold 26px ${FONT}`;
  ctx.textBaseline = "alphabetic";
  const title = a.actor
    ? `Timeline: ${a.actor}`
    : a.query
      ? `Timeline: ${a.query}`
      : "Timeline of the coverage";
  ctx.fillText(fitText(ctx, title, WIDTH - 2 * PAD), PAD, PAD + 24);
  ctx.font = `15px ${FONT}`;
  ctx.fillStyle = MUTED;
  const span =
    events.length > 0
      ? `${events.length} dated event${events.length === 1 ? "" : "s"} · ${events[0]!.date} – ${events.at(-1)!.date}`
      : "No dated events";
  ctx.fillText(span, PAD, PAD + 50);
}

/** The vertical line and one row per event, the day shown where it changes. */
function drawEvents(ctx: SKRSContext2D, events: TimelineEvent[], top: number): void {
  if (events.length > 0) {
    ctx.strokeStyle = RULE;
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.moveTo(LINE_X, top + ROW / 2 - 10);
    ctx.lineTo(LINE_X, top + (events.length - 1) * ROW + ROW / 2 + 10);
    ctx.stroke();
  }
  let lastDate: string | null = null;
  events.forEach((e, i) => {
    const y = top + i * ROW + ROW / 2;
    if (e.date !== lastDate) {
      ctx.fillStyle = INK;
      ctx.font = `bold 16px ${FONT}`;
      ctx.textAlign = "right";
      ctx.fillText(e.date ?? "", LINE_X - 20, y + 6);
      ctx.textAlign = "left";
      lastDate = e.date;
    }
    drawEvent(ctx, e, y);
  });
  if (events.length === 0) {
    ctx.fillStyle = MUTED;
    ctx.font = `16px ${FONT}`;
    ctx.fillText("The coverage has no dated events for this.", PAD, top + ROW / 2);
  }
}

/** One event's dot (ringed when planned), label, and detail line. */
function drawEvent(ctx: SKRSContext2D, e: TimelineEvent, y: number): void {
  const color = KINDS[e.kind as keyof typeof KINDS]?.color ?? MUTED;
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.arc(LINE_X, y, e.status === "planned" ? 7 : 9, 0, Math.PI * 2);
  ctx.fill();
  if (e.status === "planned") {
    ctx.strokeStyle = color;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.arc(LINE_X, y, 11, 0, Math.PI * 2);
    ctx.stroke();
  }
  const maxText = WIDTH - TEXT_X - PAD;
  ctx.fillStyle = INK;
  ctx.font = `17px ${FONT}`;
  ctx.fillText(fitText(ctx, e.label, maxText), TEXT_X, y - 4);
  ctx.font = `13px ${FONT}`;
  ctx.fillStyle = MUTED;
  const { shown, more } = outletCites(e, 3);
  const detail = [
    e.kindTitle + (e.status === "planned" ? " (planned)" : ""),
    e.dateText ? `“${e.dateText}”` : "",
    e.places.slice(0, 2).join(", "),
    shown.map((s) => s.outlet ?? "Unknown outlet").join(", ") + (more > 0 ? ` ${moreSources(more)}` : ""),
  ]
    .filter(Boolean)
    .join("  ·  ");
  ctx.fillText(fitText(ctx, detail, maxText), TEXT_X, y + 16);
}

/** The kinds' colours, four to a row, and the notes of what was left off. */
function drawLegend(ctx: SKRSContext2D, kinds: string[], notes: string[], top: number): void {
  let y = top;
  ctx.font = `13px ${FONT}`;
  kinds.forEach((k, i) => {
    const col = i % 4;
    if (i > 0 && col === 0) y += 26;
    const x = PAD + col * ((WIDTH - 2 * PAD) / 4);
    ctx.fillStyle = KINDS[k as keyof typeof KINDS]?.color ?? MUTED;
    ctx.beginPath();
    ctx.arc(x + 7, y - 4, 6, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = MUTED;
    ctx.fillText(KINDS[k as keyof typeof KINDS]?.title ?? k, x + 20, y);
  });
  if (notes.length) {
    ctx.fillStyle = MUTED;
    ctx.fillText(notes.join(" · "), PAD, y + 28);
  }
}
