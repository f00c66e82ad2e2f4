import { describe, expect, it } from "vitest";
import { readConfig } from "../../src/config.ts";

describe("config", () => {
  it("defaults to the console with the seeds corpus", () => {
    const c = readConfig({}, "/repo");
    expect(c).toMatchObject({
      discordToken: null,
      corpusDir: "/repo/seeds",
      discordApiUrl: "https://discord.com/api",
      coreThread: "worker",
    });
    expect(readConfig({ CORE_THREAD: "Main" }, "/repo").coreThread).toBe("main");
  });
  it.each([
    [{ DISCORD_GUILD_ID: "not-a-number" }, /DISCORD_GUILD_ID/],
    [{ DISCORD_APPLICATION_ID: "12" }, /DISCORD_APPLICATION_ID/],
    [{ DISCORD_TOKEN: "short" }, /DISCORD_TOKEN/],
    [{ INTERACTIONS_PORT: "99999", DISCORD_PUBLIC_KEY: "a".repeat(64) }, /INTERACTIONS_PORT/],
    [{ INTERACTIONS_PORT: "8080" }, /DISCORD_PUBLIC_KEY is required/],
    [{ DISCORD_PUBLIC_KEY: "xyz" }, /DISCORD_PUBLIC_KEY/],
    [{ DISCORD_API_URL: "ftp://x" }, /DISCORD_API_URL/],
    [{ LOG_LEVEL: "loud" }, /LOG_LEVEL/],
    [{ CORE_THREAD: "both" }, /CORE_THREAD must be "worker" or "main"/],
  ])("names the bad variable in %j", (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });
  it("never puts the token in an error message", () => {
    const token = "abc def secret token value";
    expect(() => readConfig({ DISCORD_TOKEN: token })).toThrow(/DISCORD_TOKEN/);
    try {
      readConfig({ DISCORD_TOKEN: token });
    } catch (e) {
      expect((e as Error).message).not.toContain("secret");
    }
  });
});
