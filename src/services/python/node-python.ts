// Python for Node hosts (the headless checker, tests, benchmarks): the shared
// PythonClient driving the shared worker runtime in a worker thread.

import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PythonClient, type PythonClientOptions, type WorkerLike } from '../../shared/python/python-client';

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

export function createNodePythonClient(options: Partial<PythonClientOptions> = {}): PythonClient {
  return new PythonClient(spawnNodeWorker, { indexURL: pyodideDirectory(), ...options });
}
