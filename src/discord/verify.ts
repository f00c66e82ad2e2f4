// Ed25519 verification of Discord's interaction requests, with Node's own crypto:
// the signature covers the timestamp followed by the raw request body.

import { createPublicKey, type KeyObject, verify } from "node:crypto";

/** DER prefix of an Ed25519 SubjectPublicKeyInfo; Discord gives the raw 32-byte key in hex. */
const SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

export function publicKeyFromHex(hex: string): KeyObject {
  return createPublicKey({
    key: Buffer.concat([SPKI_PREFIX, Buffer.from(hex, "hex")]),
    format: "der",
    type: "spki",
  });
}

export function verifyDiscordRequest(
  key: KeyObject,
  signatureHex: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
): boolean {
  if (!signatureHex || !timestamp || !/^[0-9a-f]{128}$/i.test(signatureHex)) return false;
  try {
    return verify(
      null,
      Buffer.concat([Buffer.from(timestamp, "utf8"), body]),
      key,
      Buffer.from(signatureHex, "hex"),
    );
  } catch {
    return false;
  }
}

/** Discord's requests are signed when sent; one signed longer ago than this is a replay. */
export const MAX_SIGNATURE_AGE_S = 5 * 60;

/** True when X-Signature-Timestamp (Unix seconds) is within five minutes of `nowMs`, either way
 * (a timestamp far in the future is no fresher than one far in the past). */
export function isFreshTimestamp(
  timestamp: string | undefined,
  nowMs = Date.now(),
  maxAgeS = MAX_SIGNATURE_AGE_S,
): boolean {
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  return Math.abs(nowMs / 1000 - Number(timestamp)) <= maxAgeS;
}
