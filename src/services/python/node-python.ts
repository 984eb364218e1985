// Python for Node hosts (the headless checker, tests, benchmarks): the shared
// PythonClient driving the shared worker runtime, either in a worker thread
// (tests, benchmarks: trusted code) or in a sandboxed child process (the CLI).

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path, { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PythonClient, type PythonClientOptions, type WorkerLike } from '../../shared/python/python-client';
import { cacheDirectory } from './file-snapshots';
import { readPythonSources } from './python-sources';
import { sandboxChildScript } from './sandbox/child-script';
import { DEFAULT_MEMORY_LIMIT_MB, spawnSandboxedWorker } from './sandbox/sandboxed-worker';

const require = createRequire(import.meta.url);

export function pyodideDirectory(): string {
  return `${dirname(require.resolve('pyodide/package.json'))}/`;
}

/** What the worker reads from the environment; learner code can read the worker's whole env. */
const WORKER_ENV_KEYS = ['BUILDPATH_SNAPSHOTS', 'BUILDPATH_CACHE', 'XDG_CACHE_HOME', 'HOME', 'USERPROFILE'];

/** The worker gets only those, so learner code cannot read tokens and secrets the host process holds. */
export function workerEnvironment(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(WORKER_ENV_KEYS.flatMap((key) => (env[key] === undefined ? [] : [[key, env[key]!]])));
}

export function spawnNodeWorker(): WorkerLike {
  const worker = new Worker(new URL('./node-worker.mjs', import.meta.url), { env: workerEnvironment() });
  worker.unref();
  return {
    postMessage: (message, transfer) => worker.postMessage(message, transfer as never),
    onError: (handler) => {
      worker.on('error', handler);
      // Learner code can end the thread (`js.process.exit()`); the client must hear of it.
      worker.on('exit', (code) => handler(new Error(`the Python worker exited with code ${code}`)));
    },
    terminate: () => void worker.terminate(),
  };
}

/** Python in a worker thread of this process: for trusted code only (learner code can reach Node). */
export function createNodePythonClient(options: Partial<PythonClientOptions> = {}): PythonClient {
  return new PythonClient(spawnNodeWorker, { indexURL: pyodideDirectory(), ...options });
}

/** src/python: beside this module's folder in the sources, under the repository in the built CLI (out/cli/). */
function pythonLibraryRoot(): string {
  const fromSources = fileURLToPath(new URL('../../python/', import.meta.url));
  return existsSync(fromSources) ? fromSources : fileURLToPath(new URL('../../src/python/', import.meta.url));
}

export interface SandboxedClientOptions extends Partial<PythonClientOptions> {
  memoryLimitMb?: number;
  /** Run even where Node has no permission model (the CLI's --unsafe). */
  unsafe?: boolean;
  /** See SandboxOptions.gcOnMainThread. */
  gcOnMainThread?: boolean;
}

/** Python in a child process under Node's permission model: for learner code and packs (SECURITY.md). */
export function createSandboxedPythonClient(options: SandboxedClientOptions = {}): PythonClient {
  const { memoryLimitMb = DEFAULT_MEMORY_LIMIT_MB, unsafe, gcOnMainThread, ...clientOptions } = options;
  const cache = cacheDirectory();
  const childScript = sandboxChildScript(path.join(cache, 'sandbox'));
  const pythonSources = readPythonSources(pythonLibraryRoot());
  const snapshotDir = process.env.BUILDPATH_SNAPSHOTS === 'off' ? null : path.join(cache, 'sandbox-snapshots');
  const spawn = () => spawnSandboxedWorker({ childScript, pyodideDir: pyodideDirectory(), pythonSources, snapshotDir, memoryLimitMb, unsafe, gcOnMainThread });
  return new PythonClient(spawn, { indexURL: pyodideDirectory(), graceMs: 300, ...clientOptions });
}
