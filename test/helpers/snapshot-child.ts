// Child process for the snapshot crash test: loads a corpus with a cache folder, which builds
// and writes the snapshot (slowly, when COVERAGE_SNAPSHOT_PAUSE_MS is set), then exits.
import { loadCoverage } from "../../src/lifecycle/load.ts";
import { silentLogger } from "../../src/log.ts";

const [dir, cacheDir] = process.argv.slice(2);
await loadCoverage(dir!, silentLogger, { cacheDir: cacheDir! });
process.stdout.write("done\n");
