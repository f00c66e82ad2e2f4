// The HTTP face answers an interaction in its HTTP response and completes it through the
// interaction's webhook; Discord knows that webhook only once it has read the response, so an
// edit sent right after may meet "Unknown Webhook" and must be tried again, not dropped.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect, it } from "vitest";
import { callWebhook } from "../../src/discord/http-wire.ts";

let server: Server | null = null;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

/** A loopback API answering each request with the next of `replies` (status, JSON code). */
async function api(replies: Array<[number, number?]>): Promise<{ url: string; seen: string[] }> {
  const seen: string[] = [];
  server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const [status, code] = replies[Math.min(seen.length - 1, replies.length - 1)]!;
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(code === undefined ? { id: "1" } : { code, message: "refused" }));
  });
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", () => r()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`, seen };
}

const interaction = { application_id: "42", token: "tok" };

it("edits the original once the webhook is known, after Unknown Webhook answers", async () => {
  const { url, seen } = await api([[404, 10015], [404, 10015], [200]]);
  const r = await callWebhook(url, interaction, "PATCH", "/messages/@original", {
    content: "done",
    embeds: [],
    components: [],
    allowed_mentions: { parse: [] },
  });
  expect(r.status).toBe(200);
  expect(seen).toEqual(Array(3).fill("PATCH /api/v10/webhooks/42/tok/messages/@original"));
});

it("gives up on a webhook that stays unknown, and fails at once on another 404", async () => {
  const unknown = await api([[404, 10015]]);
  await expect(callWebhook(unknown.url, interaction, "DELETE", "/messages/@original")).rejects.toThrow(/404/);
  expect(unknown.seen).toHaveLength(4);
  await new Promise<void>((r) => server!.close(() => r()));
  const gone = await api([[404, 10008]]);
  await expect(callWebhook(gone.url, interaction, "DELETE", "/messages/@original")).rejects.toThrow(/404/);
  expect(gone.seen).toHaveLength(1);
});
