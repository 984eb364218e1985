import { describe, expect, it } from 'vitest';
import { parsePathsFile } from '../../src/shared/roadmap/paths-file';
import { PATHS } from './roadmap-support';

const file = (paths: unknown[]): unknown => ({ format: 1, source: 'tests', paths });

describe('the paths file', () => {
  it('returns the paths in their suggested order', () => {
    expect(parsePathsFile(file(PATHS)).map((entry) => entry.id)).toEqual(['machine-learning', 'ai-expert', 'deep-learning']);
  });

  it('rejects a path listed twice', () => {
    expect(() => parsePathsFile(file([...PATHS, PATHS[0]]))).toThrow(/listed twice/);
  });

  it('rejects prerequisites that are not other paths of the file', () => {
    const [deepLearning, machineLearning, aiExpert] = PATHS;
    expect(() => parsePathsFile(file([deepLearning, aiExpert]))).toThrow(/paths\.0\.prerequisites: "machine-learning" is not another path/);
    const selfish = { ...machineLearning!, prerequisites: ['machine-learning'] };
    expect(() => parsePathsFile(file([deepLearning, selfish, aiExpert]))).toThrow(/paths\.1\.prerequisites: "machine-learning" is not another path/);
  });

  it('rejects unknown keys and unknown path ids', () => {
    expect(() => parsePathsFile(file(PATHS.map((entry, index) => (index === 0 ? { ...entry, colour: 'red' } : entry))))).toThrow(/colour/);
    expect(() => parsePathsFile(file([{ ...PATHS[1]!, id: 'astrology' }]))).toThrow(/paths\.0\.id/);
  });
});
