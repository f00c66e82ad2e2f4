// A slash command as Discord's API receives it: plain data, kept apart from its handler.
// `defineCommand` keeps the literal types (option names, types, `required`) so each handler's
// options are typed from its definition (`OptionsOf`), with no casts.
import type {
  ApplicationCommandOptionType,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord-api-types/v10";

export type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody & { name: string };

/** Checks a definition against Discord's type and keeps its literal types. */
export function defineCommand<const D extends CommandDefinition>(definition: D): D {
  return definition;
}

/** What a handler receives for one option: text, a number, a switch, or an id (attachment,
 * user, channel, role: Discord sends their snowflake). */
type ValueOf<O> = O extends { type: ApplicationCommandOptionType.String }
  ? string
  : O extends { type: ApplicationCommandOptionType.Integer | ApplicationCommandOptionType.Number }
    ? number
    : O extends { type: ApplicationCommandOptionType.Boolean }
      ? boolean
      : string;

type Required<O> = O extends { required: true } ? O : never;

/** A definition's options as a handler sees them: `{ question: string; limit?: number }`. */
export type OptionsOf<D> = D extends { options: readonly (infer O extends { name: string })[] }
  ? { [P in O as P extends Required<P> ? P["name"] : never]: ValueOf<P> } & {
      [P in O as P extends Required<P> ? never : P["name"]]?: ValueOf<P>;
    }
  : Record<never, never>;
