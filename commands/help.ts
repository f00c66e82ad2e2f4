import type { CommandDefinition } from "./definition.ts";

export default {
  name: "help",
  description: "What this bot can answer, and how to ask.",
} satisfies CommandDefinition;
