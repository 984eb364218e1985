import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confineRequestPath, contentTypeFor, SECURITY_HEADERS, serveStaticFile } from '../../src/services/static-files';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'buildpath-static-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'pyodide'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(path.join(root, 'pyodide', 'pyodide.asm.wasm'), new Uint8Array([0, 97, 115, 109]));
  await writeFile(path.join(base, 'secret.txt'), 'not for the browser');
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'escape.txt'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('confineRequestPath', () => {
  it.each([
    '/../secret.txt',
    '/pyodide/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2e/secret.txt',
    '/.%2e/secret.txt',
    '/pyodide/..%2f..%2fsecret.txt',
    '/pyodide/%2e%2e%5csecret.txt',
    '/..\\secret.txt',
    '//etc/passwd',
    'relative/path',
    '/C:/Windows/win.ini',
    '/index.html%00.png',
    '/%E0%A4%A',
    '/./index.html',
  ])('refuses %s', (rawPath) => {
    expect(confineRequestPath(root, rawPath).kind).toBe('refused');
  });

  it('maps ordinary paths inside the folder, / to index.html', () => {
    expect(confineRequestPath(root, '/')).toEqual({ kind: 'file', filePath: path.join(root, 'index.html') });
    expect(confineRequestPath(root, '/pyodide/pyodide.asm.wasm?v=1')).toEqual({
      kind: 'file',
      filePath: path.join(root, 'pyodide', 'pyodide.asm.wasm'),
    });
    expect(confineRequestPath(root, '/assets/a%20b.js')).toEqual({ kind: 'file', filePath: path.join(root, 'assets', 'a b.js') });
  });

  it('never resolves any request path outside the folder', () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '%2e%2e', '%2E.', '%2f', '%5c', '\\', '', 'a', 'pyodide', '%00', ':', 'C:'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (segments) => {
        const lookup = confineRequestPath(root, `/${segments.join('/')}`);
        if (lookup.kind === 'file') {
          const relative = path.relative(root, lookup.filePath);
          expect(relative.startsWith('..') || path.isAbsolute(relative)).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('serveStaticFile', () => {
  it('serves files with the isolation headers and their type', async () => {
    const wasm = await serveStaticFile(root, '/pyodide/pyodide.asm.wasm');
    expect(wasm.status).toBe(200);
    expect(wasm.headers['Content-Type']).toBe('application/wasm');
    expect(wasm.headers).toMatchObject(SECURITY_HEADERS);
    const index = await serveStaticFile(root, '/');
    expect(index.headers['Content-Type']).toBe('text/html; charset=utf-8');
  });

  it('refuses traversal with 403 and still sends the headers', async () => {
    const refused = await serveStaticFile(root, '/%2e%2e/secret.txt');
    expect(refused.status).toBe(403);
    expect(refused.headers['Cross-Origin-Embedder-Policy']).toBe('require-corp');
  });

  it('refuses a symlink that points outside the folder', async () => {
    expect((await serveStaticFile(root, '/escape.txt')).status).toBe(403);
  });

  it('answers 404 for missing files and folders', async () => {
    expect((await serveStaticFile(root, '/nope.js')).status).toBe(404);
    expect((await serveStaticFile(root, '/pyodide')).status).toBe(404);
  });

  it('knows the types Pyodide and Monaco need', () => {
    expect(contentTypeFor('x/pyodide.asm.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('python_stdlib.zip')).toBe('application/zip');
    expect(contentTypeFor('codicon.TTF')).toBe('font/ttf');
    expect(contentTypeFor('unknown.bin')).toBe('application/octet-stream');
  });
});
