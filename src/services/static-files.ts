// Serves the built renderer (out/renderer) to the Electron window (app:// scheme)
// and to browser mode (local HTTP). Both transports call serveStaticFile so the
// headers, MIME types and path confinement cannot drift apart.

import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Sent on every response. COOP + COEP make the page cross-origin isolated, which
 * SharedArrayBuffer (Python's interrupt buffer for Stop) requires.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.py': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticLookup =
  | { kind: 'file'; filePath: string }
  | { kind: 'refused'; reason: string };

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Turns a request path (still URL-encoded, as received) into a file under root,
 * or refuses it. Anything that could step outside root is refused outright rather
 * than normalised: `..` and `.` segments (plain or percent-encoded), encoded
 * slashes, backslashes, NUL bytes, drive letters and absolute paths.
 */
export function confineRequestPath(root: string, rawPath: string): StaticLookup {
  const pathOnly = rawPath.split(/[?#]/, 1)[0] ?? '';
  if (!pathOnly.startsWith('/') || pathOnly.startsWith('//')) return { kind: 'refused', reason: 'not a rooted path' };
  if (/%(2f|5c|00)/i.test(pathOnly) || /[\\\0]/.test(pathOnly)) {
    return { kind: 'refused', reason: 'encoded separator or NUL' };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathOnly);
  } catch {
    return { kind: 'refused', reason: 'malformed encoding' };
  }
  const segments = decoded.split('/').slice(1);
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.includes(':'))) {
    return { kind: 'refused', reason: 'path segment leaves the served folder' };
  }
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const filePath = path.resolve(root, `.${relative}`);
  if (!isInside(root, filePath)) return { kind: 'refused', reason: 'outside the served folder' };
  return { kind: 'file', filePath };
}

export interface StaticResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string;
}

function textResponse(status: number, text: string): StaticResponse {
  return {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
    body: text,
  };
}

/** Reads the file a request asks for, with the shared headers; never leaves root (symlinks included). */
export async function serveStaticFile(root: string, rawPath: string): Promise<StaticResponse> {
  const lookup = confineRequestPath(root, rawPath);
  if (lookup.kind === 'refused') return textResponse(403, 'Forbidden');
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(lookup.filePath)]);
    if (!isInside(realRoot, realFile)) return textResponse(403, 'Forbidden');
    if (!(await stat(realFile)).isFile()) return textResponse(404, 'Not found');
    const body = await readFile(realFile);
    return {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(realFile) },
      body,
    };
  } catch {
    return textResponse(404, 'Not found');
  }
}
