// The loader on the valid fixture pack, the catalogue over a mix of working and
// broken packs, and the pack service the host API exposes.

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPackService,
  listProjects,
  loadPack,
  PackLookupError,
  readProjectFiles,
  resolveProjectsRoot,
} from '../../src/services/packs';
import type { LoadedPack } from '../../src/shared/pack/types';

const FIXTURES = path.resolve('tests/fixtures/packs');
const CORPUS = path.resolve('tests/fixtures/broken-packs');

async function loadFixture(): Promise<LoadedPack> {
  const result = await loadPack(path.join(FIXTURES, 'fixture-basics'));
  if (!result.ok) throw new Error(`fixture-basics is broken: ${JSON.stringify(result.problems, null, 2)}`);
  return result.pack;
}

describe('loadPack on fixture-basics', () => {
  it('loads the manifest and both milestones in order', async () => {
    const pack = await loadFixture();
    expect(pack.slug).toBe('fixture-basics');
    expect(pack.manifest.title).toBe('Fixture: averages and spread');
    expect(pack.milestones.map((milestone) => milestone.id)).toEqual(['01-mean', '02-variance']);
  });

  it('parses task headings, hints, mistakes and alternatives', async () => {
    const [mean, variance] = (await loadFixture()).milestones;
    expect(mean!.taskHeadings).toEqual([
      { number: 1, title: 'Write `mean(values)`' },
      { number: 2, title: 'Average the quiz scores' },
    ]);
    expect(mean!.hints).toHaveLength(4);
    expect(mean!.hints[0]).toBe('Python has a built-in that adds up a list, and another that counts its items.');
    expect(mean!.mistakes).toEqual([
      expect.objectContaining({ name: 'returns-the-sum', expect: 'mean returned the sum of the values', label: 'returns the sum instead of dividing by the count' }),
      expect.objectContaining({ name: 'scores-as-text', check: 'load_scores returns the score column as numbers' }),
    ]);
    expect(mean!.mistakes[0]).not.toHaveProperty('check');
    expect(variance!.alternatives.map((alternative) => alternative.name)).toEqual(['statistics-module']);
    expect(variance!.meta).toMatchObject({ reveal_expected: true, time_budget_seconds: 5 });
    expect(variance!.checks).toContain('@check(task=2, hidden=True)');
  });

  it('assembles each format-2 mistake from its patch and the solution', async () => {
    const [mean, variance] = (await loadFixture()).milestones;
    const sum = mean!.mistakes.find((mistake) => mistake.name === 'returns-the-sum')!;
    expect(sum.code).toBe(mean!.solution.replace(/def mean\(values\):\n[\s\S]*?len\(values\)\n/, 'def mean(values):\n    return sum(values)\n'));
    const sample = variance!.mistakes.find((mistake) => mistake.name === 'sample-variance')!;
    expect(sample.code).toContain('for value in values) / (len(values) - 1)\n');
    expect(sample.code).toContain('def standard_deviation(values):');
  });

  it('still loads a format-1 pack, whose mistakes are complete programs, with a notice', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'buildpath-format1-'));
    try {
      const pack = path.join(root, 'fixture-basics');
      await cp(path.join(FIXTURES, 'fixture-basics'), pack, { recursive: true });
      const manifest = path.join(pack, 'project.json');
      await writeFile(manifest, (await readFile(manifest, 'utf8')).replace('"format": 2', '"format": 1'));
      await rm(path.join(pack, 'milestones/02-variance/mistakes/sample-variance.diff'));
      await writeFile(path.join(pack, 'milestones/02-variance/mistakes/sample-variance.py'), '# expect: n - 1\ndef variance(values):\n    return 0\n');
      const result = await loadPack(pack);
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.pack.notices).toEqual([expect.stringContaining('fixture-basics/project.json: format 1 still loads')]);
      const mistake = result.pack.milestones[1]!.mistakes.find((candidate) => candidate.name === 'sample-variance')!;
      expect(mistake.code).toBe('# expect: n - 1\ndef variance(values):\n    return 0\n');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('gives Python the data files but not their documentation', async () => {
    const files = await readProjectFiles(await loadFixture());
    expect(Object.keys(files.files)).toEqual(['data/scores.csv']);
    expect(files.slug).toBe('fixture-basics');
    expect(files.files['data/scores.csv']!.split('\n')[0]).toBe('student,score');
  });
});

