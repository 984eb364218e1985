// The checker's secrets (checks.py, the reference solution, the expected values it
// computes) live in an interpreter the learner's code never runs in; the two speak only
// in marshal bytes of plain data. Each case here is a way learner code used to reach
// them while both shared one Python, tried in real Pyodide: every one must end in a
// verdict that is not a pass. Where an attempt searches for the secrets, it also looks
// for a marker of its own, so a search that could not have found anything fails the test.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumOrSkip } from '../e2e/support/chromium';
import { repoRoot, startBrowserApp, type BrowserApp } from '../e2e/support/browser-app';
import { pasteProgram, PYTHON_READY_MS } from '../e2e/support/workbench-page';
import type { CheckResult, TestResult } from '../../src/shared/check-result';
import { checkResultSchema } from '../../src/shared/check-result';
import { createNodePythonClient, createSandboxedPythonClient } from '../../src/services/python/node-python';
import type { PythonClient } from '../../src/shared/python/python-client';

const SOLUTION_MARKER = 'SOLUTION-MARKER-5e1f';
const CHECKS_MARKER = 'CHECKS-MARKER-90ab';
const DATA_MARKER = 'DATA-MARKER-77c2';
const LEARNER_MARKER = 'LEARNER-MARKER-3d4e';

const starter = 'def total(values):\n    ...\n';
const solution = `def total(values):\n    marker = "${SOLUTION_MARKER}"\n    return sum(values)\n`;
const checks = `
from buildpath.checking import check, solution, unpredictable_random

CHECKS_MARKER = "${CHECKS_MARKER}"

@check(seconds=3)
def visible(learner):
    """total adds up a short list"""
    learner.function("total").given([1, 2, 3]).returns(6)

@check(hidden=True, seconds=3)
def hidden(learner):
    """total on numbers drawn at check time"""
    rng = unpredictable_random()
    values = [rng.randint(1000, 9999) for _ in range(5)]
    expected = solution.total(values)
    learner.function("total").given(values).returns(expected)
`;

const projectFiles = async (slug: string) => ({ slug, files: { 'data/notes.txt': `${DATA_MARKER}\n` } });

function checker(python: PythonClient) {
  return async (code: string, milestone: { checks?: string } = {}): Promise<CheckResult> => {
    const result = await python.check({
      project: 'isolation',
      milestone: '01-isolation',
      filename: '01-isolation.py',
      code,
      starter,
      checks: milestone.checks ?? checks,
      solution,
      defaultBudgetSeconds: 3,
      revealExpected: false,
    });
    return checkResultSchema.parse(result) as CheckResult;
  };
}

const python = createNodePythonClient({ graceMs: 800, projectFiles });
afterAll(() => python.dispose());
const check = checker(python);

const visible = (result: CheckResult): TestResult => result.tests.find((test) => test.name === 'total adds up a short list')!;
const hidden = (result: CheckResult): TestResult => result.tests.find((test) => test.name === 'total on numbers drawn at check time')!;

function expectNoPass(result: CheckResult): void {
  expect(result.status).not.toBe('pass');
  expect(result.tests.filter((test) => test.status === 'pass').map((test) => test.name)).not.toContain('total on numbers drawn at check time');
}

/**
 * A submission whose `total` returns what `probe()` (Python, defined in `setup`) reports,
 * a short string; the visible check's message then shows it.
 */
const reporting = (setup: string) => `${setup}

def total(values):
    return probe()
`;

