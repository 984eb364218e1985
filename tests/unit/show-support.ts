// Runs snippets that call buildpath.show in real Pyodide and returns what they displayed.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { loadPyodide, type PyodideInterface } from 'pyodide';
import type { DisplayRecord } from '../../src/shared/display';

const packageDir = join(import.meta.dirname, '../../src/python/buildpath');

export interface ShowOutcome {
  records: DisplayRecord[];
  /** "ValueError: show.scatter: ..." when the snippet raised, else null. */
  error: string | null;
}

export async function startPythonWithShow(): Promise<PyodideInterface> {
  const indexURL = dirname(createRequire(import.meta.url).resolve('pyodide/package.json')) + '/';
  const pyodide = await loadPyodide({ indexURL });
  pyodide.FS.mkdirTree('/lib/buildpath-src/buildpath');
  for (const file of readdirSync(packageDir).filter((name) => name.endsWith('.py'))) {
    pyodide.FS.writeFile(`/lib/buildpath-src/buildpath/${file}`, readFileSync(join(packageDir, file), 'utf8'));
  }
  pyodide.runPython("import sys; sys.path.insert(0, '/lib/buildpath-src')");
  return pyodide;
}

const RUN_SNIPPET = `
import json
from buildpath import show, _host
with _host.collecting_displays() as _records:
    try:
        exec(snippet, {"show": show})
        _error = None
    except (ValueError, TypeError) as problem:
        _error = f"{type(problem).__name__}: {problem}"
json.dumps({"records": _records, "error": _error}, allow_nan=False)
`;

export function runShow(pyodide: PyodideInterface, snippet: string): ShowOutcome {
  const globals = pyodide.toPy({ snippet });
  try {
    return JSON.parse(pyodide.runPython(RUN_SNIPPET, { globals }) as string) as ShowOutcome;
  } finally {
    globals.destroy();
  }
}
