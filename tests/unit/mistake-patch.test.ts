// Assembling a format-2 patch (a mistake or a starter): definitions replace their namesakes in the
// solution, new ones go beside the replaced one written next to them, del NAME removes one, imports are added once, and a
// patch that no longer fits says so at its own line. Diffs apply exactly or not at all.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assemblePatch } from '../../src/shared/pack/mistake-patch';

const SOLUTION = `"""Averages."""
import math

LIMIT = 10


@cached(size=3)
def mean(values):
    return sum(values) / len(values)


def spread(values):
    centre = mean(values)
    return math.sqrt(sum((v - centre) ** 2 for v in values) / len(values))


if __name__ == "__main__":
    print(spread([1, 2, 3]))
`;

function assembled(patch: string): string {
  const result = assemblePatch(SOLUTION, patch, 'definitions');
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.code;
}

describe('a definitions patch', () => {
  it('replaces the same-named function and leaves everything else as it was', () => {
    const code = assembled('# expect: the sum\n\n\ndef spread(values):\n    return sum(values)\n');
    expect(code).toBe(SOLUTION.replace(/def spread[\s\S]*?len\(values\)\)\n/, 'def spread(values):\n    return sum(values)\n'));
  });

  it('replaces a decorated function together with its decorators', () => {
    const code = assembled('# expect: x\n@cached(size=1)\n@traced\ndef mean(values):\n    return 0\n');
    expect(code).toContain('@cached(size=1)\n@traced\ndef mean(values):\n    return 0\n\n\ndef spread');
    expect(code).not.toContain('size=3');
    expect(assembled('# expect: x\ndef mean(values):\n    return 0\n')).not.toContain('@cached');
  });

  it('replaces a NAME = … definition', () => {
    expect(assembled('# expect: x\nLIMIT = 1\n')).toContain('import math\n\nLIMIT = 1\n\n\n@cached');
  });

  it('inserts a new helper written before a replaced definition just before it', () => {
    const code = assembled('# expect: x\ndef half(values):\n    return len(values) / 2\n\n\ndef spread(values):\n    return half(values)\n');
    expect(code).toContain('    return len(values) / 2\n\n\ndef spread(values):\n    return half(values)\n\n\nif __name__');
    expect(code.indexOf('def half')).toBeGreaterThan(code.indexOf('def mean'));
  });

  it('inserts helpers written after the last replaced definition just after it', () => {
    const code = assembled('def mean(values):\n    return 0\n\n\ndef half(values):\n    return 1\n');
    expect(code).toContain('def mean(values):\n    return 0\n\n\ndef half(values):\n    return 1\n\n\ndef spread');
  });

  it('replaces the if __name__ == "__main__": block as a whole', () => {
    const code = assembled("if __name__ == '__main__':\n    print('starter')\n");
    expect(code.endsWith("if __name__ == '__main__':\n    print('starter')\n")).toBe(true);
    expect(code).not.toContain('print(spread');
  });

  it('deletes a definition or a one-name import with del NAME, with the blank lines above it', () => {
    const code = assembled('del spread\ndel math\n\n\nif __name__ == "__main__":\n    print(mean([1]))\n');
    expect(code).toBe('"""Averages."""\n\nLIMIT = 10\n\n\n@cached(size=3)\ndef mean(values):\n    return sum(values) / len(values)\n\n\nif __name__ == "__main__":\n    print(mean([1]))\n');
  });

  it('is an error to delete a name the solution does not define, or to add without replacing', () => {
    expect(assemblePatch(SOLUTION, 'del median\n', 'definitions')).toEqual({
      ok: false,
      problems: [{ line: 1, message: 'deletes "median", which solution.py does not define at the top level' }],
    });
    expect(assemblePatch(SOLUTION, 'del spread\n\n\ndef half(values):\n    return 1\n', 'definitions')).toMatchObject({
      ok: false,
      problems: [{ line: 1, message: expect.stringContaining('adds definitions but replaces none') }],
    });
  });

  it('adds an import the solution lacks, once, after its own imports', () => {
    const code = assembled('# expect: x\nimport math\nimport statistics\n\n\ndef spread(values):\n    return statistics.pstdev(values)\n');
    expect(code).toContain('import math\nimport statistics\n\nLIMIT');
    expect(code.match(/import math/g)).toHaveLength(1);
  });

  it('keeps the module docstring first when the solution has no imports', () => {
    const result = assemblePatch('"""Doc."""\n\n\ndef f():\n    return 1\n', 'import os\ndef f():\n    return 2\n', 'definitions');
    expect(result).toEqual({ ok: true, code: '"""Doc."""\nimport os\n\n\ndef f():\n    return 2\n' });
  });

  it('is an error when it replaces nothing, naming the line of the patch', () => {
    expect(assemblePatch(SOLUTION, '# mistake: m\n# expect: x\n\n\ndef median(values):\n    return 0\n', 'definitions')).toEqual({
      ok: false,
      problems: [{ line: 5, message: 'replaces nothing: solution.py has no top-level "median"' }],
    });
    expect(assemblePatch(SOLUTION, '# expect: x\n', 'definitions')).toMatchObject({
      ok: false,
      problems: [{ line: 1, message: expect.stringContaining('replaces nothing') }],
    });
  });

  it('refuses other top-level statements and a name defined twice', () => {
    const result = assemblePatch(SOLUTION, '# expect: x\nLIMIT = 1\nprint(LIMIT)\nLIMIT = 2\n', 'definitions');
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 3, message: expect.stringContaining('is not a top-level definition') },
        { line: 4, message: 'defines "LIMIT" a second time' },
      ],
    });
  });

  it('refuses to guess which of two same-named definitions it replaces', () => {
    const result = assemblePatch('X = 1\nX = 2\n', '# expect: x\nX = 3\n', 'definitions');
    expect(result).toEqual({
      ok: false,
      problems: [{ line: 2, message: 'replaces "X", which solution.py defines more than once (lines 1 and 2)' }],
    });
  });
});

