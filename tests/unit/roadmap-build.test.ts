import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { milestoneMetaSchema, projectManifestSchema } from '../../src/shared/pack/schema';
import { pathsOfMilestone, type RoadmapProject } from '../../src/shared/roadmap/membership';
import { parsePathsFile } from '../../src/shared/roadmap/paths-file';
import { buildRoadmap, milestoneWork } from '../../src/shared/roadmap/roadmap';
import { DIGITS, HOUSES, PATHS, SPAM, progressWith } from './roadmap-support';

describe('which paths a milestone trains', () => {
  it('takes the milestone’s own paths when it names them', () => {
    expect(pathsOfMilestone(DIGITS, DIGITS.milestones[1]!, PATHS)).toEqual(['deep-learning']);
  });

  it('takes the project paths whose skills the milestone shares', () => {
    expect(pathsOfMilestone(SPAM, SPAM.milestones[1]!, PATHS)).toEqual(['ai-expert']);
    expect(pathsOfMilestone(SPAM, SPAM.milestones[2]!, PATHS)).toEqual(['machine-learning']);
  });

  it('takes all project paths when the milestone shares no path skill', () => {
    expect(pathsOfMilestone(SPAM, SPAM.milestones[0]!, PATHS)).toEqual(['machine-learning', 'ai-expert']);
  });

  it('drops paths the paths file does not know', () => {
    const odd: RoadmapProject = { ...HOUSES, paths: ['machine-learning', 'astrology'] };
    expect(pathsOfMilestone(odd, { ...odd.milestones[0]!, skills: ['tea-leaves'] }, PATHS)).toEqual(['machine-learning']);
  });
});

describe('the roadmap', () => {
  const roadmap = buildRoadmap({
    paths: PATHS,
    projects: [HOUSES, SPAM, DIGITS],
    progress: progressWith({ 'houses/01-load': 'passed', 'houses/02-fit': 'passed_with_solution', 'spam/01-read': 'in_progress', 'digits/01-look': 'passed' }),
  });
  const lane = (id: string) => roadmap.lanes.find((entry) => entry.path.id === id)!;

  it('has one lane per path in the suggested order, with its prerequisites', () => {
    expect(roadmap.lanes.map((entry) => entry.path.id)).toEqual(['machine-learning', 'ai-expert', 'deep-learning']);
    expect(lane('deep-learning').prerequisites).toEqual([{ id: 'machine-learning', title: 'Machine Learning', done: false }]);
    expect(lane('machine-learning').prerequisites).toEqual([]);
  });

  it('lists the milestones training each path, from every project, with the learner’s status', () => {
    expect(lane('machine-learning').milestones.map((entry) => `${entry.project}/${entry.milestone}:${entry.status}`)).toEqual([
      'houses/01-load:passed',
      'houses/02-fit:passed_with_solution',
      'spam/01-read:in_progress',
      'spam/03-bayes:not_started',
    ]);
    expect(lane('deep-learning').milestones.map((entry) => entry.milestone)).toEqual(['02-network']);
    expect(lane('machine-learning').passed).toBe(2);
    expect(lane('machine-learning').done).toBe(false);
  });

  it('tells practised, started and untouched skills apart, and skills no project trains', () => {
    expect(lane('machine-learning').skills).toEqual([
      { skill: 'data-loading', state: 'practised', trainedBy: 1 },
      { skill: 'linear-regression', state: 'practised', trainedBy: 1 },
      { skill: 'naive-bayes', state: 'untouched', trainedBy: 1 },
      { skill: 'cross-validation', state: 'untouched', trainedBy: 0 },
    ]);
    expect(lane('ai-expert').skills.find((entry) => entry.skill === 'image-representation')?.state).toBe('practised');
  });

  it('marks a path done when every milestone on it is passed', () => {
    const allMl = buildRoadmap({
      paths: PATHS,
      projects: [HOUSES],
      progress: progressWith({ 'houses/01-load': 'passed', 'houses/02-fit': 'passed' }),
    });
    expect(allMl.lanes[0]!.done).toBe(true);
    expect(allMl.lanes[2]!.done).toBe(false);
    expect(allMl.lanes[2]!.prerequisites[0]!.done).toBe(true);
  });

  it('hands the planner every milestone once with its paths, estimate, status and time', () => {
    const work = milestoneWork(roadmap);
    expect(work).toHaveLength(7);
    expect(work[0]).toEqual({ key: 'houses/01-load', paths: ['machine-learning'], estimated_minutes: 60, status: 'passed', active_ms: 1_800_000 });
  });
});

describe('the real paths file and projects', () => {
  const projectsDir = path.resolve(__dirname, '../../projects');
  const paths = parsePathsFile(JSON.parse(readFileSync(path.join(projectsDir, 'paths.json'), 'utf8')));

  it('holds the three certification paths of the brief in the suggested order', () => {
    expect(paths.map((entry) => [entry.id, entry.prerequisites, entry.difficulty])).toEqual([
      ['machine-learning', [], 'beginner–moderate'],
      ['ai-expert', ['machine-learning'], 'moderate–high'],
      ['deep-learning', ['machine-learning'], 'high'],
    ]);
  });

  it('puts every milestone of every valid project on at least one path', () => {
    const projects: RoadmapProject[] = [];
    for (const slug of readdirSync(projectsDir)) {
      const manifestFile = path.join(projectsDir, slug, 'project.json');
      if (!existsSync(manifestFile)) continue;
      const manifest = projectManifestSchema.safeParse(JSON.parse(readFileSync(manifestFile, 'utf8')));
      if (!manifest.success) continue;
      const milestones = manifest.data.milestones.flatMap((id) => {
        const metaFile = path.join(projectsDir, slug, 'milestones', id, 'milestone.json');
        if (!existsSync(metaFile)) return [];
        const meta = milestoneMetaSchema.safeParse(JSON.parse(readFileSync(metaFile, 'utf8')));
        return meta.success ? [{ id, title: meta.data.title, estimatedMinutes: meta.data.estimated_minutes, skills: meta.data.skills, paths: meta.data.paths }] : [];
      });
      projects.push({ slug, title: manifest.data.title, paths: manifest.data.paths, milestones });
    }
    const roadmap = buildRoadmap({ paths, projects, progress: progressWith({}) });
    for (const milestone of roadmap.milestones) expect(milestone.paths.length, `${milestone.project}/${milestone.milestone}`).toBeGreaterThan(0);
  });
});
