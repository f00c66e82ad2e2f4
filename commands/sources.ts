import type { CommandDefinition } from "./definition.ts";

export default {
  name: "sources",
  description: "List every article in the coverage: outlet, title, day and link.",
} satisfies CommandDefinition;
