// Terminal rendering of /whosaid and /quotes: the quotation, who said it, every source.

import type { QuotationMatch, QuotesAnswer, SaidAbout, WhoSaidAnswer } from "../answers/quote-types.ts";
import { citeLine, type TerminalStyle } from "./terminal-text.ts";
import { oneLine } from "./text.ts";

function block(m: QuotationMatch, n: number, style: TerminalStyle): string[] {
  const ctx = [m.occasion, m.when?.text].filter(Boolean).join(", ");
  const who = m.speaker ?? "the coverage does not say who";
  // Reported speech is the outlet's paraphrase: no quotation marks, and the label says so.
  const lines = m.paraphrase
    ? [
        `${String(n).padStart(2)}. Paraphrase (${m.paraphrase}): ${oneLine(m.quote)}`,
        `    — ${m.speaker ? "attributed to " : ""}${who}${ctx ? `, ${ctx}` : ""}`,
      ]
    : [
        `${String(n).padStart(2)}. “${oneLine(m.quote)}”`,
        `    — ${who}${ctx ? `, ${ctx}` : ""}${m.kind === "term" ? " (a quoted term)" : ""}`,
      ];
  const differ = m.attributions.length > 1;
  m.sources.forEach((s, i) => {
    const credit = differ
      ? ` (credits ${m.attributions.find((a) => a.docIds.includes(s.docId))?.speaker ?? "no one"})`
      : "";
    lines.push(`    ${i === 0 ? "in" : "also"} ${citeLine(s, style)}${credit}`);
  });
  return lines;
}

export function renderWhoSaidTerminal(a: WhoSaidAnswer, style: TerminalStyle): string {
  if (a.matches.length === 0) return `No quotation in the coverage matches “${a.query}”.`;
  const lines = [`Who said “${a.query}”:`, ""];
  a.matches.forEach((m, i) => {
    lines.push(...block(m, i + 1, style), "");
  });
  return lines.join("\n").trimEnd();
}

export function renderQuotesTerminal(a: QuotesAnswer, style: TerminalStyle): string {
  if (a.items.length === 0) return "No quotations found.";
  const lines = [`${a.speaker ?? "Everyone"} — ${a.total} quotation(s), page ${a.page} of ${a.pages}:`, ""];
  a.items.forEach((m, i) => {
    lines.push(...block(m, (a.page - 1) * 5 + i + 1, style), "");
  });
  if (a.page < a.pages) lines.push(`More: /quotes "${a.query ?? ""}" --page ${a.page + 1}`);
  return lines.join("\n").trimEnd();
}

/** /ask's "what did X say about Y": the speaker's quotations on the topic (or a note that there
 *  are none), as lines above the excerpts. */
export function saidAboutLines(said: SaidAbout, style: TerminalStyle): string[] {
  if (said.matches.length === 0)
    return [
      `No quotation of ${said.speaker} in the coverage uses the words “${said.topic}”; the passages below may say more.`,
      "",
    ];
  const lines = [`What ${said.speaker} said about “${said.topic}”:`, ""];
  said.matches.forEach((m, i) => {
    lines.push(...block(m, i + 1, style), "");
  });
  return lines;
}
