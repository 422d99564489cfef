// `npm run bench`: runs every tests/bench/*.bench.ts (or those named on the command line).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.startsWith(name)))
  .sort();

for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const bench = (await import(pathToFileURL(path.join(here, file)).href)) as { run: () => Promise<void> };
  await bench.run();
}
