import { ApplicationCommandOptionType, InteractionContextType } from "discord-api-types/v10";
import { defineCommand } from "./definition.ts";

/** Admin only: hidden from members without Manage Server, and re-checked by the handler. */
export default defineCommand({
  name: "ingest",
  description: "Add an article (.txt or .md) to the coverage (Manage Server only).",
  default_member_permissions: "32",
  contexts: [InteractionContextType.Guild],
  options: [
    {
      type: ApplicationCommandOptionType.Attachment,
      name: "file",
      description: "The article as a .txt or .md file",
      required: true,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "url",
      description: "Where it was published",
      max_length: 500,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "outlet",
      description: "The publication",
      max_length: 100,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "published",
      description: "Publication day, YYYY-MM-DD",
      max_length: 30,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "title",
      description: "The headline",
      max_length: 200,
    },
  ],
});
