import { ApplicationCommandOptionType } from "discord-api-types/v10";
import type { CommandDefinition } from "./definition.ts";

export default {
  name: "event",
  description: "Find an event in the coverage: what, when, where, who, figures, with cited sentences.",
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "query",
      description: "What happened, who or where (e.g. Caribbean strike, Rubio meeting)",
      required: true,
      autocomplete: true,
      max_length: 200,
    },
  ],
} satisfies CommandDefinition;
