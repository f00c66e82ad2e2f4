// Discord rendering of /event (one embed per event: what, when, where, who, figures, cited
// sentences) and /timeline (one line per event, plus the timeline image as an attachment).

import type { APIEmbed } from "discord-api-types/v10";
import { KINDS } from "../analysis/events/kinds.ts";
import type { EventAnswer, EventCard, TimelineAnswer } from "../answers/event-types.ts";
import {
  citation,
  type DiscordMessage,
  escapeMarkdown,
  link,
  message,
  NOTHING_COLOR,
  sourceButtons,
} from "./discord-message.ts";
import { clip, LIMITS } from "./limits.ts";
import { moreOf, moreSources, oneLine, outletCites } from "./text.ts";
import { MAX_IMAGE_EVENTS, renderTimelineImage, TIMELINE_IMAGE_NAME } from "./timeline-image.ts";

const colorOf = (kind: string) =>
  Number.parseInt((KINDS[kind as keyof typeof KINDS]?.color ?? "#2b6cb0").slice(1), 16);

/** "2025-09-02 (“on Tuesday”)", or what is known when there is no day. */
export function whenText(e: Pick<EventCard, "date" | "dateText" | "dateBasis" | "status">): string {
  const words = e.dateText ? `“${e.dateText}”` : "";
  const basis =
    e.dateBasis === "context"
      ? " — day of the event reported just before it"
      : e.dateBasis === "relative"
        ? " — counted from another event"
        : e.dateBasis === "announced"
          ? " — the day it was announced"
          : "";
  const planned = e.status === "planned" ? " (planned)" : "";
  if (e.date) return `${e.date}${words ? ` (${words})` : ""}${planned}${basis}`;
  return words ? `${words} — no single day${planned}` : `day not given${planned}`;
}

function eventEmbed(e: EventCard, room: number): APIEmbed {
  const fields: NonNullable<APIEmbed["fields"]> = [
    { name: "When", value: clip(escapeMarkdown(whenText(e)), LIMITS.fieldValue), inline: true },
    { name: "Kind", value: escapeMarkdown(e.kindTitle), inline: true },
  ];
  if (e.places.length)
    fields.push({ name: "Where", value: clip(escapeMarkdown(e.places.join("; ")), 1024), inline: true });
  if (e.actors.length) fields.push({ name: "Who", value: clip(escapeMarkdown(e.actors.join(", ")), 1024) });
  if (e.figures.length)
    fields.push({
      name: "Figures",
      value: clip(
        escapeMarkdown(
          e.figures.map((f) => `${f.text} (${f.value}${f.unit ? ` ${f.unit}` : ""})`).join("; ") +
            moreOf(e.figureCount - e.figures.length, "figure"),
        ),
        1024,
      ),
    });
  for (const c of e.conflicts) {
    const what =
      c.field === "date" ? "Outlets disagree on the day" : `Outlets disagree on ${c.unit ?? "a figure"}`;
    fields.push({
      name: what,
      value: clip(
        escapeMarkdown(
          c.values.map((v) => `${v.value} — ${v.outlets.join(", ")}`).join("\n") +
            (c.valueCount > c.values.length ? `\n+${c.valueCount - c.values.length} more values` : ""),
        ),
        1024,
      ),
    });
  }
  const moreConflicts = e.conflictCount - e.conflicts.length;
  if (moreConflicts > 0)
    fields.push({
      name: "More disagreements",
      value: `Outlets also disagree on ${moreConflicts} more day${moreConflicts === 1 ? "" : "s"} or figures.`,
    });
  const blocks: string[] = [];
  let used = 0;
  for (const s of e.sources) {
    const block = `> ${escapeMarkdown(clip(oneLine(s.text), 300))}\n— ${citation(s)}`;
    if (used + block.length + 2 > room) break;
    blocks.push(block);
    used += block.length + 2;
  }
  // The card holds a page of its sources; the count says how many the embed leaves out.
  const more = e.sourceCount - blocks.length;
  if (more > 0) blocks.push(`${moreSources(more)}.`);
  return {
    title: clip(e.label, LIMITS.embedTitle),
    description: clip(blocks.join("\n\n"), LIMITS.embedDescription),
    color: colorOf(e.kind),
    fields,
    footer: { text: clip(`${e.kindTitle} · ${e.id}`, LIMITS.footer) },
  };
}

