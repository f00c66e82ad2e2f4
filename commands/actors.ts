import type { CommandDefinition } from "./definition.ts";

export default {
  name: "actors",
  description: "The people and organisations the coverage names, most mentioned first.",
} satisfies CommandDefinition;
