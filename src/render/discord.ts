// Discord rendering: answers → message payloads in Discord's API shape (embeds with masked
// links, link buttons to the sources), always inside Discord's limits and never pinging.

import { type APIEmbed, MessageFlags } from "discord-api-types/v10";
import type { Answer, AskAnswer, HelpAnswer, SourcesAnswer } from "../answers/types.ts";
import { isError } from "../answers/types.ts";
import type { SourceRef } from "../types.ts";
import { ingestLines, reloadLines } from "./admin-text.ts";
import { answerLineMarkdown } from "./answer-line.ts";
import { renderActor, renderActors } from "./discord-actor.ts";
import { renderEventDiscord, renderTimelineDiscord } from "./discord-events.ts";
import {
  BRAND_COLOR,
  citation,
  type DiscordMessage,
  errorMessage,
  escapeMarkdown,
  link,
  message,
  NOTHING_COLOR,
  sourceButtons,
} from "./discord-message.ts";
import { renderQuotes, renderWhoSaid, saidAboutEmbed } from "./discord-quotes.ts";
import { clip, embedChars, LIMITS } from "./limits.ts";
import { correctionNote, emphasise, oneLine, unseenNote } from "./text.ts";

export { type DiscordMessage, errorMessage, message } from "./discord-message.ts";

export function renderDiscord(answer: Answer): DiscordMessage {
  if (isError(answer)) return errorMessage(answer.error);
  switch (answer.command) {
    case "ask":
      return renderAsk(answer);
    case "whosaid":
      return renderWhoSaid(answer);
    case "quotes":
      return renderQuotes(answer);
    case "actor":
      return renderActor(answer);
    case "actors":
      return renderActors(answer);
    case "event":
      return renderEventDiscord(answer);
    case "timeline":
      return renderTimelineDiscord(answer);
    case "sources":
      return renderSources(answer);
    case "help":
      return renderHelp(answer);
    case "reload":
      return adminMessage("Coverage reloaded", reloadLines(answer));
    case "ingest":
      return adminMessage("Article added", ingestLines(answer));
    default:
      return unreachable(answer);
  }
}

/** The type system proves every answer kind is rendered; at run time, a new kind not yet
 * rendered still gets a polite note. */
function unreachable(_answer: never): DiscordMessage {
  return errorMessage("This answer cannot be shown in Discord yet.");
}

function renderAsk(a: AskAnswer): DiscordMessage {
  // "What did X say about Y": X's quotations on Y first, the excerpts in what room is left.
  const said = a.said ? saidAboutEmbed(a.said) : null;
  const saidRefs = a.said?.matches.slice(0, 3).flatMap((m) => m.sources) ?? [];
  if (a.results.length === 0 && said && saidRefs.length > 0) return message([said], sourceButtons(saidRefs));
  const room = Math.min(LIMITS.embedDescription, LIMITS.embedTotal - 200 - (said ? embedChars(said) : 0));
  const excerpts = excerptsEmbed(a, room);
  return message(
    said ? [said, excerpts] : [excerpts],
    sourceButtons([...saidRefs, ...a.results.flatMap((r) => r.sources)]),
  );
}

/** The excerpts of /ask in one embed whose description keeps within `room` characters. */
function excerptsEmbed(a: AskAnswer, room: number): APIEmbed {
  const title = clip(`Coverage on: ${a.query}`, LIMITS.embedTitle);
  if (a.results.length === 0) {
    return {
      title,
      description: `The coverage has nothing on this.${unseenNote(a, (w) => `**${escapeMarkdown(w)}**`)} Try other words, or \`/sources\` to see what it covers.`,
      color: NOTHING_COLOR,
    };
  }
  const corrected = clip(
    correctionNote(a, (w) => `**${escapeMarkdown(w)}**`),
    room / 4,
  );
  const line = a.answer ? clip(answerLineMarkdown(a.answer, escapeMarkdown, link), room / 4) : "";
  const head = [corrected, line].filter(Boolean).join("\n\n");
  const per = Math.floor((room - 50 - head.length) / a.results.length);
  const blocks = a.results.map((r, i) => {
    const cites = r.sources.map(citation);
    const cite = `— ${cites[0]}${cites.length > 1 ? `\nalso ${cites.slice(1).join("\nalso ")}` : ""}`;
    const space = Math.max(80, per - cite.length - 10);
    const body =
      r.text.length > space
        ? clipExcerpt(r, space)
        : oneLine(emphasise(r.text, r.highlights, "**", "**", escapeMarkdown));
    // A hit on the headline cites it, linked to its article.
    const head = r.headline ? `**${link(oneLine(r.headline.text), r.headline.url)}**\n` : "";
    return `**${i + 1}.** ${head}${body}\n${cite}`;
  });
  return {
    title,
    description: clip([head, ...blocks].filter(Boolean).join("\n\n"), room),
    color: BRAND_COLOR,
    footer: { text: footerFor(a.results.flatMap((r) => r.sources)) },
  };
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
