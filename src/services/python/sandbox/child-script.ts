// Where the sandboxed child's script is: next to this module in the built CLI
// (out/cli/python-child.mjs, made by scripts/build-cli.mjs), else bundled from the
// sources with esbuild into the cache folder. One self-contained file, so the child
// needs read access to it and to Pyodide's runtime files only.

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CHILD_ENTRY = fileURLToPath(new URL('./python-child.ts', import.meta.url));

export function childBundleOptions() {
  return { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent', legalComments: 'none' } as const;
}

export async function sandboxChildScript(cacheDir: string): Promise<string> {
  const built = fileURLToPath(new URL('./python-child.mjs', import.meta.url));
  if (existsSync(built)) return built;
  const { build } = await import('esbuild');
  const output = await build({ ...childBundleOptions(), entryPoints: [CHILD_ENTRY], write: false });
  const text = output.outputFiles[0]!.contents;
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const target = path.join(cacheDir, `python-child-${hash}.mjs`);
  if (!existsSync(target)) {
    await mkdir(cacheDir, { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    await writeFile(temporary, text);
    await rename(temporary, target);
  }
  return target;
}
