// The editor's language help (buildpath._language) in real Pyodide: what it offers,
// and that it never runs the learner's code.

import { beforeAll, describe, expect, it } from 'vitest';
import type { PyodideInterface } from 'pyodide';
import type { LanguageAnswer, LanguageRequest } from '../../src/shared/language/protocol';
import { askLanguage, at } from './language-support';
import { startPythonWithShow } from './show-support';

let pyodide: PyodideInterface;

beforeAll(async () => {
  pyodide = await startPythonWithShow();
}, 120_000);

function ask<R extends LanguageRequest>(request: R): LanguageAnswer<R['type']> {
  return askLanguage(pyodide, request);
}

const labels = (source: string) => ask({ type: 'complete', ...at(source) }).items.map((item) => item.label);

const LEARNER_FILE = `import math
from buildpath import show
from statistics import mean

def load_rows(path, limit=None):
    """Read the rows of a CSV file, at most limit of them."""
    rows = []
    return rows

class Point:
    """A point on the plane."""
    def __init__(self, x, y=0):
        self.x = x

def summary(values):
    total = 0
`;

describe('completions', () => {
  it('offers the attributes of an imported stdlib module after a dot', () => {
    const items = ask({ type: 'complete', ...at(`${LEARNER_FILE}    root = math.sq|`) }).items;
    const sqrt = items.find((item) => item.label === 'sqrt');
    expect(sqrt).toMatchObject({ kind: 'function', detail: 'sqrt(x, /)' });
    expect(sqrt?.documentation).toMatch(/square root/);
    expect(items.map((item) => item.label)).not.toContain('__name__');
  });

  it('offers the names in scope: functions, classes, imports, parameters and locals, then keywords and builtins', () => {
    const offered = labels(`${LEARNER_FILE}    t|`);
    for (const name of ['load_rows', 'Point', 'math', 'show', 'mean', 'values', 'total', 'while', 'len', 'print']) {
      expect(offered).toContain(name);
    }
    expect(offered).not.toContain('rows'); // a local of another function
    expect(offered).not.toContain('limit');
  });

  it('describes a learner function by its parameters and docstring', () => {
    const item = ask({ type: 'complete', ...at(`${LEARNER_FILE}    lo|`) }).items.find((entry) => entry.label === 'load_rows');
    expect(item).toMatchObject({ kind: 'function', detail: 'load_rows(path, limit=None)' });
    expect(item?.documentation).toBe('Read the rows of a CSV file, at most limit of them.');
  });

  it('offers buildpath.show with its functions', () => {
    expect(labels(`${LEARNER_FILE}show.|`)).toEqual(['bar', 'heatmap', 'histogram', 'images', 'line', 'scatter', 'table']);
    expect(labels(`import buildpath\nbuildpath.|`)).toEqual(['show']);
  });

  it('offers nothing inside a string or a comment, nor for modules it does not inspect', () => {
    expect(labels(`${LEARNER_FILE}    s = "math.|`)).toEqual([]);
    expect(labels(`${LEARNER_FILE}    # math.|`)).toEqual([]);
    expect(labels(`import os\nos.|`)).toEqual([]);
    expect(labels(`from buildpath import _runner\n_runner.|`)).toEqual([]); // Buildpath's private modules stay out of reach
    expect(labels(`${LEARNER_FILE}    values.|`)).toEqual([]);
  });

  it('still finds the file\'s names while the line being typed does not parse', () => {
    expect(labels(`${LEARNER_FILE}    x = load_rows(lo|`)).toContain('load_rows');
  });
});

