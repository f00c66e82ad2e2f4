import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { defineCommand } from "./definition.ts";

export default defineCommand({
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
});
