// Helpers shared by the npm entry points (start, web, test): each step runs as a
// child process with inherited output, and Ctrl+C or a kill reaches it too.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Resolves with the command's exit code (1 if it could not start or was killed). */
export function runStep(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit' });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    const finish = (code) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code);
    };
    child.on('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      finish(1);
    });
    child.on('exit', (code) => finish(code ?? 1));
  });
}

/** electron-vite build, through its JS entry so no shell or .bin shim is needed. */
export function buildApp() {
  const electronVite = fileURLToPath(new URL('../node_modules/electron-vite/bin/electron-vite.js', import.meta.url));
  return runStep(process.execPath, [electronVite, 'build']);
}

/** Serves the built app on loopback until stopped (src/server/cli.ts, run through tsx). */
export function serveBrowserMode(args) {
  return runStep(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args]);
}
