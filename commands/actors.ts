import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { defineCommand } from "./definition.ts";

export default defineCommand({
  name: "actors",
  description: "The people and organisations the coverage names, most mentioned first.",
  options: [
    {
      type: ApplicationCommandOptionType.Integer,
      name: "page",
      description: "Page of actors (default 1)",
      min_value: 1,
    },
  ],
});
