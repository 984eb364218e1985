// Starters written as patches of their solution (docs/pack-format.md, "starter.py"):
// the loader serves the same text the complete starter.py files held before the
// migration (sha256 per file, taken from the commit named in the fixture), and a
// starter patch that no longer fits is a problem at its file and line.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPack } from '../../src/services/packs';

const PROJECTS = path.resolve('projects');
const FIXTURE = JSON.parse(readFileSync('tests/fixtures/pack-programs-sha256.json', 'utf8')) as { commit: string; files: Record<string, string> };
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('assembled starters and solutions', () => {
  const slugs = [...new Set(Object.keys(FIXTURE.files).map((file) => file.split('/')[0]!))];

  it.each(slugs)('%s serves every starter and solution byte for byte as before the migration', async (slug) => {
    const result = await loadPack(path.join(PROJECTS, slug));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const served: Record<string, string> = {};
    for (const milestone of result.pack.milestones) {
      served[`${slug}/milestones/${milestone.id}/starter.py`] = sha256(milestone.starter);
      served[`${slug}/milestones/${milestone.id}/solution.py`] = sha256(milestone.solution);
    }
    const expected = Object.fromEntries(Object.entries(FIXTURE.files).filter(([file]) => file.startsWith(`${slug}/`)));
    expect(served).toEqual(expected);
  });
});

describe('a starter patch', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  async function packWithStarter(files: Record<string, string>): Promise<string> {
    dir = await mkdtemp(path.join(os.tmpdir(), 'starter-patch-'));
    const pack = path.join(dir, 'fixture-basics');
    await cp(path.resolve('tests/fixtures/packs/fixture-basics'), pack, { recursive: true });
    await rm(path.join(pack, 'milestones/01-mean/starter.py'));
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(pack, 'milestones/01-mean', name), text);
    return pack;
  }

  it('is served assembled onto the solution', async () => {
    const pack = await packWithStarter({ 'starter.patch.py': 'def mean(values):\n    """Return the mean."""\n    ...\n' });
    const result = await loadPack(pack);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const solution = readFileSync(path.join(pack, 'milestones/01-mean/solution.py'), 'utf8');
    const starter = result.pack.milestones.find((milestone) => milestone.id === '01-mean')!.starter;
    expect(starter).toContain('def mean(values):\n    """Return the mean."""\n    ...\n');
    expect(starter).not.toBe(solution);
  });

  it('may add a diff, applied after the definitions', async () => {
    const pack = await packWithStarter({
      'starter.patch.py': 'def mean(values):\n    ...\n',
      'starter.diff': '--- solution.py\n+++ starter.py\n@@ -1,1 +1,2 @@\n+# Write mean first.\n import csv\n',
    });
    const result = await loadPack(pack);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const starter = result.pack.milestones.find((milestone) => milestone.id === '01-mean')!.starter;
    expect(starter.startsWith('# Write mean first.\nimport csv\n')).toBe(true);
    expect(starter).toContain('def mean(values):\n    ...\n');
  });

  it('that no longer fits is reported with its file and line', async () => {
    const pack = await packWithStarter({ 'starter.patch.py': '\n\ndef average(values):\n    ...\n' });
    const result = await loadPack(pack);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toContainEqual({
      file: 'fixture-basics/milestones/01-mean/starter.patch.py',
      field: 'line 3',
      message: 'replaces nothing: solution.py has no top-level "average"',
    });
  });

  it('whose diff no longer fits names the text it applies to', async () => {
    const pack = await packWithStarter({
      'starter.patch.py': 'def mean(values):\n    ...\n',
      'starter.diff': '--- solution.py\n+++ starter.py\n@@ -1,1 +1,1 @@\n-import json\n+import csv\n',
    });
    const result = await loadPack(pack);
    expect(!result.ok && result.problems).toContainEqual({
      file: 'fixture-basics/milestones/01-mean/starter.diff',
      field: 'line 3',
      message: 'hunk "@@ -1,1 +1,1 @@" does not apply: solution.py with starter.patch.py applied no longer holds its 1 context and removed lines',
    });
  });

  it('beside a starter.py is a second starter', async () => {
    const pack = await packWithStarter({ 'starter.py': 'x = 1\n', 'starter.diff': '@@ -1 +1 @@\n-x\n+y\n' });
    const result = await loadPack(pack);
    expect(!result.ok && result.problems).toContainEqual({
      file: 'fixture-basics/milestones/01-mean/starter.diff',
      message: expect.stringContaining('is a second starter beside starter.py'),
    });
  });
});