describe('the checker’s code and the solution are not in the learner’s interpreter', () => {
  it('exec(buildpath.checking.solution._source) fails: there is no buildpath.checking to import', async () => {
    const result = await check(`import buildpath.checking\nexec(buildpath.checking.solution._source, globals())\n`);
    expect(result.status).toBe('error');
    expect(result.message).toMatch(/ModuleNotFoundError: No module named 'buildpath.checking'/);
  });

  it('patching checking._registry, or importing the runner, finds nothing to patch', async () => {
    const result = await check(
      reporting(`import importlib, sys
def probe():
    found = [name for name in ("buildpath.checking", "buildpath._runner", "buildpath._listing", "buildpath._link", "checks_support", "checks", "reference") if name in sys.modules]
    for name in ("buildpath.checking", "buildpath._runner"):
        try:
            importlib.import_module(name)._registry = []
            found.append("patched " + name)
        except ImportError:
            pass
    agent = "buildpath._agent" in sys.modules
    return f"agent={agent} checker={found}"`),
    );
    expectNoPass(result);
    expect(visible(result).message).toContain("returned 'agent=True checker=[]'");
  });

  it('reading the file system finds the project’s data but not solution.py, checks.py or the checker’s modules', async () => {
    const result = await check(
      reporting(`import os
def probe():
    seen = set()
    for folder, dirs, files in os.walk("/"):
        dirs[:] = [d for d in dirs if os.path.join(folder, d) not in ("/proc", "/dev", "/sys")]
        for name in files:
            if name in ("checking.py", "_runner.py", "_listing.py", "_link.py", "checks.py", "solution.py", "reference.py", "checks_support.py"):
                seen.add(name)
            try:
                with open(os.path.join(folder, name), "rb") as file:
                    text = file.read(2_000_000)
            except OSError:
                continue
            for marker in (b"${DATA_MARKER}", b"${SOLUTION_MARKER}", b"${CHECKS_MARKER}"):
                if marker in text:
                    seen.add(marker.decode()[:4])
    return " ".join(sorted(seen))`),
    );
    expectNoPass(result);
    expect(visible(result).message).toContain("returned 'DATA'");
  });

  it('gc.get_objects() finds the learner’s own code but no code, module or value of the checker', async () => {
    // The markers are put together at run time, so the probe's own constants do not match.
    const result = await check(
      reporting(`import gc, types
MINE = "${LEARNER_MARKER}"
MARKERS = {"${LEARNER_MARKER.slice(0, 8)}" + "${LEARNER_MARKER.slice(8)}": "own",
           "${SOLUTION_MARKER.slice(0, 8)}" + "${SOLUTION_MARKER.slice(8)}": "SOLUTION",
           "${CHECKS_MARKER.slice(0, 8)}" + "${CHECKS_MARKER.slice(8)}": "CHECKS"}
def probe():
    seen = set()
    for obj in gc.get_objects():
        texts = []
        if isinstance(obj, types.FunctionType):
            if obj.__code__.co_filename in ("checks.py", "reference.py", "checks_support.py"):
                seen.add("CHECKER-CODE")
            texts = [c for c in obj.__code__.co_consts if isinstance(c, str)]
        elif isinstance(obj, types.ModuleType):
            if obj.__name__ in ("reference", "checks", "checks_support", "buildpath.checking", "buildpath._runner"):
                seen.add("CHECKER-MODULE")
        elif isinstance(obj, dict):
            texts = [v for v in obj.values() if isinstance(v, str)]
        for text in texts:
            for marker, name in MARKERS.items():
                if marker in text:
                    seen.add(name)
    return " ".join(sorted(seen))`),
    );
    expectNoPass(result);
    expect(visible(result).message).toContain("returned 'own'");
  });

  it('sys.settrace and sys.setprofile see only the learner’s interpreter: no checks.py frame, no expected value', async () => {
    const result = await check(`import sys
seen = {"own": False, "secret": False, "answer": None}
def spy(frame, event, arg):
    name = frame.f_code.co_filename
    if name == "01-isolation.py":
        seen["own"] = True
    if name in ("checks.py", "reference.py") or name.endswith(("_runner.py", "checking.py")):
        seen["secret"] = True
    if "expected" in frame.f_locals:
        seen["answer"] = frame.f_locals["expected"]
    return spy
sys.settrace(spy)
sys.setprofile(spy)

def total(values):
    if seen["answer"] is not None:
        return seen["answer"]
    return f"own={seen['own']} secret={seen['secret']}"
`);
    expectNoPass(result);
    expect(visible(result).message).toContain("returned 'own=True secret=False'");
  });

  it('walking f_back from a function the check called reaches the agent, never a checks.py frame', async () => {
    const result = await check(`import sys
def total(values):
    files, answer, frame = [], None, sys._getframe()
    while frame is not None:
        files.append(frame.f_code.co_filename.rsplit("/", 1)[-1])
        answer = frame.f_locals.get("expected", answer)
        frame = frame.f_back
    if answer is not None:
        return answer
    secret = any(name in ("checks.py", "reference.py", "_runner.py", "checking.py") for name in files)
    return f"agent={'_agent.py' in files} secret={secret}"
`);
    expectNoPass(result);
    expect(visible(result).message).toContain("returned 'agent=True secret=False'");
  });
});

