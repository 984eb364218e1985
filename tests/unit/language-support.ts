// Asking buildpath._language in a real Pyodide, as the language worker does, and marking
// the cursor in a test's source.

import type { PyodideInterface } from 'pyodide';
import type { LanguageAnswer, LanguageRequest } from '../../src/shared/language/protocol';

export function askLanguage<R extends LanguageRequest>(pyodide: PyodideInterface, request: R): LanguageAnswer<R['type']> {
  const globals = pyodide.toPy({ request: JSON.stringify(request) });
  try {
    return JSON.parse(pyodide.runPython('import buildpath._language as l; l.answer(request)', { globals }) as string);
  } finally {
    globals.destroy();
  }
}

/** The code up to a "|" marks the cursor; the request asks at that position. */
export function at(source: string): { code: string; line: number; column: number } {
  const offset = source.indexOf('|');
  const before = source.slice(0, offset).split('\n');
  return { code: source.replace('|', ''), line: before.length, column: before[before.length - 1]!.length + 1 };
}
