import { describe, expect, it } from 'vitest';
import { parsePathsFile, parseStudyMap, skillsOfStudyMap } from '../../src/shared/roadmap/paths-file';
import { FOUNDATIONS, PATHS } from './roadmap-support';

const file = (paths: unknown[], stages?: unknown[]): unknown => ({ format: 1, source: 'tests', ...(stages ? { stages } : {}), paths });
const after = (id: string, prerequisites: string[]) => PATHS.map((entry) => (entry.id === id ? { ...entry, prerequisites } : entry));

describe('the paths file', () => {
  it('returns the paths in their suggested order', () => {
    expect(parsePathsFile(file(PATHS)).map((entry) => entry.id)).toEqual(['machine-learning', 'ai-expert', 'deep-learning']);
  });

  it('rejects a path listed twice', () => {
    expect(() => parsePathsFile(file([...PATHS, PATHS[0]]))).toThrow(/listed twice/);
  });

  it('rejects prerequisites that are not other paths of the file', () => {
    const [deepLearning, machineLearning, aiExpert] = PATHS;
    expect(() => parsePathsFile(file([deepLearning, aiExpert]))).toThrow(/paths\.0\.prerequisites: "machine-learning" is not a stage or another path/);
    const selfish = { ...machineLearning!, prerequisites: ['machine-learning'] };
    expect(() => parsePathsFile(file([deepLearning, selfish, aiExpert]))).toThrow(/paths\.1\.prerequisites: "machine-learning" is not a stage or another path/);
  });

  it('rejects unknown keys and unknown path ids', () => {
    expect(() => parsePathsFile(file(PATHS.map((entry, index) => (index === 0 ? { ...entry, colour: 'red' } : entry))))).toThrow(/colour/);
    expect(() => parsePathsFile(file([{ ...PATHS[1]!, id: 'astrology' }]))).toThrow(/paths\.0\.id/);
  });

  it('reads the stages every path may list first, and their skills with the paths’', () => {
    const map = parseStudyMap(file(after('machine-learning', ['foundations']), [FOUNDATIONS]));
    expect(map.stages.map((stage) => [stage.id, stage.projects])).toEqual([['foundations', ['maths']]]);
    expect(map.paths.find((entry) => entry.id === 'machine-learning')?.prerequisites).toEqual(['foundations']);
    expect(skillsOfStudyMap(map).has('vectors')).toBe(true);
    expect(skillsOfStudyMap(map).has('backpropagation')).toBe(true);
    expect(parseStudyMap(file(PATHS)).stages).toEqual([]);
  });

  it('rejects a stage named like a path, listed twice, unknown or listed after a path', () => {
    expect(() => parseStudyMap(file(PATHS, [{ ...FOUNDATIONS, id: 'deep-learning' }]))).toThrow(/stages\.0\.id: is the id of a certification path/);
    expect(() => parseStudyMap(file(PATHS, [FOUNDATIONS, FOUNDATIONS]))).toThrow(/stages\.1\.id: "foundations" is listed twice/);
    expect(() => parseStudyMap(file(after('machine-learning', ['basics'])))).toThrow(/"basics" is not a stage or another path/);
    expect(() => parseStudyMap(file(after('deep-learning', ['machine-learning', 'foundations']), [FOUNDATIONS]))).toThrow(
      /paths\.0\.prerequisites: lists a stage after a path: stages come first/,
    );
    expect(() => parseStudyMap(file(PATHS, [{ ...FOUNDATIONS, projects: [] }]))).toThrow(/stages\.0\.projects/);
  });
});
