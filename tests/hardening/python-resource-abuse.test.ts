// Learner code that abuses the machine, in real Pyodide through the client the UI
// uses: each case must end with a clear message, and the next program must run.
// (Output floods from print and endless loops stopped by Stop are covered in
// tests/unit/python-client.test.ts; these extend them.)

import { describe, expect, it } from 'vitest';
import { OUTPUT_LIMIT_CHARS } from '../../src/shared/python/output-batcher';
import { hostilePythonSession } from './support/python-session';

const { python, restarts, run, check, expectWorkingWorker } = hostilePythonSession();

describe('memory exhaustion', () => {
  it('a list too large to allocate raises MemoryError at its line', async () => {
    const { outcome } = await run('x = [0] * 10**9');
    expect(outcome).toMatchObject({ status: 'error', error: { line: 1, kind: 'MemoryError' } });
    await expectWorkingWorker();
  });

  it('a list that grows until memory runs out raises MemoryError, and memory comes back', async () => {
    const { outcome } = await run('chunks = []\nwhile True:\n    chunks.append(bytearray(100_000_000))');
    expect(outcome).toMatchObject({ status: 'error', error: { line: 3, kind: 'MemoryError' } });
    // The failed program's objects are freed: a large allocation succeeds again.
    const { stdout } = await run('print(len(bytearray(300_000_000)))');
    expect(stdout).toBe('300000000\n');
  });

  it('a size that does not fit in memory at all is refused plainly', async () => {
    const { outcome } = await run('x = [0] * 10**10');
    expect(outcome).toMatchObject({ status: 'error', error: { line: 1, kind: 'OverflowError' } });
    await expectWorkingWorker();
  });
});

describe('deep recursion', () => {
  it('endless recursion raises RecursionError with the learner’s line', async () => {
    const { outcome } = await run('def down(n):\n    return down(n + 1)\n\ndown(0)');
    expect(outcome).toMatchObject({ status: 'error', error: { kind: 'RecursionError' } });
    expect(outcome.traceback).toMatch(/RecursionError: maximum recursion depth exceeded/);
    await expectWorkingWorker();
  });

  it('endless recursion inside a check fails that check with a hint', async () => {
    const result = await check('def total(values):\n    return total(values)\n');
    expect(result.status).toBe('fail');
    expect(result.tests[0]).toMatchObject({ status: 'fail' });
    expect(result.tests[0]!.message).toMatch(/`total` raised[\s\S]*RecursionError: maximum recursion depth exceeded/);
    await expectWorkingWorker();
  });

  // Both overflow the JavaScript stack under Python (Pyodide's fatal error): the worker
  // is then useless, so the client replaces it and tells the learner why.
  it.each([
    ['deeply nested data that the standard library parses recursively', 'import json\njson.loads("[" * 100_000 + "]" * 100_000)'],
    [
      'recursion through C code after raising the recursion limit',
      'import sys\nsys.setrecursionlimit(10**6)\nclass Nest:\n    def __repr__(self):\n        return repr(Nest())\nrepr(Nest())',
    ],
  ])('%s crashes Python: it is restarted and says why', async (_name, code) => {
    restarts.length = 0;
    const { outcome } = await run(code);
    expect(outcome).toMatchObject({ status: 'error', restarted: true });
    expect(outcome.traceback).toMatch(/^Python crashed \(Maximum call stack size exceeded\) and was restarted; your code is unchanged/);
    expect(restarts).toHaveLength(1);
    await expectWorkingWorker();
  });
});

describe('floods of output', () => {
  it('one enormous write without a newline is cut to the cap', async () => {
    let cut = false;
    let stdout = '';
    const outcome = await python.run(
      { code: 'import sys\nsys.stdout.write("x" * 50_000_000)', filename: 'main.py' },
      { onStream: (_stream, text) => (stdout += text), onOutputCut: () => (cut = true) },
    );
    expect(outcome.status).toBe('ok');
    expect(cut).toBe(true);
    expect(stdout.length).toBe(OUTPUT_LIMIT_CHARS);
    expect(outcome.droppedChars).toBe(50_000_000 - OUTPUT_LIMIT_CHARS);
  });

  it('a flood on stderr is capped too', async () => {
    const { outcome, stderr } = await run('import sys\nfor i in range(100_000):\n    print("e" * 99, file=sys.stderr)');
    expect(outcome.status).toBe('ok');
    expect(stderr.length).toBeLessThanOrEqual(OUTPUT_LIMIT_CHARS);
    expect(outcome.droppedChars).toBeGreaterThan(0);
  });

  it('a flood printed inside a check is kept short in the check’s result', async () => {
    const result = await check('def total(values):\n    for i in range(200_000):\n        print("spam" * 20)\n    return sum(values)\n');
    expect(result.tests[0]).toMatchObject({ status: 'pass' });
    expect(result.tests[0]!.output!.length).toBeLessThanOrEqual(1000);
  });
});

