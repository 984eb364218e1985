// The one interface between the UI and the machine it runs on. The Electron app
// carries it over IPC (src/preload, src/main); browser mode over local HTTP
// (src/server). Both dispatch to the same services (src/services).
//
// To add a method: add it to HostApi, implement it in src/services/host-services.ts,
// and validate its arguments there. Transports need no change.

export interface AppInfo {
  version: string;
  mode: 'desktop' | 'browser';
  /** Folder holding the learner's code and progress. */
  workspaceDir: string;
  platform: string;
}

export interface HostApi {
  appInfo(): Promise<AppInfo>;
}

export type HostMethod = keyof HostApi;

/**
 * How the UI reaches the host: the preload script exposes one as
 * `window.buildpath`; browser mode's renderer builds one over HTTP.
 */
export interface HostTransport {
  call(method: HostMethod, args: unknown[]): Promise<unknown>;
}

/** The Electron IPC channel carrying host calls (src/preload → src/main). */
export const HOST_CALL_CHANNEL = 'host:call';
