// Browser mode: the built renderer and the host API over HTTP on loopback, with
// the same headers the Electron app's app:// scheme sends.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { HostApi } from '../shared/host-api';
import { SECURITY_HEADERS, serveStaticFile } from '../services/static-files';
import { handleApiRequest } from './api-route';
import { API_PREFIX, TOKEN_META_NAME } from '../shared/browser-api';
import { isAllowedHost, isAllowedOrigin } from './request-guard';

export const DEFAULT_PORT = 4870;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1']);

export interface ServerOptions {
  /** Folder with the built renderer (out/renderer). */
  rendererDir: string;
  services: HostApi;
  /** 0 picks a free port. When the given port is taken, a free one is used instead. */
  port?: number;
  host?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

function refuse(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

function isIndexPath(rawPath: string): boolean {
  const pathOnly = rawPath.split('?', 1)[0];
  return pathOnly === '/' || pathOnly === '/index.html';
}

function withTokenMeta(html: string, secret: string): string {
  return html.replace('</head>', `  <meta name="${TOKEN_META_NAME}" content="${secret}">\n  </head>`);
}

async function handleStaticRequest(
  request: IncomingMessage,
  response: ServerResponse,
  rendererDir: string,
  secret: string,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, 'Method not allowed');
  const rawPath = request.url ?? '/';
  const file = await serveStaticFile(rendererDir, rawPath);
  const body =
    file.status === 200 && isIndexPath(rawPath) ? withTokenMeta(Buffer.from(file.body).toString('utf8'), secret) : file.body;
  response.writeHead(file.status, file.headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = (): void => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK_HOSTS.has(host)) throw new Error(`Browser mode only listens on loopback, not ${host}`);
  const secret = randomBytes(32).toString('hex');
  let port = 0;

  const server = createServer((request, response) => {
    if (!isAllowedHost(request.headers.host, port) || !isAllowedOrigin(request.headers.origin, port)) {
      return refuse(response, 403, 'Forbidden');
    }
    const handled = request.url?.startsWith(API_PREFIX)
      ? handleApiRequest(request, response, options.services, secret)
      : handleStaticRequest(request, response, options.rendererDir, secret);
    handled.catch(() => {
      if (!response.headersSent) refuse(response, 500, 'Internal error');
      else response.destroy();
    });
  });

  const wanted = options.port ?? DEFAULT_PORT;
  try {
    await listen(server, wanted, host);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || wanted === 0) throw error;
    await listen(server, 0, host);
  }
  port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
