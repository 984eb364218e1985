// Runs snippets that call buildpath.show in real Pyodide and returns what they displayed.

import { loadPyodide, type PyodideInterface } from 'pyodide';
import { pyodideDirectory } from '../../src/services/python/node-python';
import { readPythonSources } from '../../src/services/python/python-sources';
import type { DisplayRecord } from '../../src/shared/display';
import { prepareLibrary } from '../../src/shared/python/worker-runtime';

export interface ShowOutcome {
  records: DisplayRecord[];
  /** "ValueError: show.scatter: ..." when the snippet raised, else null. */
  error: string | null;
}

/** Pyodide with Buildpath's package installed the way the worker runtime installs it. */
export async function startPythonWithShow(): Promise<PyodideInterface> {
  const pyodide = await loadPyodide({ indexURL: pyodideDirectory() });
  prepareLibrary(pyodide, readPythonSources());
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
