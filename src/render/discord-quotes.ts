// Discord rendering of /whosaid and /quotes: each quotation as a block quote in an embed, the
// speaker, masked-link citations for every outlet, link buttons to the sources. Page buttons for
// /quotes are added by the router (they carry the user's id); this only renders one page.

import type { APIEmbed } from "discord-api-types/v10";
import type { QuotationMatch, QuotesAnswer, WhoSaidAnswer } from "../answers/quote-types.ts";
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
