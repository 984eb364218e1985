// The messages between the CLI's process and a sandboxed Python process, and the
// checks each side applies to what it receives. The child's replies carry a secret
// the parent put in its environment at spawn (and the child removed before
// Pyodide loaded), so nothing but the child's own runtime can speak for it.

import type { FromWorker, ToWorker } from '../../../shared/python/protocol';

/** Parent → child. */
export type ToSandbox =
  | { kind: 'start'; pythonSources: Record<string, string>; snapshotDir: string | null; memoryLimitMb: number }
  | { kind: 'request'; message: Exclude<ToWorker, { type: 'init' }> | { type: 'init'; indexURL: string } };

/** Child → parent. */
export type FromSandbox =
  /** `retire`: the child ends after this final reply and must be replaced before the next job. */
  | { token: string; kind: 'reply'; message: FromWorker; retire?: boolean }
  | { token: string; kind: 'save-snapshot'; key: string; bytes: Uint8Array }
  | { token: string; kind: 'discard-snapshot'; key: string };

export const TOKEN_VARIABLE = 'BUILDPATH_SANDBOX_TOKEN';
/** The exit code of a child that went over its memory limit. */
export const MEMORY_EXIT_CODE = 86;
export const SNAPSHOT_KEY = /^pyodide-[\w.+-]{1,40}-[0-9a-f]{16}$/;
