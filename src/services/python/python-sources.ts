// Buildpath's Python package (src/python) as the worker runtime installs it.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pythonRoot = fileURLToPath(new URL('../../python/', import.meta.url));

/** Path under src/python ("buildpath/checking.py") → source, for WorkerRuntimeOptions.pythonSources. */
export function readPythonSources(root: string = pythonRoot): Record<string, string> {
  const sources: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (entry.endsWith('.py')) sources[entry.split('\\').join('/')] = readFileSync(join(root, entry), 'utf8');
  }
  return sources;
}
