// The adversarial-submission corpus of issues 20 and 21: wrong programs that try to get a
// pass anyway, one file each under adversarial/<project>/ (its first line names the attack).
// Each is checked in real Pyodide the way the app checks a learner's work (the pack's check
// bundle, toCheckRequest, PythonClient.check) and must not be passed. The reference solution
// of every milestone used goes through the same harness first and must pass, so a harness
// that could not pass anything would show.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/shared/check-result';
import { createPackService } from '../../src/services/packs';
import { createNodePythonClient } from '../../src/services/python/node-python';
import type { PythonClient } from '../../src/shared/python/python-client';
import { toCheckRequest } from '../../src/shared/python/check-request';
import { testProjectFiles } from '../support/python';

const PROJECTS_ROOT = path.resolve(__dirname, '../../projects');
const CORPUS_ROOT = path.resolve(__dirname, 'adversarial');

interface Attack {
  /** File under adversarial/<project>/; its first line names the attack. */
  file: string;
  /** Defaults to the project's milestone. */
  milestone?: string;
  /** Checks, by name, that must not be reported passed: the attack's target. */
  notPassed?: string[];
  /** Said by the overall message or by a check that did not pass. */
  says?: RegExp;
  /**
   * The file is first pressed Run on, or checked (and must not pass itself); then the project's
   * plain wrong answer (wrong-answer.py) is checked in the same worker, and must still fail.
   */
  before?: 'run' | 'check';
  /** After the check, this program (under adversarial/<project>/) is Run in the same worker and must not print LEAK<…>. */
  thenRun?: string;
  /**
   * Leaves state in its interpreter (a tracer, a replaced code object, a stuck loop) that
   * would change the verdicts of later submissions sharing it, so it gets a worker of its own.
   */
  ownWorker?: true;
  /** The program prints or raises what it is given as LEAK<…>: no hidden check may carry that back. */
  marksHiddenInputs?: true;
}

interface ProjectCorpus {
  slug: string;
  /** The milestone attacked unless an attack names another. */
  milestone: string;
  attacks: Attack[];
}

