// One real Pyodide worker per test file, shared by its tests and disposed after
// them. Vitest evaluates this module once per test file, so the afterAll hook
// below belongs to the file that imports it.

import path from 'node:path';
import { afterAll } from 'vitest';
import { createPackService, PackLookupError } from '../../src/services/packs';
import { createNodePythonClient } from '../../src/services/python/node-python';
import type { PythonClient } from '../../src/shared/python/python-client';
import type { ProjectFiles } from '../../src/shared/python/protocol';

let client: PythonClient | null = null;

afterAll(() => {
  client?.dispose();
  client = null;
});

export function sharedPython(): PythonClient {
  client ??= createNodePythonClient({ projectFiles: testProjectFiles });
  return client;
}

const packRoots = ['../../projects', '../fixtures/packs'].map((root) => createPackService(path.resolve(__dirname, root)));

/** A pack's data files from projects/ or the fixture packs; a milestone written inline in a test has none. */
export async function testProjectFiles(slug: string): Promise<ProjectFiles> {
  for (const packs of packRoots) {
    try {
      return await packs.getProjectFiles(slug);
    } catch (error) {
      if (!(error instanceof PackLookupError)) throw error;
    }
  }
  return { slug, files: {} };
}
