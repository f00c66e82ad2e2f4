// The Discord router: an interaction's command name and options → a message payload.
// Shared by the gateway client and the HTTP interactions endpoint, so both answer alike.

import { type Choice, type CommandOptions, findCommand, runCommand } from "../answers/registry.ts";
import type { Coverage } from "../coverage.ts";
import { type DiscordMessage, errorMessage, renderDiscord } from "../render/discord.ts";
import { clip, LIMITS } from "../render/limits.ts";

export interface OptionInput {
  name: string;
  value?: string | number | boolean;
  focused?: boolean;
  options?: OptionInput[];
}

/** Flattens Discord's option tree (subcommands nest options) into name → value. */
export function optionsOf(data: readonly OptionInput[] | undefined): CommandOptions {
  const out: CommandOptions = {};
  for (const o of data ?? []) {
    if (o.options) Object.assign(out, optionsOf(o.options));
    else out[o.name] = o.value;
  }
  return out;
}

export function answerCommand(coverage: Coverage, name: string, options: CommandOptions): DiscordMessage {
  if (!findCommand(name))
    return errorMessage(`Sorry, I don't know /${name}. Try /help to see what I can answer.`);
  return renderDiscord(runCommand(coverage, name, options));
}

export function answerAutocomplete(
  coverage: Coverage,
  name: string,
  data: readonly OptionInput[] | undefined,
): Choice[] {
  const command = findCommand(name);
  const focused = flatten(data).find((o) => o.focused);
  if (!command?.autocomplete || !focused) return [];
  return command
    .autocomplete(coverage, focused.name, String(focused.value ?? ""))
    .slice(0, LIMITS.choices)
    .map((c) => ({ name: clip(c.name, LIMITS.choiceName), value: c.value.slice(0, LIMITS.choiceValue) }));
}

function flatten(data: readonly OptionInput[] | undefined): OptionInput[] {
  return (data ?? []).flatMap((o) => (o.options ? flatten(o.options) : [o]));
}
