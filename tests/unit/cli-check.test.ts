// `buildpath check` as an instructor or CI runs it: a real process, real Pyodide.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkResultSchema } from '../../src/shared/check-result';
import { runBuildpath } from '../support/run-cli';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/packs');
const MILESTONE = path.join(FIXTURES, 'fixture-basics/milestones/01-mean');

const buildpath = runBuildpath;

describe('buildpath check', () => {
  it('prints a readable report and exits 0 when the milestone passes', async () => {
    const { code, stdout } = await buildpath('check', 'fixture-basics', '01-mean', path.join(MILESTONE, 'solution.py'), '--projects', FIXTURES);
    expect(code).toBe(0);
    expect(stdout).toContain('PASS  task 1: mean gives the average of a list');
    expect(stdout).toMatch(/Milestone passed — 4 of 4 checks passed/);
  });

  it('prints schema-valid JSON and exits 1 when a check fails', async () => {
    const { code, stdout } = await buildpath(
      'check', 'fixture-basics', '01-mean', path.join(MILESTONE, 'mistakes/returns-the-sum.py'), '--projects', FIXTURES, '--json',
    );
    expect(code).toBe(1);
    const result = checkResultSchema.parse(JSON.parse(stdout));
    expect(result.status).toBe('fail');
    expect(result.tests.some((test) => test.message?.includes('mean returned the sum of the values'))).toBe(true);
  });

  it('exits 2 with a clear message for an unknown project or an unreadable file', async () => {
    const unknown = await buildpath('check', 'no-such-project', '01-mean', path.join(MILESTONE, 'solution.py'), '--projects', FIXTURES);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no-such-project');
    const missing = await buildpath('check', 'fixture-basics', '01-mean', 'nowhere.py', '--projects', FIXTURES);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read nowhere.py');
    const usage = await buildpath('check', 'fixture-basics');
    expect(usage.code).toBe(2);
  });
});
