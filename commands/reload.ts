import { InteractionContextType } from "discord-api-types/v10";
import { defineCommand } from "./definition.ts";

/** Admin only: hidden from members without Manage Server, and re-checked by the handler. */
export default defineCommand({
  name: "reload",
  description: "Re-read the corpus folder now and report what changed (Manage Server only).",
  default_member_permissions: "32",
  contexts: [InteractionContextType.Guild],
});
