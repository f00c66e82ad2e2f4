// The last step before a reply goes to Discord: invisible controls out, mentions defused, and
// only then every limit fitted. Defusing inserts characters (a zero-width space after `<@`), so
// fitting before it let a title of repeated `<@1>` grow past 256 and a /sources page past the
// 6,000-character embed total — and Discord rejects the whole reply. Fitting last cannot.

import type { APIEmbed } from "discord-api-types/v10";
import { safeUrl } from "../corpus/url.ts";
import type { DiscordMessage } from "./discord-message.ts";
import { fitTotal } from "./fit-total.ts";
import { clip, LIMITS } from "./limits.ts";

/** Bidi embeddings/overrides/isolates, marks, zero-width space/no-break and word joiners.
 * ZWJ/ZWNJ (U+200C/D) stay: scripts and emoji need them. */
const INVISIBLE = /[\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** Terminal and C1 controls (not tab or newline). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, "").replace(CONTROL, "");
}

const MENTION = /@(everyone|here)|<@/g;

/** Breaks `@everyone`, `@here` and `<@…>` user/role mentions with a zero-width space. Discord
 * would not ping them anyway (allowed_mentions parse: []), but they would render as mentions. */
export function defuseMentions(s: string): string {
  return s.replace(MENTION, (m) => (m === "<@" ? "<@\u200b" : `@\u200b${m.slice(1)}`));
}

/** Cleaned, defused, then clipped to `max` (never empty when `nonEmpty`). */
function fitText(s: string, max: number, nonEmpty = false): string {
  const out = clip(defuseMentions(stripInvisible(s)), max);
  return out || (nonEmpty ? "—" : "");
}

function fitEmbed(e: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...e };
  if (e.title !== undefined) out.title = fitText(e.title, LIMITS.embedTitle);
  if (e.description !== undefined) out.description = fitText(e.description, LIMITS.embedDescription);
  if (e.footer) out.footer = { ...e.footer, text: fitText(e.footer.text, LIMITS.footer, true) };
  if (e.author) out.author = { ...e.author, name: fitText(e.author.name, LIMITS.author, true) };
  if (e.fields) {
    out.fields = e.fields.slice(0, LIMITS.embedFields).map((f) => ({
      ...f,
      name: fitText(f.name, LIMITS.fieldName, true),
      value: fitText(f.value, LIMITS.fieldValue, true),
    }));
  }
  for (const key of ["title", "description"] as const) if (out[key] === "") delete out[key];
  return out;
}

/** Link buttons only to safe http(s) urls; labels cleaned and clipped; empty rows dropped. */
function fitComponents(rows: DiscordMessage["components"]): DiscordMessage["components"] {
  const out: DiscordMessage["components"] = [];
  for (const row of rows.slice(0, LIMITS.actionRows)) {
    const components = row.components.slice(0, LIMITS.buttonsPerRow).flatMap((c) => {
      const b = c as { url?: string; label?: string };
      if (b.url !== undefined && !safeUrl(b.url)) return [];
      return [b.label === undefined ? c : { ...c, label: fitText(b.label, LIMITS.buttonLabel, true) }];
    }) as typeof row.components;
    if (components.length) out.push({ ...row, components });
  }
  return out;
}

/** Every reply passes here last: within every Discord limit, nothing pings, nothing invisible. */
export function finalizeReply(m: DiscordMessage): DiscordMessage {
  const embeds = m.embeds.slice(0, LIMITS.embeds).map(fitEmbed);
  fitTotal(embeds);
  return {
    ...m,
    ...(m.content !== undefined ? { content: fitText(m.content, LIMITS.content) } : {}),
    embeds,
    components: fitComponents(m.components),
    allowed_mentions: { parse: [] },
  };
}
