// buildpath.show in real Pyodide: the records it builds and the errors it raises.

import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PyodideInterface } from 'pyodide';
import { DISPLAY_KINDS, displayRecordSchema, type DisplayRecord } from '../../src/shared/display';
import { runShow, startPythonWithShow } from './show-support';

let pyodide: PyodideInterface;

beforeAll(async () => {
  pyodide = await startPythonWithShow();
}, 120_000);

function shown(snippet: string): DisplayRecord[] {
  const outcome = runShow(pyodide, snippet);
  expect(outcome.error).toBeNull();
  // The TypeScript side's schema is the contract: every record show.py builds must pass it.
  return outcome.records.map((record) => displayRecordSchema.parse(record));
}

function onlyRecord<K extends DisplayRecord['kind']>(kind: K, snippet: string): Extract<DisplayRecord, { kind: K }> {
  const records = shown(snippet);
  expect(records).toHaveLength(1);
  expect(records[0]!.kind).toBe(kind);
  return records[0] as Extract<DisplayRecord, { kind: K }>;
}

function raised(snippet: string): string {
  const outcome = runShow(pyodide, snippet);
  expect(outcome.records).toEqual([]);
  expect(outcome.error).not.toBeNull();
  return outcome.error!;
}

describe('records', () => {
  it('a table of dicts takes its columns from the keys in order of appearance', () => {
    const record = onlyRecord('table', `show.table([{"a": 1, "b": "x"}, {"a": 2.5, "c": None}], title="Sales")`);
    expect(record).toEqual({
      kind: 'table', title: 'Sales', columns: ['a', 'b', 'c'],
      rows: [[1, 'x', null], [2.5, null, null]], total_rows: 2, note: null,
    });
  });

  it('a table of lists uses the given columns and keeps NaN as text', () => {
    const record = onlyRecord('table', `show.table([[1, float("nan")], [3, True]], columns=["p", "q"])`);
    expect(record.columns).toEqual(['p', 'q']);
    expect(record.rows).toEqual([[1, 'nan'], [3, true]]);
  });

  it('a long table keeps the first 1,000 rows and says so', () => {
    const record = onlyRecord('table', `show.table([[i, i * i] for i in range(2930)], columns=["i", "square"])`);
    expect(record.rows).toHaveLength(1000);
    expect(record.rows[999]).toEqual([999, 998001]);
    expect(record.total_rows).toBe(2930);
    expect(record.note).toBe('showing 1,000 of 2,930 rows');
  });

  it('a scatter carries labels, colours and the fitted line', () => {
    const record = onlyRecord('scatter',
      `show.scatter([1, 2, 3], (2, 4, 7), x_label="Gr_Liv_Area", y_label="Sale_Price", colors=["a", "b", "a"], line=(2, 0.5))`);
    expect(record).toMatchObject({
      x: [1, 2, 3], y: [2, 4, 7], x_label: 'Gr_Liv_Area', y_label: 'Sale_Price',
      colors: ['a', 'b', 'a'], line: { slope: 2, intercept: 0.5 }, total_points: 3, note: null,
    });
  });

  it('numeric colours stay numbers for a continuous scale', () => {
    expect(onlyRecord('scatter', `show.scatter([1, 2], [3, 4], colors=[0.5, 7])`).colors).toEqual([0.5, 7]);
  });

  it('a line of one list runs over positions; a dict gives named curves', () => {
    expect(onlyRecord('line', `show.line([3, 2, 1.5])`).series).toEqual([{ name: null, x: [0, 1, 2], y: [3, 2, 1.5] }]);
    const record = onlyRecord('line', `show.line({"train": [1, 0.5], "test": [1.2, 0.8]}, x=[10, 20], y_label="loss")`);
    expect(record.series.map((s) => s.name)).toEqual(['train', 'test']);
    expect(record.series[1]).toEqual({ name: 'test', x: [10, 20], y: [1.2, 0.8] });
    expect(record.y_label).toBe('loss');
  });

  it('bars keep their labels as text', () => {
    const record = onlyRecord('bar', `show.bar([3, "b"], [1, 2.5])`);
    expect(record.labels).toEqual(['3', 'b']);
    expect(record.values).toEqual([1, 2.5]);
  });

  it('a histogram counts every value into equal bins, the maximum into the last', () => {
    const record = onlyRecord('histogram', `show.histogram([0, 1, 1, 2, 3, 4], bins=4, x_label="rooms")`);
    expect(record.edges).toEqual([0, 1, 2, 3, 4]);
    expect(record.counts).toEqual([1, 2, 1, 2]);
    expect(record.total).toBe(6);
    expect(record.y_label).toBe('count');
  });

  it('a histogram of one repeated value still has a width', () => {
    const record = onlyRecord('histogram', `show.histogram([5, 5, 5], bins=1)`);
    expect(record.edges).toEqual([4.5, 5.5]);
    expect(record.counts).toEqual([3]);
  });

  it('a heat map labels its rows and columns, by position when not given', () => {
    const record = onlyRecord('heatmap', `show.heatmap([[50, 2], [3, 45]], column_labels=["ham", "spam"], annotate=False)`);
    expect(record).toMatchObject({
      values: [[50, 2], [3, 45]], row_labels: ['0', '1'], column_labels: ['ham', 'spam'], annotate: false,
    });
  });

  it('images carry pixels, labels and the common value range', () => {
    const record = onlyRecord('images', `show.images([[[0, 16], [8, 4]], [[1, 2], [3, 4]]], labels=[7, 1], columns=5)`);
    expect(record.images).toEqual([
      { pixels: [[0, 16], [8, 4]], label: '7' },
      { pixels: [[1, 2], [3, 4]], label: '1' },
    ]);
    expect(record.value_range).toEqual([0, 16]);
    expect(record.columns).toBe(5);
  });

  it('every kind the UI knows is one show.py builds', () => {
    const records = shown(`
show.table([[1]])
show.scatter([1], [1])
show.line([1])
show.bar(["a"], [1])
show.histogram([1])
show.heatmap([[1]])
show.images([[[1]]])`);
    expect(records.map((record) => record.kind)).toEqual([...DISPLAY_KINDS]);
  });
});

