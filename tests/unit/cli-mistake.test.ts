// `buildpath mistake` on a pack somebody else wrote: what it prints comes from the
// pack, so escape sequences in a mistake's code or name must not reach the terminal.

import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildpath, FIXTURES } from '../support/buildpath-cli';

describe('buildpath mistake on a hostile pack', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'bp-mistake-'));
  cpSync(path.join(FIXTURES, 'fixture-basics'), path.join(root, 'fixture-basics'), { recursive: true });
  const mistakes = path.join(root, 'fixture-basics/milestones/01-mean/mistakes');
  const original = readFileSync(path.join(mistakes, 'returns-the-sum.py'), 'utf8');
  // A title-setting sequence, a screen clear and a right-to-left override in the code.
  writeFileSync(path.join(mistakes, 'returns-the-sum.py'), original.replace('return sum(values)', 'return sum(values)  # \x1b]0;owned\x07 \x1b[2J tail\u202e'));
  renameSync(path.join(mistakes, 'scores-as-text.py'), path.join(mistakes, 'scores\x1b[31m-as-text.py'));

  it('shows control characters in the printed program as escapes', async () => {
    const outcome = await buildpath('mistake', 'fixture-basics', '01-mean', 'returns-the-sum', '--projects', root);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(outcome.stdout).toContain('def mean(values):\n    return sum(values)  # \\x1b]0;owned\\x07 \\x1b[2J tail\\u202e\n'); // newlines stay
    expect(outcome.stdout).not.toMatch(/[\x1b\x07\u202e]/);
  });

  it('shows them in the names it lists when asked for a mistake there is not', async () => {
    const outcome = await buildpath('mistake', 'fixture-basics', '01-mean', 'nothing\x1b[2J', '--projects', root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).not.toContain('\x1b');
    expect(outcome.stderr).toContain('no mistake "nothing\\x1b[2J"');
  });
});
