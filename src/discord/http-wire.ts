// Messages on the wire for the HTTP face: JSON, or multipart/form-data when files ride along
// (the interaction response itself, or a webhook call), and the interaction webhook client.

import { randomBytes } from "node:crypto";
import type { DiscordMessage } from "../render/discord-message.ts";

type WireFile = NonNullable<DiscordMessage["files"]>[number];

/** A message as Discord's API takes it: files become `attachments: [{id, filename}]` in the
 * JSON, and the bytes go separately as `files[n]` parts. */
export function wireMessage(m: DiscordMessage): { json: Record<string, unknown>; files: WireFile[] } {
  const { files = [], ...rest } = m;
  if (files.length === 0) return { json: rest, files };
  return { json: { ...rest, attachments: files.map((f, id) => ({ id, filename: f.name })) }, files };
}

/** multipart/form-data with `payload_json` and `files[n]` parts, as Discord takes any upload —
 * built by hand so the HTTP response can be written synchronously too. */
export function multipart(payload: unknown, files: WireFile[]): { contentType: string; body: Buffer } {
  const boundary = `coverage-bot-${randomBytes(12).toString("hex")}`;
  const quoted = (s: string) => s.replace(/["\r\n]/g, "_");
  const parts: Buffer[] = [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="payload_json"\r\n` +
        `Content-Type: application/json\r\n\r\n${JSON.stringify(payload)}\r\n`,
    ),
  ];
  files.forEach((f, i) => {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files[${i}]"; filename="${quoted(f.name)}"\r\n` +
          `Content-Type: ${f.contentType}\r\n\r\n`,
      ),
      f.data,
      Buffer.from("\r\n"),
    );
  });
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: Buffer.concat(parts) };
}

export const filesSize = (m: DiscordMessage) => (m.files ?? []).reduce((n, f) => n + f.data.length, 0);

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Discord's "Unknown Webhook": an interaction's webhook exists once Discord has read our
 * response to it, and that response (sent over HTTP a moment before) may still be on its way. */
const UNKNOWN_WEBHOOK = 10015;
const UNKNOWN_WEBHOOK_RETRIES = 3;

/** Calls an interaction webhook route (`suffix` after /webhooks/{app}/{token}), riding out rate
 * limits (429 + Retry-After) and a webhook not known yet (retried after 100, 200, 400 ms).
 * Errors name the route, never the token. */
export async function callWebhook(
  apiUrl: string,
  interaction: { application_id: string; token: string },
  method: string,
  suffix: string,
  payload?: DiscordMessage,
): Promise<Response> {
  const url = `${apiUrl}/v10/webhooks/${interaction.application_id}/${interaction.token}${suffix}`;
  const wire = payload === undefined ? null : wireMessage(payload);
  for (let attempt = 0; ; attempt++) {
    const encoded =
      wire === null
        ? null
        : wire.files.length > 0
          ? multipart(wire.json, wire.files)
          : { contentType: "application/json", body: JSON.stringify(wire.json) };
    const r = await fetch(url, {
      method,
      ...(encoded ? { headers: { "content-type": encoded.contentType }, body: encoded.body } : {}),
    });
    if (r.status === 429 && attempt < 3) {
      const wait = Number(r.headers.get("retry-after") ?? "1");
      await new Promise((res) => setTimeout(res, Math.min(10_000, Math.max(0, wait * 1000) + 50)));
      continue;
    }
    if (r.status === 404 && attempt < UNKNOWN_WEBHOOK_RETRIES && (await errorCode(r)) === UNKNOWN_WEBHOOK) {
      await new Promise((res) => setTimeout(res, 100 * 2 ** attempt));
      continue;
    }
    if (!r.ok) throw new HttpError(r.status, `${method} webhook${suffix} answered ${r.status}`);
    return r;
  }
}

/** The JSON error code of a refused API call, if its body has one. */
async function errorCode(r: Response): Promise<number | undefined> {
  try {
    const body = (await r.clone().json()) as { code?: unknown };
    return typeof body.code === "number" ? body.code : undefined;
  } catch {
    return undefined;
  }
}
