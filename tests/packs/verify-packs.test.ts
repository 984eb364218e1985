// Every milestone of every pack, checked in real Pyodide the way a learner's work
// is: the starter is not passed, the reference solution passes, each known mistake
// fails with its message, each alternative solution passes. New packs under
// projects/ are picked up without touching this file.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPackService, validatePack } from '../../src/services/packs';
import { checkResultSchema, type CheckResult } from '../../src/shared/check-result';
import type { LoadedMilestone, LoadedPack } from '../../src/shared/pack/types';
import { toCheckRequest } from '../../src/shared/python/check-request';
import { sharedPython } from '../support/python';
import { PROJECTS_ROOT } from './support';

const FIXTURE_ROOT = path.resolve(__dirname, '../fixtures/packs');

function packFolders(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(root, entry.name));
}

// The full validation, including what Python reports of each checks.py.
const packs = [];
for (const dir of [...packFolders(PROJECTS_ROOT), ...packFolders(FIXTURE_ROOT)]) packs.push({ dir, result: await validatePack(dir, sharedPython) });

const services = new Map([PROJECTS_ROOT, FIXTURE_ROOT].map((root) => [root, createPackService(root)]));

async function check(pack: LoadedPack, milestone: LoadedMilestone, code: string): Promise<CheckResult> {
  const bundle = await services.get(path.dirname(pack.dir))!.getCheckBundle(pack.slug, milestone.id);
  const result = await sharedPython().check(toCheckRequest(bundle, code));
  checkResultSchema.parse(result);
  return result;
}

function explain(result: CheckResult): string {
  const failing = result.tests.filter((test) => test.status !== 'pass');
  return [result.message, ...failing.map((test) => `[${test.status}] ${test.name}: ${test.message}`)]
    .filter(Boolean)
    .join('\n');
}

for (const { dir, result } of packs) {
  describe(path.relative(path.resolve(__dirname, '../..'), dir), () => {
    if (!result.ok) {
      it('is a valid pack', () => {
        expect.fail(result.problems.map((p) => `${p.file}${p.field ? `: ${p.field}` : ''}: ${p.message}`).join('\n'));
      });
      return;
    }
    const pack = result.pack;
    for (const milestone of pack.milestones) {
      describe(milestone.id, () => {
        it('starter is reported not attempted', async () => {
          const verdict = await check(pack, milestone, milestone.starter);
          expect(verdict.status, explain(verdict)).toBe('not_attempted');
        });

        it('reference solution passes', async () => {
          const verdict = await check(pack, milestone, milestone.solution);
          expect(verdict.status, explain(verdict)).toBe('pass');
          expect(verdict.tests.length).toBeGreaterThan(0);
        });

        for (const mistake of milestone.mistakes) {
          it(`mistake "${mistake.name}" fails with its message`, async () => {
            const verdict = await check(pack, milestone, mistake.code);
            expect(verdict.status, explain(verdict)).not.toBe('pass');
            const failing = verdict.tests.filter((test) => test.status === 'fail' || test.status === 'timeout');
            const matching = failing.filter((test) => test.message?.includes(mistake.expect));
            expect(matching.length, `expected a failing check saying "${mistake.expect}", got:\n${explain(verdict)}`).toBeGreaterThan(0);
            if (mistake.check) expect(matching.map((test) => test.name)).toContain(mistake.check);
          });
        }

        for (const alternative of milestone.alternatives) {
          it(`alternative "${alternative.name}" passes`, async () => {
            const verdict = await check(pack, milestone, alternative.code);
            expect(verdict.status, explain(verdict)).toBe('pass');
          });
        }
      });
    }
  });
}
