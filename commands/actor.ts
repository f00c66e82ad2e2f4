import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { defineCommand } from "./definition.ts";

export default defineCommand({
  name: "actor",
  description: "Who a person or organisation is in the coverage: roles, quotes, what they did, with sources.",
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "name",
      description: "A person or organisation named in the coverage",
      required: true,
      autocomplete: true,
      max_length: 100,
    },
  ],
});
