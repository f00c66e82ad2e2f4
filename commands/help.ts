import { defineCommand } from "./definition.ts";

export default defineCommand({
  name: "help",
  description: "What this bot can answer, and how to ask.",
});
