// A logger whose lines a test reads back (pino's JSON lines, parsed).

import { Writable } from "node:stream";
import pino from "pino";

export function capture() {
  const lines: Array<{ level: number; msg: string; event?: string; from?: string }> = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split("\n")) if (l.trim()) lines.push(JSON.parse(l));
      done();
    },
  });
  return { log: pino({ level: "debug" }, stream), lines };
}