describe('signature help', () => {
  it('shows a learner function\'s parameters and moves along with the commas', () => {
    const first = ask({ type: 'signature', ...at(`${LEARNER_FILE}rows = load_rows(|`) }).signature;
    expect(first).toMatchObject({ label: 'load_rows(path, limit=None)', activeParameter: 0 });
    expect(first!.parameters.map(([start, end]) => first!.label.slice(start, end))).toEqual(['path', 'limit=None']);
    const second = ask({ type: 'signature', ...at(`${LEARNER_FILE}rows = load_rows("a.csv", |`) }).signature;
    expect(second?.activeParameter).toBe(1);
  });

  it('follows a keyword argument to its parameter, and a string\'s commas do not count', () => {
    expect(ask({ type: 'signature', ...at(`${LEARNER_FILE}load_rows(limit=|`) }).signature?.activeParameter).toBe(1);
    expect(ask({ type: 'signature', ...at(`${LEARNER_FILE}load_rows("a,b,c|`) }).signature).toBeNull();
    expect(ask({ type: 'signature', ...at(`${LEARNER_FILE}load_rows("a,b,c", [1, 2|`) }).signature?.activeParameter).toBe(1);
  });

  it('uses inspect for the standard library and buildpath.show, and __init__ for a class', () => {
    expect(ask({ type: 'signature', ...at(`${LEARNER_FILE}show.table(rows, |`) }).signature)
      .toMatchObject({ label: 'table(rows, columns=None, title=None)', activeParameter: 1 });
    expect(ask({ type: 'signature', ...at(`${LEARNER_FILE}mean(|`) }).signature?.label).toBe('mean(data)');
    expect(ask({ type: 'signature', ...at(`${LEARNER_FILE}Point(1, |`) }).signature)
      .toMatchObject({ label: 'Point(x, y=0)', activeParameter: 1, documentation: 'A point on the plane.' });
    expect(ask({ type: 'signature', ...at(`print("a", |`) }).signature?.activeParameter).toBe(0); // *args
  });
});

describe('hover', () => {
  it('shows a learner function\'s signature and docstring', () => {
    const hover = ask({ type: 'hover', ...at(`${LEARNER_FILE}rows = load_r|ows("a.csv")`) }).hover;
    expect(hover?.contents).toBe('```python\ndef load_rows(path, limit=None)\n```\n\nRead the rows of a CSV file, at most limit of them.');
    expect(hover).toMatchObject({ startColumn: 8, endColumn: 17 });
  });

  it('shows a stdlib function under its qualified name, and nothing on a keyword', () => {
    expect(ask({ type: 'hover', ...at(`import math\nmath.sq|rt(2)`) }).hover?.contents).toMatch(/^```python\ndef math\.sqrt\(x, \/\)/);
    expect(ask({ type: 'hover', ...at(`import math\nfo|r x in []: pass`) }).hover).toBeNull();
  });
});

describe('syntax errors', () => {
  const mistakes = ['def area(width, height)\n    return width * height\n', 'total = (1 +\n', 'if x = 1:\n    pass\n', 'print("a"\nx = 2\n', 'x = 1\x00\n'];

  it.each(mistakes)('reports %j as a Run does', (code) => {
    const [diagnostic, ...rest] = ask({ type: 'diagnose', code, filename: 'main.py' }).diagnostics;
    expect(rest).toEqual([]);
    const globals = pyodide.toPy({ request: JSON.stringify({ code, filename: 'main.py' }) });
    try {
      const outcome = JSON.parse(pyodide.runPython('import buildpath._agent as a; a.run_program(request)', { globals }) as string);
      expect(outcome.status).toBe('error');
      if (outcome.error) {
        expect(diagnostic).toMatchObject({ line: outcome.error.line, message: outcome.error.message, kind: outcome.error.kind });
      } else {
        expect(outcome.traceback).toBe(`${diagnostic!.kind}: ${diagnostic!.message}`);
      }
    } finally {
      globals.destroy();
    }
  });

  it('compiles without running: a file with no syntax error has no diagnostic, and its code does not run', () => {
    const code = 'import sys\nsys.modules["ran"] = True\nwhile True:\n    pass\n';
    expect(ask({ type: 'diagnose', code, filename: 'main.py' }).diagnostics).toEqual([]);
    expect(ask({ type: 'complete', ...at(`${code}s|`) }).items.length).toBeGreaterThan(0);
    expect(pyodide.runPython('import sys; "ran" in sys.modules')).toBe(false);
  });
});
