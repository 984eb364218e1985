// The checker library in real Pyodide: verdicts and messages for the situations a
// learner meets. One small milestone, written inline, many submissions.

import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/shared/check-result';
import { checkResultSchema } from '../../src/shared/check-result';
import { sharedPython } from '../support/python';

const starter = `def mean(values):
    """Return the average of values."""
    ...


def spread(values):
    """Return max minus min."""
    raise NotImplementedError
`;

const solution = `def mean(values):
    return sum(values) / len(values)


def spread(values):
    return max(values) - min(values)
`;

const checks = `
from buildpath.checking import check, expect, solution, cached

@check(task=1)
def mean_of_a_short_list(learner):
    """mean gives the average of a short list"""
    mean = learner.function("mean", params=["values"])
    mean.given([2, 4, 9]).returns(5.0, mistakes=[(15, "You returned the total: divide it by the number of values.")])
    mean.given([1.5]).returns(1.5).leaves_arguments_unchanged()

@check(task=1, hidden=True)
def mean_on_held_out_lists(learner):
    data = cached("numbers", lambda: [float(i) for i in range(50)])
    learner.function("mean").given(data).returns(solution.mean(data))

@check(task=2, seconds=1)
def spread_of_a_list(learner):
    """spread is the largest minus the smallest"""
    learner.function("spread", params=["values"]).given([3, 9, 4]).returns(6)
`;

/** A milestone written inline; the function it returns checks a submission against it. */
function inlineMilestone(milestone: { starter: string; checks: string; solution: string }) {
  return async (code: string, options: { revealExpected?: boolean } = {}): Promise<CheckResult> => {
    const result = await sharedPython().check({
      ...milestone,
      project: 'inline',
      milestone: '01-inline',
      filename: '01-inline.py',
      code,
      defaultBudgetSeconds: 5,
      revealExpected: options.revealExpected ?? false,
    });
    return checkResultSchema.parse(result) as CheckResult;
  };
}

const checkCode = inlineMilestone({ starter, checks, solution });

const byName = (result: CheckResult, name: string) => result.tests.find((test) => test.name === name)!;

