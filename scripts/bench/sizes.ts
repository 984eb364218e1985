// Size of what the built app ships, in MB.

import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function folderBytes(folder: string, skip: (entry: string) => boolean = () => false): number {
  let total = 0;
  for (const entry of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    if (skip(entry)) continue;
    const info = statSync(path.join(folder, entry));
    if (info.isFile()) total += info.size;
  }
  return total;
}

export function measureSizes(repo: string): Record<string, number> {
  const mb = (bytes: number) => bytes / 1024 / 1024;
  const renderer = path.join(repo, 'out', 'renderer');
  return {
    'renderer (without Pyodide)': mb(folderBytes(renderer, (entry) => entry.startsWith('pyodide'))),
    'Pyodide runtime': mb(folderBytes(path.join(renderer, 'pyodide'))),
    'main + preload': mb(folderBytes(path.join(repo, 'out', 'main')) + folderBytes(path.join(repo, 'out', 'preload'))),
    projects: mb(folderBytes(path.join(repo, 'projects'))),
  };
}
