#!/usr/bin/env node
// The headless checker: `buildpath check|grade|list|validate|mistake`. Runs the
// bundle `npm run build` makes (out/cli/) when it is newer than every source file
// it was built from; otherwise the TypeScript sources through tsx, so a checkout
// works with no build step.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = path.join(root, 'out/cli/buildpath.mjs');

function newestSource() {
  let newest = 0;
  for (const folder of ['src/cli', 'src/services', 'src/shared', 'src/python']) {
    for (const entry of readdirSync(path.join(root, folder), { recursive: true })) {
      newest = Math.max(newest, statSync(path.join(root, folder, String(entry))).mtimeMs);
    }
  }
  return newest;
}

if (existsSync(built) && statSync(built).mtimeMs >= newestSource()) {
  await import(pathToFileURL(built).href);
} else {
  const main = path.join(root, 'src/cli/main.ts');
  const result = spawnSync(process.execPath, ['--import', 'tsx', main, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(result.status ?? 2);
}
