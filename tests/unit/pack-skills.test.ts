// A pack's skills must be those of the paths file beside it, so that the roadmap
// shows every skill a project trains.

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPack } from '../../src/services/packs';

const FIXTURE = path.resolve(__dirname, '../fixtures/packs/fixture-basics');
const PATHS = path.resolve(__dirname, '../../projects/paths.json');
let root: string;

async function rootWith(pathsFile: string | null): Promise<string> {
  root = await mkdtemp(path.join(os.tmpdir(), 'buildpath-skills-'));
  await cp(FIXTURE, path.join(root, 'fixture-basics'), { recursive: true });
  if (pathsFile !== null) await writeFile(path.join(root, 'paths.json'), pathsFile);
  return path.join(root, 'fixture-basics');
}

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('skills named by a pack', () => {
  it('may be anything where there is no paths file', async () => {
    expect((await loadPack(await rootWith(null))).ok).toBe(true);
  });

  it('must appear in the paths file beside the packs', async () => {
    const result = await loadPack(await rootWith(await readFile(PATHS, 'utf8')));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        file: 'fixture-basics/project.json',
        field: 'skills[1]',
        message: '"python-basics" is not a skill of paths.json; use one of its skills, or add it to a path there',
      },
    ]);
  });

  it('are not checked against a paths file that is itself invalid', async () => {
    expect((await loadPack(await rootWith('{"format": 1}'))).ok).toBe(true);
  });
});
