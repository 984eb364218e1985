// The CPython authoring tool (`python3 -m buildpath.author`) piped into a reader that
// stops early (`| head`): it ends quietly instead of printing a BrokenPipeError.

import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../support/buildpath-cli';

describe('buildpath.author into a closed pipe', () => {
  it('ends without a traceback when its reader has gone', async () => {
    const milestone = path.join(FIXTURES, 'fixture-basics/milestones/01-mean');
    const child = spawn('python3', ['-m', 'buildpath.author', milestone, path.join(milestone, 'solution.py'), '--json'], {
      env: { ...process.env, PYTHONPATH: path.join(ROOT, 'src/python') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy(); // the reader is gone before the tool writes anything
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/Traceback|BrokenPipeError|Exception ignored/);
    expect(code).toBe(1);
  });
});
