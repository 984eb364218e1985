// The snapshot files' folder after a process was killed mid-save: the temporary file
// it left (tens of MB) goes at the next load or save, once it is over a minute old; a
// temporary file another process is still writing stays.

import { existsSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSnapshots } from '../../src/services/python/file-snapshots';

const KEY = 'pyodide-0.27.0-0123456789abcdef';

function leftBehind(directory: string, name: string, ageSeconds: number): string {
  const file = path.join(directory, name);
  writeFileSync(file, 'half a snapshot');
  const when = Date.now() / 1000 - ageSeconds;
  utimesSync(file, when, when);
  return file;
}

describe('file snapshots after a killed save', () => {
  it('removes stale temporary files on load and keeps the snapshot and a save in progress', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'bp-snapshots-'));
    writeFileSync(path.join(directory, `${KEY}.snapshot`), 'whole snapshot');
    const stale = leftBehind(directory, `${KEY}.snapshot.4242.1700000000000.tmp`, 120);
    const writing = leftBehind(directory, `${KEY}.snapshot.4343.1700000000001.tmp`, 5);
    const unrelated = leftBehind(directory, 'notes.tmp', 120);
    const loaded = await fileSnapshots(directory).load(KEY);
    expect(new TextDecoder().decode(loaded!)).toBe('whole snapshot');
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(writing)).toBe(true);
    expect(existsSync(unrelated)).toBe(true);
  });

  it('removes them on save too (the sandbox parent only saves)', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'bp-snapshots-'));
    const stale = leftBehind(directory, `${KEY}.snapshot.4242.1700000000000.tmp`, 120);
    await fileSnapshots(directory).save(KEY, new TextEncoder().encode('new snapshot'));
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(path.join(directory, `${KEY}.snapshot`))).toBe(true);
  });
});
