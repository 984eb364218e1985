// Crash-safe file replacement. The new content goes to a temporary file in the same
// folder, is flushed to disk, and only then renamed over the target; the folder is
// flushed so the rename itself survives a power loss. A reader therefore sees either
// the old file or the new one, never a mix. The version being replaced can be kept
// next to it as <file>.bak.

import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

export const BACKUP_SUFFIX = '.bak';
const TEMP_SUFFIX = '.tmp';

export function backupPathOf(file: string): string {
  return file + BACKUP_SUFFIX;
}

/** Hidden, unique, in the target's folder (a rename is only atomic within one file system). */
function temporaryPathFor(file: string): string {
  const unique = `${process.pid}-${randomBytes(6).toString('hex')}`;
  return path.join(path.dirname(file), `.${path.basename(file)}.${unique}${TEMP_SUFFIX}`);
}

export function isTemporaryFileOf(file: string, candidateName: string): boolean {
  return candidateName.startsWith(`.${path.basename(file)}.`) && candidateName.endsWith(TEMP_SUFFIX);
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

async function writeFlushed(file: string, data: string | Uint8Array): Promise<void> {
  const handle = await fs.open(file, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function flushDirectory(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    // Windows cannot open or flush a directory; its renames are journaled by NTFS instead.
    if (!['EISDIR', 'EPERM', 'EACCES', 'EINVAL'].includes(errorCode(error) ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}

async function copyFlushed(from: string, to: string): Promise<void> {
  await fs.copyFile(from, to, fs.constants.COPYFILE_EXCL);
  const handle = await fs.open(to, 'r+');
  await handle.sync().finally(() => handle.close());
}

/** Keeps the current content of `file` as <file>.bak, replaced atomically too. */
async function keepCurrentAsBackup(file: string): Promise<void> {
  const backup = backupPathOf(file);
  const temporary = temporaryPathFor(backup);
  try {
    try {
      // A hard link costs no copy, and the content is already safely on disk.
      await fs.link(file, temporary);
    } catch (error) {
      if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'EMLINK'].includes(errorCode(error) ?? '')) throw error;
      await copyFlushed(file, temporary);
    }
    await fs.rename(temporary, backup);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    if (errorCode(error) === 'ENOENT') return; // nothing written yet, so nothing to keep
    throw error;
  }
}

export interface AtomicWriteOptions {
  /** Keep the version being replaced as <file>.bak. */
  keepPrevious?: boolean;
}

export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true });
  const temporary = temporaryPathFor(file);
  try {
    await writeFlushed(temporary, data);
    if (options.keepPrevious) await keepCurrentAsBackup(file);
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
  await flushDirectory(dir);
}

/** The file's bytes, or null when it does not exist. */
export async function readBytesIfPresent(file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** The file's text, or null when it does not exist. */
export async function readTextIfPresent(file: string): Promise<string | null> {
  return (await readBytesIfPresent(file))?.toString('utf8') ?? null;
}

/**
 * Removes temporary files a killed writer left behind next to `file`. Only files older
 * than `olderThanMs` go, so a write in flight in another process is left alone.
 */
export async function removeLeftoverTemporaries(file: string, now: Date, olderThanMs = 60_000): Promise<number> {
  const dir = path.dirname(file);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 0;
    throw error;
  }
  let removed = 0;
  for (const name of names) {
    if (!isTemporaryFileOf(file, name) && !isTemporaryFileOf(backupPathOf(file), name)) continue;
    const candidate = path.join(dir, name);
    const stat = await fs.stat(candidate).catch(() => null);
    if (stat && now.getTime() - stat.mtimeMs > olderThanMs) {
      await fs.rm(candidate, { force: true });
      removed += 1;
    }
  }
  return removed;
}
