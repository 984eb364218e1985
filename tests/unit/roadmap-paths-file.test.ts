import { describe, expect, it } from 'vitest';
import { parsePathsFile, type PathsFile } from '../../src/shared/roadmap/paths-file';
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
    const selfish = { ...PATHS[1]!, prerequisites: ['machine-learning'] };
    expect(() => parsePathsFile(file([selfish]))).toThrow(/paths\.0\.prerequisites: "machine-learning" is not another path/);
    expect(() => parsePathsFile(file([{ ...PATHS[1]!, prerequisites: ['machine-learning'] }, PATHS[0], PATHS[2]]))).toThrow(/is not another path/);
  });

  it('rejects unknown keys and unknown path ids', () => {
    expect(() => parsePathsFile(file(PATHS.map((entry, index) => (index === 0 ? { ...entry, colour: 'red' } : entry))))).toThrow(/colour/);
    expect(() => parsePathsFile(file([{ ...PATHS[1]!, id: 'astrology' }]))).toThrow(/paths\.0\.id/);
  });

  it('keeps its fields typed', () => {
    const sample: PathsFile = { format: 1, source: 'tests', paths: PATHS };
    expect(parsePathsFile(sample)).toHaveLength(3);
  });
});
