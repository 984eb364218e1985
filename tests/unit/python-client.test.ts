// Running programs in the real Pyodide worker: streaming, errors, Stop, restarts
// and output floods, through the same client the UI uses.

import { describe, expect, it } from 'vitest';
import { createNodePythonClient } from '../../src/services/python/node-python';
import type { Stream } from '../../src/shared/python/protocol';
import { OUTPUT_LIMIT_CHARS } from '../../src/shared/python/output-batcher';
import { afterAll } from 'vitest';

const python = createNodePythonClient({ graceMs: 800, projectFiles: async (slug) => ({ slug, files: { 'data/a.csv': 'x,y\n1,2\n' } }) });
afterAll(() => python.dispose());

async function run(code: string) {
  const chunks: Array<{ stream: Stream; text: string }> = [];
  let cut = false;
  const outcome = await python.run(
    { code, filename: 'main.py' },
    { onStream: (stream, text) => chunks.push({ stream, text }), onOutputCut: () => (cut = true) },
  );
  const text = (stream: Stream) => chunks.filter((c) => c.stream === stream).map((c) => c.text).join('');
  return { outcome, chunks, stdout: text('stdout'), stderr: text('stderr'), cut };
}

describe('Python client', () => {
  it('loads Python 3 and reports how long it took', async () => {
    const info = await python.ready();
    expect(info.pythonVersion).toMatch(/^3\.\d+/);
    expect(info.loadMs).toBeGreaterThan(0);
  });

  it('runs a program and streams stdout and stderr in order', async () => {
    const { outcome, chunks, stdout } = await run('import sys\nprint(sum(range(10)))\nprint("warn", file=sys.stderr)\nprint("done")');
    expect(outcome.status).toBe('ok');
    expect(stdout).toBe('45\ndone\n');
    expect(chunks.map((c) => c.stream)).toEqual(['stdout', 'stderr', 'stdout']);
  });

  it('streams output while the program is still running', async () => {
    const seen: number[] = [];
    const started = Date.now();
    await python.run(
      { code: 'import time\nfor i in range(3):\n    print(i, flush=True)\n    time.sleep(0.2)', filename: 'main.py' },
      { onStream: () => seen.push(Date.now() - started) },
    );
    expect(seen.length).toBeGreaterThan(1);
  });

  it('shows a print that comes before a long computation while it computes', async () => {
    let seen = '';
    const running = python.run({ code: 'print("hi")\nwhile True:\n    pass', filename: 'main.py' }, { onStream: (_s, text) => (seen += text) });
    await expect.poll(() => seen, { timeout: 10_000 }).toBe('hi\n');
    await python.stop();
    expect((await running).status).toBe('interrupted');
  });

  it('trims tracebacks to the learner’s code and locates the failing line', async () => {
    const { outcome, stderr } = await run('def f(x):\n    return 1 / x\n\nf(0)\n');
    expect(outcome.status).toBe('error');
    expect(outcome.error?.line).toBe(2);
    expect(outcome.error?.kind).toBe('ZeroDivisionError');
    expect(stderr).toContain('File "main.py", line 4, in <module>');
    expect(stderr).not.toContain('_runner.py');
  });

  it('locates syntax errors', async () => {
    const { outcome } = await run('x = 1\nif x > 0\n    print(x)\n');
    expect(outcome.status).toBe('error');
    expect(outcome.error).toMatchObject({ line: 2, kind: 'SyntaxError' });
  });

  it('stops an endless loop with KeyboardInterrupt, and runs again afterwards', async () => {
    const running = run('while True:\n    pass');
    setTimeout(() => void python.stop(), 300);
    expect((await running).outcome.status).toBe('interrupted');
    expect((await run('print("again")')).stdout).toBe('again\n');
  });

  it('replaces the worker when a program swallows the interrupt, and keeps working', async () => {
    const restarts: string[] = [];
    const unsubscribe = python.onStatus((status) => status.kind === 'restarting' && restarts.push(status.reason));
    let looping: () => void = () => undefined;
    const inLoop = new Promise<void>((resolve) => (looping = resolve));
    const running = python.run(
      { code: 'print("looping", flush=True)\nwhile True:\n    try:\n        while True:\n            pass\n    except KeyboardInterrupt:\n        pass', filename: 'main.py' },
      { onStream: () => looping() },
    );
    await inLoop; // Stop must reach the loop, not the moment before the program starts
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await python.stop()).toBe('restarted');
    const outcome = await running;
    expect(outcome).toMatchObject({ status: 'interrupted', restarted: true });
    expect(restarts).toHaveLength(1);
    expect((await run('print(6 * 7)')).stdout).toBe('42\n');
    unsubscribe();
  });

  it('caps a flood of output and says so', async () => {
    const { outcome, stdout, cut } = await run('line = "x" * 99\nfor i in range(40_000):\n    print(line)');
    expect(outcome.status).toBe('ok');
    expect(cut).toBe(true);
    expect(stdout.length).toBe(OUTPUT_LIMIT_CHARS);
    expect(outcome.droppedChars).toBe(40_000 * 100 - OUTPUT_LIMIT_CHARS);
  });

  it('reads project data files from the project folder', async () => {
    const lines: string[] = [];
    const outcome = await python.run(
      { code: 'print(open("data/a.csv").read().strip())', filename: 'main.py', project: 'demo' },
      { onStream: (_s, text) => lines.push(text) },
    );
    expect(outcome.status).toBe('ok');
    expect(lines.join('')).toBe('x,y\n1,2\n');
  });
});
