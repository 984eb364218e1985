// The renderer's bridge from the host's catalogue to the roadmap and the planner.

import { describe, expect, it } from 'vitest';
import type { ProjectSummary } from '../../src/shared/pack/types';
import { CERTIFICATION_PATHS, pathTitle, plannerFigures, roadmapOf, roadmapProjects, STUDY_STAGES } from '../../src/renderer/planner/study-model';
import { progressWith } from './roadmap-support';

const houses: ProjectSummary = {
  status: 'ok',
  slug: 'houses',
  title: 'Houses',
  manifest: {
    format: 1,
    slug: 'houses',
    title: 'Houses',
    blurb: 'Prices.',
    difficulty: 'beginner',
    paths: ['machine-learning'],
    skills: ['linear-regression'],
    estimated_hours: 2,
    datasets: [],
    milestones: ['01-fit', '02-evaluate'],
  },
  milestones: [
    { id: '01-fit', title: 'Fit', summary: 'Fit a line.', estimatedMinutes: 60, skills: ['linear-regression'] },
    { id: '02-evaluate', title: 'Evaluate', summary: 'Judge it.', estimatedMinutes: 30, skills: ['regression-metrics'] },
  ],
};
const broken: ProjectSummary = { status: 'broken', slug: 'half-written', title: 'Half written', problems: [{ file: 'half-written/project.json', message: 'is not valid JSON' }] };

describe('the catalogue on the roadmap', () => {
  it('reads the shipped paths file', () => {
    expect(CERTIFICATION_PATHS.map((path) => path.title)).toEqual(['Machine Learning', 'AI Expert', 'Deep Learning']);
  });

  it('leaves broken packs to the catalogue', () => {
    expect(roadmapProjects([broken, houses]).map((project) => project.slug)).toEqual(['houses']);
  });

  it('projects nothing before a plan, and the remaining work once there is one', () => {
    const progress = progressWith({ 'houses/01-fit': 'passed' });
    const roadmap = roadmapOf([houses, broken], progress);
    const nowMs = Date.parse('2026-05-04T09:00:00Z');
    expect(plannerFigures(roadmap, progress, nowMs, 'UTC').projection).toBeNull();
    const planned = { ...progress, plans: [{ hours_per_week: 1, target_path: 'machine-learning' as const, blocks: [], created_at: '2026-05-01T08:00:00.000Z' }] };
    const figures = plannerFigures(roadmap, planned, nowMs, 'UTC');
    expect(figures.projection).toMatchObject({ kind: 'projected', remaining: { milestones: 1, estimatedMinutes: 30 }, finishDate: '2026-05-08' });
    expect(figures.week.targetMinutes).toBe(60);
  });

  it('puts the shipped Foundations project first and counts it in the projected finish date', () => {
    expect(STUDY_STAGES.map((stage) => stage.id)).toEqual(['foundations']);
    expect(pathTitle('foundations')).toBe('Foundations');
    const maths: ProjectSummary = {
      ...houses,
      slug: 'maths-foundations',
      title: 'Maths',
      manifest: { ...houses.manifest, slug: 'maths-foundations', paths: ['machine-learning', 'ai-expert', 'deep-learning'] },
      milestones: [{ id: '01-vectors', title: 'Vectors', summary: 'Dot products.', estimatedMinutes: 120, skills: ['vectors'] }],
    };
    const progress = progressWith({ 'houses/01-fit': 'passed' });
    const roadmap = roadmapOf([maths, houses], progress);
    expect(roadmap.stages[0]!.milestones.map((entry) => entry.project)).toEqual(['maths-foundations']);
    const planned = { ...progress, plans: [{ hours_per_week: 1, target_path: 'deep-learning' as const, blocks: [], created_at: '2026-05-01T08:00:00.000Z' }] };
    const figures = plannerFigures(roadmap, planned, Date.parse('2026-05-04T09:00:00Z'), 'UTC');
    expect(figures.projection).toMatchObject({
      kind: 'projected',
      remaining: { paths: ['deep-learning', 'foundations', 'machine-learning'], milestones: 2, estimatedMinutes: 150 },
    });
  });
});
