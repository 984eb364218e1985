// One real Pyodide worker per test file, shared by its tests and disposed after
// them. Vitest evaluates this module once per test file, so the afterAll hook
// below belongs to the file that imports it.

import { afterAll } from 'vitest';
import { createNodePythonClient } from '../../src/services/python/node-python';
import type { PythonClient } from '../../src/shared/python/python-client';

let client: PythonClient | null = null;

afterAll(() => {
  client?.dispose();
  client = null;
});

export function sharedPython(): PythonClient {
  client ??= createNodePythonClient();
  return client;
}
