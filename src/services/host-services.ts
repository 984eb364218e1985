// The Node-side implementation of HostApi (src/shared/host-api.ts), shared by the
// Electron main process and browser mode's server. Transports only call
// dispatchHostCall; validate each method's arguments here, as they arrive from the UI.

import type { HostApi, HostMethod } from '../shared/host-api';

export interface HostContext {
  mode: 'desktop' | 'browser';
  version: string;
  workspaceDir: string;
}

export function createHostServices(context: HostContext): HostApi {
  return {
    async appInfo() {
      return {
        version: context.version,
        mode: context.mode,
        workspaceDir: context.workspaceDir,
        platform: process.platform,
      };
    },
  };
}

export class UnknownHostMethodError extends Error {
  constructor(method: string) {
    super(`Unknown host method: ${method}`);
    this.name = 'UnknownHostMethodError';
  }
}

export function isHostMethod(services: HostApi, method: unknown): method is HostMethod {
  return typeof method === 'string' && Object.hasOwn(services, method);
}

/** Calls one HostApi method with arguments received from a transport (IPC or HTTP). */
export async function dispatchHostCall(services: HostApi, method: unknown, args: unknown): Promise<unknown> {
  if (!isHostMethod(services, method)) throw new UnknownHostMethodError(String(method));
  if (!Array.isArray(args)) throw new TypeError('Host call arguments must be an array');
  const implementation = services[method] as (...callArgs: unknown[]) => Promise<unknown>;
  return implementation.apply(services, args);
}
