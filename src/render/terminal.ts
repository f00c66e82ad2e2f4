// Terminal rendering for the local console and the CLI: plain text with links written
// out, bold matched words when the output is a colour terminal.

import type { ActorAnswer, ActorsAnswer } from "../answers/actor-types.ts";
import type { IngestAnswer, ReloadAnswer } from "../answers/admin-types.ts";
import type { EventAnswer, TimelineAnswer } from "../answers/event-types.ts";
import type { QuotesAnswer, WhoSaidAnswer } from "../answers/quote-types.ts";
import type { Answer, AskAnswer, HelpAnswer, SourcesAnswer } from "../answers/types.ts";
import { isError } from "../answers/types.ts";
import { ingestLines, reloadLines } from "./admin-text.ts";
import { answerLineText } from "./answer-line.ts";
import { renderActorsTerminal, renderActorTerminal } from "./terminal-actor.ts";
import { renderEventTerminal, renderTimelineTerminal } from "./terminal-events.ts";
import { renderQuotesTerminal, renderWhoSaidTerminal, saidAboutLines } from "./terminal-quotes.ts";
import { terminalSafe } from "./terminal-safe.ts";
import { citeLine, dim, type TerminalStyle } from "./terminal-text.ts";
import { correctionNote, emphasise, oneLine, outletDay, unseenNote } from "./text.ts";

const bold = (style: TerminalStyle) => (style.color ? ["\x1b[1m", "\x1b[22m"] : ["", ""]) as [string, string];

export function renderTerminal(answer: Answer, style: TerminalStyle = { color: false }): string {
  return renderSafe(terminalSafe(everyEvent(answer)), style);
}

/** A timeline answer holds the first events; the terminal lists every one, built for it here. */
function everyEvent(answer: Answer): Answer {
  if (isError(answer) || answer.command !== "timeline" || !answer.fullEvents) return answer;
  return { ...answer, events: answer.fullEvents() };
}

function renderSafe(answer: Answer, style: TerminalStyle): string {
  if (isError(answer)) return `! ${answer.error}`;
  switch (answer.command) {
    case "ask":
      return renderAsk(answer as AskAnswer, style);
    case "whosaid":
      return renderWhoSaidTerminal(answer as WhoSaidAnswer, style);
    case "quotes":
      return renderQuotesTerminal(answer as QuotesAnswer, style);
    case "actor":
      return renderActorTerminal(answer as ActorAnswer, style);
    case "actors":
      return renderActorsTerminal(answer as ActorsAnswer);
    case "event":
      return renderEventTerminal(answer as EventAnswer, style);
    case "timeline":
      return renderTimelineTerminal(answer as TimelineAnswer, style);
    case "sources":
      return renderSources(answer as SourcesAnswer, style);
    case "help":
      return renderHelp(answer as HelpAnswer);
    case "reload":
      return reloadLines(answer as ReloadAnswer).join("\n");
    case "ingest":
      return ingestLines(answer as IngestAnswer).join("\n");
    default:
      return JSON.stringify(answer, null, 2);
  }
}

function renderAsk(a: AskAnswer, style: TerminalStyle): string {
  // "What did X say about Y": X's quotations on Y come first.
  const said = a.said ? saidAboutLines(a.said, style) : [];
  if (a.results.length === 0) {
    if (a.said?.matches.length) return said.join("\n").trimEnd();
    return `${said.join("\n")}The coverage has nothing on “${a.query}”.${unseenNote(a, (w) => `“${w}”`)}\nTry other words, or /sources to see what it covers.`;
  }
  const [open, close] = bold(style);
  const lines = [...said, `Coverage on “${a.query}”:`, ""];
  const corrected = correctionNote(a, (w) => `“${w}”`);
  if (corrected) lines.push(corrected, "");
  if (a.answer) lines.push(answerLineText(a.answer), "");
  a.results.forEach((r, i) => {
    // A hit on the headline cites it, with its link.
    if (r.headline) {
      const head = oneLine(emphasise(r.headline.text, r.headline.highlights, open, close));
      lines.push(`${String(i + 1).padStart(2)}. ${head}${r.headline.url ? ` <${r.headline.url}>` : ""}`, "");
    }
    const n = r.headline ? "   " : `${String(i + 1).padStart(2)}.`;
    lines.push(`${n} ${oneLine(emphasise(r.text, r.highlights, open, close))}`);
    const [first, ...more] = r.sources;
    lines.push(`    — ${citeLine(first!, style)}`);
    for (const s of more) lines.push(`    also ${citeLine(s, style)}`);
    lines.push("");
  });
  return lines.join("\n").trimEnd();
}

function renderSources(a: SourcesAnswer, style: TerminalStyle): string {
  const paged = a.pages > 1 ? ` (page ${a.page} of ${a.pages})` : "";
  const lines = [`${a.total} article${a.total === 1 ? "" : "s"} in the coverage${paged}:`, ""];
  for (const s of a.sources) {
    lines.push(`• ${s.title}`);
    lines.push(`  ${outletDay(s)} · ${s.passages} passages · ${dim(s.docId, style)}`);
    if (s.url) lines.push(`  ${s.url}`);
    for (const d of s.dropped ?? []) lines.push(`  dropped (${d.reason}): ${d.text.trim().slice(0, 100)}`);
  }
  if (a.skipped.length > 0) {
    lines.push("", "Skipped files:");
    for (const k of a.skipped) lines.push(`  ${k.file}: ${k.reason}`);
  }
  if (a.page < a.pages) lines.push("", `More: /sources --page ${a.page + 1}`);
  return lines.join("\n");
}

function renderHelp(a: HelpAnswer): string {
  const width = Math.max(...a.commands.map((c) => c.usage.length));
  return [
    "Ask about the news coverage; every answer cites its sources.",
    "",
    ...a.commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.description}`),
    "",
    "In the console, /quit leaves.",
  ].join("\n");
}
