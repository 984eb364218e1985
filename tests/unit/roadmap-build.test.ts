import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { milestoneMetaSchema, projectManifestSchema } from '../../src/shared/pack/schema';
import { pathsOfMilestone, type RoadmapProject } from '../../src/shared/roadmap/membership';
import type { MilestoneStatus } from '../../src/shared/progress/schema';
import { parsePathsFile, parseStudyMap } from '../../src/shared/roadmap/paths-file';
import { buildRoadmap, milestoneWork, roadmapPrerequisites, roadmapSteps } from '../../src/shared/roadmap/roadmap';
import { DIGITS, FOUNDATIONS, HOUSES, MATHS, PATHS, PATHS_WITH_FOUNDATIONS, SPAM, progressWith } from './roadmap-support';

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
  const { stages } = parseStudyMap(JSON.parse(readFileSync(path.join(projectsDir, 'paths.json'), 'utf8')));

  it('holds the three certification paths of the brief in the suggested order', () => {
    expect(paths.map((entry) => [entry.id, entry.prerequisites, entry.difficulty])).toEqual([
      ['machine-learning', ['foundations'], 'beginner–moderate'],
      ['ai-expert', ['foundations', 'machine-learning'], 'moderate–high'],
      ['deep-learning', ['foundations', 'machine-learning'], 'high'],
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
    const roadmap = buildRoadmap({ stages, paths, projects, progress: progressWith({}) });
    for (const milestone of roadmap.milestones) expect(milestone.paths.length, `${milestone.project}/${milestone.milestone}`).toBeGreaterThan(0);
  });
});

describe('the Foundations stage', () => {
  const roadmapWith = (states: Record<string, MilestoneStatus>) =>
    buildRoadmap({ stages: [FOUNDATIONS], paths: PATHS_WITH_FOUNDATIONS, projects: [MATHS, HOUSES, DIGITS], progress: progressWith(states) });

  it('comes before the paths and claims its projects’ milestones, whatever their skills or manifest paths', () => {
    const roadmap = roadmapWith({ 'maths/01-vectors': 'passed' });
    expect(roadmap.stages.map((lane) => lane.stage.id)).toEqual(['foundations']);
    const [stage] = roadmap.stages;
    expect(stage!.milestones.map((entry) => `${entry.project}/${entry.milestone}`)).toEqual(['maths/01-vectors', 'maths/02-derivatives']);
    expect(stage!.passed).toBe(1);
    expect(stage!.done).toBe(false);
    expect(stage!.skills).toEqual([
      { skill: 'vectors', state: 'practised', trainedBy: 1 },
      { skill: 'derivatives', state: 'untouched', trainedBy: 1 },
    ]);
    // 01-vectors also trains data-loading, a machine-learning skill, yet stays off that lane.
    const ml = roadmap.lanes.find((lane) => lane.path.id === 'machine-learning')!;
    expect(ml.milestones.map((entry) => entry.project)).toEqual(['houses', 'houses']);
  });

  it('is the first prerequisite of every path, done once its milestones are passed', () => {
    const before = roadmapWith({});
    for (const lane of before.lanes) expect(lane.prerequisites[0]).toEqual({ id: 'foundations', title: 'Foundations', done: false });
    const after = roadmapWith({ 'maths/01-vectors': 'passed', 'maths/02-derivatives': 'passed_with_solution' });
    expect(after.stages[0]!.done).toBe(true);
    expect(after.lanes.map((lane) => lane.prerequisites[0]!.done)).toEqual([true, true, true]);
  });

  it('gives the planner the stage as what every path builds on', () => {
    const roadmap = roadmapWith({});
    expect(milestoneWork(roadmap).find((work) => work.key === 'maths/01-vectors')?.paths).toEqual(['foundations']);
    expect(roadmapPrerequisites(roadmap)).toEqual([
      { id: 'foundations', prerequisites: [] },
      { id: 'machine-learning', prerequisites: ['foundations'] },
      { id: 'ai-expert', prerequisites: ['foundations', 'machine-learning'] },
      { id: 'deep-learning', prerequisites: ['foundations', 'machine-learning'] },
    ]);
    expect(roadmapSteps(roadmap).map((step) => step.id)).toEqual(['foundations', 'machine-learning', 'ai-expert', 'deep-learning']);
  });
});

describe('the real paths file', () => {
  const projectsDir = path.resolve(__dirname, '../../projects');
  const map = parseStudyMap(JSON.parse(readFileSync(path.join(projectsDir, 'paths.json'), 'utf8')));

  it('has a Foundations stage of shipped projects, which every path lists first', () => {
    expect(map.stages.map((stage) => [stage.id, stage.title])).toEqual([['foundations', 'Foundations']]);
    for (const slug of map.stages[0]!.projects) expect(existsSync(path.join(projectsDir, slug, 'project.json')), slug).toBe(true);
    for (const entry of map.paths) expect(entry.prerequisites[0], entry.id).toBe('foundations');
  });
});
