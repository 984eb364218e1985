// What learner code can reach from the app's Python worker, in a real Chromium
// against browser mode: not the host API (even with the token read from the page),
// not the network, not the learner's files on disk.

import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumOrSkip } from '../e2e/support/chromium';
import { startBrowserApp, type BrowserApp } from '../e2e/support/browser-app';
import { outputPane, pasteProgram, waitForPythonReady, waitForRunToFinish } from '../e2e/support/workbench-page';

const chromiumPath = chromiumOrSkip();

/** Globals that send requests; the worker removes them once Pyodide has loaded. */
const REQUEST_SENDERS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport', 'Worker', 'SharedWorker', 'importScripts'];

async function runInApp(app: BrowserApp, code: string): Promise<string> {
  await pasteProgram(app.page, code);
  await app.page.getByRole('button', { name: 'Run' }).click();
  await waitForRunToFinish(app.page);
  return outputPane(app.page).innerText();
}

describe.skipIf(chromiumPath === null)('learner code in the browser worker', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp(chromiumPath!);
    await app.page.goto(`${app.server.url}#/scratchpad`);
    await waitForPythonReady(app.page);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('finds no way to send a request: fetch, XMLHttpRequest, sockets and nested workers are gone', async () => {
    // `import js` is a small object in the learner's interpreter; the worker's global scope
    // is out of reach (the CSP refuses the Function constructor), and holds none of them either.
    const output = await runInApp(
      app,
      `import js
names = ${JSON.stringify(REQUEST_SENDERS)}
print("js has", [name for name in names if hasattr(js, name)])
routes = {
    "the Function constructor": lambda: js.Object.constructor("return globalThis")(),
    "js.globalThis": lambda: js.globalThis,
    "js.self": lambda: js.self,
}
for route, reach in routes.items():
    try:
        scope = reach()
        print("ROUTE", route, "reached", [name for name in names if hasattr(scope, name)])
    except Exception as error:
        print("ROUTE", route, "refused", type(error).__name__)
`,
    );
    expect(output).toContain('js has []');
    for (const line of output.split('\n').filter((text) => text.startsWith('ROUTE'))) {
      expect(line).toMatch(/refused|reached \[\]$/);
    }
    expect(output.match(/^ROUTE/gm)).toHaveLength(3);
  });

  it('cannot call the host API, even knowing where the token is', async () => {
    const output = await runInApp(
      app,
      `import js, re
def steal_and_call():
    page = js.XMLHttpRequest.new()
    page.open("GET", "/", False)
    page.send()
    token = re.search(r'buildpath-api-token" content="([0-9a-f]+)"', page.responseText).group(1)
    call = js.XMLHttpRequest.new()
    call.open("POST", "/api/appInfo", False)
    call.setRequestHeader("Content-Type", "application/json")
    call.setRequestHeader("x-buildpath-token", token)
    call.send("[]")
    return call.responseText
try:
    print("REACHED", steal_and_call())
except Exception as error:
    print("refused:", type(error).__name__)
`,
    );
    expect(output).not.toContain('REACHED');
    expect(output).not.toContain(app.workspaceDir);
    expect(output).toMatch(/refused: (AttributeError|JsException)/);
  });

  it('cannot make the worker run a forged request by dispatching a message event to it', async () => {
    const output = await runInApp(
      app,
      `import js, json
try:  # the worker's global scope is out of reach; were it not, the forged request would be ignored
    scope = js.Object.constructor("return globalThis")()
    forged = scope.JSON.parse(json.dumps({"type": "run", "id": 1, "request": {"code": "print('FORGED')", "filename": "x.py"}}))
    scope.dispatchEvent(scope.MessageEvent.new("message", js.Object.fromEntries([["data", forged]])))
except Exception:
    pass
print("real")
`,
    );
    expect(output.trim()).toBe('real');
  });

  it('sees only Python’s virtual file system, not the disk the workspace is on', async () => {
    const output = await runInApp(
      app,
      `import os
print(sorted(os.listdir("/")))
for path in ["/etc/passwd", ${JSON.stringify(app.workspaceDir)}]:
    print(path, "exists" if os.path.exists(path) else "missing")
`,
    );
    expect(await readFile('/etc/passwd', 'utf8')).not.toBe(''); // the host has it…
    expect(output).toContain('/etc/passwd missing'); // …the worker does not
    expect(output).toContain(`${app.workspaceDir} missing`);
  });

  it('the page itself may not connect anywhere but its own origin (CSP connect-src)', async () => {
    const refused = await app.page.evaluate(async () => {
      const violation = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true }),
      );
      const attempt = await fetch('http://127.0.0.2:9/').then(
        () => 'connected',
        (error: Error) => error.name,
      );
      return { attempt, directive: await violation };
    });
    expect(refused).toEqual({ attempt: 'TypeError', directive: 'connect-src' });
  });

  it('Python still runs after all that', async () => {
    expect((await runInApp(app, 'print(sum(range(10)))')).trim()).toBe('45');
  });
});
