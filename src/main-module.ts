// Is a module the program node was started with (not one a test or another script imported)?
// Compared as real paths: a clone under a folder with a space in its name, or reached through a
// symlink, is still the same file (a raw "file://" + path comparison said no and did nothing).

import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

export function isMainModule(moduleUrl: string): boolean {
  const arg = process.argv[1];
  if (!arg) return false;
  try {
    return realpathSync(fileURLToPath(moduleUrl)) === realpathSync(arg);
  } catch {
    return false;
  }
}