describe('checker library', () => {
  it('reports untouched starter code as not attempted without running it', async () => {
    const result = await checkCode(starter + '\n\n');
    expect(result.status).toBe('not_attempted');
    expect(result.tests.map((test) => test.status)).toEqual(['not_attempted', 'not_attempted', 'not_attempted']);
  });

  it('passes the reference solution, with checks in file order and named from docstrings', async () => {
    const result = await checkCode(solution);
    expect(result.status).toBe('pass');
    expect(result.tests.map((test) => test.name)).toEqual([
      'mean gives the average of a short list',
      'mean on held out lists',
      'spread is the largest minus the smallest',
    ]);
    expect(result.tests.map((test) => test.task_id)).toEqual([1, 1, 2]);
    expect(result.tests[1]!.hidden).toBe(true);
  });

  it('treats a function still holding its placeholder as not attempted, the rest as checked', async () => {
    const result = await checkCode(solution.replace('return max(values) - min(values)', 'pass'));
    expect(result.status).toBe('fail');
    expect(byName(result, 'spread is the largest minus the smallest').status).toBe('not_attempted');
    expect(byName(result, 'mean gives the average of a short list').status).toBe('pass');
  });

  it('says what was given and what came back, without revealing the expected value', async () => {
    const result = await checkCode(solution.replace('sum(values) / len(values)', 'sum(values) / (len(values) + 1)'));
    const message = byName(result, 'mean gives the average of a short list').message!;
    expect(message).toBe('Given values=[2, 4, 9], `mean` returned 3.75.');
    expect(message).not.toContain('5.0');
  });

  it('reveals the expected value when the milestone allows it', async () => {
    const result = await checkCode(solution.replace('sum(values) / len(values)', 'sum(values) / (len(values) + 1)'), {
      revealExpected: true,
    });
    expect(byName(result, 'mean gives the average of a short list').message).toContain('Expected 5.0.');
  });

  it('uses the targeted message of a known mistake', async () => {
    const result = await checkCode(solution.replace('sum(values) / len(values)', 'sum(values)'));
    expect(byName(result, 'mean gives the average of a short list').message).toBe(
      'You returned the total: divide it by the number of values.',
    );
  });

  it('hides the inputs of hidden checks', async () => {
    const result = await checkCode(solution.replace('sum(values) / len(values)', 'sum(values) / len(values) + (len(values) > 10)'));
    const hidden = byName(result, 'mean on held out lists');
    expect(hidden.status).toBe('fail');
    expect(hidden.message).toBe('On a held-out case, `mean` returned 25.5.');
  });

  it('says nothing on a hidden check that could carry its inputs back', async () => {
    const raising = await checkCode(solution.replace('return sum(values) / len(values)', 'if len(values) > 10:\n        raise ValueError(f"SEEN {values}")\n    return sum(values) / len(values)'));
    expect(byName(raising, 'mean on held out lists').message).toBe(
      "On a held-out case, `mean` raised ValueError on line 3. Try it on inputs like the visible checks' to see the message.",
    );
    const ownError = await checkCode(`class Leak(Exception):\n    pass\n\n\n${solution.replace('return sum(values) / len(values)', 'if len(values) > 10:\n        raise type(str(values), (Leak,), {})()\n    return sum(values) / len(values)')}`);
    expect(byName(ownError, 'mean on held out lists').message).toMatch(/^On a held-out case, `mean` raised an exception on line \d+\./);
    const echoing = await checkCode(solution.replace('return sum(values) / len(values)', 'return sum(values) / len(values) if len(values) < 10 else [repr(values)]'));
    expect(byName(echoing, 'mean on held out lists').message).toBe(
      'On a held-out case, `mean` returned a list of 1 item, which is not the right answer.',
    );
  });

  it('asks about a forgotten return', async () => {
    const result = await checkCode(solution.replace('return sum(values) / len(values)', 'total = sum(values) / len(values)'));
    expect(byName(result, 'mean gives the average of a short list').message).toContain(
      '`mean` returned None. Did you forget to `return` the result?',
    );
  });

  it('reports an exception with the learner’s own traceback lines and the inputs', async () => {
    const result = await checkCode(solution.replace('return max(values) - min(values)', 'return values[10]'));
    const message = byName(result, 'spread is the largest minus the smallest').message!;
    expect(message).toContain('Given values=[3, 9, 4], `spread` raised an error:');
    expect(message).toContain('File "01-inline.py", line 6, in spread');
    expect(message).toContain('IndexError: list index out of range');
    expect(message).not.toContain('buildpath');
  });

  it('finds a renamed function and a wrong number of parameters', async () => {
    const renamed = await checkCode(solution.replace('def spread(values)', 'def spread_of(values)'));
    expect(byName(renamed, 'spread is the largest minus the smallest').message).toContain('There is no function named `spread`');
    const extra = await checkCode(solution.replace('def mean(values)', 'def mean(values, weights)'));
    expect(byName(extra, 'mean gives the average of a short list').message).toBe(
      '`mean` should take 1 parameter (values); yours takes 2 (values, weights).',
    );
  });

  it('notices a function that modifies its argument', async () => {
    const result = await checkCode(solution.replace('return sum(values) / len(values)', 'values.append(0)\n    return sum(values) / (len(values) - 1)'));
    expect(byName(result, 'mean gives the average of a short list').message).toContain('changed its arguments');
  });

  it('stops a check that loops forever and still reports the others', async () => {
    const result = await checkCode(solution.replace('return max(values) - min(values)', 'while True:\n        pass'));
    const looping = byName(result, 'spread is the largest minus the smallest');
    expect(looping.status).toBe('timeout');
    expect(looping.message).toContain('took longer than 1 s');
    expect(byName(result, 'mean gives the average of a short list').status).toBe('pass');
  });

  it('reports a syntax error with its line instead of running checks', async () => {
    const result = await checkCode(solution.replace('def spread(values):', 'def spread(values)'));
    expect(result.status).toBe('error');
    expect(result.error_line).toBe(5);
    expect(result.message).toContain("SyntaxError: expected ':'");
    expect(result.tests).toEqual([]);
  });

  it('reports a crash at the top level with the failing line', async () => {
    const result = await checkCode(`${solution}\nprices = [1, 2]\nprint(prices[5])\n`);
    expect(result.status).toBe('error');
    expect(result.error_line).toBe(9);
    expect(result.message).toContain('IndexError');
  });

  it('cannot be fooled by printing or by raising the checker’s own exceptions', async () => {
    const printing = await checkCode(`${solution.replace('return sum(values) / len(values)', 'print("pass")\n    return 0')}\nprint("All checks passed")\n`);
    expect(byName(printing, 'mean gives the average of a short list').status).toBe('fail');
    expect(byName(printing, 'mean gives the average of a short list').output).toContain('pass');
    const raising = await checkCode(
      solution.replace('return sum(values) / len(values)', 'from buildpath.checking import NotAttempted\n    raise NotAttempted("x")'),
    );
    expect(raising.status).not.toBe('pass');
  });

  it('shows warnings without failing a check', async () => {
    const result = await checkCode(`import warnings\n${solution.replace('return sum(values) / len(values)', 'warnings.warn("careful")\n    return sum(values) / len(values)')}`);
    expect(result.status).toBe('pass');
  });

  it('does not run code under the main guard while checking', async () => {
    const result = await checkCode(`${solution}\nif __name__ == "__main__":\n    while True:\n        pass\n`);
    expect(result.status).toBe('pass');
  });

  it('names where a returned value holds another kind than the instructions say (same_kinds)', async () => {
    const checkKinds = inlineMilestone({
      starter: 'def halves(values):\n    ...\n',
      solution: 'def halves(values):\n    return [(v / 2, v) for v in values]\n',
      checks: `
from buildpath.checking import check, same_kinds

@check(task=1)
def halves_as_a_list_of_pairs(learner):
    """halves gives a list of (half, value) pairs"""
    got = learner.function("halves").given([4, 6]).returns([(2.0, 4), (3.0, 6)]).value
    same_kinds(got, [(2.0, 4), (3.0, 6)], "the list halves returned", "Return a list of (half, value) tuples.")
`,
    });
    const name = 'halves gives a list of (half, value) pairs';
    expect((await checkKinds('def halves(values):\n    return [(v / 2, v) for v in values]\n')).status).toBe('pass');
    const whole = await checkKinds('def halves(values):\n    return [(v // 2, v) for v in values]\n');
    expect(byName(whole, name).message).toBe(
      'The value at [0][0] of the list halves returned is the int 2; it should be a float. Return a list of (half, value) tuples.',
    );
    const lists = await checkKinds('def halves(values):\n    return [[v / 2, v] for v in values]\n');
    expect(byName(lists, name).message).toBe(
      'The value at [0] of the list halves returned is a list; it should be a tuple. Return a list of (half, value) tuples.',
    );
  });
});

