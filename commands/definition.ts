// A slash command as Discord's API receives it: plain data, kept apart from its handler.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord-api-types/v10";

export type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody & { name: string };
