// The renderer's handle on the host API. In the Electron app the preload script
// exposes window.buildpath (IPC); in browser mode calls go to the local server.

import type { BuildpathBridge, HostApi, HostMethod, HostTransport } from '../shared/host-api';
import { API_PREFIX, TOKEN_HEADER, TOKEN_META_NAME, type ApiReply } from '../shared/browser-api';

declare global {
  interface Window {
    /** Only in the desktop app (src/preload). */
    buildpath?: BuildpathBridge;
  }
}

function httpTransport(): HostTransport {
  const token = document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META_NAME}"]`)?.content ?? '';
  return {
    async call(method: HostMethod, args: unknown[]) {
      const response = await fetch(`${API_PREFIX}${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(args),
      });
      const reply = (await response.json()) as ApiReply;
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    },
  };
}

function hostFrom(transport: HostTransport): HostApi {
  // Every HostApi method is forwarded by name, so adding one needs no change here.
  return new Proxy({} as HostApi, {
    get: (_target, method) =>
      // Not a thenable: `await host` must not look like a pending call.
      typeof method !== 'string' || method === 'then'
        ? undefined
        : (...args: unknown[]) => transport.call(method as HostMethod, args),
  });
}

export const host: HostApi = hostFrom(window.buildpath ?? httpTransport());
