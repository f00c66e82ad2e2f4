// What the HTTP face accepts before any work: Discord's interaction requests are small, signed
// and prompt. Anything unsigned or too large is refused before its body is read; a body must
// arrive within seconds; then the signature, its age and the JSON shape are checked.

import type { KeyObject } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { APIInteraction } from "discord-api-types/v10";
import { isFreshTimestamp, verifyDiscordRequest } from "./verify.ts";

/** Largest request body read. Interactions are a few KB (options, resolved users and
 * attachments as URLs, never file bytes); /ingest's file is downloaded from its URL. */
export const MAX_BODY = 128 * 1024;
/** A request's headers and body must both arrive within this (Node's default is 300 s). */
export const REQUEST_TIMEOUT_MS = 10_000;
/** Open connections at once; Discord's bursts use far fewer. */
export const MAX_CONNECTIONS = 256;

export type Intake =
  | { ok: true; interaction: APIInteraction }
  | { ok: false; status: number; error: string; log?: { event: string; [k: string]: unknown } };

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Refusals decided from the headers alone, before a byte of the body is read. */
export function refuseEarly(req: IncomingMessage): Intake | null {
  if (!header(req, "x-signature-ed25519") || !header(req, "x-signature-timestamp")) {
    return {
      ok: false,
      status: 401,
      error: "invalid request signature",
      log: { event: "interactions.bad_signature" },
    };
  }
  const length = Number(header(req, "content-length") ?? "0");
  if (!Number.isFinite(length) || length > MAX_BODY) {
    return { ok: false, status: 413, error: `body too large (at most ${MAX_BODY} bytes)` };
  }
  return null;
}

function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > max) {
        reject(new Error("too large"));
        req.destroy();
      } else chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
    req.on("close", () => reject(new Error("closed")));
  });
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Reads, verifies and parses one request; `receivedAt` (ms) is when it arrived, the time its
 *  signature's age is judged at (not after its body has been read). */
export async function intake(req: IncomingMessage, key: KeyObject, receivedAt = Date.now()): Promise<Intake> {
  const early = refuseEarly(req);
  if (early) return early;
  const raw = await readBody(req, MAX_BODY).catch(() => null);
  if (!raw) return { ok: false, status: 413, error: "body too large or unreadable" };
  const timestamp = header(req, "x-signature-timestamp");
  if (!verifyDiscordRequest(key, header(req, "x-signature-ed25519"), timestamp, raw)) {
    return {
      ok: false,
      status: 401,
      error: "invalid request signature",
      log: { event: "interactions.bad_signature" },
    };
  }
  // A correctly signed but old request is a replay.
  if (!isFreshTimestamp(timestamp, receivedAt)) {
    return {
      ok: false,
      status: 401,
      error: "request signature is too old",
      log: { event: "interactions.stale_signature", timestamp },
    };
  }
  let body: unknown;
  try {
    body = JSON.parse(raw.toString("utf8"));
  } catch {
    return { ok: false, status: 400, error: "body is not JSON" };
  }
  if (!isObject(body) || typeof body.type !== "number" || typeof body.id !== "string") {
    return { ok: false, status: 400, error: "body is not an interaction (a JSON object with id and type)" };
  }
  // Signed by Discord and shaped like an interaction: Discord's own type from here on.
  return { ok: true, interaction: body as unknown as APIInteraction };
}
