// Structure read out of milestone texts: task headings, hints, checks' task numbers, mistake headers.

import { describe, expect, it } from 'vitest';
import { countChecks, findCheckNames, findCheckTaskUses } from '../../src/shared/pack/checks-source';
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

describe('findCheckTaskUses', () => {
  it('reads task=N from each @check, across lines, with its line', () => {
    const source = [
      'from buildpath.checking import check',
      '@check(task=1)',
      'def a(learner): ...',
      '@check(',
      '    hidden=True,',
      '    name=f("x"),',
      '    task = 12,',
      ')',
      'def b(learner): ...',
      '@check',
      'def c(learner): ...',
    ].join('\n');
    expect(findCheckTaskUses(source)).toEqual([
      { task: 1, line: 2 },
      { task: 12, line: 4 },
    ]);
    expect(countChecks(source)).toBe(3);
  });
});

describe('parseMistakeHeader', () => {
  it('reads the comment block at the top only', () => {
    const source = '#!/usr/bin/env python\n# mistake: divides by n - 1\n\n#expect:  sample variance \n# check: variance is right\nx = 1\n# expect: later lines do not count\n';
    expect(parseMistakeHeader(source)).toEqual({ mistake: 'divides by n - 1', expect: 'sample variance', check: 'variance is right' });
    expect(parseMistakeHeader('x = 1\n# expect: too late\n')).toEqual({});
  });
});

describe('findCheckNames', () => {
  it('names checks as the checker library does', () => {
    const source = [
      '@check(task=1)',
      'def mean_of_a_list(learner):',
      '    """mean gives the average',
      '',
      '    More words."""',
      '@check(task=2, name="a chosen name")',
      'def ignored(learner):',
      '    """not this"""',
      '@check',
      'async def no_docstring(',
      '    learner: "Learner",',
      ') -> None:',
      '    pass',
      "@check(task=3)",
      "def single_quoted(learner): r'on one line'",
    ].join('\n');
    expect(findCheckNames(source)).toEqual(['mean gives the average', 'a chosen name', 'no docstring', 'on one line']);
  });

  it('gives up rather than guess a computed name', () => {
    expect(findCheckNames('@check(name=NAMES[0])\ndef a(learner): ...\n')).toBeUndefined();
    expect(findCheckNames('@check()\ndef a(learner):\n    """tab\\tinside"""\n')).toBeUndefined();
  });
});

describe('countCsvRecords', () => {
  it('counts records, not lines: quoted fields may hold line breaks', () => {
    expect(countCsvRecords('a,b\n1,2\n3,4\n')).toBe(3);
    expect(countCsvRecords('a,b\r\n1,"two\r\nlines, and ""quotes"""\r\n\r\n3,4')).toBe(3);
    expect(countCsvRecords('')).toBe(0);
  });
});
