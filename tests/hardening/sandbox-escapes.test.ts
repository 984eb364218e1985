// Hostile submissions against the sandbox `buildpath check` and `grade` run Python
// in (src/services/python/sandbox). Two layers are tried: what Python itself can
// reach (real Pyodide in the real sandboxed child), and, in a probe started with
// the same permission arguments and lockdown, what learner code could do if it ever
// got hold of the JavaScript realm's globals. Every attempt must be refused and
// leave nothing on disk.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandboxedPythonClient, pyodideDirectory } from '../../src/services/python/node-python';
import { childBundleOptions } from '../../src/services/python/sandbox/child-script';
import { permissionArguments, permissionSupport } from '../../src/services/python/sandbox/node-permissions';

process.env.BUILDPATH_HARDENING_SECRET = 'hunter2-host-secret';
const scratch = mkdtempSync(path.join(tmpdir(), 'bp-sandbox-'));
const target = path.join(scratch, 'written-by-learner.txt');
const python = createSandboxedPythonClient({ graceMs: 300 });
afterAll(() => python.dispose());

async function run(code: string) {
  let output = '';
  const outcome = await python.run({ code, filename: 'main.py' }, { onStream: (_stream, text) => (output += text) });
  return { outcome, output };
}

/** Python that would write `target` if it reached Node; it must end in a refusal naming what. */
const REACH_FUNCTION = (via: string) =>
  `${via}("return process")().getBuiltinModule("fs").writeFileSync(${JSON.stringify(target)}, "pwned")`;

const refusedInPython: [string, string, RegExp][] = [
  ['the Function constructor through js.Object', `import js\n${REACH_FUNCTION('js.Object.constructor')}`, /refused the Function constructor/],
  ['the Function constructor two steps up', `import js\n${REACH_FUNCTION('js.Array.constructor.constructor')}`, /refused the Function constructor/],
  ['the Function constructor through pyodide_js', `import pyodide_js\n${REACH_FUNCTION('pyodide_js.constructor.constructor')}`, /refused the Function constructor/],
  ['the Function constructor through to_js', `from pyodide.ffi import to_js\n${REACH_FUNCTION('to_js([1]).constructor.constructor')}`, /refused the Function constructor/],
  ['the Function constructor through a proxy of a Python function', `from pyodide.ffi import create_proxy\n${REACH_FUNCTION('create_proxy(print).constructor.constructor')}`, /refused the Function constructor/],
  ['the Function constructor through its property descriptor',
    `import js\nproto = js.Object.getPrototypeOf(js.Object)\n${REACH_FUNCTION('js.Object.getOwnPropertyDescriptor(proto, "constructor").value')}`, /refused the Function constructor/],
  ['the AsyncFunction constructor', `import pyodide_js\n${REACH_FUNCTION('pyodide_js.runPythonAsync.constructor')}`, /refused the AsyncFunction constructor/],
  ['the constructor of a Pyodide-made Promise', `import pyodide_js\np = pyodide_js.loadPackage.constructor\n${REACH_FUNCTION('p')}`, /refused/],
  ['mounting the host disk with NODEFS', 'import js, pyodide_js\nfs = pyodide_js.FS\nfs.mkdirTree("/host")\noptions = js.Object.new()\noptions.root = "/"\nfs.mount(fs.filesystems.NODEFS, options, "/host")', /refused mounting host folders/],
  ['mountNodeFS', 'import pyodide_js\npyodide_js.mountNodeFS("/host", "/")', /refused mounting host folders/],
  ['loading a package (network or host files)', 'import pyodide_js\npyodide_js.loadPackage("numpy")', /refused loading packages/],
];

