// Completions for what a Run left in the learner's globals, in real Pyodide: the learner's
// interpreter summarises its globals (buildpath._run_summary) as the Run ends, the host
// keeps the well-formed part, and a second interpreter (the language worker's) offers it
// after `name.`. Reading the objects never runs the learner's code.

import { beforeAll, describe, expect, it } from 'vitest';
import type { PyodideInterface } from 'pyodide';
import type { LanguageAnswer, LanguageRequest } from '../../src/shared/language/protocol';
import { sanitizeLearnerObjects, type LearnerObjects } from '../../src/shared/language/learner-objects';
import { sanitizeRunOutcome } from '../../src/shared/python/run-outcome';
import { askLanguage, at } from './language-support';
import { startPythonWithShow } from './show-support';

let learner: PyodideInterface;
let language: PyodideInterface;

beforeAll(async () => {
  learner = await startPythonWithShow();
  language = await startPythonWithShow();
}, 180_000);

function run(code: string) {
  const globals = learner.toPy({ request: JSON.stringify({ code, filename: 'main.py' }) });
  try {
    return sanitizeRunOutcome(JSON.parse(learner.runPython('import buildpath._agent as a; a.run_program(request)', { globals }) as string));
  } finally {
    globals.destroy();
  }
}

function tellLanguage(objects: LearnerObjects): void {
  const globals = language.toPy({ objects: JSON.stringify(objects) });
  try {
    language.runPython('import buildpath._language as l; l.set_learner_objects(objects)', { globals });
  } finally {
    globals.destroy();
  }
}

function ask<R extends LanguageRequest>(request: R): LanguageAnswer<R['type']> {
  return askLanguage(language, request);
}

const PROGRAM = `
class Model:
    """A tiny model."""
    rate = 0.1

    def __init__(self, size, seed=0):
        self.weights = [0.0] * size

    def fit(self, rows, *, epochs=3):
        """Fit the weights to the rows."""

    @staticmethod
    def make(n):
        return Model(n)

rows = [1, 2, 3]
model = Model(3)
`;

describe('completions after a Run', () => {
  it("offers the attributes of the learner's own objects and of built-in values, with signatures", () => {
    const outcome = run(PROGRAM);
    expect(outcome.status).toBe('ok');
    tellLanguage(outcome.objects!);
    const file = `${PROGRAM}\nrows.|`;
    const listItems = ask({ type: 'complete', ...at(file) }).items;
    expect(listItems.find((item) => item.label === 'append')).toMatchObject({ kind: 'function', detail: 'append(object, /)' });
    const modelItems = ask({ type: 'complete', ...at(`${PROGRAM}\nmodel.|`) }).items;
    expect(modelItems.map((item) => item.label)).toEqual(['fit', 'make', 'rate', 'weights']);
    expect(modelItems[0]).toMatchObject({ kind: 'function', detail: 'fit(rows, *, epochs=3)', documentation: 'Fit the weights to the rows.' });
    expect(modelItems[3]).toMatchObject({ kind: 'variable', detail: 'list' });
    const signature = ask({ type: 'signature', ...at(`${PROGRAM}\nmodel.fit(rows, |`) }).signature;
    expect(signature).toMatchObject({ label: 'fit(rows, *, epochs=3)', activeParameter: 2 });
    expect(ask({ type: 'hover', ...at(`${PROGRAM}\nmodel.fi|t(rows)`) }).hover?.contents).toContain('def model.fit(rows, *, epochs=3)');
  });

  it('replaces what an earlier Run left, and offers nothing for a name the last Run did not leave', () => {
    tellLanguage(run('numbers = {"a": 1}\n').objects!);
    expect(ask({ type: 'complete', ...at('numbers = {"a": 1}\nnumbers.|') }).items.map((item) => item.label)).toContain('items');
    expect(ask({ type: 'complete', ...at(`${PROGRAM}\nmodel.|`) }).items).toEqual([]);
  });

  it('keeps what ran before an error', () => {
    const outcome = run('rows = []\nraise ValueError("no")\n');
    expect(outcome.status).toBe('error');
    expect(outcome.objects?.rows?.type).toBe('list');
  });
});

describe("reading the learner's objects", () => {
  it('runs none of their code: no __getattr__, __dir__, __dict__ or __class__ property, metaclass or repr', () => {
    const hostile = `
import sys
ran = []

class Sneaky:
    def __getattr__(self, name):
        ran.append("getattr")
    def __getattribute__(self, name):
        ran.append("getattribute")
        return object.__getattribute__(self, name)
    def __dir__(self):
        ran.append("dir")
        return []
    @property
    def __dict__(self):
        ran.append("__dict__")
        return {}
    @property
    def __class__(self):
        ran.append("__class__")
        return int
    def visible(self):
        pass

class Loud:
    def __repr__(self):
        ran.append("repr")
        return "loud"

class Meta(type):
    def __getattribute__(cls, name):
        ran.append("metaclass")
        return type.__getattribute__(cls, name)

class Odd(metaclass=Meta):
    def method(self, value=Loud()):
        pass

sneaky = Sneaky()
odd = Odd()
ran.clear()
`;
    const outcome = run(hostile);
    expect(outcome.status).toBe('ok');
    expect(learner.runPython('import sys; list(sys.modules["__main__"].ran)').toJs()).toEqual([]);
    // What could be read from the classes' own dictionaries is still offered.
    expect(outcome.objects?.odd?.attributes).toEqual([{ name: 'method', kind: 'function', detail: 'method(value=…)' }]);
    expect(outcome.objects?.Odd?.attributes.map((item) => item.name)).toEqual(['method']);
    expect(outcome.objects?.sneaky?.attributes.map((item) => item.name)).toEqual(['visible']);
  });

  it('caps what one object and a whole Run may report', () => {
    const outcome = run('class Wide:\n    pass\nfor i in range(1000):\n    setattr(Wide, f"a{i}", i)\nwide = Wide()\nmany = {}\nfor i in range(2000):\n    globals()[f"v{i}"] = []\n');
    expect(outcome.objects?.wide?.attributes.length).toBe(200);
    const total = Object.values(outcome.objects!).reduce((sum, object) => sum + object.attributes.length, 0);
    expect(total).toBeLessThanOrEqual(4_000);
    expect(Object.keys(outcome.objects!).length).toBeLessThanOrEqual(300);
  });

  it('keeps only well-formed entries of what Python sent', () => {
    const objects = sanitizeLearnerObjects({
      good: { type: 'list', attributes: [{ name: 'append', kind: 'function', detail: 'append(object, /)' }, { name: 'x y', kind: 'function', detail: '' }] },
      'not a name': { type: 'list', attributes: [{ name: 'a', kind: 'variable', detail: 'int' }] },
      badKind: { type: 'list', attributes: [{ name: 'a', kind: 'script', detail: 'int' }] },
      noList: { type: 'list', attributes: 'append' },
    });
    expect(objects).toEqual({ good: { type: 'list', attributes: [{ name: 'append', kind: 'function', detail: 'append(object, /)' }] } });
  });
});
