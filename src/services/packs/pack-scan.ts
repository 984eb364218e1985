// Walks a pack folder once, noting every file and folder, and reports what no
// file in a pack may be: a link leaving the pack, a broken link, too big.
// Everything else in the loader reads through this map, never the disk's listing.

import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PackProblem } from '../../shared/pack/types';
import { formatMegabytes, type PackLimits } from './pack-limits';

export interface PackScan {
  /** Path from the pack folder ("milestones/01-x/starter.py") → size in bytes. */
  files: Map<string, number>;
  /** Paths of folders, "" being the pack folder itself. */
  folders: Set<string>;
  /** Paths already reported as unusable (links leaving the pack, oversized files). */
  unusable: Set<string>;
  problems: PackProblem[];
}

/** Editor and Python litter that is neither content nor counted. */
function isIgnored(name: string): boolean {
  return name.startsWith('.') || name === '__pycache__';
}

export async function scanPack(packDir: string, label: string, limits: PackLimits): Promise<PackScan> {
  const scan: PackScan = { files: new Map(), folders: new Set(['']), unusable: new Set(), problems: [] };
  const packReal = await realpath(packDir);
  const visited = new Set<string>([packReal]);
  const report = (relative: string, message: string) => {
    scan.unusable.add(relative);
    scan.problems.push({ file: `${label}/${relative}`, message });
  };

  const isInside = (target: string) => target === packReal || target.startsWith(packReal + path.sep);

  async function walk(relativeDir: string): Promise<void> {
    const entries = await readdir(path.join(packDir, relativeDir), { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (isIgnored(entry.name)) continue;
      const relative = relativeDir ? `${relativeDir}/${entry.name}` : entry.name;
      await visit(relative);
    }
  }

  async function visit(relative: string): Promise<void> {
    const absolute = path.join(packDir, relative);
    const info = await lstat(absolute);
    if (info.isSymbolicLink()) {
      const target = await realpath(absolute).catch(() => null);
      if (target === null) return report(relative, 'is a broken link');
      if (!isInside(target)) return report(relative, 'is a link to a place outside the pack');
      const targetInfo = await stat(target);
      if (targetInfo.isDirectory()) return visitFolder(relative, target);
      if (targetInfo.isFile()) return visitFile(relative, targetInfo.size);
      return;
    }
    if (info.isDirectory()) return visitFolder(relative, absolute);
    if (info.isFile()) visitFile(relative, info.size);
  }

  async function visitFolder(relative: string, absolute: string): Promise<void> {
    const real = await realpath(absolute);
    scan.folders.add(relative);
    if (visited.has(real)) return; // a link back to a folder already walked
    visited.add(real);
    await walk(relative);
  }

  function visitFile(relative: string, size: number): void {
    scan.files.set(relative, size);
    if (size > limits.maxFileBytes) {
      report(relative, `is ${formatMegabytes(size)}; a file may be at most ${formatMegabytes(limits.maxFileBytes)}`);
    }
  }

  await walk('');
  const total = [...scan.files.values()].reduce((sum, size) => sum + size, 0);
  if (total > limits.maxPackBytes) {
    scan.problems.push({
      file: label,
      message: `the pack holds ${formatMegabytes(total)}; a pack may be at most ${formatMegabytes(limits.maxPackBytes)}`,
    });
  }
  return scan;
}