describe('the catalogue and the pack service', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'buildpath-projects-'));
    await cp(path.join(FIXTURES, 'fixture-basics'), path.join(root, 'fixture-basics'), { recursive: true });
    await cp(path.join(CORPUS, 'too-few-hints'), path.join(root, 'too-few-hints'), { recursive: true });
    await cp(path.join(CORPUS, 'manifest-bad-json'), path.join(root, 'manifest-bad-json'), { recursive: true });
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('lists every folder, broken packs with their problems', async () => {
    const summaries = await listProjects(root);
    expect(summaries.map((summary) => [summary.slug, summary.status, summary.title])).toEqual([
      ['fixture-basics', 'ok', 'Fixture: averages and spread'],
      ['manifest-bad-json', 'broken', 'manifest-bad-json'],
      ['too-few-hints', 'broken', 'Broken: too-few-hints'],
    ]);
    const working = summaries[0]!;
    expect(working.status === 'ok' && working.milestones[1]).toEqual({
      id: '02-variance',
      title: 'How spread out the scores are',
      summary: 'Write the population variance and the standard deviation.',
      estimatedMinutes: 25,
      skills: ['descriptive-statistics'],
    });
    const broken = summaries[2]!;
    expect(broken.status === 'broken' && broken.problems[0]!.file).toBe('too-few-hints/milestones/01-add/hints.md');
  });

  it('lists nothing, without throwing, for a root that does not exist', async () => {
    expect(await listProjects(path.join(root, 'nowhere'))).toEqual([]);
  });

  it('gives the milestone view without the checks', async () => {
    const view = await createPackService(root).getMilestone('fixture-basics', '01-mean');
    expect(view).toMatchObject({ slug: 'fixture-basics', projectTitle: 'Fixture: averages and spread', milestoneId: '01-mean' });
    expect(view.starter).toContain('def mean(values):');
    expect(view.solution).toContain('return sum(values) / len(values)');
    expect(view.hints).toHaveLength(4);
    expect(view).not.toHaveProperty('checks');
    expect(JSON.stringify(view)).not.toContain('@check');
  });

  it('gives the checker its bundle with the milestone budget and data', async () => {
    const bundle = await createPackService(root).getCheckBundle('fixture-basics', '02-variance');
    expect(bundle).toMatchObject({ milestone: '02-variance', defaultBudgetSeconds: 5, revealExpected: true, checksSupport: null });
    expect(bundle.checks).toContain('def standard_deviation_is_the_root');
    expect(bundle.project).toBe('fixture-basics');
    expect(Object.keys((await createPackService(root).getProjectFiles('fixture-basics')).files)).toEqual(['data/scores.csv']);
    const defaults = await createPackService(root).getCheckBundle('fixture-basics', '01-mean');
    expect(defaults).toMatchObject({ defaultBudgetSeconds: 10, revealExpected: false });
  });

  it.each([
    ['../fixture-basics', '01-mean', 'Not a project slug'],
    ['fixture-basics', '../../etc', 'Not a milestone id'],
    [42, '01-mean', 'Not a project slug'],
    ['fixture-basics', '09-missing', 'has no milestone "09-missing"'],
    ['no-such-project', '01-mean', 'no-such-project: does not exist'],
    ['too-few-hints', '01-add', 'too-few-hints/milestones/01-add/hints.md: has 2 hints'],
  ])('refuses slug %j, milestone %j', async (slug, milestone, message) => {
    const service = createPackService(root);
    const call = service.getMilestone(slug as string, milestone);
    await expect(call).rejects.toThrow(PackLookupError);
    await expect(call).rejects.toThrow(message);
  });
});

describe('resolveProjectsRoot', () => {
  it('prefers $BUILDPATH_PROJECTS, else projects/ of the app', () => {
    expect(resolveProjectsRoot(undefined, { BUILDPATH_PROJECTS: 'some/where' })).toBe(path.resolve('some/where'));
    expect(resolveProjectsRoot('/opt/app', {})).toBe(path.join('/opt/app', 'projects'));
    expect(resolveProjectsRoot(undefined, {})).toBe(path.resolve('projects'));
  });
});
