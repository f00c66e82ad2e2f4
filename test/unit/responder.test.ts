import { MessageFlags } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { arrivalOf, Responder, type ResponderAdapter } from "../../src/discord/responder.ts";
import { safeError } from "../../src/discord/safe-error.ts";
import { message } from "../../src/render/discord-message.ts";

function recorder(fitsInline = true): { calls: string[]; adapter: ResponderAdapter } {
  const calls: string[] = [];
  const log = (name: string) => async () => void calls.push(name);
  return {
    calls,
    adapter: {
      defer: async (ack) => void calls.push(`defer:${ack}`),
      reply: log("reply"),
      update: log("update"),
      edit: log("edit"),
      remove: log("remove"),
      followUp: log("followUp"),
      fitsInline: () => fitsInline,
    },
  };
}

const now = Date.now();
const publicMessage = message([{ title: "An answer" }]);
const privateMessage = message([{ title: "Only you" }], [], MessageFlags.Ephemeral);

describe("the Responder: what reaches Discord, given what was sent before", () => {
  it("a ready answer is the first response itself: a reply, or an update of the clicked message", async () => {
    const a = recorder();
    await new Responder(a.adapter, { ack: "public", arrivedAt: now }).send(publicMessage);
    const b = recorder();
    await new Responder(b.adapter, { ack: "update", arrivedAt: now }).send(publicMessage, "update");
    expect([a.calls, b.calls]).toEqual([["reply"], ["update"]]);
  });

  it("after a public deferral, a private answer replaces the public placeholder", async () => {
    const a = recorder();
    const r = new Responder(a.adapter, { ack: "public", arrivedAt: now });
    await r.defer();
    await r.send(privateMessage);
    expect(a.calls).toEqual(["defer:public", "remove", "followUp"]);
  });

  it("after a private deferral the answer edits it; after a button deferral a new message follows", async () => {
    const a = recorder();
    const r = new Responder(a.adapter, { ack: "private", arrivedAt: now });
    await r.defer();
    await r.send(privateMessage);
    const b = recorder();
    const s = new Responder(b.adapter, { ack: "update", arrivedAt: now });
    await s.defer();
    await s.send(privateMessage, "reply");
    expect([a.calls, b.calls]).toEqual([
      ["defer:private", "edit"],
      ["defer:update", "followUp"],
    ]);
  });

  it("an interaction already past its deferral time is deferred as soon as it is armed", async () => {
    const a = recorder();
    const r = new Responder(a.adapter, { ack: "public", arrivedAt: now - 2000, deferAfterMs: 1500 });
    r.arm();
    await r.send(publicMessage);
    expect(a.calls).toEqual(["defer:public", "edit"]);
  });

  it("a message too big for the first response is deferred, then sent by editing", async () => {
    const a = recorder(false);
    await new Responder(a.adapter, { ack: "public", arrivedAt: now }).send(publicMessage);
    expect(a.calls).toEqual(["defer:public", "edit"]);
  });

  it("a failure after the answer was sent follows up once", async () => {
    const a = recorder();
    const r = new Responder(a.adapter, { ack: "public", arrivedAt: now });
    await r.send(publicMessage);
    await r.fail(privateMessage);
    expect(a.calls).toEqual(["reply", "followUp"]);
  });

  it("reads the creation time from a snowflake, and ignores an implausible one", () => {
    const id = ((BigInt(now - 800) - 1_420_070_400_000n) << 22n).toString();
    expect(arrivalOf(id, now)).toBe(now - 800);
    expect(arrivalOf("1", now)).toBe(now); // 2015: a clock skew or an odd id
    expect(arrivalOf("not-an-id", now)).toBe(now);
  });
});

describe("errors fit for logs", () => {
  it("keeps the message and status, drops tokens from URLs, and the request body", () => {
    const err = Object.assign(
      new Error("Unknown interaction at /interactions/123/aW50ZXJhY3Rpb24.secret/callback"),
      {
        status: 404,
        url: "https://discord.com/api/v10/interactions/123/aW50ZXJhY3Rpb24.secret/callback",
        requestBody: { json: { content: "the answer text" } },
      },
    );
    const safe = JSON.stringify(safeError(err, ["aW50ZXJhY3Rpb24.secret"]));
    expect(safe).toContain("Unknown interaction");
    expect(safe).toContain("404");
    expect(safe).not.toContain("aW50ZXJhY3Rpb24.secret");
    expect(safe).not.toContain("the answer text");
  });
});
