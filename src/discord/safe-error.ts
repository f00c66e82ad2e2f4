// Errors as they may be logged: Discord API errors carry the request URL (an interaction's
// callback or webhook URL holds its token, which lets anyone answer as the bot for 15 minutes)
// and the request body. A logged error keeps its name, message, codes and stack, with tokens cut.

const TOKEN_IN_PATH = /(\/(?:interactions|webhooks)\/\d+\/)[^/?\s"']+/g;

function redact(text: string, secrets: readonly string[]): string {
  let out = text.replace(TOKEN_IN_PATH, "$1[token]");
  for (const s of secrets) if (s) out = out.split(s).join("[token]");
  return out;
}

export interface SafeError {
  type: string;
  message: string;
  code?: string | number;
  status?: number;
  method?: string;
  stack?: string;
}

/** A copy of `err` fit for the log: no request body, no URL token, no `secrets`. */
export function safeError(err: unknown, secrets: readonly string[] = []): SafeError {
  if (!(err instanceof Error)) return { type: typeof err, message: redact(String(err), secrets) };
  const e = err as Error & { code?: unknown; status?: unknown; method?: unknown };
  return {
    type: e.name,
    message: redact(e.message, secrets),
    ...(typeof e.code === "string" || typeof e.code === "number" ? { code: e.code } : {}),
    ...(typeof e.status === "number" ? { status: e.status } : {}),
    ...(typeof e.method === "string" ? { method: e.method } : {}),
    ...(e.stack ? { stack: redact(e.stack, secrets) } : {}),
  };
}
