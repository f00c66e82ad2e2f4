import { MessageFlags } from "discord-api-types/v10";
import { afterEach, describe, expect, it, vi } from "vitest";
import { arrivalOf, Responder, type ResponderAdapter, Turns } from "../../src/discord/responder.ts";
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
afterEach(() => {
  vi.useRealTimers();
});
const publicMessage = message([{ title: "An answer" }]);
const privateMessage = message([{ title: "Only you" }], [], MessageFlags.Ephemeral);

describe("the Responder's deferral deadline", () => {
  it("with no deadline (Infinity) never defers by time: Node would run such a timer after 1 ms", async () => {
    const a = recorder();
    new Responder(a.adapter, { ack: "public", arrivedAt: now, deferAfterMs: Number.POSITIVE_INFINITY }).arm();
    // A timer armed first fires first: a 1 ms deferral would be recorded before this one ends.
    await new Promise((r) => setTimeout(r, 20));
    expect(a.calls).toEqual([]);
  });
});

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

  it("in a burst answered one per turn, those whose time runs out while others compute are deferred", async () => {
    // The clock moves only by the work done: each answer costs 100 ms, the deferral time is
    // 150 ms, five arrive together. (Date and timers are fake; the turns' setImmediate is real.)
    vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"], now: 1_000_000 });
    const arrivedAt = Date.now();
    const burst = Array.from({ length: 5 }, () => {
      const a = recorder();
      const r = new Responder(a.adapter, { ack: "public", arrivedAt, deferAfterMs: 150 });
      r.arm();
      return { a, r };
    });
    const turns = new Turns();
    await Promise.all(
      burst.map(({ r }) =>
        turns.run(async () => {
          vi.advanceTimersByTime(100);
          await r.send(publicMessage);
        }),
      ),
    );
    // The first is ready at 100 ms; the others' deferral fires at 150 ms, during the second answer.
    expect(burst.map(({ a }) => a.calls)).toEqual([["reply"], ...Array(4).fill(["defer:public", "edit"])]);
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