describe('a diff patch', () => {
  const diff = (hunk: string) => `# mistake: m\n# expect: x\n--- solution.py\n+++ solution.py\n${hunk}`;

  it('applies a hunk at its line', () => {
    const result = assemblePatch(SOLUTION, diff('@@ -9,2 +9,2 @@\n def mean(values):\n-    return sum(values) / len(values)\n+    return sum(values)\n'), 'diff');
    expect(result).toEqual({ ok: true, code: SOLUTION.replace('return sum(values) / len(values)', 'return sum(values)') });
  });

  it('applies a hunk the solution has moved, at the nearest match', () => {
    const moved = `# a new first line\n${SOLUTION}`;
    const result = assemblePatch(moved, diff('@@ -4,1 +4,1 @@\n-LIMIT = 10\n+LIMIT = 0\n'), 'diff');
    expect(result).toEqual({ ok: true, code: moved.replace('LIMIT = 10', 'LIMIT = 0') });
  });

  it('reports a hunk that no longer applies at the line of its header', () => {
    const result = assemblePatch(SOLUTION, diff('@@ -9,2 +9,2 @@\n def mean(numbers):\n-    return 0\n+    return 1\n'), 'diff');
    expect(result).toEqual({
      ok: false,
      problems: [{ line: 5, message: 'hunk "@@ -9,2 +9,2 @@" does not apply: solution.py no longer holds its 2 context and removed lines' }],
    });
  });

  it('reports a diff without hunks', () => {
    expect(assemblePatch(SOLUTION, '# expect: x\nnot a diff\n', 'diff')).toMatchObject({
      ok: false,
      problems: [{ line: 1, message: expect.stringContaining('holds no "@@ -N,M +N,M @@" hunk') }],
    });
  });
});

describe('any text as solution and patch', () => {
  const pythonish = fc
    .array(
      fc.oneof(
        fc.constantFrom('def f(x):', '    return x', '@d', 'class K:', 'X = 1', 'import os', '"""', "'''", 'f"{x:#x}"', '(', ')', '\\', '# c', '',
          '--- a', '@@ -1,2 +1,2 @@', '-X = 1', '+X = 2', ' X = 1'),
        fc.string({ maxLength: 30 }),
      ),
      { maxLength: 30 },
    )
    .map((lines) => lines.join('\n'));

  it('gives an assembled program or problems with lines, never an exception', () => {
    fc.assert(
      fc.property(pythonish, pythonish, fc.constantFrom('definitions' as const, 'diff' as const), (solution, patch, kind) => {
        const result = assemblePatch(solution, patch, kind);
        if (result.ok) expect(typeof result.code).toBe('string');
        else for (const problem of result.problems) expect(problem.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
});
