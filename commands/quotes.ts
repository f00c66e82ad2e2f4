import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { defineCommand } from "./definition.ts";

export default defineCommand({
  name: "quotes",
  description: "What someone is quoted as saying in the coverage, with sources.",
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "speaker",
      description: "A person or organisation quoted in the coverage",
      required: true,
      autocomplete: true,
      max_length: 100,
    },
    {
      type: ApplicationCommandOptionType.Integer,
      name: "page",
      description: "Page of quotations (default 1)",
      min_value: 1,
    },
  ],
});
