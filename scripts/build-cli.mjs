// Builds the headless checker for `npm run build`: the CLI and the sandboxed
// Python child as two bundled files in out/cli/, so `buildpath` starts without
// compiling TypeScript on every run (bin/buildpath.mjs uses them when current).

import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', legalComments: 'none' };

await build({
  ...common,
  entryPoints: [path.join(root, 'src/cli/main.ts')],
  outfile: path.join(root, 'out/cli/buildpath.mjs'),
  packages: 'external', // zod, pyodide… are read from node_modules at run time
});
// The child may read only itself and Pyodide's files, so everything it needs is inside it.
await build({
  ...common,
  entryPoints: [path.join(root, 'src/services/python/sandbox/python-child.ts')],
  outfile: path.join(root, 'out/cli/python-child.mjs'),
});
process.stdout.write('built out/cli/buildpath.mjs and out/cli/python-child.mjs\n');
