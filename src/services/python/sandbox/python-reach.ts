// What Python can reach of JavaScript in the sandboxed process: `import js` is a
// small object instead of the global scope, and Pyodide's own API loses the parts
// that would reach the host (mounting host folders, loading packages).

import type { PyodideAPI } from 'pyodide';
import { refuseMembers as refuse } from './refusals';

/** `import js`: what Pyodide's Python side imports from it (timers, a few constructors), nothing else. */
export function sandboxGlobals(): object {
  return Object.assign(Object.create(null), {
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    Object,
    Array,
    Date,
    Uint8Array,
    WeakRef,
  });
}

/** Applied once the runtime has set the interpreter up, before learner code runs. */
export function closePyodideEscapes(py: PyodideAPI): void {
  refuse(py, ['mountNodeFS', 'mountNativeFS'], 'mounting host folders');
  refuse(py, ['loadPackage', 'loadPackagesFromImports'], 'loading packages');
  refuse(py.FS, ['mount', 'unmount'], 'mounting host folders');
  const filesystems = (py.FS as unknown as { filesystems?: Record<string, unknown> }).filesystems;
  if (filesystems) refuse(filesystems, ['NODEFS', 'WORKERFS', 'PROXYFS'], 'mounting host folders');
}
