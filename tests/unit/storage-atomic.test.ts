import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupPathOf,
  readTextIfPresent,
  removeLeftoverTemporaries,
  writeFileAtomic,
} from '../../src/services/storage/atomic-write';
import { keepInHistory } from '../../src/services/storage/history';
import { PathQueue } from '../../src/services/storage/path-queue';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'buildpath-storage-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('creates missing folders and writes the content', async () => {
    const file = path.join(dir, 'a', 'b', 'code.py');
    await writeFileAtomic(file, 'print(1)\n');
    expect(await fs.readFile(file, 'utf8')).toBe('print(1)\n');
  });

  it('keeps the replaced version as .bak when asked', async () => {
    const file = path.join(dir, 'code.py');
    await writeFileAtomic(file, 'first', { keepPrevious: true });
    expect(await readTextIfPresent(backupPathOf(file))).toBeNull();
    await writeFileAtomic(file, 'second', { keepPrevious: true });
    await writeFileAtomic(file, 'third', { keepPrevious: true });
    expect(await fs.readFile(file, 'utf8')).toBe('third');
    expect(await fs.readFile(backupPathOf(file), 'utf8')).toBe('second');
  });

  it('leaves no temporary files behind', async () => {
    const file = path.join(dir, 'code.py');
    for (let i = 0; i < 5; i += 1) await writeFileAtomic(file, `v${i}`, { keepPrevious: true });
    expect((await fs.readdir(dir)).sort()).toEqual(['code.py', 'code.py.bak']);
  });

  it('leaves the old content and no temporaries when the write fails midway', async () => {
    const file = path.join(dir, 'code.py');
    await writeFileAtomic(file, 'safe');
    // A folder in the way of the backup makes the write fail after the new content was written.
    await fs.mkdir(backupPathOf(file));
    await expect(writeFileAtomic(file, 'new', { keepPrevious: true })).rejects.toThrow();
    expect(await fs.readFile(file, 'utf8')).toBe('safe');
    expect((await fs.readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('removes temporaries a killed writer left behind, but only old ones', async () => {
    const file = path.join(dir, 'code.py');
    await writeFileAtomic(file, 'x');
    const old = path.join(dir, '.code.py.123-abc.tmp');
    const fresh = path.join(dir, '.code.py.456-def.tmp');
    await fs.writeFile(old, 'half');
    await fs.writeFile(fresh, 'half');
    const hourAgo = new Date(Date.now() - 3_600_000);
    await fs.utimes(old, hourAgo, hourAgo);
    expect(await removeLeftoverTemporaries(file, new Date())).toBe(1);
    expect((await fs.readdir(dir)).sort()).toEqual(['.code.py.456-def.tmp', 'code.py']);
  });
});

describe('PathQueue', () => {
  it('runs operations on one path one at a time, in order', async () => {
    const queue = new PathQueue();
    const log: string[] = [];
    const step = (name: string) => async () => {
      log.push(`${name} start`);
      await new Promise((resolve) => setImmediate(resolve));
      log.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([queue.run('/x', step('a')), queue.run('/x', step('b')), queue.run('/x/../x', step('c'))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('keeps going after a failed operation', async () => {
    const queue = new PathQueue();
    const failed = queue.run('/x', async () => {
      throw new Error('boom');
    });
    await expect(failed).rejects.toThrow('boom');
    await expect(queue.run('/x', async () => 'next')).resolves.toBe('next');
  });

  it('serialises concurrent atomic writes: the last queued one wins, the one before is the backup', async () => {
    const queue = new PathQueue();
    const file = path.join(dir, 'code.py');
    const contents = Array.from({ length: 40 }, (_, i) => `version ${i}\n`.repeat(1000));
    await Promise.all(contents.map((text) => queue.run(file, () => writeFileAtomic(file, text, { keepPrevious: true }))));
    expect(await fs.readFile(file, 'utf8')).toBe(contents[39]);
    expect(await fs.readFile(backupPathOf(file), 'utf8')).toBe(contents[38]);
  });
});

describe('keepInHistory', () => {
  it('keeps each version under a distinct timestamped name', async () => {
    const at = new Date('2026-11-21T19:30:05.123Z');
    const first = await keepInHistory(path.join(dir, 'h'), '01-load.py', 'one', at);
    const second = await keepInHistory(path.join(dir, 'h'), '01-load.py', 'two', at);
    expect(path.basename(first)).toBe('01-load.2026-11-21T19-30-05-123Z.py');
    expect(second).not.toBe(first);
    expect(await fs.readFile(first, 'utf8')).toBe('one');
    expect(await fs.readFile(second, 'utf8')).toBe('two');
  });
});