export function renderEventDiscord(a: EventAnswer): DiscordMessage {
  if (a.events.length === 0) {
    return message([
      {
        title: clip(`Events: ${a.query}`, LIMITS.embedTitle),
        description:
          "No event in the coverage matches this. Try other words, or `/timeline` to see every event.",
        color: NOTHING_COLOR,
      },
    ]);
  }
  // Room per embed so that all of them stay under the 6000-character total.
  const room = Math.floor(4800 / a.events.length) - 600;
  const embeds = a.events.map((e) => eventEmbed(e, Math.max(300, room)));
  return message(embeds, sourceButtons(a.events.flatMap((e) => e.sources)));
}

/** One line per event: "**2025-09-02** · Strike / attack · label — [Outlet](url) +4 more sources". */
export function timelineLine(e: EventCard): string {
  const { shown: cited, more } = outletCites(e, 3);
  const shown =
    cited.map((s) => link(s.outlet ?? "Unknown outlet", s.url)).join(", ") +
    (more > 0 ? ` ${moreSources(more)}` : "");
  const planned = e.status === "planned" ? " (planned)" : "";
  return `**${e.date ?? "undated"}** · ${escapeMarkdown(e.kindTitle)}${planned} · ${escapeMarkdown(clip(e.label, 120))} — ${shown}`;
}

export function renderTimelineDiscord(a: TimelineAnswer): DiscordMessage {
  const title = clip(
    a.actor ? `Timeline: ${a.actor}` : a.query ? `Timeline: ${a.query}` : "Timeline of the coverage",
    LIMITS.embedTitle,
  );
  if (a.events.length === 0) {
    const why =
      a.undated > 0
        ? `${a.undated} matching event${a.undated === 1 ? " has" : "s have"} no day the coverage gives, so there is no timeline to draw.`
        : "No event in the coverage matches this. Try another actor or topic, or `/timeline` for every event.";
    return message([{ title, description: why, color: NOTHING_COLOR }]);
  }
  const lines: string[] = [];
  let used = 0;
  const budget = LIMITS.embedDescription - 200;
  for (const e of a.events) {
    const line = timelineLine(e);
    if (used + line.length + 1 > budget) break;
    lines.push(line);
    used += line.length + 1;
  }
  const notes: string[] = [];
  // The answer holds the first events in date order (as many as the image draws) and the count.
  const drawn = Math.min(a.events.length, MAX_IMAGE_EVENTS);
  if (lines.length < a.eventCount)
    notes.push(
      `${(a.eventCount - lines.length).toLocaleString("en-US")} more not listed here` +
        (drawn > lines.length ? `; the image draws the first ${drawn}.` : "."),
    );
  if (a.undated > 0) notes.push(`${a.undated} undated event${a.undated === 1 ? "" : "s"} left off.`);
  const embed: APIEmbed = {
    title,
    description: [...lines, ...(notes.length ? ["", `*${notes.join(" ")}*`] : [])].join("\n"),
    color: 0x2b6cb0,
    image: { url: `attachment://${TIMELINE_IMAGE_NAME}` },
    footer: {
      text: `${a.eventCount.toLocaleString("en-US")} dated event${a.eventCount === 1 ? "" : "s"} · coverage-bot`,
    },
  };
  const m = message([embed], sourceButtons(a.events.flatMap((e) => e.sources)));
  return {
    ...m,
    files: [{ name: TIMELINE_IMAGE_NAME, data: renderTimelineImage(a), contentType: "image/png" }],
  };
}
