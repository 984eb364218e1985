// The malformed-pack corpus: each broken pack gives exactly the problems expected,
// with the file (relative to the projects root) and field that explain it.

import { readdirSync } from 'node:fs';
import { mkdtemp, rm, symlink, writeFile, cp, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPack, validatePack } from '../../src/services/packs';
import { sharedPython } from '../support/python';
import type { PackProblem } from '../../src/shared/pack/types';

const CORPUS = path.resolve('tests/fixtures/broken-packs');
const M = 'milestones/01-add';

type Expected = [file: string, field: string | undefined, message: string];

const EXPECTED: Record<string, Expected[]> = {
  'missing-manifest': [['project.json', undefined, 'is missing']],
  'manifest-bad-json': [['project.json', 'line 6', 'is not valid JSON']],
  'manifest-unknown-key': [['project.json', 'author', 'is not a known key']],
  'manifest-wrong-types': [
    ['project.json', 'blurb', 'is required'],
    ['project.json', 'difficulty', 'expected one of "beginner"|"moderate"|"advanced"'],
    ['project.json', 'paths[0]', 'expected one of "machine-learning"'],
    ['project.json', 'estimated_hours', 'expected number, received string'],
  ],
  'slug-mismatch': [['project.json', 'slug', 'is "another-name" but the folder is named "slug-mismatch"']],
  'milestone-listed-missing': [['project.json', 'milestones[1]', 'lists "02-gone" but milestones/02-gone/ does not exist']],
  'milestone-not-listed': [['milestones/02-extra', undefined, 'is not listed in project.json "milestones"']],
  'milestone-files-missing': [
    [`${M}/solution.py`, undefined, 'is missing'],
    [`${M}/checks.py`, undefined, 'is missing'],
    [`${M}/hints.md`, undefined, 'is missing'],
  ],
  'milestone-json-invalid': [
    [`${M}/milestone.json`, 'title', 'is required'],
    [`${M}/milestone.json`, 'difficulty', 'is not a known key'],
  ],
  'too-few-hints': [[`${M}/hints.md`, undefined, 'has 2 hints; a milestone needs at least 3']],
  'check-task-unknown': [[`${M}/checks.py`, 'line 13', 'uses task=3 but instructions.md has no "## 3." heading']],
  'task-headings-out-of-order': [[`${M}/instructions.md`, undefined, 'numbered 1, 2, 3… in order; found 1, 3']],
  'mistake-without-expect': [[`${M}/mistakes/multiplies.py`, undefined, 'has no "# expect: …" line']],
  'no-mistakes-or-alternatives': [
    [`${M}/mistakes`, undefined, 'holds 1 mistake program; a milestone needs at least 2'],
    [`${M}/alternatives`, undefined, 'holds no alternative solution'],
  ],
  'dataset-path-escapes': [
    ['project.json', 'datasets[0].file', '"../../secret.csv" leaves the pack (..)'],
    ['project.json', 'datasets[1].file', '"/etc/passwd" is an absolute path'],
  ],
  'dataset-missing': [['project.json', 'datasets[1].file', 'names "gone.csv" but data/gone.csv does not exist']],
  'dataset-rows-wrong': [['project.json', 'datasets[0].rows', 'is 7 but data/numbers.csv holds 5 rows after its header']],
  'mistake-check-unknown': [
    [`${M}/mistakes/multiplies.py`, undefined, '"# check: add multiplies" names no check of checks.py (its checks: "add returns the sum")'],
  ],
  'patch-no-longer-fits': [
    [`${M}/mistakes/doubles.diff`, 'line 5', 'hunk "@@ -1,2 +1,2 @@" does not apply: solution.py no longer holds its 2 context and removed lines'],
    [`${M}/mistakes/multiplies.py`, 'line 5', 'replaces nothing: solution.py has no top-level "add_numbers"'],
  ],
  'symlink-escapes': [['data/outside.csv', undefined, 'is a link to a place outside the pack']],
  'not-utf8': [[`${M}/instructions.md`, 'line 5', 'is not UTF-8 text']],
};

function expectProblems(folder: string, problems: PackProblem[], expected: Expected[]): void {
  expect(problems).toEqual(
    expected.map(([file, field, message]) => ({
      file: `${folder}/${file}`,
      ...(field === undefined ? {} : { field }),
      message: expect.stringContaining(message),
    })),
  );
}

describe('the malformed-pack corpus', () => {
  const folders = readdirSync(CORPUS, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

  it('has at least 14 broken packs, each with its expected problems written down', () => {
    expect(folders.length).toBeGreaterThanOrEqual(14);
    expect(folders.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s gives exactly its problems', async (folder, expected) => {
    const result = await validatePack(path.join(CORPUS, folder), sharedPython);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expectProblems(folder, result.problems, expected);
  });
});

describe('defects made at test time', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  async function copyOfBrokenPack(source: string, name: string): Promise<string> {
    dir = await mkdtemp(path.join(os.tmpdir(), 'buildpath-pack-'));
    const target = path.join(dir, name);
    await cp(path.join(CORPUS, source), target, { recursive: true });
    return target;
  }

  it('reports a file over 8 MB', async () => {
    // A valid pack but for one defect; the corpus's slug-mismatch differs only in its slug, so fix it by naming the copy.
    const pack = await copyOfBrokenPack('slug-mismatch', 'another-name');
    await writeFile(path.join(pack, 'data/big.csv'), 'x'.repeat(9 * 1024 * 1024));
    const result = await loadPack(pack);
    expect(result.ok).toBe(false);
    if (!result.ok) expectProblems('another-name', result.problems, [['data/big.csv', undefined, 'is 9.0 MB; a file may be at most 8.0 MB']]);
  });

  it('reports a pack over 32 MB', async () => {
    const pack = await copyOfBrokenPack('slug-mismatch', 'another-name');
    await mkdir(path.join(pack, 'data/parts'));
    for (let part = 0; part < 5; part++) await writeFile(path.join(pack, `data/parts/${part}.csv`), 'y'.repeat(7 * 1024 * 1024));
    const result = await loadPack(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([{ file: 'another-name', message: 'the pack holds 35.0 MB; a pack may be at most 32.0 MB' }]);
  });

  it('follows links that stay inside the pack', async () => {
    const pack = await copyOfBrokenPack('slug-mismatch', 'another-name');
    await symlink('numbers.csv', path.join(pack, 'data/same-numbers.csv'));
    const result = await loadPack(pack);
    expect(result.ok && result.pack.dataFiles).toEqual(['data/numbers.csv', 'data/same-numbers.csv']);
  });

  it('reports a path that is not a folder, or does not exist, without throwing', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'buildpath-pack-'));
    await writeFile(path.join(dir, 'file-pack'), 'not a folder');
    expect(await loadPack(path.join(dir, 'file-pack'))).toEqual({ ok: false, problems: [{ file: 'file-pack', message: 'is not a folder' }] });
    expect(await loadPack(path.join(dir, 'nowhere'))).toEqual({ ok: false, problems: [{ file: 'nowhere', message: 'does not exist' }] });
  });
});
