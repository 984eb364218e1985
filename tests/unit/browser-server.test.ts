import { request } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostServices } from '../../src/services/host-services';
import { startServer, type RunningServer } from '../../src/server/server';
import { TOKEN_HEADER, TOKEN_META_NAME } from '../../src/shared/browser-api';
import { MAX_BODY_BYTES } from '../../src/server/api-route';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

let base: string;
let server: RunningServer;
let token: string;

function apiCall(method: string, body: string, headers: Record<string, string> = {}): Promise<Reply> {
  return send(server.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token, ...headers },
    body,
  });
}

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'buildpath-server-'));
  const rendererDir = path.join(base, 'renderer');
  await mkdir(rendererDir);
  await mkdir(path.join(base, 'projects'));
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  const services = createHostServices({
    mode: 'browser',
    version: '9.9.9',
    workspaceDir: path.join(base, 'workspace'),
    projectsRoot: path.join(base, 'projects'),
  });
  server = await startServer({ rendererDir, services, port: 0 });
  const index = await send(server.port, { path: '/' });
  token = new RegExp(`<meta name="${TOKEN_META_NAME}" content="([0-9a-f]+)">`).exec(index.body)?.[1] ?? '';
});

afterAll(async () => {
  await server?.close();
  await rm(base, { recursive: true, force: true });
});

describe('browser mode server', () => {
  it('listens on loopback and serves index.html with a per-launch token and the isolation headers', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    const index = await send(server.port, { path: '/index.html' });
    expect(index.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(index.headers['cross-origin-embedder-policy']).toBe('require-corp');
    expect(index.headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('answers host API calls that carry the token', async () => {
    const reply = await apiCall('appInfo', '[]', { Origin: `http://127.0.0.1:${server.port}` });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { mode: 'browser', version: '9.9.9' } });
  });

  it('refuses calls without the right token', async () => {
    expect((await apiCall('appInfo', '[]', { [TOKEN_HEADER]: '' })).status).toBe(403);
    expect((await apiCall('appInfo', '[]', { [TOKEN_HEADER]: 'f'.repeat(64) })).status).toBe(403);
  });

  it('refuses other origins and other Host names (DNS rebinding), for files too', async () => {
    expect((await apiCall('appInfo', '[]', { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await apiCall('appInfo', '[]', { Host: `evil.example:${server.port}` })).status).toBe(403);
    expect((await send(server.port, { path: '/', headers: { Host: `evil.example:${server.port}` } })).status).toBe(403);
  });

  it('rejects bad requests plainly', async () => {
    expect((await apiCall('noSuchMethod', '[]')).status).toBe(404);
    expect((await apiCall('constructor', '[]')).status).toBe(404);
    expect((await apiCall('appInfo', '{"not": "an array"}')).status).toBe(400);
    expect((await apiCall('appInfo', 'not json')).status).toBe(400);
    expect((await apiCall('appInfo', '[]', { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await send(server.port, { path: '/api/appInfo', headers: { [TOKEN_HEADER]: token } })).status).toBe(405);
    expect((await send(server.port, { method: 'PUT', path: '/index.html' })).status).toBe(405);
  });

  it('refuses bodies over the size limit', async () => {
    const huge = `["${'x'.repeat(MAX_BODY_BYTES + 10)}"]`;
    const reply = await apiCall('appInfo', huge);
    expect(reply.status).toBe(413);
  });

  it('moves to a free port when the one asked for is taken, and only binds loopback', async () => {
    const second = await startServer({ rendererDir: path.join(base, 'renderer'), services: createHostServices({ mode: 'browser', version: '1', workspaceDir: base, projectsRoot: path.join(base, 'projects') }), port: server.port });
    try {
      expect(second.port).not.toBe(server.port);
    } finally {
      await second.close();
    }
    await expect(
      startServer({ rendererDir: base, services: createHostServices({ mode: 'browser', version: '1', workspaceDir: base }), host: '0.0.0.0' }),
    ).rejects.toThrow(/loopback/);
  });
});
