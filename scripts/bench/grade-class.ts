// A class of house-prices 01 submissions as an instructor would get them: mostly
// the reference solution, its alternative and renamed variants (correct), the known
// mistakes (wrong), the untouched starter, a syntax error, and hostile files that
// reach for the host, patch the interpreter or hoard memory. Each file is distinct
// (its own trailing comment), so a resumed run would grade every one.
// `node --import tsx scripts/bench/grade-class.ts <folder> [count]` writes one.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadPack } from '../../src/services/packs';

const REPO = path.resolve(import.meta.dirname, '../..');
export const CLASS_PROJECT = 'house-prices';
export const CLASS_MILESTONE = '01-load-sales';

export type Expected = 'pass' | 'fail' | 'not_attempted' | 'error';

export interface ClassMember {
  name: string;
  code: string;
  expected: Expected;
}

/** Quick to fail, every one: nothing here waits out a time budget. */
const HOSTILE: [string, string][] = [
  ['writes-a-host-file', 'import js\njs.Object.constructor("return process")().getBuiltinModule("fs").writeFileSync("/tmp/bp-class-pwned", "x")\n'],
  ['reads-node-process', 'import js\nprint(js.process.env)\n'],
  ['mounts-the-host-disk', 'import pyodide_js\npyodide_js.mountNodeFS("/host", "/")\n'],
  ['hoards-memory', 'hoard = bytearray(2**30)\n'],
  ['breaks-builtins', 'import builtins\nbuiltins.len = lambda values: 1\nbuiltins.float = lambda text: 0.0\n'],
  ['exits-python', 'import sys\nsys.exit(0)\n'],
];

/** The solution with its functions renamed helpers (still correct), as learners write it. */
function restyled(solution: string): string {
  return solution.replace(/def parse_value\(text\):/, 'def parse_value(text):\n    text = str(text)').replace(/\n\n\nif __name__ == "__main__":[\s\S]*$/, '\n');
}

export async function housePricesClass(count = 40): Promise<ClassMember[]> {
  const loaded = await loadPack(path.join(REPO, 'projects', CLASS_PROJECT));
  if (!loaded.ok) throw new Error(`${CLASS_PROJECT} does not load`);
  const milestone = loaded.pack.milestones.find((candidate) => candidate.id === CLASS_MILESTONE)!;
  const correct = [milestone.solution, restyled(milestone.solution), ...milestone.alternatives.map((alternative) => alternative.code)];
  const wrong = milestone.mistakes.map((mistake) => ({ name: mistake.name, code: mistake.code }));
  const odd: ClassMember[] = [
    { name: 'starter', code: milestone.starter, expected: 'not_attempted' },
    { name: 'syntax-error', code: 'def parse_value(text)\n    return float(text)\n', expected: 'error' },
    ...HOSTILE.map(([name, code]): ClassMember => ({ name, code, expected: name === 'breaks-builtins' ? 'fail' : 'error' })),
  ];
  // About 60% correct, 25% wrong, the rest odd or hostile, interleaved as a folder listing would be.
  const members: ClassMember[] = [];
  for (let index = 0; members.length < count; index++) {
    const slot = index % 5;
    if (slot === 4 && odd.length > 0) members.push(odd.shift()!);
    else if (slot === 3 || (slot === 4 && odd.length === 0)) {
      const mistake = wrong[index % wrong.length]!;
      members.push({ name: mistake.name, code: mistake.code, expected: 'fail' });
    } else members.push({ name: 'correct', code: correct[index % correct.length]!, expected: 'pass' });
  }
  return members.map((member, index) => ({
    ...member,
    name: `learner-${String(index).padStart(3, '0')}-${member.name}`,
    code: `${member.code}\n# learner ${index}\n`,
  }));
}

/** Writes the class as one `.py` per learner; returns what each should get. */
export async function writeHousePricesClass(folder: string, count = 40): Promise<Map<string, Expected>> {
  mkdirSync(folder, { recursive: true });
  const expected = new Map<string, Expected>();
  for (const member of await housePricesClass(count)) {
    writeFileSync(path.join(folder, `${member.name}.py`), member.code);
    expected.set(member.name, member.expected);
  }
  return expected;
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const folder = path.resolve(process.argv[2] ?? 'grade-class');
  const expected = await writeHousePricesClass(folder, Number(process.argv[3] ?? 40));
  process.stdout.write(`wrote ${expected.size} submissions to ${folder}\n`);
}
