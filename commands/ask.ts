import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { defineCommand } from "./definition.ts";

export default defineCommand({
  name: "ask",
  description: "Ask a question about the coverage; get the best cited excerpts with links.",
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "question",
      description: "What you want to know, in your own words, e.g. What did <name> say about <topic>?",
      required: true,
      max_length: 300,
    },
    {
      type: ApplicationCommandOptionType.Integer,
      name: "limit",
      description: "How many excerpts (1-10, default 5)",
      min_value: 1,
      max_value: 10,
    },
  ],
});