describe('checker library against tampering', () => {
  // The checker runs in another interpreter: the learner's code cannot import it, and
  // whatever it patches is its own copy of Python (tests/hardening/checker-isolation.test.ts).
  const cheat = (patch: string) =>
    `${solution.replace('return max(values) - min(values)', 'return 0')}\ntry:\n${patch.replace(/^/gm, '    ')}\nexcept Exception as error:\n    print("could not:", error)\n`;

  it.each([
    ['patching a helper of the checker', 'import buildpath.checking as c\nc.Call.returns = lambda self, *a, **k: self'],
    ['patching the function that totals the verdict', 'import buildpath._runner as r\nr._overall = lambda tests: "pass"'],
    ['overriding a builtin the comparison uses', 'import math\nmath.isclose = lambda *a, **k: True'],
    ['replacing json.dumps to forge the result', 'import json\n_real = json.dumps\njson.dumps = lambda obj, **k: _real({**obj, "status": "pass"} if isinstance(obj, dict) and "tests" in obj else obj, **k)'],
  ])('is not fooled by %s', async (_name, patch) => {
    const result = await checkCode(cheat(patch));
    expect(result.status).toBe('fail');
    expect(byName(result, 'spread is the largest minus the smallest').status).toBe('fail');
  });

  it('is not fooled by overriding builtins.isinstance, which only breaks the learner’s own Python', async () => {
    const result = await checkCode(cheat('import builtins\nbuiltins.isinstance = lambda *a: True'));
    expect(result.status).not.toBe('pass');
    expect(result.tests.filter((test) => test.status === 'pass').map((test) => test.name)).not.toContain('spread is the largest minus the smallest');
  });

  it('is not fooled by patches made inside a function the checks call', async () => {
    const code = solution.replace(
      'return max(values) - min(values)',
      'import buildpath.checking as c\n    c.Call.returns = lambda self, *a, **k: self\n    return 0',
    );
    expect((await checkCode(code)).status).toBe('fail');
  });

  it('is not fooled by a result posted from the worker’s global scope', async () => {
    const forged = JSON.stringify({ version: 3, format: 'buildpath-check/1', status: 'pass', message: null, error_line: null, project: 'inline', milestone: '01-inline', tests: [], displays: [], duration_ms: 1 });
    const code = `${solution.replace('return max(values) - min(values)', 'return 0')}
import json
try:
    import js
    for guess in range(1, 200):
        js.postMessage(js.JSON.parse(json.dumps({"type": "check-done", "id": guess, "result": json.loads(${JSON.stringify(forged)})})))
except Exception:  # Node's worker threads have no global postMessage; browsers do
    pass
`;
    expect((await checkCode(code)).status).toBe('fail');
  });

  it('is not fooled by a value whose equality always says yes', async () => {
    const code = solution.replace(
      'return max(values) - min(values)',
      'class Anything(float):\n        def __eq__(self, other): return True\n        def __ne__(self, other): return False\n    return Anything(0)',
    );
    expect((await checkCode(code)).status).toBe('fail');
  });
});

