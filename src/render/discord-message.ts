// Discord message building blocks shared by every Discord renderer (discord.ts and the
// discord-* modules): the message shape, markdown escaping, citations, link buttons, and the
// last-line trimming to Discord's limits. A lower module, so the renderers do not import each other.

import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
  MessageFlags,
} from "discord-api-types/v10";
import type { SourceRef } from "../types.ts";
import { fitTotal } from "./fit-total.ts";
import { clip, LIMITS } from "./limits.ts";

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
export const NOTHING_COLOR = 0x718096;
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
