// The app's one Python: a PythonClient driving the module worker in ./worker.ts.
// It starts loading as soon as the UI does, so Python is usually ready by the
// time the learner presses Run.

import { useSyncExternalStore } from 'react';
import { PythonClient, type ClientStatus, type WorkerLike } from '../../shared/python/python-client';
import type { ToWorker } from '../../shared/python/protocol';
import { host } from '../host';

function spawnPythonWorker(): WorkerLike {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'python' });
  return {
    postMessage: (message: ToWorker, transfer) => worker.postMessage(message, transfer ?? []),
    onError: (handler) => {
      worker.onerror = (event) => {
        event.preventDefault();
        handler(new Error(event.message || 'the Python worker failed to start'));
      };
    },
    terminate: () => worker.terminate(),
  };
}

let status: ClientStatus = { kind: 'loading', stage: 'starting' };
const statusListeners = new Set<() => void>();

export const python = new PythonClient(spawnPythonWorker, {
  indexURL: new URL('/pyodide/', window.location.href).href,
  projectFiles: (slug) => host.getProjectFiles(slug),
});

python.onStatus((next) => {
  status = next;
  for (const listener of statusListeners) listener();
});

function subscribe(listener: () => void): () => void {
  statusListeners.add(listener);
  return () => statusListeners.delete(listener);
}

export function usePythonStatus(): ClientStatus {
  return useSyncExternalStore(subscribe, () => status);
}
