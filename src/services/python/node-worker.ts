// Worker-thread entry: the shared worker runtime, with Python sources read from disk.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { loadPyodide, version } from 'pyodide';
import { fileSnapshots } from './file-snapshots';
import { startWorkerRuntime } from '../../shared/python/worker-runtime';
import type { ToWorker } from '../../shared/python/protocol';

const pythonRoot = fileURLToPath(new URL('../../python/', import.meta.url));

function readPythonSources(): Record<string, string> {
  const sources: Record<string, string> = {};
  for (const entry of readdirSync(pythonRoot, { recursive: true, encoding: 'utf8' })) {
    if (entry.endsWith('.py')) sources[entry.split('\\').join('/')] = readFileSync(join(pythonRoot, entry), 'utf8');
  }
  return sources;
}

const port = parentPort;
if (!port) throw new Error('node-worker must run in a worker thread');

startWorkerRuntime(
  { onMessage: (handler) => port.on('message', (message: ToWorker) => handler(message)) },
  {
    loadPyodide: loadPyodide as never,
    pyodideVersion: version,
    pythonSources: readPythonSources(),
    snapshots: process.env.BUILDPATH_SNAPSHOTS === 'off' ? undefined : fileSnapshots(),
  },
);
