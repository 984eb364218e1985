// Helpers for the pack suites: the packs in projects/ and the fixture packs, and
// running Python in real Pyodide with a project's data files.

import path from 'node:path';
import { loadPack, readProjectFiles } from '../../src/services/packs';
import type { LoadedPack } from '../../src/shared/pack/types';
import type { RunResult } from '../../src/shared/python/python-client';
import { sharedPython } from '../support/python';

export const PROJECTS_ROOT = path.resolve(__dirname, '../../projects');

export async function loadProject(slug: string, root = PROJECTS_ROOT): Promise<LoadedPack> {
  const result = await loadPack(path.join(root, slug));
  if (!result.ok) {
    const problems = result.problems.map((p) => `${p.file}${p.field ? `: ${p.field}` : ''}: ${p.message}`);
    throw new Error(`Pack ${slug} is invalid:\n${problems.join('\n')}`);
  }
  return result.pack;
}

export interface PythonRun {
  stdout: string;
  stderr: string;
  outcome: RunResult;
}

/** Run `code` as a program with the project folder as its working directory. */
export async function runPython(slug: string, code: string): Promise<PythonRun> {
  const pack = await loadProject(slug);
  let stdout = '';
  let stderr = '';
  const outcome = await sharedPython().run(
    { code, filename: 'figures.py', project: await readProjectFiles(pack) },
    { onStream: (stream, text) => (stream === 'stdout' ? (stdout += text) : (stderr += text)) },
  );
  return { stdout, stderr, outcome };
}
