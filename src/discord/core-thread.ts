// The main thread's side of the coverage thread (core-worker.ts): a Router whose answers are
// computed there, for the gateway and the HTTP endpoint. This thread keeps only the Discord
// connection, so its event loop stays free however large the coverage: heartbeats, the
// 3-second acknowledgement and the deferral timer never wait for the coverage's heap. A thread
// that dies is started again; requests in flight then fail (and are told so), new ones wait.

import type { Worker } from "node:worker_threads";
import type { Config } from "../config.ts";
import { tsWorker } from "../lifecycle/ts-worker.ts";
import type { Logger } from "../log.ts";
import type { DiscordMessage } from "../render/discord-message.ts";
import type {
  CoreEvent,
  CoreReply,
  CoreRequest,
  CoreStats,
  CoreValues,
  CoreWorkerData,
} from "./core-protocol.ts";
import { answerTimes, type Router, registeredCommands } from "./router.ts";

export interface CoreThreadOptions {
  config: Config;
  log: Logger;
  /** Reload when the corpus folder changes (default true; benchmarks turn it off). */
  watch?: boolean;
  /** Pretty logs in the coverage thread too (default: as a terminal would). */
  pretty?: boolean;
  /** A command whose answers took this long defers first (default 750 ms, half Discord's wait). */
  slowMs?: number;
}

export interface CoreThread {
  /** Answers in the coverage thread. */
  readonly router: Router;
  /** Settles once the coverage is loaded and answering (the first time). */
  readonly ready: Promise<{ articles: number; passages: number }>;
  /** Settles when the first warm-up has built every answer index: the time it took. */
  readonly warmed: Promise<number>;
  /** The coverage thread's own figures (its longest block since the last call, its heap). */
  stats(): Promise<CoreStats>;
  /** The thread now serving (tests stop it to see it come back). */
  readonly worker: Worker;
  /** Stops the thread for good. */
  stop(): Promise<void>;
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };
type Payload<K extends CoreRequest["kind"]> = Omit<Extract<CoreRequest, { kind: K }>, "id">;

/** A Buffer again: structured cloning turns the attached files' Buffers into plain Uint8Arrays. */
function withBuffers(m: DiscordMessage): DiscordMessage {
  if (!m.files) return m;
  return {
    ...m,
    files: m.files.map((f) => ({
      ...f,
      data: Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength),
    })),
  };
}

export function startCoreThread(opts: CoreThreadOptions): CoreThread {
  const { log } = opts;
  const data: CoreWorkerData = {
    config: { ...opts.config, discordToken: null },
    pretty: opts.pretty ?? process.stderr.isTTY === true,
    watch: opts.watch ?? true,
  };
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let stopping = false;
  let worker!: Worker;
  let live!: Promise<unknown>;
  let firstReady = true;
  let settleReady!: {
    resolve: (v: { articles: number; passages: number }) => void;
    reject: (e: Error) => void;
  };
  const ready = new Promise<{ articles: number; passages: number }>((resolve, reject) => {
    settleReady = { resolve, reject };
  });
  let settleWarmed!: (ms: number) => void;
  const warmed = new Promise<number>((r) => {
    settleWarmed = r;
  });

  const spawn = () => {
    const w = tsWorker(new URL("./core-worker.ts", import.meta.url), { workerData: data });
    worker = w;
    live = new Promise((resolve, reject) => {
      w.on("message", (m: CoreReply | CoreEvent) => {
        if ("event" in m) {
          if (m.event === "ready") {
            resolve(m);
            if (firstReady) settleReady.resolve({ articles: m.articles, passages: m.passages });
            firstReady = false;
          } else if (m.event === "warmed") settleWarmed(m.ms);
          else reject(new Error(m.message));
          return;
        }
        const p = pending.get(m.id);
        pending.delete(m.id);
        if (m.ok) p?.resolve(m.value);
        else p?.reject(new Error(m.message));
      });
    });
    live.catch((err: Error) => {
      if (firstReady) settleReady.reject(err);
    });
    w.on("error", (err) => log.error({ event: "coverage.thread_error", err }, "the coverage thread failed"));
    w.on("exit", (code) => {
      for (const p of pending.values()) p.reject(new Error("The coverage thread stopped mid-answer."));
      pending.clear();
      if (stopping || firstReady) return;
      log.error({ event: "coverage.thread_exit", code }, "the coverage thread stopped; starting it again");
      spawn();
    });
  };
  spawn();

  const call = async <K extends CoreRequest["kind"]>(payload: Payload<K>): Promise<CoreValues[K]> => {
    await live;
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ ...payload, id });
    });
  };

  const commands = registeredCommands();
  const find = (name: string) => commands.find((c) => c.definition.name === name);
  const { timed, slow } = answerTimes(opts.slowMs ?? 750);
  const router: Router = {
    commands,
    find,
    likelySlow: (name) => slow(name) || !!find(name)?.execute,
    privateAnswer: (name) => !!find(name)?.execute,
    command: (name, options, who) =>
      timed(name, async () => withBuffers(await call<"command">({ kind: "command", name, options, who }))),
    autocomplete: (name, data) => call<"autocomplete">({ kind: "autocomplete", name, data }),
    button: async (customId, who) => {
      const r = await call<"button">({ kind: "button", customId, who });
      return { ...r, message: withBuffers(r.message) };
    },
  };
  return {
    router,
    ready,
    warmed,
    stats: () => call<"stats">({ kind: "stats" }),
    get worker() {
      return worker;
    },
    async stop() {
      stopping = true;
      await worker.terminate();
    },
  };
}
