// Runs one command with inherited output and returns its exit code (shared by the npm scripts).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export function runStep(command, args) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.error) {
    console.error(`Could not run ${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

/** electron-vite build, through its JS entry so no shell or .bin shim is needed. */
export function buildApp() {
  return runStep(process.execPath, [fileURLToPath(new URL('../node_modules/electron-vite/bin/electron-vite.js', import.meta.url)), 'build']);
}

/** Serves the built app on loopback until Ctrl+C (src/server/cli.ts, run through tsx). */
export function serveBrowserMode(args) {
  return runStep(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args]);
}
