// What learner code can reach from the Node worker thread (tests and benchmarks; the
// headless checker runs Python in a sandboxed child instead: sandbox-escapes.test.ts).
// Node cannot be sandboxed inside a worker thread: SECURITY.md says so, and these
// tests pin down both sides of that line.

import { describe, expect, it } from 'vitest';

process.env.BUILDPATH_HARDENING_SECRET = 'hunter2-host-secret';
const { hostilePythonSession } = await import('./support/python-session');
const { run, restarts } = hostilePythonSession();

/** `import js` is a small object; the Function constructor still reaches the thread's globals. */
const GLOBALS = 'import js\ng = js.Object.constructor("return globalThis")()\n';

async function output(code: string): Promise<string> {
  const { outcome, stdout } = await run(code);
  expect(outcome.status).toBe('ok');
  return stdout;
}

describe('cannot reach', () => {
  it('the host process’s secrets: the worker gets a stripped environment', async () => {
    const env = await output(`${GLOBALS}print(sorted(g.Object.keys(g.process.env).to_py()))`);
    expect(env).not.toContain('BUILDPATH_HARDENING_SECRET');
    expect(env).not.toContain("'PATH'"); // the variable itself; BUILDPATH_CACHE may pass through
    expect(await output('import os\nprint(os.environ.get("BUILDPATH_HARDENING_SECRET"))')).toBe('None\n');
  });

  it('the network: no fetch, WebSocket or nested Worker once Python has started', async () => {
    const names = ['fetch', 'WebSocket', 'XMLHttpRequest', 'EventSource', 'Worker'];
    const seen = await output(`${GLOBALS}print([n for n in ${JSON.stringify(names)} if g.Reflect.has(g, n)])`);
    expect(seen).toBe('[]\n');
  });

  it('CommonJS require, and the host’s disk through Python’s own file functions', async () => {
    expect((await run('import js\njs.require("fs")')).outcome).toMatchObject({ status: 'error', error: { kind: 'AttributeError' } });
    const listing = await output('import os\nprint(sorted(os.listdir("/")))\nprint(os.path.exists("/etc/passwd"), os.path.exists("/work"))');
    expect(listing).toContain('False False');
    expect(listing).not.toContain('work');
  });
});

describe('can reach (documented in SECURITY.md)', () => {
  it('Node built-ins through the thread’s process (reached with the Function constructor), so the host’s files: Node is not a sandbox', async () => {
    const seen = await output(`${GLOBALS}fs = g.process.getBuiltinModule("fs")\nprint(fs.existsSync("/etc/passwd"))`);
    expect(seen).toBe('True\n');
    // …including the environment the host process started with (PATH, stripped from the worker's
    // env above): the stripped env is defence in depth only.
    const environ = await output(`${GLOBALS}fs = g.process.getBuiltinModule("fs")\nprint("PATH=" in str(fs.readFileSync("/proc/self/environ", "latin1")))`);
    expect(environ).toBe('True\n');
  });

  it('ending its own worker thread, which the client survives (see python-resource-abuse.test.ts)', async () => {
    restarts.length = 0;
    const { outcome } = await run(`${GLOBALS}g.process.exit(0)`);
    expect(outcome).toMatchObject({ status: 'error', restarted: true });
    expect(await output('print("alive")')).toBe('alive\n');
  });
});