const CORPUS: ProjectCorpus[] = [
  {
    slug: 'house-prices',
    milestone: '04-baseline',
    attacks: [
      { file: 'solution-source-exec.py' },
      { file: 'import-checking-solution.py' },
      { file: 'import-runner.py' },
      { file: 'list-subclass-eq.py', notPassed: ['train_test_split gives the same split for the same seed', 'train_test_split on the 2,925 sales'] },
      { file: 'registry-rewrite.py' },
      { file: 'settrace-locals.py', ownWorker: true },
      { file: 'fail-code-swap.py', ownWorker: true },
      { file: 'repr-keyboard-interrupt.py', notPassed: ['train_test_split gives test sets of the right size'] },
      { file: 'hidden-print.py', marksHiddenInputs: true },
      {
        file: 'hard-coded-visible.py',
        notPassed: ['rmse on many prices', 'baseline_scores on the Ames split', 'train_test_split, mae, rmse and baseline_scores on sales and a seed drawn at check time'],
      },
      { file: 'js-json-parse.py', ownWorker: true },
      { file: 'leak-run-forges-json-parse.py', before: 'run' },
      { file: 'leak-run-forges-json-stringify.py', before: 'run' },
    ],
  },
  {
    slug: 'spam-detection',
    milestone: '01-tokenise',
    attacks: [
      { file: 'solution-source-exec.py' },
      { file: 'traceback-frames.py' },
      { file: 'str-subclass-eq.py', notPassed: ['load_messages reads all 299 messages of data/messages.csv', 'load_messages keeps quoted commas inside the text'] },
      { file: 'changing-between-reads.py', notPassed: ['load_messages reads all 299 messages of data/messages.csv'] },
      {
        file: 'special-case-visible.py',
        notPassed: ['tokenize handles messages it has not seen', 'load_messages, tokenize and class_balance on messages drawn at check time'],
      },
      { file: 'fake-result-stdout.py' },
      { file: 'patched-print.py' },
      { file: 'glob-fs.py' },
      { file: 'neuter-fail-from-len.py', ownWorker: true, notPassed: ['load_messages reads all 299 messages of data/messages.csv'] },
      { file: 'hidden-error-message.py', marksHiddenInputs: true, notPassed: ['tokenize handles messages it has not seen'] },
      { file: 'hidden-inputs-kept.py', thenRun: 'hidden-inputs-read.py' },
      { file: 'leak-check-plants-checking.py', before: 'check' },
    ],
  },
  {
    slug: 'handwritten-digits',
    milestone: '02-nearest-centroid',
    attacks: [
      { file: 'solution-source-exec.py' },
      { file: 'getframe-f-back.py' },
      { file: 'nan-result.py', notPassed: ['distance is the Euclidean distance', 'accuracy is the fraction of predictions that are right'] },
      { file: 'float-subclass.py', notPassed: ['distance is the Euclidean distance'] },
      { file: 'float-protocol.py', notPassed: ['distance is the Euclidean distance', 'accuracy is the fraction of predictions that are right'] },
      { file: 'len-iter-object.py', notPassed: ['class_centroids averages the images of each digit'] },
      { file: 'int-subclass.py', notPassed: ['predict_nearest_centroid picks the nearest centroid, the smaller digit on a tie'] },
      { file: 'dict-subclass.py', notPassed: ['class_centroids averages the images of each digit'] },
      { file: 'systemexit.py', notPassed: ['class_centroids averages the images of each digit', 'distance is the Euclidean distance'], says: /exit\(\)/ },
      { file: 'os-exit.py', ownWorker: true, notPassed: ['distance is the Euclidean distance'] },
      {
        file: 'hard-coded-visible.py',
        notPassed: [
          'class_centroids on 200 real training digits',
          'distance between two real digits',
          'predict_nearest_centroid on real test digits',
          'class_centroids, distance and predict_nearest_centroid on digits drawn at check time',
          'evaluate_nearest_centroid scores the 497 test digits with training centroids',
        ],
      },
      { file: 'leak-run-plants-checking.py', before: 'run' },
    ],
  },
  {
    slug: 'maths-foundations',
    milestone: '02-vectors',
    attacks: [
      { file: 'solution-source-exec.py' },
      { file: 'inspect-stack.py' },
      { file: 'subclasses.py' },
      { file: 'gc-get-objects.py' },
      { file: 'walk-buildpath-modules.py' },
      { file: 'callable-globals.py', milestone: '06-derivatives' },
      { file: 'callable-closure.py', milestone: '06-derivatives' },
      { file: 'forged-arguments-after.py', milestone: '06-derivatives', notPassed: ['partial moves one coordinate and leaves the point unchanged'] },
      {
        file: 'settrace-in-function.py',
        ownWorker: true,
        notPassed: ['dot multiplies matching elements and adds them; norm is the length', 'cosine_similarity divides the dot product by both lengths'],
      },
      { file: 'setprofile-overall.py', ownWorker: true },
      {
        file: 'keyboard-interrupt-swallow.py',
        ownWorker: true,
        notPassed: ['most_similar returns the index of the most similar vector'],
        says: /longer than/,
      },
      { file: 'hidden-print.py', marksHiddenInputs: true },
      { file: 'leak-run-patches-builtins.py', before: 'run' },
    ],
  },
  {
    slug: 'customer-churn',
    milestone: '02-accuracy-trap',
    attacks: [
      { file: 'solution-source-exec.py' },
      { file: 'sys-modules-scan.py' },
      { file: 'function-globals.py' },
      { file: 'os-walk-fs.py' },
      { file: 'hash-eq-keys.py', notPassed: ['confusion_matrix counts the four kinds of answer'] },
      { file: 'bool-tricks.py', notPassed: ['is_useful does not trust accuracy alone'] },
      { file: 'baseexception-from-iter.py', notPassed: ['stratified_split keeps the churn rate in both parts'] },
      {
        file: 'hard-coded-visible.py',
        notPassed: ['classification_scores on labels generated from a fresh seed', 'stratified_split on rows generated from a fresh seed'],
      },
      { file: 'hidden-print.py', marksHiddenInputs: true },
      { file: 'leak-run-tracer.py', before: 'run' },
      { file: 'js-postmessage.py', ownWorker: true },
    ],
  },
];

const packs = createPackService(PROJECTS_ROOT);
afterAll(() => packs.close());

function newClient(): PythonClient {
  return createNodePythonClient({ projectFiles: testProjectFiles });
}

async function checkSubmission(python: PythonClient, slug: string, milestone: string, code: string): Promise<CheckResult> {
  const bundle = await packs.getCheckBundle(slug, milestone);
  return python.check(toCheckRequest(bundle, code));
}

function fixture(slug: string, file: string): string {
  return readFileSync(path.join(CORPUS_ROOT, slug, file), 'utf8');
}

/**
 * The program a fixture stands for. Most attacks are written over the project's wrong answer:
 * a `# Over: wrong-answer.py …` line puts those files first, so the attack's definitions
 * replace theirs as a learner's later `def` would.
 */
function submission(slug: string, file: string): string {
  return [...partsUnder(slug, file).map((part) => fixture(slug, part)), fixture(slug, file)].join('\n\n');
}

