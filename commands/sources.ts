import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { defineCommand } from "./definition.ts";

export default defineCommand({
  name: "sources",
  description: "List the articles in the coverage: outlet, title, day and link.",
  options: [
    {
      type: ApplicationCommandOptionType.Integer,
      name: "page",
      description: "Page of articles (default 1)",
      min_value: 1,
    },
  ],
});