describe('checks that look at what the learner showed', () => {
  const showingChecks = `
from buildpath.checking import check

@check(task=1)
def scatter_of_area_against_price(learner):
    """a scatter of Gr_Liv_Area against Sale_Price was shown"""
    learner.function("plot").given([1, 2, 3], [4, 5, 6])
    learner.shown("scatter", x_label="Gr_Liv_Area", y_label="Sale_Price")
`;
  const plotter = (xLabel: string) => `from buildpath import show

def plot(xs, ys):
    show.scatter(xs, ys, title="Area and price", x_label="${xLabel}", y_label="Sale_Price")
    return len(xs)
`;

  const checkShowing = inlineMilestone({
    starter: 'def plot(xs, ys):\n    ...\n',
    checks: showingChecks,
    solution: plotter('Gr_Liv_Area'),
  });

  it('passes when the right chart was shown, and puts it in the result', async () => {
    const result = await checkShowing(plotter('Gr_Liv_Area'));
    expect(result.status).toBe('pass');
    expect(result.displays).toHaveLength(1);
    expect(result.displays[0]).toMatchObject({ kind: 'scatter', x_label: 'Gr_Liv_Area', x: [1, 2, 3] });
  });

  it('says what was shown instead', async () => {
    const result = await checkShowing(plotter('Lot_Area'));
    expect(result.tests[0]!.message).toBe(
      "Expected your code to show a scatter with x_label='Gr_Liv_Area', y_label='Sale_Price'; it showed a scatter of Sale_Price against Lot_Area.",
    );
  });
});

