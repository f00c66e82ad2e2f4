// /reload and /ingest change the coverage every server reads, so they are accepted only in the
// admin servers (ADMIN_GUILD_IDS, default DISCORD_GUILD_ID) — Manage Server elsewhere is refused.
import { afterEach, describe, expect, it } from "vitest";
import { readConfig } from "../../src/config.ts";
import { createRouter } from "../../src/discord/router.ts";
import { CoverageStore } from "../../src/lifecycle/store.ts";
import { silentLogger } from "../../src/log.ts";
import { tempCorpus } from "../helpers/corpus.ts";

const ADMIN = "100000000000000001";
const OTHER = "100000000000000002";
const MANAGE = "32";
let cleanup = () => {};
afterEach(() => cleanup());

async function routerWith(env: Record<string, string>) {
  const t = tempCorpus({ "a.txt": "Flood waters reached Arden on Sunday, officials said.\n" });
  cleanup = t.cleanup;
  const store = new CoverageStore(t.dir, silentLogger);
  await store.reload();
  const config = readConfig({ CORPUS_DIR: t.dir, ...env });
  return createRouter({ coverage: store, store, config });
}
const text = (m: { embeds: Array<{ title?: string; description?: string }> }) =>
  m.embeds.map((e) => `${e.title ?? ""} ${e.description ?? ""}`).join(" ");

describe("admin scope", () => {
  it("refuses /reload from a manager of another server; accepts it in the admin server", async () => {
    const router = await routerWith({ ADMIN_GUILD_IDS: ADMIN });
    const elsewhere = await router.command(
      "reload",
      {},
      { userId: "9", guildId: OTHER, memberPermissions: MANAGE },
    );
    expect(text(elsewhere)).toMatch(/admin server/);
    const dm = await router.command("reload", {}, { userId: "9", guildId: null, memberPermissions: MANAGE });
    expect(text(dm)).toMatch(/admin server/);
    const here = await router.command(
      "reload",
      {},
      { userId: "9", guildId: ADMIN, memberPermissions: MANAGE },
    );
    expect(text(here)).toMatch(/Coverage reloaded/);
  });

  it("defaults to DISCORD_GUILD_ID, and ADMIN_USER_IDS narrows it to listed users", async () => {
    const router = await routerWith({ DISCORD_GUILD_ID: ADMIN, ADMIN_USER_IDS: "200000000000000001" });
    const stranger = await router.command(
      "reload",
      {},
      { userId: "9", guildId: ADMIN, memberPermissions: MANAGE },
    );
    expect(text(stranger)).toMatch(/administrators/);
    const admin = await router.command(
      "reload",
      {},
      { userId: "200000000000000001", guildId: ADMIN, memberPermissions: MANAGE },
    );
    expect(text(admin)).toMatch(/Coverage reloaded/);
    const ask = await router.command("ask", { question: "flood Arden" }, { userId: "9", guildId: OTHER });
    expect(text(ask)).toMatch(/Coverage on/);
  });

  it("rejects an id list that is not Discord ids", () => {
    expect(() => readConfig({ ADMIN_GUILD_IDS: "123, abc" })).toThrow(/ADMIN_GUILD_IDS/);
  });
});
