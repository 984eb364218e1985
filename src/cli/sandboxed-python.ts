// The CLI's Python: always the sandboxed child process (SECURITY.md). Where this
// Node has no permission model, `check` and `validate` say so once and run
// unsandboxed; `grade`, which runs a whole class's code, refuses unless --unsafe.

import { createSandboxedPythonClient, type SandboxedClientOptions } from '../services/python/node-python';
import { permissionSupport } from '../services/python/sandbox/node-permissions';
import type { PythonClient } from '../shared/python/python-client';

let warned = false;

/** Null (after saying why on stderr) when the sandbox is required and cannot be had. */
export function cliPython(options: SandboxedClientOptions, require: 'sandbox' | 'warn'): PythonClient | null {
  const support = permissionSupport();
  if (!support.flag) {
    if (require === 'sandbox' && !options.unsafe) {
      process.stderr.write(`buildpath: ${support.reason}, so learner code cannot be sandboxed; rerun with --unsafe to grade anyway (only code you trust).\n`);
      return null;
    }
    if (!warned) process.stderr.write(`buildpath: warning: ${support.reason}; Python runs without the sandbox (learner code can reach your files).\n`);
    warned = true;
  }
  return createSandboxedPythonClient({ ...options, unsafe: !support.flag });
}
