// The module worker that runs Python in the browser (and in the Electron window).
// Pyodide's loader is bundled here; it fetches the runtime files from /pyodide/.

import { loadPyodide, version } from 'pyodide';
import { cacheStorageSnapshots } from '../../shared/python/snapshots';
import { startWorkerRuntime } from '../../shared/python/worker-runtime';
import type { LoadPyodide } from '../../shared/python/interpreters';
import type { ToWorker } from '../../shared/python/protocol';

const pythonSources = import.meta.glob<string>('../../python/**/*.py', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const scope = self as unknown as DedicatedWorkerGlobalScope;
const ownFetch = scope.fetch.bind(scope);

/**
 * Learner interpreters start after the worker has given up `fetch` (request-senders.ts),
 * and each start fetches Pyodide's own files. While one starts (no Python runs then),
 * `fetch` is back, able to fetch those files and nothing else.
 */
const loadWithOwnFiles: LoadPyodide = async (options) => {
  if (Reflect.has(scope, 'fetch')) return loadPyodide(options as never);
  const root = new URL(options.indexURL, scope.location.href);
  const pyodideFilesOnly = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), scope.location.href);
    if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) {
      return Promise.reject(new TypeError('only Pyodide’s own files can be fetched here'));
    }
    return ownFetch(url.href, init);
  };
  Object.defineProperty(scope, 'fetch', { value: pyodideFilesOnly, configurable: true, writable: false });
  try {
    return await loadPyodide(options as never);
  } finally {
    delete (scope as { fetch?: unknown }).fetch;
  }
};

startWorkerRuntime(
  {
    onMessage: (handler) => {
      scope.onmessage = (event: MessageEvent<ToWorker>) => handler(event.data);
    },
  },
  { loadPyodide: loadWithOwnFiles, pyodideVersion: version, pythonSources, snapshots: cacheStorageSnapshots() },
);
