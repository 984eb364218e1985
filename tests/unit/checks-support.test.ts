// checks_support.py in real Pyodide: every milestone's checks.py can import it,
// and the learner's code, which runs after the checks loaded, cannot.

import { describe, expect, it } from 'vitest';
import { checkResultSchema, type CheckResult } from '../../src/shared/check-result';
import type { CheckRequest } from '../../src/shared/python/protocol';
import { sharedPython } from '../support/python';

const SUPPORT = `
from buildpath.checking import solution

TOLERANCE = 1e-9


def expected_double(value):
    return solution.double(value)
`;

const CHECKS = `
from buildpath.checking import check
from checks_support import TOLERANCE, expected_double


@check(task=1)
def doubles_a_number(learner):
    """double doubles its argument"""
    learner.function("double").given(21).returns(expected_double(21), tol=TOLERANCE)
`;

async function check(code: string, checksSupport: string | null): Promise<CheckResult> {
  const request: CheckRequest = {
    project: 'support',
    milestone: '01-double',
    filename: '01-double.py',
    code,
    starter: 'def double(value):\n    ...\n',
    checks: CHECKS,
    checksSupport,
    solution: 'def double(value):\n    return 2 * value\n',
    defaultBudgetSeconds: 5,
    revealExpected: true,
  };
  return checkResultSchema.parse(await sharedPython().check(request)) as CheckResult;
}

describe('checks_support', () => {
  it('is importable from checks.py, and its helpers may use the reference solution', async () => {
    expect((await check('def double(value):\n    return value + value\n', SUPPORT)).status).toBe('pass');
    const wrong = await check('def double(value):\n    return value * value\n', SUPPORT);
    expect(wrong.tests[0]).toMatchObject({ status: 'fail', message: expect.stringContaining('42') });
  });

  it('is out of the learner’s reach once the checks have loaded', async () => {
    const result = await check('import checks_support\n\ndef double(value):\n    return 2 * value\n', SUPPORT);
    expect(result.status).toBe('error');
    expect(result.message).toContain("No module named 'checks_support'");
  });

  it('is missing, not stale, for a project without one', async () => {
    await check('def double(value):\n    return 2 * value\n', SUPPORT);
    const result = await check('def double(value):\n    return 2 * value\n', null);
    expect(result.status).toBe('error');
    expect(result.message).toContain('checks_support');
  });
});
