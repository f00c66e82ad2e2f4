// V8 first runs a regular expression in its bytecode interpreter and compiles it to machine code
// only once it "tiers up". Most of ours never did: sentence-sized subjects, run through test()
// and matchAll(), stayed interpreted and ran 5-10x slower (the event trigger test: 36 µs a
// sentence against 3.6 µs compiled), and the whole build spent about a third more CPU. V8's
// other mode compiles each expression at its first run. The flag is process-wide (worker threads
// share it) and read when an expression is first run, so every entry point imports this first.

import v8 from "node:v8";

v8.setFlagsFromString("--no-regexp-tier-up");
