// Worker-thread entry: the shared worker runtime, with Python sources read from disk.

import { parentPort } from 'node:worker_threads';
import { loadPyodide, version } from 'pyodide';
import { fileSnapshots } from './file-snapshots';
import { readPythonSources } from './python-sources';
import { reuseCompiledWasm } from './reuse-compiled-wasm';
import { startWorkerRuntime } from '../../shared/python/worker-runtime';
import type { ToWorker } from '../../shared/python/protocol';

const port = parentPort;
if (!port) throw new Error('node-worker must run in a worker thread');
reuseCompiledWasm();

startWorkerRuntime(
  { onMessage: (handler) => port.on('message', (message: ToWorker) => handler(message)) },
  {
    loadPyodide: loadPyodide as never,
    pyodideVersion: version,
    pythonSources: readPythonSources(),
    snapshots: process.env.BUILDPATH_SNAPSHOTS === 'off' ? undefined : fileSnapshots(),
  },
);
