// The editor's language help in real Pyodide (Node): how long buildpath._language
// takes to answer each kind of question about a 300-line learner file, the work
// the language worker does per question.

import { loadPyodide } from 'pyodide';
import { pyodideDirectory } from '../../src/services/python/node-python';
import { readPythonSources } from '../../src/services/python/python-sources';
import type { LanguageRequest } from '../../src/shared/language/protocol';
import { prepareLibrary } from '../../src/shared/python/worker-runtime';
import { median, p95 } from './stats';

/** A learner file of `lines` lines: small functions of ten lines each. */
export function learnerFile(lines: number): string {
  const parts = ['import math', 'import random', 'from buildpath import show'];
  for (let index = 0; parts.length + 10 <= lines; index++) {
    parts.push(
      '',
      `def step_${index}(rows, factor=${index}):`,
      `    """Step ${index} of the pipeline."""`,
      '    total = 0',
      '    for row in rows:',
      '        if row > factor:',
      '            total += math.sqrt(row)',
      '        else:',
      '            total -= 1',
      '    return total',
    );
  }
  while (parts.length < lines) parts.push('');
  return parts.join('\n');
}

export interface LanguageLatency {
  question: string;
  medianMs: number;
  p95Ms: number;
}

export async function measureLanguageLatency(repeats: number): Promise<LanguageLatency[]> {
  const py = await loadPyodide({ indexURL: pyodideDirectory() });
  prepareLibrary(py, readPythonSources());
  const language = py.pyimport('buildpath._language');
  const body = learnerFile(299);
  const line = 300;
  const questions: Array<[string, LanguageRequest]> = [
    ['completion after "math."', { type: 'complete', code: `${body}\nx = math.`, line, column: 10 }],
    ['completion of a name', { type: 'complete', code: `${body}\nx = st`, line, column: 7 }],
    ['signature help in a call', { type: 'signature', code: `${body}\nstep_3([1], `, line, column: 13 }],
    ['hover on a function', { type: 'hover', code: `${body}\nstep_3([1])`, line, column: 3 }],
    ['syntax errors (compile)', { type: 'diagnose', code: `${body}\ndef broken()`, filename: 'main.py' }],
  ];
  try {
    return questions.map(([question, request]) => {
      const json = JSON.stringify(request);
      language.answer(json); // the first answer imports and caches what later ones reuse
      const times: number[] = [];
      for (let repeat = 0; repeat < repeats; repeat++) {
        const started = performance.now();
        language.answer(json);
        times.push(performance.now() - started);
      }
      return { question, medianMs: median(times), p95Ms: p95(times) };
    });
  } finally {
    language.destroy();
  }
}
