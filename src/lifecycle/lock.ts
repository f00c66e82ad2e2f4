// One writer at a time per corpus folder: /ingest checks for duplicates against the coverage and
// then writes, so two uploads of the same text racing through check-then-write would both pass.
// Running each check-write-reload after the previous one finishes makes the second see the first.

const chains = new Map<string, Promise<unknown>>();

/** Runs `task` after every earlier task for `key` has settled; tasks for other keys run freely. */
export function serialized<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = chains.get(key) ?? Promise.resolve();
  const run = previous.then(task, task);
  const settled = run.catch(() => undefined);
  chains.set(key, settled);
  // Forget the chain once idle, so the map does not grow with every folder ever used.
  void settled.then(() => {
    if (chains.get(key) === settled) chains.delete(key);
  });
  return run;
}
