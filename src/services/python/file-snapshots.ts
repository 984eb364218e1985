// Pyodide memory snapshots for Node, kept as files in the user's cache folder
// ($BUILDPATH_CACHE, else $XDG_CACHE_HOME/buildpath, else ~/.cache/buildpath).

import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { SnapshotStore } from '../../shared/python/snapshots';

export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string {
  if (env.BUILDPATH_CACHE) return path.resolve(env.BUILDPATH_CACHE);
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'buildpath');
}

/** A save still writing is younger than this; an older temporary file's writer was killed. */
const STALE_TEMPORARY_MS = 60_000;
const TEMPORARY = /\.snapshot\.\d+\.\d+\.tmp$/;

/** A process killed between writing a snapshot and renaming it leaves tens of MB behind. */
async function removeStaleTemporaries(directory: string): Promise<void> {
  const names = await readdir(directory).catch(() => [] as string[]);
  for (const name of names.filter((candidate) => TEMPORARY.test(candidate))) {
    const file = path.join(directory, name);
    const info = await stat(file).catch(() => null);
    if (info && Date.now() - info.mtimeMs > STALE_TEMPORARY_MS) await rm(file, { force: true }).catch(() => undefined);
  }
}

export function fileSnapshots(directory = cacheDirectory()): SnapshotStore {
  const file = (key: string) => path.join(directory, `${key}.snapshot`);
  return {
    async load(key) {
      await removeStaleTemporaries(directory);
      try {
        return new Uint8Array(await readFile(file(key)));
      } catch {
        return null;
      }
    },
    async save(key, bytes) {
      await mkdir(directory, { recursive: true });
      const temporary = `${file(key)}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, file(key)); // readers see the old file or the whole new one
      await removeStaleTemporaries(directory);
      for (const name of await readdir(directory)) {
        if (name.endsWith('.snapshot') && name !== path.basename(file(key))) await rm(path.join(directory, name), { force: true });
      }
    },
    async discard(key) {
      await rm(file(key), { force: true });
    },
  };
}
