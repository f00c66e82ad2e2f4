// One failed interaction, the same in both faces: one error line with ids and the command name
// (errors from Discord's API carry the callback URL, with the interaction's token, and the request
// body: neither is logged), then a private apology. A failed apology is logged, never thrown.

import type { Logger } from "../log.ts";
import { errorMessage } from "../render/discord-message.ts";
import type { Responder } from "./responder.ts";
import { FAILURE_TEXT, finalize } from "./routing.ts";
import { safeError } from "./safe-error.ts";

export async function reportFailure(
  log: Logger,
  responder: Responder,
  base: Record<string, unknown>,
  command: string | undefined,
  err: unknown,
  token: string,
): Promise<void> {
  log.error(
    { event: "interaction.error", ...base, command, err: safeError(err, [token]) },
    "interaction failed",
  );
  try {
    await responder.fail(finalize(errorMessage(FAILURE_TEXT)));
  } catch (e) {
    log.warn(
      { event: "interaction.error_reply_failed", ...base, err: safeError(e, [token]) },
      "could not send the error reply",
    );
  }
}
