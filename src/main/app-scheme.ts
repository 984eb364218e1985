// The app:// scheme: the renderer and Pyodide's files reach the window through it
// (not file://), with the same headers browser mode sends (src/services/static-files.ts).

import { protocol } from 'electron';
import { serveStaticFile } from '../services/static-files';

import { APP_HOST, APP_SCHEME } from './app-origin';

/** Must run before the app is ready. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true, codeCache: true },
    },
  ]);
}

export function handleAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return new Response('Forbidden', { status: 403 });
    }
    // Keep the encoded pathname: static-files refuses encoded traversal itself.
    const file = await serveStaticFile(rendererDir, url.pathname);
    const body = typeof file.body === 'string' ? file.body : new Uint8Array(file.body);
    return new Response(request.method === 'HEAD' ? null : body, { status: file.status, headers: file.headers });
  });
}
