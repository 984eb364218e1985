// `buildpath grade` on a class of 40 real submissions, in the real sandbox: the
// CSV, a memory bomb and an endless loop that disturb no one else, resuming from
// the --json gradebook, and a clean Python between submissions. Then the grader's
// pool on Pythons that need no replacing between checks (worker threads: trusted
// code only): each kept for every submission it takes, every job busy.

import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradeSubmissions, planMilestone } from '../../src/cli/grade/grader';
import { findSubmissions } from '../../src/cli/grade/submissions';
import { createPackService, loadPack } from '../../src/services/packs';
import { pyodideDirectory, spawnNodeWorker } from '../../src/services/python/node-python';
import { PythonClient } from '../../src/shared/python/python-client';
import { buildpath, FIXTURES } from '../support/buildpath-cli';

const PACK = path.join(FIXTURES, 'fixture-basics');
const HEADER = 'submission,project,milestone,status,checks_passed,checks_total,duration_ms,message';

function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(cell), (cell = '');
    else if (char === '\r') continue;
    else if (char === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += char;
  }
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header!.map((name, index) => [name, cells[index]!])));
}

describe('buildpath grade', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'bp-grade-'));
  const csv = path.join(folder, '..', `${path.basename(folder)}.csv`);
  const json = path.join(folder, '..', `${path.basename(folder)}.json`);
  const expected = new Map<string, string>();

  beforeAll(async () => {
    const loaded = await loadPack(PACK);
    if (!loaded.ok) throw new Error('fixture pack does not load');
    const milestone = loaded.pack.milestones.find((candidate) => candidate.id === '01-mean')!;
    const sum = milestone.mistakes.find((mistake) => mistake.name === 'returns-the-sum')!.code;
    const text = milestone.mistakes.find((mistake) => mistake.name === 'scores-as-text')!.code;
    const add = (name: string, code: string, status: string) => {
      writeFileSync(path.join(folder, `${name}.py`), code);
      expected.set(name, status);
    };
    for (let i = 0; i < 28; i++) add(`learner-${String(i).padStart(2, '0')}`, `${milestone.solution}\n# learner ${i}\n`, 'pass');
    for (let i = 0; i < 4; i++) add(`sum-${i}`, `${sum}\n# ${i}\n`, 'fail');
    for (let i = 0; i < 2; i++) add(`text-${i}`, `${text}\n# ${i}\n`, 'fail');
    add('starter', milestone.starter, 'not_attempted');
    add('syntax', 'def mean(values)\n    return 0\n', 'error');
    // One allocation past the cap (400 MB): reaches it at once even on a loaded machine, where
    // building ten million int objects one by one can outlast the 10 s module budget first.
    add('memory-bomb', 'hoard = [None] * 10**8\n', 'error');
    add('memory-block', 'block = bytearray(2**30)\n', 'error');
    add('escape', 'import js\njs.Object.constructor("return process")().getBuiltinModule("fs").writeFileSync("/tmp/bp-grade-pwned", "x")\n', 'error');
    add('endless', 'while True:\n    pass\n', 'timeout');
  });

  it('grades 40 submissions into a CSV; the memory bomb and the endless loop disturb no one', async () => {
    const { code, stdout, stderr } = await buildpath('grade', 'fixture-basics', '01-mean', folder, '--projects', FIXTURES, '--csv', csv, '--json', json, '--jobs', '2');
    expect(code, stderr).toBe(0);
    const text = readFileSync(csv, 'utf8');
    expect(text.split('\r\n')[0]).toBe(HEADER);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(40);
    for (const row of rows) {
      expect(row.project).toBe('fixture-basics');
      expect(row.milestone).toBe('01-mean');
      expect(row.status, `${row.submission}: ${row.message}`).toBe(expected.get(row.submission!));
      expect(row.checks_total).toBe('4');
      if (row.status === 'pass') expect(row.checks_passed).toBe('4');
    }
    const by = (name: string) => rows.find((row) => row.submission === name)!;
    expect(by('sum-0').message).toContain('mean returned the sum of the values');
    expect(by('memory-bomb').message).toMatch(/used more than \d+ MB of memory/);
    expect(by('memory-block').message).toMatch(/used more than \d+ MB of memory/);
    expect(by('escape').message).toMatch(/refused the Function constructor/);
    expect(by('endless').message).toMatch(/took longer than/);
    expect(stdout).toMatch(/01-mean\s+40\s+28\s+6\s+4\s+1\s+1/); // pass fail error timeout not_attempted
    expect(stderr).toMatch(/\[40\/40\]/); // plain progress lines when stderr is not a terminal
    const book = JSON.parse(readFileSync(json, 'utf8'));
    expect(book.submissions).toHaveLength(40);
    expect(book.submissions[0].result).toMatchObject({ format: 'buildpath-check/1', milestone: '01-mean' });
  }, 900_000);

  it('resumes: a rerun with the same --json regrades only the files that changed', async () => {
    writeFileSync(path.join(folder, 'sum-0.py'), readFileSync(path.join(folder, 'learner-00.py'), 'utf8') + '\n# fixed\n');
    const { code, stderr } = await buildpath('grade', 'fixture-basics', '01-mean', folder, '--projects', FIXTURES, '--csv', csv, '--json', json, '--jobs', '1');
    expect(code, stderr).toBe(0);
    expect(stderr.match(/unchanged, kept/g)).toHaveLength(39);
    expect(existsSync('/tmp/bp-grade-pwned')).toBe(false);
    expect(stderr).toMatch(/sum-0 01-mean: pass \(4\/4 checks\)/);
    expect(parseCsv(readFileSync(csv, 'utf8')).find((row) => row.submission === 'sum-0')!.status).toBe('pass');
  }, 900_000);

  it('gives each submission a clean Python: one that patches builtins, math and the checker cannot change the next verdict', async () => {
    const loaded = await loadPack(PACK);
    if (!loaded.ok) throw new Error('fixture pack does not load');
    const milestone = loaded.pack.milestones.find((candidate) => candidate.id === '01-mean')!;
    const pair = mkdtempSync(path.join(tmpdir(), 'bp-grade-pair-'));
    writeFileSync(path.join(pair, 'a-patcher.py'), `import builtins, math, sys
builtins.len = lambda values: 1
builtins.sum = lambda values, start=0: 7 / 3
math.isclose = lambda *args, **kwargs: True
for name, module in list(sys.modules.items()):
    if name.startswith("buildpath"):
        for attribute in dir(module):
            if not attribute.startswith("__") and callable(getattr(module, attribute)):
                try:
                    setattr(module, attribute, lambda *args, **kwargs: None)
                except Exception:
                    pass
${milestone.solution}`);
    writeFileSync(path.join(pair, 'b-wrong.py'), milestone.mistakes.find((mistake) => mistake.name === 'returns-the-sum')!.code);
    writeFileSync(path.join(pair, 'c-right.py'), milestone.solution);
    const pairCsv = path.join(pair, 'grades.csv');
    const { code, stderr } = await buildpath('grade', 'fixture-basics', '01-mean', pair, '--projects', FIXTURES, '--csv', pairCsv, '--jobs', '1');
    expect(code, stderr).toBe(0);
    const rows = parseCsv(readFileSync(pairCsv, 'utf8'));
    expect(rows.find((row) => row.submission === 'b-wrong')).toMatchObject({ status: 'fail', checks_passed: expect.not.stringMatching(/^4$/) });
    expect(rows.find((row) => row.submission === 'b-wrong')!.message).toContain('mean returned the sum of the values');
    expect(rows.find((row) => row.submission === 'c-right')).toMatchObject({ status: 'pass', checks_passed: '4' });
  }, 900_000);

  it('answers usage errors with exit 2 and grades `all` from one folder per learner', async () => {
    expect((await buildpath('grade', 'fixture-basics')).code).toBe(2);
    expect((await buildpath('grade', 'fixture-basics', '09-nothing', folder, '--projects', FIXTURES)).code).toBe(2);
    expect((await buildpath('grade', 'fixture-basics', '01-mean', folder, '--projects', FIXTURES, '--jobs', 'many')).code).toBe(2);
    const loaded = await loadPack(PACK);
    if (!loaded.ok) throw new Error('fixture pack does not load');
    const workspace = mkdtempSync(path.join(tmpdir(), 'bp-grade-all-'));
    mkdirSync(path.join(workspace, 'ada'));
    for (const milestone of loaded.pack.milestones) writeFileSync(path.join(workspace, 'ada', `${milestone.id}.py`), milestone.solution);
    mkdirSync(path.join(workspace, 'bo'));
    const allCsv = path.join(workspace, 'all.csv');
    const { code, stdout } = await buildpath('grade', 'fixture-basics', 'all', workspace, '--projects', FIXTURES, '--csv', allCsv);
    expect(code).toBe(0);
    const rows = parseCsv(readFileSync(allCsv, 'utf8'));
    expect(rows.map((row) => [row.submission, row.milestone, row.status])).toEqual([
      ['ada', '01-mean', 'pass'], ['ada', '02-variance', 'pass'], ['bo', '01-mean', 'not_attempted'], ['bo', '02-variance', 'not_attempted'],
    ]);
    expect(stdout).toContain('02-variance');
  }, 900_000);
});

