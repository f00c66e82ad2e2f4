// Terminal rendering of /actor and /actors: plain text, links written out.

import type { ActorAnswer, ActorsAnswer } from "../answers/actor-types.ts";
import { ACTORS_PAGE_SIZE } from "../answers/actors.ts";
import { citeLine, type TerminalStyle } from "./terminal-text.ts";
import { oneLine } from "./text.ts";

export function renderActorTerminal(a: ActorAnswer, style: TerminalStyle): string {
  if (!a.actor) {
    const tips = a.suggestions.length ? `\nDid you mean: ${a.suggestions.join(", ")}?` : "\nTry /actors.";
    return `The coverage does not name “${a.query}”.${tips}`;
  }
  const p = a.actor;
  const lines = [`${p.name} (${p.kind})`];
  if (p.descriptions.length) lines.push(`  ${p.descriptions.slice(0, 6).join(" · ")}`);
  if (p.aliases.length) lines.push(`  also: ${p.aliases.join(", ")}`);
  lines.push(`  ${p.mentions} mentions in ${p.documents.length} articles`);
  if (p.quotes.length) {
    lines.push("", "Quoted:");
    for (const q of p.quotes.slice(0, 5)) {
      lines.push(`  “${oneLine(q.quote)}”`);
      q.sources.forEach((s, i) => {
        lines.push(`    ${i ? "also" : "—"} ${citeLine(s, style)}`);
      });
    }
  }
  if (p.statements.length) {
    lines.push("", "In the coverage:");
    p.statements.forEach((s, i) => {
      lines.push(`${String(i + 1).padStart(2)}. ${oneLine(s.text)}`);
      s.sources.forEach((r, j) => {
        lines.push(`    ${j ? "also" : "—"} ${citeLine(r, style)}`);
      });
    });
  }
  if (p.related.length)
    lines.push("", `Appears with: ${p.related.map((r) => `${r.name} (${r.count})`).join(", ")}`);
  return lines.join("\n");
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function renderActorsTerminal(a: ActorsAnswer): string {
  if (a.total === 0) return "The coverage names no one yet.";
  const first = (a.page - 1) * ACTORS_PAGE_SIZE;
  const lines = [
    `${a.total} actors in the coverage, most mentioned first (page ${a.page} of ${a.pages}):`,
    "",
    ...a.actors.map(
      (x, i) =>
        `${String(first + i + 1).padStart(4)}. ${x.name} (${x.kind}) · ${plural(x.mentions, "mention")}, ${plural(x.documents.length, "article")}`,
    ),
  ];
  if (a.page < a.pages) lines.push("", `More: /actors --page ${a.page + 1}`);
  return lines.join("\n");
}
