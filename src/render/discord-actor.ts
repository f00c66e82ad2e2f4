// Discord rendering of /actor and /actors: one embed — name, kind and roles; the top quotes;
// the top statements, each with a masked-link citation; who appears with them; counts in the
// footer; link buttons to the sources. Article text is escaped and cannot ping.

import type { APIEmbed } from "discord-api-types/v10";
import type { ActorAnswer, ActorsAnswer } from "../answers/actor-types.ts";
import { ACTORS_PAGE_SIZE } from "../answers/actors.ts";
import type { SourceRef } from "../types.ts";
import {
  BRAND_COLOR,
  type DiscordMessage,
  escapeMarkdown,
  link,
  message,
  NOTHING_COLOR,
  sourceButtons,
} from "./discord-message.ts";
import { clip, LIMITS } from "./limits.ts";
import { oneLine } from "./text.ts";

const QUOTES = 3;
const STATEMENTS = 5;

const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const text = (s: string, max: number) => escapeMarkdown(cut(oneLine(s), max));
const cite = (s: SourceRef) =>
  `${link(s.outlet ?? "Unknown outlet", s.url)} · ${s.published ?? "date unknown"}`;
const cites = (refs: SourceRef[]) =>
  refs.length > 3
    ? `${refs.slice(0, 3).map(cite).join("; ")} +${refs.length - 3}`
    : refs.map(cite).join("; ");

export function renderActor(a: ActorAnswer): DiscordMessage {
  if (!a.actor) {
    const tips = a.suggestions.length
      ? `\nDid you mean: ${a.suggestions.map((s) => `**${escapeMarkdown(s)}**`).join(", ")}?`
      : "\nTry `/actors` to see who the coverage names.";
    return message([
      {
        title: clip(`No one called “${a.query}” in the coverage`, LIMITS.embedTitle),
        description: clip(`The coverage does not name this actor.${tips}`, LIMITS.embedDescription),
        color: NOTHING_COLOR,
      },
    ]);
  }
  const p = a.actor;
  const lines: string[] = [];
  const roles = p.descriptions.slice(0, 4).map((d) => escapeMarkdown(cut(d, 80)));
  lines.push(
    `*${p.kind === "person" ? "Person" : "Organisation"}*${roles.length ? ` · ${roles.join(" · ")}` : ""}`,
  );
  const aliases = p.aliases.slice(0, 6).map((x) => escapeMarkdown(cut(x, 40)));
  if (aliases.length) lines.push(`Also: ${aliases.join(", ")}`);
  if (p.quotes.length) {
    lines.push("", "**Quoted**");
    for (const q of p.quotes.slice(0, QUOTES))
      lines.push(`> “${text(q.quote, 300)}”`, `— ${cites(q.sources)}`);
  }
  if (p.statements.length) {
    lines.push("", "**In the coverage**");
    p.statements.slice(0, STATEMENTS).forEach((s, i) => {
      lines.push(`**${i + 1}.** ${text(s.text, 380)}`, `— ${cites(s.sources)}`);
    });
  }
  if (p.related.length) {
    lines.push(
      "",
      `**Appears with:** ${p.related
        .slice(0, 8)
        .map((r) => `${escapeMarkdown(r.name)} (${r.count})`)
        .join(", ")}`,
    );
  }
  const embed: APIEmbed = {
    title: clip(p.name, LIMITS.embedTitle),
    description: clip(lines.join("\n"), LIMITS.embedDescription),
    color: BRAND_COLOR,
    footer: {
      text: clip(
        `${p.mentions} mention${p.mentions === 1 ? "" : "s"} in ${p.documents.length} article${p.documents.length === 1 ? "" : "s"} · ${p.quotes.length} quote${p.quotes.length === 1 ? "" : "s"} · coverage-bot`,
        LIMITS.footer,
      ),
    },
  };
  const refs = [...p.statements.slice(0, STATEMENTS), ...p.quotes.slice(0, QUOTES)].flatMap((x) => x.sources);
  return message([embed], sourceButtons(refs));
}

export function renderActors(a: ActorsAnswer): DiscordMessage {
  if (a.total === 0) {
    return message([
      { title: "Actors", description: "The coverage names no one yet.", color: NOTHING_COLOR },
    ]);
  }
  const first = (a.page - 1) * ACTORS_PAGE_SIZE;
  const rows = a.actors.map(
    (x, i) =>
      `**${first + i + 1}.** ${escapeMarkdown(cut(x.name, 80))} · ${x.kind === "person" ? "person" : "org"} · ${x.mentions} mention${x.mentions === 1 ? "" : "s"}, ${x.documents.length} article${x.documents.length === 1 ? "" : "s"}`,
  );
  return message([
    {
      title: "Who the coverage names",
      description: clip(`${rows.join("\n")}\nUse \`/actor name\` for one of them.`, LIMITS.embedDescription),
      color: BRAND_COLOR,
      footer: {
        text: `Page ${a.page} of ${a.pages} · ${a.total} actor${a.total === 1 ? "" : "s"} · coverage-bot`,
      },
    },
  ]);
}