describe('thinning long data', () => {
  it('a scatter keeps 5,000 evenly spaced points, the first and last among them', () => {
    const record = onlyRecord('scatter', `show.scatter(range(120000), [2 * i for i in range(120000)], colors=["a", "b"] * 60000)`);
    expect(record.x).toHaveLength(5000);
    expect(record.x[0]).toBe(0);
    expect(record.x[4999]).toBe(119999);
    expect(record.y.every((y, i) => y === 2 * record.x[i]!)).toBe(true);
    expect(record.colors).toHaveLength(5000);
    expect(record.note).toBe('showing 5,000 of 120,000 points');
  });

  it('a long curve keeps its spikes', () => {
    const record = onlyRecord('line', `show.line({"loss": [1.0] * 30000 + [9.0] + [1.0] * 30000})`);
    const curve = record.series[0]!;
    expect(curve.y.length).toBeLessThanOrEqual(10000);
    expect(curve.y).toContain(9);
    expect(curve.x[curve.y.indexOf(9)]).toBe(30000);
    expect(record.note).toBe(`showing ${curve.y.length.toLocaleString('en-US')} of 60,001 points of loss`);
  });

  it('thinning keeps min(n, 5,000) points and is the same every time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12000 }), (count) => {
        const snippet = `show.scatter(range(${count}), range(${count}))\nshow.scatter(range(${count}), range(${count}))`;
        const [first, second] = shown(snippet) as [DisplayRecord, DisplayRecord];
        expect(first).toEqual(second);
        const record = first as Extract<DisplayRecord, { kind: 'scatter' }>;
        expect(record.x).toHaveLength(Math.min(count, 5000));
        expect(record.x.at(-1)).toBe(count - 1);
        expect(record.note === null).toBe(count <= 5000);
      }),
      { numRuns: 25 },
    );
  });

  it('more than 100 images keeps the first 100', () => {
    const record = onlyRecord('images', `show.images([[[i, 0], [0, 1]] for i in range(1797)])`);
    expect(record.images).toHaveLength(100);
    expect(record.note).toBe('showing 100 of 1,797 images');
  });
});

