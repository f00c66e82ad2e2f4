// Discord rendering: answers → message payloads in Discord's API shape (embeds with masked
// links, link buttons to the sources), always inside Discord's limits and never pinging.

import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
  MessageFlags,
} from "discord-api-types/v10";
import type { ActorAnswer, ActorsAnswer } from "../answers/actor-types.ts";
import type { IngestAnswer, ReloadAnswer } from "../answers/admin-types.ts";
import type { EventAnswer, TimelineAnswer } from "../answers/event-types.ts";
import type { QuotesAnswer, WhoSaidAnswer } from "../answers/quote-types.ts";
import type { Answer, AskAnswer, HelpAnswer, SourcesAnswer } from "../answers/types.ts";
import { isError } from "../answers/types.ts";
import type { SourceRef } from "../types.ts";
import { ingestLines, reloadLines } from "./admin-text.ts";
import { renderActor, renderActors } from "./discord-actor.ts";
import { renderEventDiscord, renderTimelineDiscord } from "./discord-events.ts";
import { renderQuotes, renderWhoSaid } from "./discord-quotes.ts";
import { clip, LIMITS } from "./limits.ts";
import { fitTotal } from "./sanitize.ts";
import { emphasise, oneLine } from "./text.ts";

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  allowed_mentions: { parse: [] };
  flags?: number;
  /** Attachments (the timeline image); an embed shows one with `image: { url: "attachment://<name>" }`. */
  files?: Array<{ name: string; data: Buffer; contentType: string }>;
}

export const BRAND_COLOR = 0x2b6cb0;
const NOTHING_COLOR = 0x718096;
const ERROR_COLOR = 0xc53030;

/** Escapes Discord markdown and defuses mentions in text taken from articles or users. */
export function escapeMarkdown(s: string): string {
  return s.replace(/([\\*_~`|>[\]()#-])/g, "\\$1").replace(/@/g, "@\u200b");
}

export function link(label: string, url: string | null): string {
  const safe = escapeMarkdown(label);
  return url ? `[${safe}](${url.replace(/\)/g, "%29")})` : safe;
}

export function citation(s: SourceRef): string {
  return `${link(s.outlet ?? "Unknown outlet", s.url)} · ${s.published ?? "date unknown"} · \`${s.passageId}\``;
}

export function message(
  embeds: APIEmbed[],
  components: DiscordMessage["components"] = [],
  flags?: number,
): DiscordMessage {
  return fitMessage({ embeds, components, allowed_mentions: { parse: [] }, ...(flags ? { flags } : {}) });
}

export function errorMessage(text: string): DiscordMessage {
  return message(
    [{ description: clip(escapeMarkdown(text), LIMITS.embedDescription), color: ERROR_COLOR }],
    [],
    MessageFlags.Ephemeral,
  );
}

/** Link buttons to distinct source URLs, at most one row of five. */
export function sourceButtons(refs: SourceRef[]): DiscordMessage["components"] {
  const seen = new Set<string>();
  const buttons: APIButtonComponent[] = [];
  for (const r of refs) {
    if (!r.url || seen.has(r.url) || buttons.length >= LIMITS.buttonsPerRow || r.url.length > 512) continue;
    seen.add(r.url);
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Link,
      label: clip(`${r.outlet ?? "Source"} · ${r.published ?? "n.d."}`, LIMITS.buttonLabel),
      url: r.url,
    });
  }
  return buttons.length ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}

export function renderDiscord(answer: Answer): DiscordMessage {
  if (isError(answer)) return errorMessage(answer.error);
  switch (answer.command) {
    case "ask":
      return renderAsk(answer as AskAnswer);
    case "whosaid":
      return renderWhoSaid(answer as WhoSaidAnswer);
    case "quotes":
      return renderQuotes(answer as QuotesAnswer);
    case "actor":
      return renderActor(answer as ActorAnswer);
    case "actors":
      return renderActors(answer as ActorsAnswer);
    case "event":
      return renderEventDiscord(answer as EventAnswer);
    case "timeline":
      return renderTimelineDiscord(answer as TimelineAnswer);
    case "sources":
      return renderSources(answer as SourcesAnswer);
    case "help":
      return renderHelp(answer as HelpAnswer);
    case "reload":
      return adminMessage("Coverage reloaded", reloadLines(answer as ReloadAnswer));
    case "ingest":
      return adminMessage("Article added", ingestLines(answer as IngestAnswer));
    default:
      return errorMessage("This answer cannot be shown in Discord yet.");
  }
}

