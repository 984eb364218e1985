import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);

/** Pyodide's runtime files, served from /pyodide/ so Python loads with no network. */
const PYODIDE_FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];

function copyPyodideRuntime(): Plugin {
  const pyodideDir = path.dirname(require.resolve('pyodide/package.json'));
  return {
    name: 'buildpath:copy-pyodide-runtime',
    apply: 'build',
    generateBundle() {
      for (const file of PYODIDE_FILES) {
        this.emitFile({ type: 'asset', fileName: `pyodide/${file}`, source: readFileSync(path.join(pyodideDir, file)) });
      }
    },
  };
}

export default defineConfig({
  main: {
    build: { rolldownOptions: { input: { index: 'src/main/index.ts' } } },
  },
  preload: {
    // A sandboxed preload script must be CommonJS.
    build: {
      rolldownOptions: {
        input: { index: 'src/preload/index.ts' },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react(), copyPyodideRuntime()],
    worker: { format: 'es' },
    build: {
      target: 'es2022',
      minify: true,
      chunkSizeWarningLimit: 4096,
      rolldownOptions: { input: { index: 'src/renderer/index.html' } },
    },
  },
});
