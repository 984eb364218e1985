// Helpers for the pack suites: the packs in projects/ and the fixture packs, and
// running Python in real Pyodide with a project's data files.

import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import path from 'node:path';
import { loadPack } from '../../src/services/packs';
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
  let stdout = '';
  let stderr = '';
  const outcome = await sharedPython().run(
    { code, filename: 'figures.py', project: slug },
    { onStream: (stream, text) => (stream === 'stdout' ? (stdout += text) : (stderr += text)) },
  );
  return { stdout, stderr, outcome };
}

/**
 * Python that defines `load(key)`: runs the solution of milestone `milestones[key]` in
 * its own namespace named other than "__main__", so its exploration code does not run.
 */
export function solutionLoader(slug: string, milestones: Record<string, string>): string {
  const sources = Object.fromEntries(
    Object.entries(milestones).map(([key, folder]) => [
      key,
      readFileSync(path.join(PROJECTS_ROOT, slug, 'milestones', folder, 'solution.py'), 'utf8'),
    ]),
  );
  return `
import json

_SOURCES = json.loads(${JSON.stringify(JSON.stringify(sources))})

def load(key):
    namespace = {"__name__": "reference_" + key}
    exec(compile(_SOURCES[key], key + ".py", "exec"), namespace)
    return namespace
`;
}

/** Runs a program that ends with `print("FIGURES " + json.dumps(figures))` and returns the figures. */
export async function computeFigures<T = Record<string, any>>(slug: string, program: string): Promise<T> {
  const { stdout, stderr, outcome } = await runPython(slug, program);
  const line = stdout.split('\n').find((text) => text.startsWith('FIGURES '));
  if (!line) throw new Error(`The figures program printed no figures (${outcome.status}):\n${stderr}\n${stdout}`);
  return JSON.parse(line.slice('FIGURES '.length)) as T;
}

/** Fails, naming `what` and both values, unless `actual` is within `relative` × |expected| of `expected`. */
export function expectClose(actual: number, expected: number, relative: number, what: string) {
  const gap = Math.abs(actual - expected);
  expect(gap, `${what}: pack gives ${actual}, reference ${expected}`).toBeLessThanOrEqual(relative * Math.abs(expected));
}
