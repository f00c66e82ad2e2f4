// Admin scope across servers: one bot process serves every server it is in, and all of them
// read the same coverage. So the commands that change it (/reload, /ingest) are registered and
// accepted only in the admin servers (ADMIN_GUILD_IDS, default DISCORD_GUILD_ID), optionally
// only for listed users (ADMIN_USER_IDS) — Manage Server in some other server is not enough.

import type { CommandDefinition } from "../../commands/definition.ts";

export interface AdminScope {
  adminGuildIds: readonly string[];
  adminUserIds: readonly string[];
}

/** Commands that change the coverage carry a default permission (Manage Server). */
export function isAdminCommand(def: Pick<CommandDefinition, "default_member_permissions">): boolean {
  return def.default_member_permissions != null;
}

/** Why this caller may not run this command here, or null when allowed (or not an admin command). */
export function adminRefusal(
  scope: AdminScope | undefined,
  def: Pick<CommandDefinition, "default_member_permissions">,
  who: { userId: string; guildId?: string | null },
): string | null {
  if (!scope || !isAdminCommand(def)) return null;
  if (!who.guildId || !scope.adminGuildIds.includes(who.guildId))
    return "The coverage can only be changed from the bot's admin server.";
  if (scope.adminUserIds.length > 0 && !scope.adminUserIds.includes(who.userId))
    return "Only the bot's administrators can change the coverage.";
  return null;
}