describe('values the learner returns are read as plain data', () => {
  it('a list subclass whose == always says yes is compared as the list it holds', async () => {
    const result = await check(
      'class Liar(list):\n    def __eq__(self, other):\n        return True\n    __hash__ = None\n\ndef total(values):\n    return Liar([0])\n',
    );
    expectNoPass(result);
    expect(visible(result)).toMatchObject({ status: 'fail' });
    expect(visible(result).message).toContain('returned [0]');
  });

  it('an int subclass that lies about equality and its value is read by int itself', async () => {
    const result = await check(
      'class Liar(int):\n    def __eq__(self, other):\n        return True\n    def __float__(self):\n        return 6.0\n    def __index__(self):\n        return 6\n    __hash__ = int.__hash__\n\ndef total(values):\n    return Liar(0)\n',
    );
    expectNoPass(result);
    expect(visible(result).message).toContain('returned 0');
  });

  it('a generator equals nothing and reads as a generator', async () => {
    const result = await check('def total(values):\n    return (v for v in values)\n');
    expectNoPass(result);
    expect(visible(result).message).toContain('returned a generator');
  });

  it('an object whose __repr__ and __eq__ raise KeyboardInterrupt is an unreadable answer, not an interrupt', async () => {
    const result = await check(
      'class Trap:\n    def __repr__(self):\n        raise KeyboardInterrupt\n    def __eq__(self, other):\n        raise KeyboardInterrupt\n\ndef total(values):\n    return Trap()\n',
    );
    expectNoPass(result);
    expect(visible(result)).toMatchObject({ status: 'fail' });
    expect(visible(result).message).toMatch(/returned a Trap object/);
  });

  it('an exception whose message raises KeyboardInterrupt still fails the check plainly', async () => {
    const result = await check(
      'class Odd(Exception):\n    def __str__(self):\n        raise KeyboardInterrupt\n\ndef total(values):\n    raise Odd()\n',
    );
    expectNoPass(result);
    expect(visible(result)).toMatchObject({ status: 'fail' });
    expect(visible(result).message).toMatch(/`total` raised an error:[\s\S]*Odd/);
  });
});

describe('what the learner’s side sends is distrusted', () => {
  const forging = (change: string) => `import buildpath._agent as agent
_call = agent._OPERATIONS["call"]
def forged(request):
    reply = _call(request)
${change.replace(/^/gm, '    ')}
    return reply
agent._OPERATIONS["call"] = forged

def total(values):
    return 0
`;

  it.each([
    ['a code object as the result', 'reply["result"] = (lambda: 6).__code__'],
    ['a list that contains itself', 'loop = [6]\nloop.append(loop)\nreply["result"] = loop'],
    ['a status the checker does not know', 'reply["status"] = "pass"'],
    ['a reference to a function the checker never lent', 'reply["result"] = (agent.MARK, "callback", 999)'],
    ['a value tagged with an unknown kind', 'reply["result"] = (agent.MARK, "expected", 6)'],
    ['nesting deeper than the checker reads', 'value = 6\nfor _ in range(1500):\n    value = [value]\nreply["result"] = value'],
  ])('%s: not a pass', async (_name, change) => {
    const result = await check(forging(change));
    expectNoPass(result);
    expect(visible(result).status).not.toBe('pass');
  });

  it('an agent that answers with something other than bytes: not a pass', async () => {
    const result = await check('import buildpath._agent as agent\nagent.serve_js = lambda data: "pass"\n\ndef total(values):\n    return 0\n');
    expectNoPass(result);
  });

  it('learner code calling the checker’s side on its own gets a refusal and nothing else', async () => {
    const result = await check(
      reporting(`import buildpath._agent as agent, marshal
def probe():
    answers = []
    for request in ({"op": "callback", "id": 1, "args": (), "kwargs": {}}, {"op": "load", "code": "", "filename": "x"}, (lambda: 0).__code__):
        reply = marshal.loads(agent._state.ask_judge(marshal.dumps(request)))
        answers.append(reply["status"] if "could not read" in reply.get("message", "") else "ANSWERED")
    return " ".join(answers)`),
    );
    expectNoPass(result);
    expect(visible(result).message).toContain("returned 'raise raise raise'");
  });
});

