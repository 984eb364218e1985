// `buildpath validate` and `buildpath list`, run as a user runs them: a real process.

import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const CORPUS = 'tests/fixtures/broken-packs';
const FIXTURES = 'tests/fixtures/packs';

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function buildpath(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/buildpath.mjs', ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const brokenPacks = readdirSync(CORPUS, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

describe('buildpath validate', () => {
  it('passes the fixture pack, given alone or as a folder of packs', async () => {
    for (const target of [FIXTURES, `${FIXTURES}/fixture-basics`]) {
      const outcome = await buildpath(['validate', target]);
      expect(outcome).toEqual({ code: 0, stdout: 'ok  fixture-basics (2 milestones)\n1 project checked: all valid.\n', stderr: '' });
    }
  });

  // Each run is a separate process mostly waiting on start-up, so they overlap. The packs
  // that load start Pyodide to read their checks, hence the longer time.
  it.concurrent.for(brokenPacks)('reports %s as invalid with file: field: message lines', { timeout: 180_000 }, async (folder, { expect }) => {
    const outcome = await buildpath(['validate', `${CORPUS}/${folder}`]);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toBe('');
    const lines = outcome.stdout.trimEnd().split('\n');
    const summary = lines.pop();
    expect(summary).toMatch(/^1 project checked: 0 valid, 1 invalid, \d+ problems?\.$/);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.startsWith(`${CORPUS}/${folder}/`) || line.startsWith(`${CORPUS}/${folder}:`)).toBe(true);
  });

  it('says which patch no longer fits the solution, with its line', async () => {
    const folder = `${CORPUS}/patch-no-longer-fits/milestones/01-add/mistakes`;
    const outcome = await buildpath(['validate', `${CORPUS}/patch-no-longer-fits`]);
    expect(outcome.stdout).toContain(`${folder}/multiplies.py: line 5: replaces nothing: solution.py has no top-level "add_numbers"\n`);
    expect(outcome.stdout).toContain(`${folder}/doubles.diff: line 5: hunk "@@ -1,2 +1,2 @@" does not apply`);
  });

  it('prints a JSON problem with its line and field', async () => {
    const outcome = await buildpath(['validate', `${CORPUS}/manifest-bad-json`]);
    expect(outcome.stdout).toContain(`${CORPUS}/manifest-bad-json/project.json: line 6: is not valid JSON: `);
    const wrongTypes = await buildpath(['validate', `${CORPUS}/manifest-wrong-types`]);
    expect(wrongTypes.stdout).toContain(`${CORPUS}/manifest-wrong-types/project.json: estimated_hours: expected number, received string\n`);
  });

  it('checks every pack of a folder and counts them', async () => {
    const outcome = await buildpath(['validate', CORPUS]);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toMatch(new RegExp(`\\n${brokenPacks.length} projects checked: 0 valid, ${brokenPacks.length} invalid, \\d+ problems\\.\\n$`));
  });

  it('uses $BUILDPATH_PROJECTS without a folder, and exits 2 on usage errors', async () => {
    expect((await buildpath(['validate'], { BUILDPATH_PROJECTS: FIXTURES })).code).toBe(0);
    expect(await buildpath(['validate', 'no/such/folder'])).toMatchObject({ code: 2, stdout: '' });
    expect((await buildpath(['validate', 'a', 'b'])).code).toBe(2);
    expect((await buildpath(['validate', '--strict'])).code).toBe(2);
  });
});

describe('buildpath list', () => {
  it('shows a table with broken packs marked', async () => {
    const outcome = await buildpath(['list', '--projects', CORPUS]);
    expect(outcome.code).toBe(0);
    const lines = outcome.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^SLUG\s+TITLE\s+MILESTONES\s+STATUS$/);
    expect(lines).toContainEqual(expect.stringMatching(/^too-few-hints\s+Broken: too-few-hints\s+-\s+broken \(1 problem\)$/));
    expect(lines).toHaveLength(brokenPacks.length + 1);
  });

  it('prints summaries as JSON', async () => {
    const outcome = await buildpath(['list', '--json'], { BUILDPATH_PROJECTS: path.resolve(FIXTURES) });
    expect(outcome.code).toBe(0);
    const summaries = JSON.parse(outcome.stdout) as { slug: string; status: string; milestones: unknown[] }[];
    expect(summaries.map((summary) => [summary.slug, summary.status, summary.milestones.length])).toEqual([['fixture-basics', 'ok', 2]]);
  });

  it('exits 2 for a projects folder that does not exist', async () => {
    expect((await buildpath(['list', '--projects', 'no/such/folder'])).code).toBe(2);
  });
});

describe('buildpath mistake', () => {
  it('prints the program a patch stands for', async () => {
    const outcome = await buildpath(['mistake', 'fixture-basics', '02-variance', 'sample-variance', '--projects', FIXTURES]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(/^import csv\nimport math\n/);
    expect(outcome.stdout).toContain('for value in values) / (len(values) - 1)\n');
    expect(outcome.stdout).toContain('if __name__ == "__main__":');
  });

  it('names the mistakes there are when asked for one that is not, and exits 2', async () => {
    const outcome = await buildpath(['mistake', 'fixture-basics', '01-mean', 'nothing', '--projects', FIXTURES]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe('buildpath: fixture-basics/01-mean has no mistake "nothing" (its mistakes: returns-the-sum, scores-as-text)\n');
    expect((await buildpath(['mistake', 'fixture-basics'])).code).toBe(2);
  });

  it('prints the problems of a pack whose patches do not fit, and exits 1', async () => {
    const outcome = await buildpath(['mistake', 'patch-no-longer-fits', '01-add', 'subtracts', '--projects', CORPUS]);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('multiplies.py: line 5: replaces nothing');
  });
});

describe('buildpath show-file', () => {
  it('prints a starter written as a patch, assembled as the app serves it', async () => {
    const outcome = await buildpath(['show-file', 'house-prices', '04-baseline', 'starter', '--projects', 'projects']);
    expect(outcome.code).toBe(0);
    const fixture = JSON.parse(await readFile('tests/fixtures/pack-programs-sha256.json', 'utf8')) as { files: Record<string, string> };
    expect(createHash('sha256').update(outcome.stdout).digest('hex')).toBe(fixture.files['house-prices/milestones/04-baseline/starter.py']);
  });

  it('prints the solution, and refuses anything else with exit 2', async () => {
    const solution = await buildpath(['show-file', 'fixture-basics', '01-mean', 'solution', '--projects', FIXTURES]);
    expect(solution.stdout).toBe(await readFile(`${FIXTURES}/fixture-basics/milestones/01-mean/solution.py`, 'utf8'));
    const other = await buildpath(['show-file', 'fixture-basics', '01-mean', 'checks', '--projects', FIXTURES]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('show-file prints "starter" or "solution", not "checks"');
  });
});
