// Python reports what checks.py declares (buildpath/_listing.py), in real Pyodide:
// names as the checker shows them, task numbers, and the decorator's line.

import { describe, expect, it } from 'vitest';
import { sharedPython } from '../support/python';

const CHECKS = [
  'from buildpath.checking import check',
  'NAMES = ["a computed name"]',
  '@check(task=1)',
  'def mean_of_a_list(learner):',
  '    """mean gives the average',
  '',
  '    More words."""',
  '@check(',
  '    hidden=True,',
  '    name="a chosen name",',
  '    task = 12,',
  ')',
  'def ignored(learner):',
  '    """not this"""',
  '@check(seconds=2)',
  'async def no_docstring(',
  '    learner: "Learner",',
  ') -> None:',
  '    pass',
  '@check(task=3, name=NAMES[0])',
  "def computed(learner): r'on one line'",
].join('\n');

describe('the check listing', () => {
  it('names checks as the checker does, with their tasks and lines', async () => {
    const listing = await sharedPython().listChecks({ checks: CHECKS });
    expect(listing).toEqual({
      checks: [
        { name: 'mean gives the average', task: 1, hidden: false, seconds: null, line: 3 },
        { name: 'a chosen name', task: 12, hidden: true, seconds: null, line: 8 },
        { name: 'no docstring', task: null, hidden: false, seconds: 2, line: 15 },
        { name: 'a computed name', task: 3, hidden: false, seconds: null, line: 20 },
      ],
    });
  });

  it('imports checks_support when the project has one', async () => {
    const listing = await sharedPython().listChecks({
      checks: 'from buildpath.checking import check\nimport checks_support\n@check(task=1, name=checks_support.NAME)\ndef a(learner): ...\n',
      checksSupport: 'NAME = "from the support module"\n',
    });
    expect(listing).toEqual({ checks: [expect.objectContaining({ name: 'from the support module' })] });
  });

  it('says why checks.py could not be run, and leaves the checker as it was', async () => {
    expect(await sharedPython().listChecks({ checks: 'import no_such_module\n' })).toEqual({
      error: "ModuleNotFoundError: No module named 'no_such_module'",
    });
    expect(await sharedPython().listChecks({ checks: 'import checks_support\n' })).toEqual({
      error: "ModuleNotFoundError: No module named 'checks_support'",
    });
  });
});
