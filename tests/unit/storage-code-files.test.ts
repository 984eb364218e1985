import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodeFiles } from '../../src/services/workspace/code-files';
import { contentHash } from '../../src/services/storage/content-hash';

const STARTER = 'def mean(values):\n    ...\n';
let root: string;
let files: CodeFiles;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'buildpath-code-'));
  files = new CodeFiles(root, () => new Date('2026-11-21T20:00:00Z'));
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

describe('loading', () => {
  it('writes the starter as a plain .py file on first load', async () => {
    const loaded = await files.load('house-prices', '01-load-data', STARTER);
    expect(loaded).toEqual({ code: STARTER, hash: contentHash(STARTER), path: path.join(root, 'house-prices', '01-load-data.py') });
    expect(await fs.readFile(loaded.path, 'utf8')).toBe(STARTER);
  });

  it('returns what is on disk, however it got there', async () => {
    const file = files.pathOf('house-prices', '01-load-data');
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, 'print("from my own editor")\n');
    expect((await files.load('house-prices', '01-load-data', STARTER)).code).toBe('print("from my own editor")\n');
  });

  it('restores the backup when the file itself has gone', async () => {
    const first = await files.load('house-prices', '01-load-data', STARTER);
    await files.save('house-prices', '01-load-data', 'v1', first.hash);
    await files.save('house-prices', '01-load-data', 'v2', contentHash('v1'));
    await fs.rm(first.path);
    const loaded = await files.load('house-prices', '01-load-data', STARTER);
    expect(loaded.code).toBe('v1');
    expect(loaded.recoveredFrom).toBe(`${first.path}.bak`);
  });
});

describe('saving', () => {
  it('saves over the version it was based on and keeps that version as .bak', async () => {
    const loaded = await files.load('p', '01-m', STARTER);
    expect(await files.save('p', '01-m', 'mine', loaded.hash)).toEqual({ ok: true, hash: contentHash('mine') });
    expect(await fs.readFile(loaded.path, 'utf8')).toBe('mine');
    expect(await fs.readFile(`${loaded.path}.bak`, 'utf8')).toBe(STARTER);
  });

  it('refuses to overwrite a change made outside the app and hands it back', async () => {
    const loaded = await files.load('p', '01-m', STARTER);
    await fs.writeFile(loaded.path, 'edited elsewhere');
    const outcome = await files.save('p', '01-m', 'typed in the app', loaded.hash);
    expect(outcome).toEqual({ ok: false, conflict: true, diskCode: 'edited elsewhere', diskHash: contentHash('edited elsewhere') });
    expect(await fs.readFile(loaded.path, 'utf8')).toBe('edited elsewhere');
    // Choosing to keep the app's version: save again based on what is on disk now.
    expect(await files.save('p', '01-m', 'typed in the app', contentHash('edited elsewhere'))).toMatchObject({ ok: true });
    expect(await fs.readFile(loaded.path, 'utf8')).toBe('typed in the app');
  });

  it('accepts a save identical to the disk whatever its base', async () => {
    const loaded = await files.load('p', '01-m', STARTER);
    await fs.writeFile(loaded.path, 'same');
    expect(await files.save('p', '01-m', 'same', loaded.hash)).toEqual({ ok: true, hash: contentHash('same') });
  });

  it('serialises concurrent saves: each chained save lands, in order', async () => {
    const loaded = await files.load('p', '01-m', STARTER);
    const versions = Array.from({ length: 30 }, (_, i) => `version ${i}\n`);
    const bases = [loaded.hash, ...versions.map(contentHash)];
    const outcomes = await Promise.all(versions.map((code, i) => files.save('p', '01-m', code, bases[i]!)));
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(await fs.readFile(loaded.path, 'utf8')).toBe(versions[29]);
  });

  it('lets only one of two racing saves from the same base win; the other gets a conflict', async () => {
    const loaded = await files.load('p', '01-m', STARTER);
    const outcomes = await Promise.all([files.save('p', '01-m', 'window A', loaded.hash), files.save('p', '01-m', 'window B', loaded.hash)]);
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, false]);
    expect(await fs.readFile(loaded.path, 'utf8')).toBe('window A');
  });
});

describe('reset', () => {
  it('puts the starter back and keeps the learner code in the history folder', async () => {
    const loaded = await files.load('p', '01-m', STARTER);
    await files.save('p', '01-m', 'my attempt', loaded.hash);
    const reset = await files.reset('p', '01-m', STARTER);
    expect(reset.code).toBe(STARTER);
    expect(await fs.readFile(loaded.path, 'utf8')).toBe(STARTER);
    expect(reset.keptAt).toBe(path.join(root, '.history', 'p', '01-m.2026-11-21T20-00-00-000Z.py'));
    expect(await fs.readFile(reset.keptAt!, 'utf8')).toBe('my attempt');
  });

  it('keeps nothing when the code already was the starter', async () => {
    await files.load('p', '01-m', STARTER);
    expect((await files.reset('p', '01-m', STARTER)).keptAt).toBeUndefined();
  });
});

it('lists the milestone files present, ignoring anything else', async () => {
  await files.load('house-prices', '01-load-data', STARTER);
  await files.load('spam', '02-count-words', STARTER);
  await fs.writeFile(path.join(root, 'house-prices', 'notes.txt'), '');
  await fs.writeFile(path.join(root, 'progress.json'), '{}');
  const present = await files.listPresent();
  expect(present.sort((a, b) => a.project.localeCompare(b.project))).toEqual([
    { project: 'house-prices', milestone: '01-load-data' },
    { project: 'spam', milestone: '02-count-words' },
  ]);
});
