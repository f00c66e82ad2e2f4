// Discord rendering of /whosaid and /quotes: each quotation as a block quote in an embed, the
// speaker, masked-link citations for every outlet, link buttons to the sources. Page buttons for
// /quotes are added by the router (they carry the user's id); this only renders one page.

import type { APIEmbed } from "discord-api-types/v10";
import type { QuotationMatch, QuotesAnswer, SaidAbout, WhoSaidAnswer } from "../answers/quote-types.ts";
import {
  BRAND_COLOR,
  citation,
  type DiscordMessage,
  escapeMarkdown,
  message,
  NOTHING_COLOR,
  sourceButtons,
} from "./discord-message.ts";
import { clip, LIMITS } from "./limits.ts";
import { oneLine } from "./text.ts";

const MAX_QUOTE_CHARS = 700;

function blockQuote(text: string, max = MAX_QUOTE_CHARS): string {
  const t = oneLine(text);
  const cut = t.length > max ? `${t.slice(0, max - 1)}…` : t;
  return `> “${escapeMarkdown(cut)}”`;
}

/** Reported speech: the outlet's paraphrase, in plain text with its label, never as a block quote. */
function paraphraseBlock(m: QuotationMatch, max: number): string {
  const t = oneLine(m.quote);
  const cut = t.length > max ? `${t.slice(0, max - 1)}…` : t;
  return `*Paraphrase (${escapeMarkdown(m.paraphrase ?? "")}):* ${escapeMarkdown(cut)}`;
}

function matchBlock(m: QuotationMatch, quoteChars = MAX_QUOTE_CHARS): string {
  const name = m.speaker ? `**${escapeMarkdown(m.speaker)}**` : "the coverage does not say who";
  const who = m.paraphrase && m.speaker ? `— attributed to ${name}` : `— ${name}`;
  const ctx = [m.occasion, m.when?.text].filter(Boolean).map((s) => escapeMarkdown(String(s)));
  const kind = m.kind === "term" ? " (a quoted term)" : "";
  const first = m.paraphrase ? paraphraseBlock(m, quoteChars) : blockQuote(m.quote, quoteChars);
  const lines = [first, `${who}${ctx.length ? `, ${ctx.join(", ")}` : ""}${kind}`];
  const differ = m.attributions.length > 1;
  m.sources.forEach((s, i) => {
    const credit = differ
      ? ` (credits ${escapeMarkdown(m.attributions.find((a) => a.docIds.includes(s.docId))?.speaker ?? "no one")})`
      : "";
    lines.push(`${i === 0 ? "" : "also "}${citation(s)}${credit}`);
  });
  return lines.join("\n");
}

export function renderWhoSaid(a: WhoSaidAnswer): DiscordMessage {
  const title = clip(`Who said: “${a.query}”`, LIMITS.embedTitle);
  if (a.matches.length === 0) {
    return message([
      {
        title,
        description: "No quotation in the coverage matches these words. Try fewer or exact words.",
        color: NOTHING_COLOR,
      },
    ]);
  }
  const embeds: APIEmbed[] = a.matches.slice(0, 3).map((m, i) => ({
    ...(i === 0 ? { title } : {}),
    description: clip(matchBlock(m), LIMITS.embedDescription),
    color: BRAND_COLOR,
  }));
  return message(embeds, sourceButtons(a.matches.flatMap((m) => m.sources)));
}

export function renderQuotes(a: QuotesAnswer): DiscordMessage {
  const who = a.speaker ?? "everyone";
  const title = clip(`Quoted: ${who}`, LIMITS.embedTitle);
  if (a.items.length === 0) {
    return message([{ title, description: "No quotations found.", color: NOTHING_COLOR }]);
  }
  const per = Math.floor((LIMITS.embedDescription - 100) / a.items.length);
  const blocks = a.items.map((m, i) => {
    const n = (a.page - 1) * 5 + i + 1;
    return clip(`**${n}.** ${matchBlock(m, Math.max(120, per - 400))}`, per);
  });
  return message(
    [
      {
        title,
        description: clip(blocks.join("\n\n"), LIMITS.embedDescription),
        color: BRAND_COLOR,
        footer: { text: `Page ${a.page} of ${a.pages} · ${a.total} quotation${a.total === 1 ? "" : "s"}` },
      },
    ],
    sourceButtons(a.items.flatMap((m) => m.sources)),
  );
}

/** Characters a "what X said about Y" embed may take, leaving the rest of the message's 6,000 to
 *  the excerpts below it. */
export const SAID_EMBED_CHARS = 2000;

/** /ask's "what did X say about Y": the speaker's quotations on the topic, or a note that the
 *  coverage has none, as an embed above the excerpts. */
export function saidAboutEmbed(said: SaidAbout): APIEmbed {
  const title = clip(`What ${said.speaker} said about “${said.topic}”`, LIMITS.embedTitle);
  if (said.matches.length === 0) {
    const note = `No quotation of ${escapeMarkdown(said.speaker)} in the coverage uses the words “${escapeMarkdown(said.topic)}”; the passages below may say more.`;
    return { title, description: clip(note, SAID_EMBED_CHARS - title.length), color: NOTHING_COLOR };
  }
  const shown = said.matches.slice(0, 3);
  const per = Math.floor((SAID_EMBED_CHARS - title.length - 20) / shown.length);
  const blocks = shown.map((m, i) => clip(`**${i + 1}.** ${matchBlock(m, Math.max(120, per - 300))}`, per));
  return { title, description: blocks.join("\n\n"), color: BRAND_COLOR };
}
