import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { defineCommand } from "./definition.ts";

export default defineCommand({
  name: "whosaid",
  description: "Who said these words? The quotation, its speaker, and every outlet carrying it.",
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "text",
      description: "The words of the quotation, or part of it",
      required: true,
      max_length: 300,
    },
  ],
});