describe('the grading pool', () => {
  it('keeps each Python for the next submission when it need not be replaced, and keeps every job busy', async () => {
    const loaded = await loadPack(PACK);
    if (!loaded.ok) throw new Error('fixture pack does not load');
    const milestone = loaded.pack.milestones.find((candidate) => candidate.id === '01-mean')!;
    const sum = milestone.mistakes.find((mistake) => mistake.name === 'returns-the-sum')!.code;
    const folder = mkdtempSync(path.join(tmpdir(), 'bp-grade-pool-'));
    const expected: [string, string][] = [];
    for (let i = 0; i < 10; i++) {
      const [name, code, status] = i % 4 === 3 ? [`${i}-sum`, sum, 'fail'] : i === 5 ? [`${i}-starter`, milestone.starter, 'not_attempted'] : [`${i}-right`, milestone.solution, 'pass'];
      writeFileSync(path.join(folder, `${String(i).padStart(2, '0')}-${name}.py`), `${code}\n# ${i}\n`);
      expected.push([`${String(i).padStart(2, '0')}-${name}`, status]);
    }
    const packs = createPackService(FIXTURES, { watch: false });
    let started = 0;
    const checksBy = [0, 0];
    const pythons = [0, 1].map(
      (job) =>
        new PythonClient(
          () => {
            started++;
            const worker = spawnNodeWorker();
            const postMessage: typeof worker.postMessage = (message, transfer) => {
              if (message.type === 'check') checksBy[job]!++;
              worker.postMessage(message, transfer);
            };
            return { ...worker, postMessage };
          },
          { indexURL: pyodideDirectory(), graceMs: 500, projectFiles: (slug) => packs.getProjectFiles(slug) },
        ),
    );
    try {
      const plans = new Map([['01-mean', await planMilestone(pythons[0]!, await packs.getCheckBundle('fixture-basics', '01-mean'))]]);
      const done: string[] = [];
      const rows = await gradeSubmissions(await findSubmissions(folder, ['01-mean'], false), {
        project: 'fixture-basics',
        plans,
        pythons,
        earlier: new Map(),
        memoryLimitMb: 256,
        onDone: (row) => done.push(row.submission),
      });
      expect(rows.map((row) => [row.submission, row.status])).toEqual(expected); // folder order, whatever order they finished in
      expect(done.sort()).toEqual(expected.map(([name]) => name).sort());
      expect(started).toBe(2); // one Python per job for the whole batch
      expect(checksBy[0]! + checksBy[1]!).toBe(10);
      expect(Math.min(...checksBy)).toBeGreaterThan(0);
    } finally {
      for (const python of pythons) python.dispose();
      packs.close();
    }
  }, 300_000);
});
