// Atomic writers (the snapshot in the cache folder, /ingest in the corpus folder) write a
// dot-prefixed temp file named with their process id, then rename it. A writer killed
// mid-write leaves that temp file behind; it is never read as data, and this sweeps it.

import { readdir, unlink } from "node:fs/promises";
import path from "node:path";

/** A temp file of an atomic write: `.<name>.<pid>.tmp` or `.<name>.<pid>.<stamp>.tmp`. */
const TEMP = /^\..+?\.(\d+)(?:\.\d+)?\.tmp$/;

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Removes the temp files of writers that are no longer running, in `dir` and its sub-folders
 *  (not dot-folders or node_modules); returns how many it removed. A missing folder is empty. */
export async function sweepTempFiles(dir: string): Promise<number> {
  let removed = 0;
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true }).catch(() => [])) {
      const p = path.join(d, e.name);
      if (e.isDirectory() && !e.name.startsWith(".") && e.name !== "node_modules") await walk(p);
      else if (e.isFile()) {
        const m = TEMP.exec(e.name);
        if (
          m &&
          !alive(Number(m[1])) &&
          (await unlink(p).then(
            () => true,
            () => false,
          ))
        )
          removed++;
      }
    }
  };
  await walk(dir);
  return removed;
}
