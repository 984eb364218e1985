import { describe, expect, it } from 'vitest';
import type { MilestoneStatus } from '../../src/shared/progress/schema';
import { recommendBefore } from '../../src/shared/roadmap/recommend';
import { buildRoadmap } from '../../src/shared/roadmap/roadmap';
import { DIGITS, FOUNDATIONS, HOUSES, MATHS, PATHS, PATHS_WITH_FOUNDATIONS, SPAM, progressWith } from './roadmap-support';

const roadmapWith = (states: Record<string, MilestoneStatus>) =>
  buildRoadmap({ paths: PATHS, projects: [HOUSES, SPAM, DIGITS], progress: progressWith(states) });

describe('what to do before a milestone', () => {
  it('lists the unfinished machine-learning milestones, in order, before a deep-learning one', () => {
    const advice = recommendBefore(roadmapWith({ 'houses/01-load': 'passed' }), 'digits', '02-network');
    expect(advice?.paths).toEqual([{ id: 'machine-learning', title: 'Machine Learning' }]);
    expect(advice?.milestones.map((entry) => `${entry.project}/${entry.milestone}`)).toEqual(['houses/02-fit', 'spam/01-read', 'spam/03-bayes']);
    expect(advice?.message).toBe(
      '"Milestone 02-network" builds on Machine Learning, which you have not finished yet. The suggested order is to do these 3 milestones first; you can carry on here anyway.',
    );
  });

  it('has nothing to say once the foundations are passed', () => {
    const done = roadmapWith({ 'houses/01-load': 'passed', 'houses/02-fit': 'passed', 'spam/01-read': 'passed', 'spam/03-bayes': 'passed_with_solution' });
    expect(recommendBefore(done, 'digits', '02-network')).toBeNull();
  });

  it('has nothing to say for a machine-learning milestone, the first path', () => {
    expect(recommendBefore(roadmapWith({}), 'houses', '02-fit')).toBeNull();
  });

  it('does not send a milestone to a path it trains itself', () => {
    // spam/01-read trains both Machine Learning and AI Expert.
    expect(recommendBefore(roadmapWith({}), 'spam', '01-read')).toBeNull();
  });

  it('recommends the machine-learning foundations before an AI Expert milestone too', () => {
    const advice = recommendBefore(roadmapWith({}), 'spam', '02-tokens');
    expect(advice?.milestones).toHaveLength(4);
    expect(advice?.message).toMatch(/these 4 milestones first/);
  });

  it('words a single remaining milestone in the singular', () => {
    const almost = roadmapWith({ 'houses/01-load': 'passed', 'houses/02-fit': 'passed', 'spam/01-read': 'passed' });
    expect(recommendBefore(almost, 'digits', '02-network')?.message).toMatch(/to do this milestone first/);
  });

  it('returns nothing for a milestone it does not know', () => {
    expect(recommendBefore(roadmapWith({}), 'digits', '09-missing')).toBeNull();
  });
});

describe('what to do before a milestone, with a Foundations stage', () => {
  const withStage = (states: Record<string, MilestoneStatus>) =>
    buildRoadmap({ stages: [FOUNDATIONS], paths: PATHS_WITH_FOUNDATIONS, projects: [MATHS, HOUSES, DIGITS], progress: progressWith(states) });

  it('sends a learner who opens a first-path milestone to the unfinished Foundations', () => {
    const advice = recommendBefore(withStage({ 'maths/01-vectors': 'passed' }), 'houses', '02-fit');
    expect(advice?.paths).toEqual([{ id: 'foundations', title: 'Foundations' }]);
    expect(advice?.milestones.map((entry) => `${entry.project}/${entry.milestone}`)).toEqual(['maths/02-derivatives']);
    expect(advice?.message).toBe(
      '"Milestone 02-fit" builds on Foundations, which you have not finished yet. The suggested order is to do this milestone first; you can carry on here anyway.',
    );
  });

  it('lists Foundations before the machine-learning milestones for a deep-learning one', () => {
    const advice = recommendBefore(withStage({}), 'digits', '02-network');
    expect(advice?.paths.map((entry) => entry.id)).toEqual(['foundations', 'machine-learning']);
    expect(advice?.milestones.map((entry) => `${entry.project}/${entry.milestone}`)).toEqual([
      'maths/01-vectors',
      'maths/02-derivatives',
      'houses/01-load',
      'houses/02-fit',
    ]);
    expect(advice?.message).toMatch(/builds on Foundations and Machine Learning, which you have not finished yet/);
  });

  it('says nothing inside the stage itself, nor once the stage is passed', () => {
    expect(recommendBefore(withStage({}), 'maths', '02-derivatives')).toBeNull();
    expect(recommendBefore(withStage({ 'maths/01-vectors': 'passed', 'maths/02-derivatives': 'passed' }), 'houses', '02-fit')).toBeNull();
  });

  it('says nothing about a stage none of whose projects is installed', () => {
    const without = buildRoadmap({ stages: [FOUNDATIONS], paths: PATHS_WITH_FOUNDATIONS, projects: [HOUSES], progress: progressWith({}) });
    expect(recommendBefore(without, 'houses', '02-fit')).toBeNull();
  });
});
