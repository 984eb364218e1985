// Property-based: malformed calls to the host API, both straight into the services
// (what Electron's IPC hands over) and as raw HTTP to browser mode's server. Each
// gets a plain refusal; nothing crashes, nothing is written outside the workspace.

import { request } from 'node:http';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostServices, dispatchHostCall } from '../../src/services/host-services';
import { startServer, type RunningServer } from '../../src/server/server';
import { MAX_BODY_BYTES } from '../../src/server/api-route';
import { TOKEN_HEADER, TOKEN_META_NAME } from '../../src/shared/browser-api';
import type { HostApi, HostMethod } from '../../src/shared/host-api';
import { recordUnhandledRejections } from './support/unhandled';

export const API_RUNS = { services: 400, http: 300 };

let base: string;
let services: HostApi;
let server: RunningServer;
let token: string;
const unhandled = recordUnhandledRejections();

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'buildpath-fuzz-api-'));
  await cp(path.resolve('tests/fixtures/packs/fixture-basics'), path.join(base, 'projects', 'fixture-basics'), { recursive: true });
  await mkdir(path.join(base, 'renderer'));
  await writeFile(path.join(base, 'renderer', 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  services = createHostServices({ mode: 'browser', version: 'fuzz', workspaceDir: path.join(base, 'workspace'), projectsRoot: path.join(base, 'projects') });
  server = await startServer({ rendererDir: path.join(base, 'renderer'), services, port: 0 });
  const index = await send({ method: 'GET', path: '/', headers: {} });
  token = new RegExp(`<meta name="${TOKEN_META_NAME}" content="([0-9a-f]+)">`).exec(index.body)?.[1] ?? '';
});

afterAll(async () => {
  await server?.close();
  await rm(base, { recursive: true, force: true });
  expect(unhandled()).toEqual([]);
});

const METHODS: HostMethod[] = [
  'appInfo', 'workspaceInfo', 'loadCode', 'saveCode', 'resetCode', 'getProgress', 'recordEvent',
  'changeStudyPlan', 'listProjects', 'getMilestone', 'getCheckBundle', 'getProjectFiles',
];

/** Values a hostile caller would try: traversal, huge strings, prototypes, wrong types. */
const hostileValue = fc.oneof(
  fc.anything({ withBigInt: false, withTypedArray: false, withSparseArray: true, withNullPrototype: true }),
  fc.constantFrom('../../../etc/passwd', '..', '/etc/passwd', 'fixture-basics/../../x', 'C:\\Windows', '\0', 'a'.repeat(100_000),
    'fixture-basics', '01-mean', '__proto__', 'constructor', '0'.repeat(64), 'x'.repeat(2_000_001)),
  fc.record({ type: fc.constantFrom('check_completed', 'milestone_opened', 'hint_revealed'), project: fc.constantFrom('fixture-basics', '../x'), milestone: fc.constantFrom('01-mean', '99-nope'), status: fc.anything(), tests: fc.anything(), hint_index: fc.anything() }, { requiredKeys: [] }),
);

const hostileArgs = fc.oneof(fc.array(hostileValue, { maxLength: 5 }), hostileValue);

/** Files anywhere under the scratch folder except the workspace and the projects. */
async function strayFiles(): Promise<string[]> {
  const entries = await readdir(base, { recursive: true });
  return entries.filter((entry) => !/^(workspace|projects|renderer)(\/|$)/.test(entry));
}

function expectPlainError(error: unknown): void {
  expect(error).toBeInstanceOf(Error);
  const message = (error as Error).message;
  expect(message.trim()).not.toBe('');
  // The marks of a crash in our own code rather than a refusal.
  expect(message).not.toMatch(/Cannot read properties|is not a function|is not iterable|Maximum call stack/);
  expectShortEscaped(message);
}

/** A refusal quotes at most a short prefix of what was sent, with control characters escaped. */
function expectShortEscaped(message: string): void {
  expect(message.length).toBeLessThanOrEqual(300);
  // eslint-disable-next-line no-control-regex
  expect(message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
}

describe('the host services (what IPC dispatches to)', () => {
  it(`refuse ${API_RUNS.services} malformed calls plainly, writing nothing outside the workspace`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom(...METHODS), fc.string(), fc.constant(`\u001b[2J${'m'.repeat(100_000)}`)), hostileArgs, async (method, args) => {
        try {
          await dispatchHostCall(services, method, args);
        } catch (error) {
          expectPlainError(error);
        }
      }),
      { numRuns: API_RUNS.services },
    );
    expect(await strayFiles()).toEqual([]);
    // Still serving: a well-formed call works after the barrage.
    expect((await services.loadCode('fixture-basics', '01-mean')).code.length).toBeGreaterThan(0);
  });
});

interface Reply {
  status: number;
  body: string;
}

