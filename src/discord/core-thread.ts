// The main thread's side of the coverage thread (core-worker.ts): a Router whose answers are
// computed there, for the gateway and the HTTP endpoint. This thread keeps only the Discord
// connection, so its event loop stays free however large the coverage: heartbeats, the
// 3-second acknowledgement and the deferral timer never wait for the coverage's heap. A thread
// that dies is started again; requests in flight then fail (and are told so), new ones wait.

import type { Worker } from "node:worker_threads";
import type { Config } from "../config.ts";
import { programWorker } from "../lifecycle/program-worker.ts";
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
import { answerTimes, type Router } from "./routing.ts";

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
  /** The coverage thread's own figures (its longest block since the last call, its heap);
   *  `collect`: after a full collection, when the process runs with --expose-gc. */
  stats(collect?: boolean): Promise<CoreStats>;
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

type Size = { articles: number; passages: number };

/** The coverage thread's life: started, its replies matched to requests, started again if it
 *  dies (not when it never loaded: that is reported through `ready`). */
class CoreWorker {
  readonly ready: Promise<Size>;
  readonly warmed: Promise<number>;
  worker!: Worker;
  private live!: Promise<unknown>;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private stopping = false;
  private loadedOnce = false;
  /** The commands that change the coverage, as the coverage thread told them. */
  adminCommands = new Set<string>();
  private settleReady!: { resolve: (v: Size) => void; reject: (e: Error) => void };
  private settleWarmed!: (ms: number) => void;

  constructor(
    private readonly data: CoreWorkerData,
    private readonly log: Logger,
  ) {
    this.ready = new Promise<Size>((resolve, reject) => {
      this.settleReady = { resolve, reject };
    });
    this.warmed = new Promise<number>((r) => {
      this.settleWarmed = r;
    });
    this.spawn();
  }

  private spawn(): void {
    const w = programWorker("discord/core-worker.ts", { workerData: this.data });
    this.worker = w;
    this.live = new Promise((resolve, reject) => {
      w.on("message", (m: CoreReply | CoreEvent) => {
        if (!("event" in m)) return this.reply(m);
        if (m.event === "warmed") return this.settleWarmed(m.ms);
        if (m.event === "failed") return reject(new Error(m.message));
        resolve(m);
        this.adminCommands = new Set(m.adminCommands);
        if (!this.loadedOnce) this.settleReady.resolve({ articles: m.articles, passages: m.passages });
        this.loadedOnce = true;
      });
    });
    this.live.catch((err: Error) => {
      if (!this.loadedOnce) this.settleReady.reject(err);
    });
    w.on("error", (err) =>
      this.log.error({ event: "coverage.thread_error", err }, "the coverage thread failed"),
    );
    w.on("exit", (code) => {
      for (const p of this.pending.values()) p.reject(new Error("The coverage thread stopped mid-answer."));
      this.pending.clear();
      if (this.stopping || !this.loadedOnce) return;
      this.log.error(
        { event: "coverage.thread_exit", code },
        "the coverage thread stopped; starting it again",
      );
      this.spawn();
    });
  }

  private reply(m: CoreReply): void {
    const p = this.pending.get(m.id);
    this.pending.delete(m.id);
    if (m.ok) p?.resolve(m.value);
    else p?.reject(new Error(m.message));
  }

  /** One request, answered once the thread is loaded. */
  async call<K extends CoreRequest["kind"]>(payload: Payload<K>): Promise<CoreValues[K]> {
    await this.live;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ ...payload, id });
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.worker.terminate();
  }
}

/** Starts the coverage thread. Its router's code (the registry, the answers, the renderers: most
 *  of the program) loads there only: this thread's event loop is never blocked evaluating it. */
export async function startCoreThread(opts: CoreThreadOptions): Promise<CoreThread> {
  const core = new CoreWorker(
    {
      config: { ...opts.config, discordToken: null },
      pretty: opts.pretty ?? process.stderr.isTTY === true,
      watch: opts.watch ?? true,
    },
    opts.log,
  );
  const { timed, slow } = answerTimes(opts.slowMs ?? 750);
  const admin = (name: string) => core.adminCommands.has(name);
  const router: Router = {
    likelySlow: (name) => slow(name) || admin(name),
    privateAnswer: admin,
    command: (name, options, who) =>
      timed(name, async () =>
        withBuffers(await core.call<"command">({ kind: "command", name, options, who })),
      ),
    autocomplete: (name, data) => core.call<"autocomplete">({ kind: "autocomplete", name, data }),
    button: async (customId, who) => {
      const r = await core.call<"button">({ kind: "button", customId, who });
      return { ...r, message: withBuffers(r.message) };
    },
  };
  return {
    router,
    ready: core.ready,
    warmed: core.warmed,
    stats: (collect) => core.call<"stats">({ kind: "stats", collect }),
    get worker() {
      return core.worker;
    },
    stop: () => core.stop(),
  };
}
