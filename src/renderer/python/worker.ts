// The module worker that runs Python in the browser (and in the Electron window).
// Pyodide's loader is bundled here; it fetches the runtime files from /pyodide/.

import { loadPyodide, version } from 'pyodide';
import { cacheStorageSnapshots } from '../../shared/python/snapshots';
import { startWorkerRuntime } from '../../shared/python/worker-runtime';
import type { ToWorker } from '../../shared/python/protocol';

const pythonSources = import.meta.glob<string>('../../python/**/*.py', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const scope = self as unknown as DedicatedWorkerGlobalScope;

startWorkerRuntime(
  {
    onMessage: (handler) => {
      scope.onmessage = (event: MessageEvent<ToWorker>) => handler(event.data);
    },
  },
  { loadPyodide: loadPyodide as never, pyodideVersion: version, pythonSources, snapshots: cacheStorageSnapshots() },
);
