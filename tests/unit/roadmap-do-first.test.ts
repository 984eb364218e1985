import { describe, expect, it } from 'vitest';
import { doFirst } from '../../src/renderer/roadmap/do-first';
import type { MilestoneStatus } from '../../src/shared/progress/schema';
import { buildRoadmap } from '../../src/shared/roadmap/roadmap';
import { DIGITS, FOUNDATIONS, HOUSES, MATHS, PATHS, PATHS_WITH_FOUNDATIONS, SPAM, progressWith } from './roadmap-support';

const roadmapWith = (states: Record<string, MilestoneStatus>) =>
  buildRoadmap({ paths: PATHS, projects: [HOUSES, SPAM, DIGITS], progress: progressWith(states) });
const keys = (entries: { project: string; milestone: string }[] | undefined) => entries?.map((entry) => `${entry.project}/${entry.milestone}`);

describe('one piece of advice on what to do first', () => {
  it('lists the earlier milestones of the project, then the foundations, in one message', () => {
    const advice = doFirst(roadmapWith({ 'houses/01-load': 'passed' }), 'digits', '02-network');
    expect(keys(advice?.earlier)).toEqual(['digits/01-look']);
    expect(keys(advice?.foundations)).toEqual(['houses/02-fit', 'spam/01-read', 'spam/03-bayes']);
    expect(advice?.paths).toEqual([{ id: 'machine-learning', title: 'Machine Learning' }]);
    expect(advice?.message).toBe(
      '"Milestone 02-network" builds on an earlier milestone of this project and on Machine Learning, which you have not finished yet. ' +
        'The suggested order is to do these 4 milestones first; you can carry on here anyway.',
    );
  });

  it('words the foundations alone as the roadmap does', () => {
    const advice = doFirst(roadmapWith({ 'houses/01-load': 'passed', 'digits/01-look': 'passed' }), 'digits', '02-network');
    expect(advice?.earlier).toEqual([]);
    expect(advice?.message).toBe(
      '"Milestone 02-network" builds on Machine Learning, which you have not finished yet. The suggested order is to do these 3 milestones first; you can carry on here anyway.',
    );
  });

  it('speaks of the earlier milestones alone on a first path', () => {
    const advice = doFirst(roadmapWith({}), 'houses', '02-fit');
    expect(keys(advice?.earlier)).toEqual(['houses/01-load']);
    expect(advice?.foundations).toEqual([]);
    expect(advice?.paths).toEqual([]);
    expect(advice?.message).toMatch(/^"Milestone 02-fit" builds on an earlier milestone of this project, which you have not finished yet\. .*do this milestone first/);
  });

  it('lists a milestone once, as an earlier one, when it is a foundation too', () => {
    // spam/02-tokens is AI Expert; spam/01-read before it trains Machine Learning as well.
    const advice = doFirst(roadmapWith({}), 'spam', '02-tokens');
    expect(keys(advice?.earlier)).toEqual(['spam/01-read']);
    expect(keys(advice?.foundations)).toEqual(['houses/01-load', 'houses/02-fit', 'spam/03-bayes']);
    expect(advice?.message).toMatch(/these 4 milestones first/);
  });

  it('has nothing to say when everything before is passed, or for an unknown milestone', () => {
    expect(doFirst(roadmapWith({ 'houses/01-load': 'passed_with_solution' }), 'houses', '02-fit')).toBeNull();
    expect(doFirst(roadmapWith({}), 'houses', '01-load')).toBeNull();
    expect(doFirst(roadmapWith({}), 'digits', '09-missing')).toBeNull();
  });
});

describe('one piece of advice, with a Foundations stage', () => {
  it('names this project’s earlier milestones and Foundations in one message', () => {
    const roadmap = buildRoadmap({ stages: [FOUNDATIONS], paths: PATHS_WITH_FOUNDATIONS, projects: [MATHS, HOUSES], progress: progressWith({}) });
    const advice = doFirst(roadmap, 'houses', '02-fit');
    expect(keys(advice?.earlier)).toEqual(['houses/01-load']);
    expect(keys(advice?.foundations)).toEqual(['maths/01-vectors', 'maths/02-derivatives']);
    expect(advice?.message).toBe(
      '"Milestone 02-fit" builds on an earlier milestone of this project and on Foundations, which you have not finished yet. ' +
        'The suggested order is to do these 3 milestones first; you can carry on here anyway.',
    );
  });
});
