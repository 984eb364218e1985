// `npm start`: build, then open the desktop app; where Electron's runtime is not
// installed (and cannot be downloaded), say so once and start browser mode instead.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildApp, repoRoot, runStep, serveBrowserMode } from './run-step.mjs';

/**
 * The Electron executable, or null. Mirrors node_modules/electron/index.js but only
 * looks: requiring that module would start a download of the binary when it is missing.
 */
function findElectronBinary() {
  let electronDir;
  try {
    electronDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist');
  const binary = path.join(distDir, relative);
  return existsSync(binary) ? binary : null;
}

const built = await buildApp();
if (built !== 0) process.exit(built);

const electron = findElectronBinary();
if (electron) {
  process.exit(await runStep(electron, [repoRoot, ...process.argv.slice(2)]));
}
console.log('The Electron runtime is not installed here (run `npx install-electron` where downloads work); starting browser mode instead.');
process.exit(await serveBrowserMode(process.argv.slice(2)));
