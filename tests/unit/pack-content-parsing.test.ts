// Structure read out of milestone texts: task headings, hints, mistake headers.

import { describe, expect, it } from 'vitest';
import { countCsvRecords } from '../../src/shared/pack/csv-records';
import { parseMistakeHeader, parseTaskHeadings, splitHints } from '../../src/shared/pack/content-parsing';

describe('parseTaskHeadings', () => {
  it('finds "## N. Title" headings and skips fenced code', () => {
    const markdown = ['# Intro', '## 1. Load the rows', 'text', '```', '## 9. not a heading', '```', '## 2. Split them ##', '### 3. too deep'].join('\n');
    expect(parseTaskHeadings(markdown)).toEqual([
      { number: 1, title: 'Load the rows' },
      { number: 2, title: 'Split them' },
    ]);
  });
});

describe('splitHints', () => {
  it('splits on lines holding only --- and drops empty blocks', () => {
    expect(splitHints('first\n---\nsecond\nstill second\n  ---  \n\n---\nthird ---\n')).toEqual([
      'first',
      'second\nstill second',
      'third ---',
    ]);
  });
});

describe('parseMistakeHeader', () => {
  it('reads the comment block at the top only', () => {
    const source = '#!/usr/bin/env python\n# mistake: divides by n - 1\n\n#expect:  sample variance \n# check: variance is right\nx = 1\n# expect: later lines do not count\n';
    expect(parseMistakeHeader(source)).toEqual({ mistake: 'divides by n - 1', expect: 'sample variance', check: 'variance is right' });
    expect(parseMistakeHeader('x = 1\n# expect: too late\n')).toEqual({});
  });
});

describe('countCsvRecords', () => {
  it('counts records, not lines: quoted fields may hold line breaks', () => {
    expect(countCsvRecords('a,b\n1,2\n3,4\n')).toBe(3);
    expect(countCsvRecords('a,b\r\n1,"two\r\nlines, and ""quotes"""\r\n\r\n3,4')).toBe(3);
    expect(countCsvRecords('')).toBe(0);
  });
});