describe('JavaScript the two interpreters share', () => {
  it('the built-ins both use cannot be patched from Python', async () => {
    const result = await check(
      reporting(`import js
from pyodide.ffi import create_proxy
spy = create_proxy(lambda *args: 0)
def probe():
    changed = []
    typed = js.Object.getPrototypeOf(js.Uint8Array.prototype)
    for target, name in ((typed, "set"), (typed, "subarray"), (js.Uint8Array.prototype, "slice"), (js.Object.prototype, "toString"), (js.Array.prototype, "push"), (js.Object, "defineProperty")):
        try:
            setattr(target, name, spy)
        except Exception:
            pass
        try:
            js.Object.defineProperty(target, name, js.Object.fromEntries([["value", spy]]))
        except Exception:
            pass
        if getattr(target, name) == spy:
            changed.append(name)
    return f"changed={changed}"`),
    );
    expectNoPass(result);
    expect(visible(result).message).toContain("returned 'changed=[]'");
  });
});

describe('exceptions that are not errors', () => {
  it.each([
    ['exit()', 'def total(values):\n    exit(0)\n', /called exit\(\)/],
    ['KeyboardInterrupt raised by the learner’s own code', 'def total(values):\n    raise KeyboardInterrupt\n', /raised KeyboardInterrupt/],
    ['a BaseException subclass of its own', 'class Escape(BaseException):\n    pass\n\ndef total(values):\n    raise Escape("out")\n', /raised an error:[\s\S]*Escape: out/],
    ['GeneratorExit', 'def total(values):\n    raise GeneratorExit\n', /raised an error:[\s\S]*GeneratorExit/],
  ])('%s in a function the check calls fails that check with a plain message', async (_name, code, message) => {
    const result = await check(code);
    expectNoPass(result);
    expect(visible(result)).toMatchObject({ status: 'fail' });
    expect(visible(result).message).toMatch(message);
  });

  it('KeyboardInterrupt raised at the top level is reported, not taken for Stop', async () => {
    const result = await check('raise KeyboardInterrupt\n');
    expect(result.status).toBe('error');
    expect(result.message).toMatch(/raised KeyboardInterrupt/);
  });

  it.each([
    ['SystemExit', 'raise SystemExit(0)'],
    ['a BaseException subclass', 'class Odd(BaseException):\n        pass\n    raise Odd()'],
    ['KeyboardInterrupt', 'raise KeyboardInterrupt'],
  ])('a check that raises %s is never a pass', async (_name, raising) => {
    const raisingChecks = `from buildpath.checking import check\n\n@check()\ndef raising(learner):\n    """a check that raises"""\n    learner.function("total").given([1, 2, 3]).returns(6)\n    ${raising}\n`;
    const result = await check('def total(values):\n    return sum(values)\n', { checks: raisingChecks });
    expect(result.status).not.toBe('pass');
  });
});