describe('expectations on values the checks compute', () => {
  const expectationChecks = `
from buildpath.checking import check, expect

@check(task=1)
def rows_variable(learner):
    """rows holds two rows"""
    expect(learner.variable("rows"), "the list rows").has_length(2)

@check(task=1)
def count_variable(learner):
    """count is a whole number of at least 3"""
    expect(learner.variable("count"), "count").is_instance(int).at_least(3)
`;

  const checkExpectations = inlineMilestone({
    starter: 'rows = ...\ncount = ...\n',
    checks: expectationChecks,
    solution: 'rows = [1, 2]\ncount = 3\n',
  });

  it('says what the value is and what it should be, in plain English', async () => {
    const result = await checkExpectations('rows = [1]\ncount = "3"\n');
    expect(result.tests.map((test) => test.message)).toEqual([
      'The list rows has 1 item; it should have 2 items.',
      'Count is a str; it should be an int.',
    ]);
    const low = await checkExpectations('rows = [1, 2]\ncount = 2\n');
    expect(low.tests[1]!.message).toBe('Count is 2; it should be at least 3.');
  });

  it('treats a variable still holding ... as not attempted', async () => {
    const result = await checkExpectations('rows = [1, 2]\ncount = ...\n');
    expect(result.tests.map((test) => test.status)).toEqual(['pass', 'not_attempted']);
  });
});

describe('inputs drawn at check time', () => {
  const drawingChecks = `
import random

from buildpath.checking import check, fail, solution, unpredictable_random

@check(task=1, hidden=True)
def mean_of_numbers_nobody_has_seen(learner):
    """mean of numbers drawn at check time"""
    rng = unpredictable_random()
    values = [rng.uniform(-1e3, 1e3) for _ in range(rng.randint(2, 30))]
    learner.function("mean").given(values).returns(solution.mean(values), tol=1e-9)

@check(task=2)
def the_draw(learner):
    """reports the first number drawn"""
    fail(repr(unpredictable_random().random()))
`;
  const checkDrawing = inlineMilestone({ starter, checks: drawingChecks, solution });
  // What a program could foresee: every check starts after random.seed(0).
  const firstAfterSeedZero = '0.8444218515250481';

  it('checks the reference solution on the drawn inputs', async () => {
    const result = await checkDrawing(solution);
    expect(result.tests[0]!.status).toBe('pass');
  });

  it('fails a program that answers only the example it was shown', async () => {
    const result = await checkDrawing(`def mean(values):\n    return 5.0 if values == [2, 4, 9] else sum(values[:1])\n\n${solution.split('\n\n\n')[1]}`);
    expect(result.tests[0]!.status).toBe('fail');
  });

  it('draws different numbers on every run, none of them what random.seed(0) gives', async () => {
    const draws: unknown[] = [];
    for (let run = 0; run < 3; run += 1) draws.push(byName(await checkDrawing(solution), 'reports the first number drawn').message);
    expect(new Set(draws).size).toBe(3);
    expect(draws).not.toContain(firstAfterSeedZero);
  });
});

describe('standard-library values passed to the learner', () => {
  const kindChecks = `
import collections

from buildpath.checking import check

Point = collections.namedtuple("Point", ["x", "y"])

@check(task=1)
def kinds_arrive_as_sent(learner):
    """the learner's function gets the kinds the check sent"""
    values = [collections.Counter("aab"), collections.OrderedDict(a=1), collections.defaultdict(int, {"a": 1}),
              collections.deque([1, 2], 5), Point(1, 2), int, (1, 2)]
    kinds = learner.function("kinds")
    kinds.given(values).returns(["Counter", "OrderedDict", "defaultdict", "deque", "Point", "type", "tuple"])
    # The arguments as the call left them come back as plain data (a Counter as a dict), compared as such.
    kinds.given(values[:3] + values[4:5] + values[6:]).leaves_arguments_unchanged()
`;
  const kinds = 'def kinds(values):\n    return [type(value).__name__ for value in values]\n';
  const checkKinds = inlineMilestone({ starter: 'def kinds(values):\n    ...\n', checks: kindChecks, solution: kinds });

  it('rebuilds Counter, OrderedDict, defaultdict, deque, a namedtuple, a type and a tuple on both sides', async () => {
    const sent = await checkKinds(kinds);
    expect(sent.tests[0]!.message).toBeNull();
    expect(sent.status).toBe("pass");
    const changing = await checkKinds(`def kinds(values):\n    values[0]["z"] += 1\n    return [type(value).__name__ for value in values]\n`);
    expect(changing.tests[0]!.message).toContain('changed its arguments');
  });
});
