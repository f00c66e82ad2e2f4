import { ApplicationCommandOptionType } from "discord-api-types/v10";
import type { CommandDefinition } from "./definition.ts";

export default {
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
} satisfies CommandDefinition;
