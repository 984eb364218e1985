// One real Pyodide worker (Node worker thread) per test file, with the helpers the
// hostile-code tests share: run a program, check a one-function milestone, count restarts.

import { afterAll, expect } from 'vitest';
import type { CheckResult } from '../../../src/shared/check-result';
import type { RunResult } from '../../../src/shared/python/python-client';
import { createNodePythonClient } from '../../../src/services/python/node-python';
import { recordUnhandledRejections } from './unhandled';

export const TOTAL_CHECKS = `
from buildpath.checking import check

@check(seconds=2)
def total_of_a_list(learner):
    """total adds up a list"""
    learner.function("total", params=["values"]).given([1, 2, 3]).returns(6)
`;

export const TOTAL_SOLUTION = 'def total(values):\n    return sum(values)\n';

export function hostilePythonSession() {
  const python = createNodePythonClient({ graceMs: 800, projectFiles: async (slug) => ({ slug, files: {} }) });
  const restarts: string[] = [];
  python.onStatus((status) => {
    if (status.kind === 'restarting') restarts.push(status.reason);
  });
  const unhandled = recordUnhandledRejections();
  afterAll(() => {
    python.dispose();
    expect(unhandled()).toEqual([]);
  });

  async function run(code: string): Promise<{ outcome: RunResult; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const outcome = await python.run(
      { code, filename: 'main.py' },
      { onStream: (stream, text) => (stream === 'stdout' ? (stdout += text) : (stderr += text)) },
    );
    return { outcome, stdout, stderr };
  }

  /** Checks `code` against a milestone asking for `total(values)`. */
  function check(code: string): Promise<CheckResult> {
    return python.check({
      project: 'hostile',
      milestone: '01-hostile',
      filename: '01-hostile.py',
      code,
      starter: 'def total(values):\n    ...\n',
      checks: TOTAL_CHECKS,
      solution: TOTAL_SOLUTION,
      defaultBudgetSeconds: 2,
      revealExpected: false,
    });
  }

  /** The worker still runs programs and checks. */
  async function expectWorkingWorker(): Promise<void> {
    const { outcome, stdout } = await run('print(6 * 7)');
    expect(outcome.status).toBe('ok');
    expect(stdout).toBe('42\n');
    expect((await check(TOTAL_SOLUTION)).status).toBe('pass');
  }

  return { python, restarts, run, check, expectWorkingWorker };
}
