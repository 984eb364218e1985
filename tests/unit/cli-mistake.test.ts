// `buildpath mistake` on a pack somebody else wrote: escape sequences in a mistake's
// code must not reach a terminal, nor its names reach stderr; into a pipe or a file the
// program is written exactly, as the checks see it.

import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildpath, FIXTURES, ROOT } from '../support/buildpath-cli';

const HOSTILE = ' # \x1b]0;owned\x07 \x1b[2J tail\u202e';

/** The command with its stdout on a pseudo-terminal (Python's pty module), as typed in a shell. */
async function onTerminal(...args: string[]): Promise<string> {
  const spawnOnPty = 'import pty, sys; pty.spawn(sys.argv[1:])';
  const { stdout } = await promisify(execFile)('python3', ['-c', spawnOnPty, process.execPath, path.join(ROOT, 'bin/buildpath.mjs'), ...args], { cwd: ROOT });
  return stdout.replace(/\r\n/g, '\n'); // the terminal's own line endings
}

describe('buildpath mistake on a hostile pack', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'bp-mistake-'));
  cpSync(path.join(FIXTURES, 'fixture-basics'), path.join(root, 'fixture-basics'), { recursive: true });
  const mistakes = path.join(root, 'fixture-basics/milestones/01-mean/mistakes');
  const original = readFileSync(path.join(mistakes, 'returns-the-sum.py'), 'utf8');
  // A title-setting sequence, a screen clear and a right-to-left override in the code.
  writeFileSync(path.join(mistakes, 'returns-the-sum.py'), original.replace('return sum(values)', `return sum(values)${HOSTILE}`));
  renameSync(path.join(mistakes, 'scores-as-text.py'), path.join(mistakes, 'scores\x1b[31m-as-text.py'));

  it('shows control characters in the program as escapes on a terminal', async () => {
    const stdout = await onTerminal('mistake', 'fixture-basics', '01-mean', 'returns-the-sum', '--projects', root);
    expect(stdout).toContain('def mean(values):\n    return sum(values) # \\x1b]0;owned\\x07 \\x1b[2J tail\\u202e\n'); // newlines stay
    expect(stdout).not.toMatch(/[\x1b\x07\u202e]/);
  });

  it('writes the program exactly into a pipe', async () => {
    const outcome = await buildpath('mistake', 'fixture-basics', '01-mean', 'returns-the-sum', '--projects', root);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(outcome.stdout).toContain(`    return sum(values)${HOSTILE}\n`);
  });

  it('shows them in the names it lists when asked for a mistake there is not', async () => {
    const outcome = await buildpath('mistake', 'fixture-basics', '01-mean', 'nothing\x1b[2J', '--projects', root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).not.toContain('\x1b');
    expect(outcome.stderr).toContain('no mistake "nothing\\x1b[2J" (its mistakes: returns-the-sum, scores\\x1b[31m-as-text)');
  });
});
