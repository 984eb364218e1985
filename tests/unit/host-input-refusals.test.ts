// Bad arguments to the host API are the caller's mistake: a 4xx answer over HTTP, a named
// refusal from the services (what Electron's IPC hands over), and a message that quotes
// at most a short, escaped prefix of what was sent — never the 100,000 characters back.

import { request } from 'node:http';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostServices, dispatchHostCall, InvalidHostArgumentsError } from '../../src/services/host-services';
import { quoteInput } from '../../src/services/host-input';
import { createPackService, PackLookupError } from '../../src/services/packs';
import { startServer, type RunningServer } from '../../src/server/server';
import { TOKEN_HEADER, TOKEN_META_NAME } from '../../src/shared/browser-api';
import type { HostApi } from '../../src/shared/host-api';

/** Long enough for a clear message, far too short to carry a flood back. */
const MAX_MESSAGE_CHARS = 300;
const HUGE = 'a'.repeat(100_000);

let base: string;
let services: HostApi;
let server: RunningServer;
let token: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'buildpath-refusals-'));
  await cp(path.resolve('tests/fixtures/packs/fixture-basics'), path.join(base, 'projects', 'fixture-basics'), { recursive: true });
  await mkdir(path.join(base, 'renderer'));
  await writeFile(path.join(base, 'renderer', 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  services = createHostServices({ mode: 'browser', version: 't', workspaceDir: path.join(base, 'workspace'), projectsRoot: path.join(base, 'projects') });
  server = await startServer({ rendererDir: path.join(base, 'renderer'), services, port: 0 });
  const index = await post('/', '', 'GET');
  token = new RegExp(`<meta name="${TOKEN_META_NAME}" content="([0-9a-f]+)">`).exec(index.body)?.[1] ?? '';
});

afterAll(async () => {
  await server?.close();
  await rm(base, { recursive: true, force: true });
});

function post(pathName: string, body: string, method = 'POST'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers = { 'Content-Type': 'application/json', [TOKEN_HEADER]: token ?? '' };
    const req = request({ agent: false, host: '127.0.0.1', port: server.port, method, path: pathName, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function refusal(method: string, args: unknown[]): Promise<Error> {
  try {
    await dispatchHostCall(services, method, args);
  } catch (error) {
    return error as Error;
  }
  throw new Error(`${method} accepted ${JSON.stringify(args).slice(0, 80)}`);
}

function expectShortPlainMessage(message: string): void {
  expect(message.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
  expect(message).not.toMatch(/a{41}/);
  // eslint-disable-next-line no-control-regex
  expect(message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
}

describe('quoteInput', () => {
  it('shows a short prefix, escaped, and how long the rest was', () => {
    expect(quoteInput('fixture-basics')).toBe('"fixture-basics"');
    expect(quoteInput(HUGE)).toBe(`"${'a'.repeat(40)}…" (100000 characters)`);
    expect(quoteInput('\u001b[2J\u202eevil\n')).toBe('"\\u001b[2J\\u202eevil\\n"');
    expect(quoteInput(42)).toBe('a number');
    expect(quoteInput(null)).toBe('null');
    expect(quoteInput(undefined)).toBe('nothing');
    expect(quoteInput({ a: 1 })).toBe('an object');
    expect(quoteInput([1])).toBe('an array');
  });
});

describe('the host services refuse bad arguments by name', () => {
  it.each([
    ['getMilestone', [HUGE, '01-mean'], /slug "a{40}…" \(100000 characters\)/],
    ['getMilestone', ['fixture-basics', `01-${HUGE}`], /milestoneId "01-a{37}…" \(100003 characters\)/],
    ['getCheckBundle', ['../../etc/passwd', '01-mean'], /slug "\.\.\/\.\.\/etc\/passwd"/],
    ['getProjectFiles', [{ length: 5 }], /slug an object/],
    ['loadCode', ['fixture-basics'], /loadCode takes 2 arguments \(slug, milestoneId\); it was given 1$/],
    ['saveCode', ['fixture-basics', '01-mean', 'x', `\u001b]52;c;${HUGE}`], /baseHash "\\u001b\]52;c;a{33}…"/],
    ['getMilestone', ['fixture-basics', '01-mean', 'extra'], /takes 2 arguments \(slug, milestoneId\)/],
    ['recordEvent', [{ type: 'check_completed', project: 'fixture-basics', milestone: '01-mean', status: 'pass', tests: [{ task_id: 1, status: HUGE }] }], /event\.tests\.0\.status "a{40}…"/],
  ] as const)('%s %#', async (method, args, expected) => {
    const error = await refusal(method, [...args]);
    expect(error).toBeInstanceOf(InvalidHostArgumentsError);
    expect(error.message).toMatch(new RegExp(`^Invalid arguments for ${method}: `));
    expect(error.message).toMatch(expected);
    expectShortPlainMessage(error.message);
  });

  it('names an unknown method by a short prefix only', async () => {
    const error = await refusal(`\u001b[2J${HUGE}`, []);
    expect(error.message).toMatch(/^Unknown host method: "\\u001b\[2Ja{36}…"/);
    expectShortPlainMessage(error.message);
  });

  it('says a well-formed but absent project or milestone is not there', async () => {
    const project = await refusal('getMilestone', ['no-such-project', '01-mean']);
    expect(project).toBeInstanceOf(PackLookupError);
    expect(project.message).toBe('Project "no-such-project" cannot be opened: no-such-project: does not exist');
    expect((await refusal('getMilestone', ['fixture-basics', '99-nope'])).message).toBe('Project "fixture-basics" has no milestone "99-nope"');
  });

  it('the pack service, used without the host API (the CLI), bounds what it echoes too', async () => {
    const packs = createPackService(path.join(base, 'projects'), { watch: false });
    await expect(packs.getMilestone(HUGE, '01-mean')).rejects.toThrow(/^Not a project slug: "a{40}…" \(100000 characters\)$/);
    await expect(packs.getCheckBundle('fixture-basics', `01-${HUGE}`)).rejects.toThrow(/^Not a milestone id: "01-a{37}…"/);
    await expect(packs.getProjectFiles(7 as unknown as string)).rejects.toThrow(/^Not a project slug: a number$/);
  });
});

describe('browser mode answers them as the caller’s mistake', () => {
  it.each([
    ['getMilestone', [HUGE, '01-mean'], 400],
    ['getMilestone', ['fixture-basics', `01-${HUGE}`], 400],
    ['getProjectFiles', [[HUGE]], 400],
    ['loadCode', [], 400],
    ['getMilestone', ['no-such-project', '01-mean'], 404],
    ['getCheckBundle', ['fixture-basics', '99-nope'], 404],
  ] as const)('%s, case %#', async (method, args, status) => {
    const reply = await post(`/api/${method}`, JSON.stringify(args));
    expect(reply.status).toBe(status);
    const parsed = JSON.parse(reply.body) as { ok: boolean; error: string };
    expect(parsed.ok).toBe(false);
    expectShortPlainMessage(parsed.error);
    expect(reply.body.length).toBeLessThan(MAX_MESSAGE_CHARS + 40);
  });

  it('still answers a good call', async () => {
    const reply = await post('/api/getMilestone', '["fixture-basics", "01-mean"]');
    expect(reply.status).toBe(200);
  });
});
