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

function spawnNodeWorker(): WorkerLike {
  const worker = new Worker(new URL('./node-worker.mjs', import.meta.url));
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
