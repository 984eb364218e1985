// Where the sandboxed child's script is: next to this module in the built CLI
// (out/cli/python-child.mjs, made by scripts/build-cli.mjs), else bundled from the
// sources with esbuild into the cache folder. One self-contained file, so the child
// needs read access to it and to Pyodide's runtime files only.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

export const CHILD_ENTRY = fileURLToPath(new URL('./python-child.ts', import.meta.url));

export function childBundleOptions() {
  return { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent', legalComments: 'none' } as const;
}

export function sandboxChildScript(cacheDir: string): string {
  const built = fileURLToPath(new URL('./python-child.mjs', import.meta.url));
  if (existsSync(built)) return built;
  const output = buildSync({ ...childBundleOptions(), entryPoints: [CHILD_ENTRY], write: false });
  const text = output.outputFiles[0]!.contents;
  const name = `python-child-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.mjs`;
  const target = path.join(cacheDir, name);
  if (!existsSync(target)) {
    mkdirSync(cacheDir, { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, target);
    for (const old of readdirSync(cacheDir)) {
      if (old.startsWith('python-child-') && old.endsWith('.mjs') && old !== name) rmSync(path.join(cacheDir, old), { force: true });
    }
  }
  return target;
}