describe('endless loops inside a check', () => {
  it('a check whose code swallows the interrupt is timed out by name, Python restarted, later runs work', async () => {
    restarts.length = 0;
    const code =
      'def total(values):\n    while True:\n        try:\n            while True:\n                pass\n        except KeyboardInterrupt:\n            pass\n';
    const result = await check(code);
    expect(result.status).toBe('fail');
    expect(result.tests.at(-1)).toMatchObject({ name: 'total adds up a list', status: 'timeout' });
    expect(result.tests.at(-1)!.message).toMatch(/did not stop when asked, so Python was restarted/);
    expect(restarts).toHaveLength(1);
    await expectWorkingWorker();
  });
});

describe('threads and timers', () => {
  it('starting a thread fails with a clear RuntimeError at its line', async () => {
    const { outcome } = await run('import threading\nworker = threading.Thread(target=print, args=("hi",))\nworker.start()');
    expect(outcome).toMatchObject({ status: 'error', error: { line: 3, kind: 'RuntimeError', message: "RuntimeError: can't start new thread" } });
    await expectWorkingWorker();
  });

  it('asyncio tasks left running are stopped when the program ends, with a note; timers do not leak output', async () => {
    const left = await run(
      'import asyncio, sys\nsys.ticks = 0\nasync def tick():\n    while True:\n        sys.ticks += 1\n        print("tick")\n        await asyncio.sleep(0.01)\n' +
        'asyncio.ensure_future(tick())\nasyncio.get_event_loop().call_later(0.01, print, "late")\nprint("returned")',
    );
    expect(left).toMatchObject({ outcome: { status: 'ok' }, stdout: 'returned\n' });
    expect(left.stderr).toMatch(/^Note: your program left 1 asyncio task\(s\) running when it ended; they were stopped\./);
    const ticks = (await run('import sys\nprint(sys.ticks)')).stdout;
    // Give a task that was not stopped time to tick between programs.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const next = await run('import sys, time\ntime.sleep(0.05)\nprint("next", sys.ticks)');
    expect(next.stdout).toBe(`next ${ticks}`);
    expect(next.stderr).toBe('');
  });
});

// `import js` is a small object; in a Node worker thread (not a sandbox) the Function
// constructor still reaches the thread's `process`.
const PROCESS = 'js.Object.constructor("return process")()';

describe('learner code ending the Node worker', () => {
  it('process.exit during a run: Python is restarted and the run says so', async () => {
    restarts.length = 0;
    const { outcome } = await run(`import js\n${PROCESS}.exit(3)`);
    expect(outcome).toMatchObject({ status: 'error', restarted: true });
    expect(outcome.traceback).toMatch(/^Python crashed \(the Python worker exited with code 3\) and was restarted/);
    expect(restarts).toHaveLength(1);
    await expectWorkingWorker();
  });

  it('process.exit during a check: the check reports the crash', async () => {
    const result = await check(`import js\ndef total(values):\n    ${PROCESS}.exit(4)\n`);
    expect(result.status).toBe('error');
    expect(result.message).toMatch(/^Python crashed \(the Python worker exited with code 4\)/);
    await expectWorkingWorker();
  });

  it('a timer left behind that exits the worker between programs: the next program still runs', async () => {
    restarts.length = 0;
    const { outcome } = await run(`import js\njs.setTimeout(lambda: ${PROCESS}.exit(5), 50)`);
    expect(outcome.status).toBe('ok');
    await expect.poll(() => restarts.length, { timeout: 30_000 }).toBe(1);
    await expectWorkingWorker();
  });
});