function send(options: { method: string; path: string; headers: Record<string, string>; body?: Uint8Array | string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    // A fresh connection each time: a refusal sent before the body was read ends its connection.
    const req = request({ agent: false, host: '127.0.0.1', port: server.port, method: options.method, path: options.path, headers: options.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const body = fc.oneof(
  fc.uint8Array({ maxLength: 4000 }),
  fc.json(),
  hostileArgs.map((args) => JSON.stringify(args) ?? ''),
  fc.constant('['.repeat(100_000)),
  fc.constant(`["${'x'.repeat(MAX_BODY_BYTES)}"]`),
);

const apiPath = fc.oneof(
  fc.constantFrom(...METHODS).map((method) => `/api/${method}`),
  fc.constantFrom('/api/', '/api/__proto__', '/api/constructor', '/api/hasOwnProperty', '/api/toString', '/api/../index.html', '/api/%2e%2e/x'),
  fc.webPath().map((tail) => `/api/${tail.replace(/^\//, "")}`),
);

const headers = fc.record({
  contentType: fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-8', undefined),
  withToken: fc.constantFrom('right', 'wrong', 'none'),
  origin: fc.constantFrom(undefined, 'http://evil.example', 'null'),
  method: fc.constantFrom('POST', 'POST', 'POST', 'GET', 'PUT', 'DELETE', 'OPTIONS'),
});

describe('browser mode’s HTTP API', () => {
  it(`answers ${API_RUNS.http} malformed requests with a JSON refusal, and keeps serving`, async () => {
    await fc.assert(
      fc.asyncProperty(apiPath, body, headers, async (pathName, payload, shape) => {
        const requestHeaders: Record<string, string> = {};
        if (shape.contentType) requestHeaders['Content-Type'] = shape.contentType;
        if (shape.withToken !== 'none') requestHeaders[TOKEN_HEADER] = shape.withToken === 'right' ? token : 'f'.repeat(64);
        if (shape.origin) requestHeaders.Origin = shape.origin;
        const reply = await send({ method: shape.method, path: pathName, headers: requestHeaders, body: payload });
        // 500 would be our own failure: every malformed call is the caller's mistake.
        expect([200, 400, 403, 404, 405, 413, 415]).toContain(reply.status);
        if (reply.status === 403 && reply.body === 'Forbidden') return; // refused before the API (Origin)
        const parsed = JSON.parse(reply.body) as { ok: boolean; error?: string };
        if (!parsed.ok) expect(parsed.error?.trim()).not.toBe('');
        if (!parsed.ok) expectShortEscaped(parsed.error ?? '');
        if (reply.status !== 200) expect(parsed.ok).toBe(false);
        if (shape.withToken !== 'right' || shape.origin) expect(reply.status).not.toBe(200);
      }),
      { numRuns: API_RUNS.http },
    );
    expect(await strayFiles()).toEqual([]);
    const healthy = await send({ method: 'POST', path: '/api/appInfo', headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token }, body: '[]' });
    expect(healthy.status).toBe(200);
  });
});

// Cases beyond tests/unit/browser-server.test.ts, which covers the basic token,
// Origin, Host, body-size and bad-request refusals.
describe('browser mode’s request checks at their edges', () => {
  const call = (headers: Record<string, string>, pathName = '/api/appInfo', payload = '[]') =>
    send({ method: 'POST', path: pathName, headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token, ...headers }, body: payload });

  it.each([
    'evil.example', `evil.example:${0}`, '127.0.0.1.nip.io', '127.0.0.2', 'localhost.', '[::ffff:127.0.0.1]', '0.0.0.0',
  ])('refuses Host %s (DNS rebinding), even with the token', async (host) => {
    const reply = await call({ Host: host.includes(':') ? host : `${host}:${server.port}` });
    expect(reply.status).toBe(403);
  });

  it.each(['null', `http://127.0.0.1:${1}`, 'https://127.0.0.1', 'http://localhost.evil.example', 'file://'])('refuses Origin %s, even with the token', async (origin) => {
    expect((await call({ Origin: origin.replace(':1', `:${server.port + 1}`) })).status).toBe(403);
  });

  it('accepts its own origin under each loopback name', async () => {
    for (const name of ['127.0.0.1', 'localhost']) {
      expect((await call({ Host: `${name}:${server.port}`, Origin: `http://${name}:${server.port}` })).status).toBe(200);
    }
  });

  it('takes the token only from its header, never from the URL', async () => {
    const reply = await send({ method: 'POST', path: `/api/appInfo?${TOKEN_HEADER}=${token}&token=${token}`, headers: { 'Content-Type': 'application/json' }, body: '[]' });
    expect(reply.status).toBe(403);
    expect((await call({ [TOKEN_HEADER]: token.toUpperCase() })).status).toBe(403);
    expect((await call({ [TOKEN_HEADER]: token.slice(0, -1) })).status).toBe(403);
  });

  it('answers arguments that fail validation with 400 and says which one', async () => {
    const reply = await call({}, '/api/loadCode', '["../../etc", "01-mean"]');
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: expect.stringMatching(/^Invalid arguments for loadCode: .*project slug/) });
    const wrongType = await call({}, '/api/saveCode', '["fixture-basics", "01-mean", 42, "x"]');
    expect(wrongType.status).toBe(400);
  });

  it('never serves a file outside the renderer folder, whatever the encoding', async () => {
    for (const raw of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/%252e%252e/etc/passwd', '//etc/passwd', '/\\..\\..\\etc\\passwd', '/index.html%00.png']) {
      const reply = await send({ method: 'GET', path: raw, headers: {} });
      expect([403, 404]).toContain(reply.status);
      expect(reply.body).not.toContain('root:x:0:0');
    }
  });
});
