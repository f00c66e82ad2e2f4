// Options as they arrive (Discord's option list flattened, or CLI flags as typed) → the typed
// options a handler declares through its definition. The one place where untyped input meets
// the types: a value of the wrong kind is dropped, and a missing required text is "", which
// every answer already explains ("Please give a question.").

import { ApplicationCommandOptionType } from "discord-api-types/v10";
import type { CommandDefinition, OptionsOf } from "../../commands/definition.ts";

export type CommandOptions = Record<string, string | number | boolean | undefined>;

type Value = string | number | boolean;

function checked(type: ApplicationCommandOptionType, raw: Value | undefined): Value | undefined {
  switch (type) {
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number:
      if (typeof raw === "number") return raw;
      // The CLI types numbers as text.
      return typeof raw === "string" && /^\d+$/.test(raw) ? Number(raw) : undefined;
    case ApplicationCommandOptionType.Boolean:
      return typeof raw === "boolean" ? raw : undefined;
    default:
      return typeof raw === "string" ? raw : undefined;
  }
}

/** The options `definition` declares, each of its declared kind. */
export function parseOptions<D extends CommandDefinition>(definition: D, raw: CommandOptions): OptionsOf<D> {
  const out: Record<string, Value> = {};
  for (const o of definition.options ?? []) {
    const v = checked(o.type, raw[o.name]);
    if (v !== undefined) out[o.name] = v;
    else if ("required" in o && o.required && o.type === ApplicationCommandOptionType.String)
      out[o.name] = "";
  }
  // Checked above option by option against the definition that `OptionsOf<D>` is computed from.
  return out as OptionsOf<D>;
}

/** The option a bare query fills ("ask what happened" → question). */
export function primaryOption(definition: CommandDefinition): string | undefined {
  return (definition.options ?? []).find((o) => o.type === ApplicationCommandOptionType.String)?.name;
}