describe('what Python can reach in the sandboxed process', () => {
  it.each(refusedInPython)('%s: refused, the run is an error naming it, nothing written', async (_name, code, refusal) => {
    const { outcome } = await run(code);
    expect(outcome.status).toBe('error');
    expect(outcome.traceback).toMatch(refusal);
    expect(existsSync(target)).toBe(false);
  });

  it.each([
    ['js.process', 'import js\njs.process.getBuiltinModule("fs")'],
    ['js.require', 'import js\njs.require("fs")'],
    ['js.globalThis', 'import js\njs.globalThis.process'],
    ['js.fetch', 'import js\njs.fetch("http://127.0.0.1:9/")'],
    ['js.eval', 'import js\njs.eval("process")'],
  ])('%s: not there (`import js` is a small object)', async (_name, code) => {
    const { outcome } = await run(code);
    expect(outcome).toMatchObject({ status: 'error', error: { kind: 'AttributeError' } });
  });

  it('a refusal the code catches still ends the job as an error', async () => {
    const { outcome, output } = await run(`import js\ntry:\n    ${REACH_FUNCTION('js.Object.constructor')}\nexcept Exception:\n    print("caught it")`);
    expect(output).toContain('caught it');
    expect(outcome.status).toBe('error');
    expect(outcome.traceback).toMatch(/refused the Function constructor/);
  });

  it('host files and environment through Python’s own functions: only the virtual file system', async () => {
    const { outcome, output } = await run(
      'import os\nprint(os.path.exists("/etc/passwd"), os.path.exists("/work"), os.path.exists("/proc/self/environ"))\nprint(dict(os.environ))',
    );
    expect(outcome.status).toBe('ok');
    expect(output).toContain('False False False');
    expect(output).not.toContain('BUILDPATH_HARDENING_SECRET');
    expect(output).not.toContain(process.env.PATH!); // Emscripten's own stand-in variables only
  });

  it('no object reachable from js or pyodide_js (three steps deep) is Node’s process, require or a module loader', async () => {
    const { outcome, output } = await run(`
import js, pyodide_js
from pyodide.ffi import JsProxy
seen, found, frontier = set(), [], [("js", js), ("pyodide_js", pyodide_js)]
for depth in range(3):
    following = []
    for path, value in frontier:
        try:
            names = list(js.Object.getOwnPropertyNames(value))
        except Exception:
            continue
        for name in names[:400]:
            try:
                child = getattr(value, name)
            except Exception:
                continue
            if not isinstance(child, JsProxy) or id(child) in seen:
                continue
            seen.add(id(child))
            try:
                if name in ("process", "require", "nodeVmMod", "nodeFSMod") or (hasattr(child, "versions") and hasattr(child.versions, "node")):
                    found.append(f"{path}.{name}")
            except Exception:
                pass
            following.append((f"{path}.{name}", child))
    frontier = following
print("FOUND", found)
`);
    expect(outcome.status).toBe('ok');
    expect(output).toContain('FOUND []');
  });

  it('after all that, Python still works and the next program runs normally', async () => {
    expect((await run('print(sum(range(10)))')).output).toBe('45\n');
  });
});

describe('the process layer, tried as if learner code held this realm’s globals', () => {
  const secret = path.join(scratch, 'secret.txt');
  let report: Record<string, string> = {};
  let connections = 0;
  const server = createServer((socket) => {
    connections++;
    socket.destroy();
  });

  beforeAll(async () => {
    writeFileSync(secret, 'the instructor’s private key');
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const probe = path.join(scratch, 'probe.mjs');
    buildSync({ ...childBundleOptions(), entryPoints: [path.join(__dirname, 'support/sandbox-probe.ts')], outfile: probe });
    const support = permissionSupport();
    expect(support.flag, 'this Node has a permission model').not.toBeNull();
    const child = spawnSync(
      process.execPath,
      [...permissionArguments(support, [probe, pyodideDirectory()]), '--disable-warning=ExperimentalWarning', probe, secret, target, String(port)],
      { env: { SECRET_TOKEN: 'hunter2' }, encoding: 'utf8', timeout: 60_000 },
    );
    expect(child.stderr).toBe('');
    report = JSON.parse(child.stdout) as Record<string, string>;
  }, 90_000);
  afterAll(() => server.close());

  const ATTEMPTS = [
    'read a host file', 'read /etc/passwd', 'write a host file', 'create a folder', 'start a process', 'start a worker thread',
    'load a native addon', 'process.binding', 'open a TCP socket', 'listen on a port', 'send an HTTP request', 'send a UDP datagram',
    'look up a host name', 'fetch', 'signal the parent (SIGUSR1 opens its inspector)', 'start the parent’s debugger', 'open the inspector',
    'connect an inspector session', 'connect to the main thread’s inspector', 'take a heap snapshot', 'set V8 flags',
    'evaluate JavaScript with vm', 'the Function constructor', 'the AsyncFunction constructor',
    'Node built-ins through process.getBuiltinModule', 'run WebAssembly with WASI', 'read the host environment',
  ];

  it.each(ATTEMPTS)('%s: refused', (attempt) => {
    expect(report[attempt]).toMatch(/^refused: /);
  });

  it('nothing was written, and nothing connected to the host’s server', () => {
    expect(existsSync(target)).toBe(false);
    expect(existsSync(`${target}-dir`)).toBe(false);
    expect(connections).toBe(0);
  });
});