function partsUnder(slug: string, file: string): string[] {
  return /^# Over: (.+)$/m.exec(fixture(slug, file))?.[1]?.trim().split(/\s+/) ?? [];
}

/** The attack a fixture names on its first line: `# Attack: …`. */
function attackName(file: string, slug: string): string {
  const named = /^# Attack: (.+)$/.exec(fixture(slug, file).split('\n', 1)[0] ?? '');
  if (!named) throw new Error(`${file} does not start with "# Attack: …"`);
  return named[1]!.trim();
}

function summary(result: CheckResult): string {
  return [`overall ${result.status}${result.message ? `: ${result.message}` : ''}`, ...result.tests.map((test) => `[${test.status}] ${test.name}${test.message ? `: ${test.message}` : ''}`)].join('\n');
}

function expectNotPassed(result: CheckResult, attack: Partial<Attack>): void {
  const report = summary(result);
  expect(result.status, report).not.toBe('pass');
  for (const name of attack.notPassed ?? []) {
    const passed = result.tests.filter((test) => test.name === name && test.status === 'pass');
    expect(passed, `"${name}" was reported passed\n${report}`).toEqual([]);
  }
  if (attack.says) {
    const said = [result.message, ...result.tests.filter((test) => test.status !== 'pass').map((test) => test.message)];
    expect(said.some((text) => text !== null && attack.says!.test(text)), `expected ${attack.says}\n${report}`).toBe(true);
  }
  if (attack.marksHiddenInputs) {
    const carried = result.tests.filter((test) => test.hidden && [test.output, test.message].some((text) => text?.includes('LEAK<')));
    expect(carried.map((test) => test.name), report).toEqual([]);
  }
}

it('every file under adversarial/ is an attack, a part of one or a control', () => {
  for (const project of CORPUS) {
    const used = new Set(['wrong-answer.py']);
    for (const attack of project.attacks) {
      used.add(attack.file);
      if (attack.thenRun) used.add(attack.thenRun);
      for (const part of partsUnder(project.slug, attack.file)) used.add(part);
    }
    expect(readdirSync(path.join(CORPUS_ROOT, project.slug)).filter((file) => !used.has(file))).toEqual([]);
  }
  expect(readdirSync(CORPUS_ROOT).sort()).toEqual(CORPUS.map((project) => project.slug).sort());
});

for (const project of CORPUS) {
  describe(project.slug, () => {
    let shared: PythonClient | null = null;
    const python = () => (shared ??= newClient());
    afterAll(() => shared?.dispose());

    const milestones = [...new Set([project.milestone, ...project.attacks.map((attack) => attack.milestone ?? project.milestone)])];
    for (const milestone of milestones) {
      it(`control: the reference solution of ${milestone} passes through this harness`, async () => {
        const { solution } = await packs.getCheckBundle(project.slug, milestone);
        const result = await checkSubmission(python(), project.slug, milestone, solution);
        expect(result.status, summary(result)).toBe('pass');
      });
    }

    it(`control: wrong-answer.py, checked after each hostile Run, fails in a clean worker`, async () => {
      const result = await checkSubmission(python(), project.slug, project.milestone, fixture(project.slug, 'wrong-answer.py'));
      expect(result.status, summary(result)).toBe('fail');
    });

    for (const attack of project.attacks) {
      const source = submission(project.slug, attack.file);
      const milestone = attack.milestone ?? project.milestone;
      const how = attack.before ? `, ${attack.before === 'run' ? 'as a Run' : 'as a Check'} before a wrong answer` : '';
      it(`${attack.file} (${milestone}${how}): ${attackName(attack.file, project.slug)}`, async () => {
        const own = attack.ownWorker || attack.before || attack.thenRun ? newClient() : null;
        try {
          const worker = own ?? python();
          let checked = source;
          if (attack.before === 'run') await worker.run({ code: source, filename: 'main.py', project: project.slug });
          if (attack.before === 'check') expectNotPassed(await checkSubmission(worker, project.slug, milestone, source), {});
          if (attack.before) checked = fixture(project.slug, 'wrong-answer.py');
          expectNotPassed(await checkSubmission(worker, project.slug, milestone, checked), attack);
          if (attack.thenRun) {
            let printed = '';
            const onStream = (_stream: string, text: string) => (printed += text);
            await worker.run({ code: fixture(project.slug, attack.thenRun), filename: 'main.py', project: project.slug }, { onStream });
            expect(printed).not.toContain('LEAK<');
          }
        } finally {
          own?.dispose();
        }
      });
    }
  });
}