describe('nothing comes back or carries over', () => {
  it('what the learner prints during a hidden check is not in the result; a visible check keeps it', async () => {
    const result = await check('from buildpath import show\n\ndef total(values):\n    print("inputs", values)\n    show.table([[v] for v in values], columns=["v"])\n    return 0\n');
    expectNoPass(result);
    expect(visible(result).output).toContain('inputs [1, 2, 3]');
    expect(hidden(result).output).toBeNull();
    expect(result.displays.map((display) => JSON.stringify(display))).toEqual([expect.stringContaining('[[1],[2],[3]]')]);
  });

  it('a Run’s changes to builtins do not reach the next check', async () => {
    const run = await python.run({ code: 'import builtins\nbuiltins.ANSWER_FROM_RUN = sum\nprint("set")', filename: 'main.py' });
    expect(run.status).toBe('ok');
    const result = await check('def total(values):\n    return ANSWER_FROM_RUN(values)\n');
    expectNoPass(result);
    expect(visible(result).message).toMatch(/NameError: name 'ANSWER_FROM_RUN' is not defined/);
  });

  it('a check’s changes to builtins and modules do not reach the next check', async () => {
    const first = await check('import builtins, math\nbuiltins.ANSWER_FROM_CHECK = sum\nmath.fsum = lambda values: 6\n\ndef total(values):\n    return sum(values)\n');
    expect(first.status).toBe('pass');
    const second = await check('import math\n\ndef total(values):\n    return ANSWER_FROM_CHECK(values) if "ANSWER_FROM_CHECK" in dir(__builtins__) else math.fsum(values) + 0.5\n');
    expectNoPass(second);
  });
});

describe('in the headless checker’s sandboxed process', () => {
  const sandboxed = createSandboxedPythonClient({ graceMs: 300, projectFiles });
  afterAll(() => sandboxed.dispose());
  const checkSandboxed = checker(sandboxed);

  it('a check’s changes do not reach the next check, though the process is kept', async () => {
    const first = await checkSandboxed('import builtins\nbuiltins.ANSWER_FROM_CHECK = sum\n\ndef total(values):\n    return sum(values)\n');
    expect(first.status).toBe('pass');
    const second = await checkSandboxed('def total(values):\n    return ANSWER_FROM_CHECK(values)\n');
    expectNoPass(second);
    expect(visible(second).message).toMatch(/NameError: name 'ANSWER_FROM_CHECK' is not defined/);
  });

  it('the checker’s modules are not there either', async () => {
    const result = await checkSandboxed('import buildpath.checking\n');
    expect(result.status).toBe('error');
    expect(result.message).toMatch(/No module named 'buildpath.checking'/);
  });
});

const chromiumPath = chromiumOrSkip();

describe.skipIf(chromiumPath === null)('in the app’s browser worker', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp(chromiumPath!, { projectsRoot: path.join(repoRoot, 'tests', 'fixtures', 'packs') });
    await app.page.goto(`${app.server.url}#/`);
    await app.page.getByTestId('project-fixture-basics').getByRole('button', { name: 'Start' }).click();
    await app.page.getByTestId('instructions').waitFor();
  });

  afterAll(async () => {
    await app?.close();
  });

  async function checkInApp(code: string, wanted: string): Promise<void> {
    await pasteProgram(app.page, code);
    await app.page.keyboard.press('ControlOrMeta+Shift+Enter'); // Check
    await app.page.locator(`[data-testid="check-results"]${wanted}`).waitFor({ timeout: PYTHON_READY_MS });
  }

  it('a check’s changes do not reach the next check, whose interpreter starts after the worker dropped fetch', async () => {
    const solved = readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'packs', 'fixture-basics', 'milestones', '01-mean', 'solution.py'), 'utf8');
    const body = 'return sum(values) / len(values)';
    expect(solved).toContain(body);
    await checkInApp(`import builtins\nbuiltins.LEAKED_MEAN = lambda values: sum(values) / len(values)\n${solved}`, '[data-status="pass"]');
    await checkInApp(solved.replace(body, 'return LEAKED_MEAN(values)'), ':is([data-status="fail"], [data-status="error"])');
    expect(await app.page.getByTestId('check-results').innerText()).toContain("NameError: name 'LEAKED_MEAN' is not defined");
  });
});
