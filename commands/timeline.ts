import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { defineCommand } from "./definition.ts";

export default defineCommand({
  name: "timeline",
  description: "The events of an actor or a topic (or all events) in date order, with a timeline image.",
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "query",
      description: "An actor or a topic; leave empty for every event",
      autocomplete: true,
      max_length: 200,
    },
  ],
});
