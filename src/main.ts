// `npm start`: the bot. With INTERACTIONS_PORT + DISCORD_PUBLIC_KEY it serves Discord's HTTP
// interactions endpoint; with DISCORD_TOKEN it connects to the gateway; with neither it opens
// the local console, so a fresh clone runs with no Discord set-up at all.

// Only the configuration and the logger are loaded up front: with the coverage in its own thread,
// that thread starts before the rest of the program is loaded here, and the two loads overlap.
import { type Config, ConfigError, loadDotenv, readConfig } from "./config.ts";
import { createLogger, type Logger } from "./log.ts";

async function main(): Promise<void> {
  await loadDotenv();
  let config: ReturnType<typeof readConfig>;
  try {
    config = readConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\nSee .env.example for every variable.\n`);
      process.exitCode = 1;
      return;
    }
    throw e;
  }
  const root = createLogger(config.logLevel, undefined, { secrets: [config.discordToken] });
  // Under `npm run start:sharded` discord.js gives each process its shard id; every line names it.
  const log = process.env.SHARDS === undefined ? root : root.child({ shard: Number(process.env.SHARDS) });
  const discord = (config.interactionsPort !== null && !!config.publicKey) || !!config.discordToken;
  if (discord && config.coreThread === "worker") return serveFromCoreThread(config, log);
  const [{ startConsole }, { CoverageStore }, { watchCorpus }, { sweepTempFiles }] = await Promise.all([
    import("./cli/console.ts"),
    import("./lifecycle/store.ts"),
    import("./lifecycle/watch.ts"),
    import("./temp-files.ts"),
  ]);
  // Temp files are what a crash mid-ingest leaves; they were never articles.
  await sweepTempFiles(config.corpusDir);
  const store = new CoverageStore(config.corpusDir, log, undefined, { cacheDir: config.cacheDir });
  await store.reload();
  const watcher = watchCorpus(store, log);
  if (config.interactionsPort !== null && config.publicKey) {
    const { startInteractionsServer } = await import("./discord/interactions.ts");
    await startInteractionsServer({ config, coverage: store, store, log });
    return;
  }
  if (config.discordToken) {
    const { startGateway } = await import("./discord/gateway.ts");
    await startGateway({ config, coverage: store, store, log });
    return;
  }
  log.info({ event: "console.start" }, "no DISCORD_TOKEN set: starting the local console");
  await startConsole(store, log, {
    input: process.stdin,
    output: process.stdout,
    color: process.stdout.isTTY === true,
    imageDir: config.cacheDir,
  });
  watcher.close();
  log.flush?.();
}

/** The Discord faces with the coverage in its own thread (CORE_THREAD=worker, the default). */
async function serveFromCoreThread(config: Config, log: Logger): Promise<void> {
  const { startCoreThread } = await import("./discord/core-thread.ts");
  const core = await startCoreThread({ config, log });
  // The face's code (discord.js) loads while the coverage does.
  const http = config.interactionsPort !== null && !!config.publicKey;
  const face = http ? import("./discord/interactions.ts") : import("./discord/gateway.ts");
  face.catch(() => {}); // a failure is thrown where it is awaited, below
  await core.ready;
  if (http) {
    const { startInteractionsServer } = (await face) as typeof import("./discord/interactions.ts");
    await startInteractionsServer({ config, router: core.router, log });
    return;
  }
  const { startGateway } = (await face) as typeof import("./discord/gateway.ts");
  await startGateway({ config, router: core.router, log });
}

main().catch((e) => {
  process.stderr.write(`coverage-bot could not start: ${(e as Error).message}\n`);
  // Exit for real: the corpus watcher (and a half-open client) would keep a failed bot alive,
  // and a supervisor only restarts a process that ends.
  process.exit(1);
});