describe('errors name the argument and say what is wrong', () => {
  const cases: [string, string, RegExp][] = [
    ['ragged rows', `show.table([[1, 2], [3]])`, /^ValueError: show\.table: rows\[1\] has 1 value but rows\[0\] has 2/],
    ['mixed row types', `show.table([{"a": 1}, [2]])`, /^TypeError: show\.table: rows\[1\] is list, but rows\[0\] is a dict/],
    ['columns that do not fit', `show.table([[1, 2]], columns=["a"])`, /columns has 1 name but each row has 2 values/],
    ['an empty table', `show.table([])`, /^ValueError: show\.table: rows is empty/],
    ['a table of empty rows', `show.table([{}, {}])`, /^ValueError: show\.table: rows have no values/],
    ['text where a number is needed', `show.scatter([1, "2"], [1, 2])`, /^TypeError: show\.scatter: x\[1\] is the text '2', not a number; convert it with float\(\) first/],
    ['None where a number is needed', `show.scatter([1, 2], [None, 2])`, /^TypeError: show\.scatter: y\[0\] is None/],
    ['NaN', `show.scatter([1, float("nan")], [1, 2])`, /^ValueError: show\.scatter: x\[1\] is nan; only finite numbers/],
    ['infinity', `show.line([1, float("inf")])`, /^ValueError: show\.line: series\[1\] is inf/],
    ['a number too large for a float', `show.bar(["a"], [10 ** 400])`, /^ValueError: show\.bar: values\[0\] is too large to draw/],
    ['NaN in a heat map', `show.heatmap([[1, 2], [3, float("nan")]])`, /^ValueError: show\.heatmap: matrix\[1\]\[1\] is nan/],
    ['mismatched lengths', `show.scatter([1, 2, 3], [1, 2])`, /^ValueError: show\.scatter: x has 3 values but y has 2; they must have the same length/],
    ['text instead of a list', `show.scatter("123", [1, 2, 3])`, /^TypeError: show\.scatter: x must be a list, not a str/],
    ['a bad fitted line', `show.scatter([1], [1], line=(1,))`, /line must be \(slope, intercept\), two numbers; it has 1 value\./],
    ['colours for some points only', `show.scatter([1, 2], [1, 2], colors=["a"])`, /colors has 1 value but x has 2/],
    ['a list of lists for several curves', `show.line([[1, 2], [3, 4]])`, /series is a list of lists; to draw several curves pass a dict/],
    ['a curve longer than x', `show.line({"a": [1, 2]}, x=[1, 2, 3])`, /x has 3 values but series\['a'\] has 2/],
    ['an empty curve', `show.line({"a": []})`, /series\['a'\] is empty/],
    ['a repeated bar label', `show.bar(["a", "a"], [1, 2])`, /labels\[1\] is 'a' again/],
    ['labels and values of different lengths', `show.bar(["a"], [1, 2])`, /labels has 1 label for 2 values; give one label per value/],
    ['zero bins', `show.histogram([1, 2], bins=0)`, /^ValueError: show\.histogram: bins is 0; it must be between 1 and 200/],
    ['fractional bins', `show.histogram([1, 2], bins=2.5)`, /^TypeError: show\.histogram: bins must be a whole number/],
    ['a ragged matrix', `show.heatmap([[1, 2], [3]])`, /matrix\[1\] has 1 value but matrix\[0\] has 2; every row must have the same length/],
    ['a flat matrix', `show.heatmap([1, 2])`, /matrix\[0\] is a number; matrix must be a list of rows/],
    ['row labels that do not fit', `show.heatmap([[1, 2]], row_labels=["a", "b"])`, /row_labels has 2 labels for 1 row; give one label per row/],
    ['a huge heat map', `show.heatmap([[0] * 300])`, /matrix is 1 x 300; a heat map can show at most 200/],
    ['an image that is not rectangular', `show.images([[[0, 1], [1]]])`, /^ValueError: show\.images: images\[0\]\[1\] has 1 value but images\[0\]\[0\] has 2/],
    ['one image instead of a list of images', `show.images([[0, 1], [1, 0]])`, /images\[0\] is a list of numbers, but each image must be a list of rows: to show one image pass \[image\]/],
    ['flat digit rows', `show.images([[0] * 64])`, /reshape it into 8 rows of 8/],
    ['a title that is not text', `show.bar(["a"], [1], title=3)`, /^TypeError: show\.bar: title must be text, not a int/],
  ];
  it.each(cases)('%s', (_what, snippet, message) => {
    expect(raised(snippet)).toMatch(message);
  });
});
