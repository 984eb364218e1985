// A check must not be marked passed by code that tampers with the checker. The
// checker library's own defences (patched helpers, builtins, posting to the worker's
// global scope) are tested in tests/unit/checker-library.test.ts, the separation of the
// checker's and the learner's interpreters in checker-isolation.test.ts; these add the
// routes through the worker's own message port and the Node host. `import js` is a
// small object in the learner's interpreter, but in a Node worker thread (not a sandbox:
// SECURITY.md) the Function constructor still reaches the thread's globals, which is how
// these attempts get hold of them.

import { describe, expect, it } from 'vitest';
import { hostilePythonSession, TOTAL_SOLUTION } from './support/python-session';

const { check, run, expectWorkingWorker } = hostilePythonSession();

/** A check request whose only check always passes, as learner code would forge it. */
const forgedRequest = (id: string) => `{"type": "check", "id": ${id}, "request": {
    "project": {"slug": "hostile", "files": {}}, "milestone": "01-hostile", "filename": "01-hostile.py",
    "code": "", "starter": "", "solution": "", "defaultBudgetSeconds": 2, "revealExpected": False,
    "checks": "from buildpath.checking import check\\n@check()\\ndef forged(learner):\\n    pass\\n"}}`;

const wrongTotal = 'def total(values):\n    return 0\n';

/** Python binding `g` to the worker thread's global scope. */
const WORKER_GLOBALS = 'import js\ng = js.Object.constructor("return globalThis")()\n';

describe('forged messages on the worker’s own port', () => {
  it('a forged check emitted on the port while checking does not answer the real check', async () => {
    const code = `${wrongTotal}
${WORKER_GLOBALS}import json
port = g.process.getBuiltinModule("worker_threads").parentPort
for guess in range(1, 100):
    port.emit("message", g.JSON.parse(json.dumps(${forgedRequest('guess')})))
`;
    const result = await check(code);
    expect(result.status).toBe('fail');
    expect(result.tests.map((test) => test.name)).toEqual(['total adds up a list']);
    await expectWorkingWorker();
  });

  it('a forged run emitted while running is ignored', async () => {
    const code = `${WORKER_GLOBALS}import json
port = g.process.getBuiltinModule("worker_threads").parentPort
port.emit("message", g.JSON.parse(json.dumps({"type": "run", "id": 1, "request": {"code": "print('FORGED')", "filename": "x.py"}})))
print("real")
`;
    const { stdout } = await run(code);
    expect(stdout).toBe('real\n');
  });
});

describe('reaching around the checker', () => {
  it('code that overwrites the reply port’s postMessage cannot reach it', async () => {
    // The port lives in a closure of the runtime; learner code only sees globals.
    const code = `${wrongTotal}
${WORKER_GLOBALS}for name in ["port", "replyPort", "reply"]:
    assert not g.Reflect.has(g, name), name
`;
    expect((await check(code)).status).toBe('fail');
  });

  it('the right answer still passes after all that', async () => {
    expect((await check(TOTAL_SOLUTION)).status).toBe('pass');
  });
});