function renderAsk(a: AskAnswer): DiscordMessage {
  const title = clip(`Coverage on: ${a.query}`, LIMITS.embedTitle);
  if (a.results.length === 0) {
    return message([
      {
        title,
        description:
          "The coverage has nothing on this. Try other words, or `/sources` to see what it covers.",
        color: NOTHING_COLOR,
      },
    ]);
  }
  const per = Math.floor((LIMITS.embedDescription - 50) / a.results.length);
  const blocks = a.results.map((r, i) => {
    const cites = r.sources.map(citation);
    const cite = `— ${cites[0]}${cites.length > 1 ? `\nalso ${cites.slice(1).join("\nalso ")}` : ""}`;
    const room = Math.max(80, per - cite.length - 10);
    const body =
      r.text.length > room
        ? clipExcerpt(r, room)
        : oneLine(emphasise(r.text, r.highlights, "**", "**", escapeMarkdown));
    return `**${i + 1}.** ${body}\n${cite}`;
  });
  const all = a.results.flatMap((r) => r.sources);
  return message(
    [{ title, description: blocks.join("\n\n"), color: BRAND_COLOR, footer: { text: footerFor(all) } }],
    sourceButtons(all),
  );
}

function clipExcerpt(r: AskAnswer["results"][number], room: number): string {
  const cut = r.text.slice(0, room);
  const ranges = r.highlights.filter(([, e]) => e <= cut.length);
  return `${oneLine(emphasise(cut, ranges, "**", "**", escapeMarkdown))}…`;
}

function footerFor(refs: SourceRef[]): string {
  const outlets = new Set(refs.map((r) => r.outlet ?? "unknown outlet"));
  return clip(`${outlets.size} outlet${outlets.size === 1 ? "" : "s"} cited · coverage-bot`, LIMITS.footer);
}

function renderSources(a: SourcesAnswer): DiscordMessage {
  const fields = a.sources.slice(0, LIMITS.embedFields).map((s) => ({
    name: clip(s.title, LIMITS.fieldName),
    value: clip(
      `${link(s.outlet ?? "Unknown outlet", s.url)} · ${s.published ?? "date unknown"} · ${s.passages} passages`,
      LIMITS.fieldValue,
    ),
  }));
  const notes = [
    `${a.total} article${a.total === 1 ? "" : "s"} in the coverage.`,
    a.skipped.length
      ? `${a.skipped.length} file(s) skipped: ${a.skipped.map((k) => `${k.file} (${k.reason})`).join("; ")}`
      : "",
  ].filter(Boolean);
  return message([
    {
      title: "Sources",
      description: clip(escapeMarkdownKeepLinks(notes.join("\n")), LIMITS.embedDescription),
      fields,
      color: BRAND_COLOR,
      ...(a.pages > 1 ? { footer: { text: `Page ${a.page} of ${a.pages} · coverage-bot` } } : {}),
    },
  ]);
}

function escapeMarkdownKeepLinks(s: string): string {
  return s.replace(/@/g, "@\u200b");
}

/** Admin results are for the admin who asked: ephemeral. */
function adminMessage(title: string, lines: string[]): DiscordMessage {
  return message(
    [
      {
        title,
        description: clip(escapeMarkdown(lines.join("\n")), LIMITS.embedDescription),
        color: BRAND_COLOR,
      },
    ],
    [],
    MessageFlags.Ephemeral,
  );
}

function renderHelp(a: HelpAnswer): DiscordMessage {
  return message(
    [
      {
        title: "coverage-bot",
        description:
          "I answer questions about the news coverage I hold, with cited excerpts and links — never with words the coverage does not contain.",
        fields: a.commands.map((c) => ({
          name: clip(c.usage, LIMITS.fieldName),
          value: clip(c.description, LIMITS.fieldValue),
        })),
        color: BRAND_COLOR,
      },
    ],
    [],
    MessageFlags.Ephemeral,
  );
}

/** Last line of defence: trims any embed set that would break Discord's limits. */
export function fitMessage(m: DiscordMessage): DiscordMessage {
  const embeds = m.embeds.slice(0, LIMITS.embeds).map((e) => ({
    ...e,
    ...(e.title ? { title: clip(e.title, LIMITS.embedTitle) } : {}),
    ...(e.description ? { description: clip(e.description, LIMITS.embedDescription) } : {}),
    ...(e.footer ? { footer: { ...e.footer, text: clip(e.footer.text, LIMITS.footer) } } : {}),
    ...(e.fields
      ? {
          fields: e.fields.slice(0, LIMITS.embedFields).map((f) => ({
            ...f,
            name: clip(f.name, LIMITS.fieldName),
            value: clip(f.value, LIMITS.fieldValue),
          })),
        }
      : {}),
  }));
  // Over the 6,000 total: shrink texts (fields too), never drop a whole embed.
  fitTotal(embeds);
  const content = m.content === undefined ? {} : { content: clip(m.content, LIMITS.content) };
  return { ...m, ...content, embeds, components: m.components.slice(0, LIMITS.actionRows) };
}
