// `buildpath portfolio` and `buildpath verify` as real processes with real Pyodide:
// an export of a passed and an unpassed milestone verifies, and each kind of
// tampering afterwards (the code, portfolio.json, a verdict) is caught and named.

import { appendFile, cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { manifestDigest, portfolioManifestSchema, type PortfolioManifest } from '../../src/services/portfolio/manifest';
import { FIXTURE_PACKS, makePortfolioWorkspace } from '../support/portfolio-workspace';
import { runBuildpath } from '../support/run-cli';

const buildpath = runBuildpath;

let exported: string;

/** A copy of the export to tamper with, so each test starts from the untouched one. */
async function copyOfExport(): Promise<string> {
  const copy = await mkdtemp(path.join(tmpdir(), 'bp-portfolio-copy-'));
  await cp(exported, copy, { recursive: true });
  return copy;
}

async function readManifest(folder: string): Promise<PortfolioManifest> {
  return portfolioManifestSchema.parse(JSON.parse(await readFile(path.join(folder, 'portfolio.json'), 'utf8')));
}

beforeAll(async () => {
  const workspace = await makePortfolioWorkspace();
  exported = path.join(await mkdtemp(path.join(tmpdir(), 'bp-portfolio-out-')), 'portfolio');
  const result = await buildpath('portfolio', workspace, '--out', exported, '--name', 'Ada <Lovelace>', '--projects', FIXTURE_PACKS);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
}, 120_000);

describe('buildpath portfolio', () => {
  it('writes the page, the code and a manifest whose verdicts come from a fresh check', async () => {
    const manifest = await readManifest(exported);
    const [mean, variance] = manifest.projects[0]!.milestones;
    expect(mean).toMatchObject({ id: '01-mean', status: 'pass', hints_used: 2, hints_total: 4, solution_viewed_before_passing: true, study_minutes: 95 });
    expect(mean!.checks.every((check) => check.status === 'pass')).toBe(true);
    expect(variance).toMatchObject({ id: '02-variance', status: 'fail', solution_viewed_before_passing: false });
    expect(variance!.checks.some((check) => check.status === 'fail')).toBe(true);
    expect(Object.keys(manifest.files).sort()).toEqual(['code/fixture-basics/01-mean.py', 'code/fixture-basics/02-variance.py', 'index.html']);

    const page = await readFile(path.join(exported, 'index.html'), 'utf8');
    expect(page).toContain('Ada &lt;Lovelace&gt;’s portfolio');
    expect(page).toContain('Solution viewed before passing');
    expect(page).toContain('Hints used: 2 of 4');
    expect(page).toContain('Scores &lt;b&gt;by&lt;/b&gt; week');
    expect(page).toContain('<span class="py-keyword">def</span> <span class="py-definition">mean</span>');
    expect(page).toMatch(/<svg[^>]*aria-label="Scores/);
    expect(page).not.toMatch(/<script|\b(?:src|href)=|url\(/i);
  });

  it('refuses a folder that holds other files, and an unknown project', async () => {
    const workspace = await makePortfolioWorkspace(false);
    const busy = await mkdtemp(path.join(tmpdir(), 'bp-portfolio-busy-'));
    await writeFile(path.join(busy, 'notes.txt'), 'mine');
    const refused = await buildpath('portfolio', workspace, '--out', busy, '--projects', FIXTURE_PACKS);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('is not empty and holds no earlier portfolio');
    const unknown = await buildpath('portfolio', workspace, '--out', path.join(busy, 'x'), '--project', 'no-such', '--projects', FIXTURE_PACKS);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('There is no project "no-such"');
  });
});

describe('buildpath verify', () => {
  it('exits 0 when every claimed verdict holds', async () => {
    const { code, stdout } = await buildpath('verify', exported, '--projects', FIXTURE_PACKS);
    expect(stdout).toContain('OK    fixture-basics/01-mean: "pass"');
    expect(stdout).toContain('OK    fixture-basics/02-variance: "fail"');
    expect(code).toBe(0);
  });

  it('names the milestone whose code was edited', async () => {
    const copy = await copyOfExport();
    await appendFile(path.join(copy, 'code/fixture-basics/02-variance.py'), '\n# better now\n');
    const { code, stdout } = await buildpath('verify', copy, '--projects', FIXTURE_PACKS);
    expect(code).toBe(1);
    expect(stdout).toContain('FAIL  fixture-basics/02-variance: its code (code/fixture-basics/02-variance.py) was edited');
    expect(stdout).toContain('OK    fixture-basics/01-mean');
  });

  it('notices portfolio.json edited by hand', async () => {
    const copy = await copyOfExport();
    const manifest = await readManifest(copy);
    manifest.projects[0]!.milestones[0]!.hints_used = 0;
    await writeFile(path.join(copy, 'portfolio.json'), JSON.stringify(manifest, null, 2));
    const { code, stdout } = await buildpath('verify', copy, '--projects', FIXTURE_PACKS);
    expect(code).toBe(1);
    expect(stdout).toContain('FAIL  portfolio: portfolio.json was edited after export');
  });

  it('catches a verdict claimed falsely even when the digest was recomputed', async () => {
    const copy = await copyOfExport();
    const manifest = await readManifest(copy);
    const variance = manifest.projects[0]!.milestones[1]!;
    variance.status = 'pass';
    variance.checks = variance.checks.map((check) => ({ ...check, status: 'pass' }));
    manifest.digest = manifestDigest(manifest);
    await writeFile(path.join(copy, 'portfolio.json'), JSON.stringify(manifest, null, 2));
    const { code, stdout } = await buildpath('verify', copy, '--projects', FIXTURE_PACKS);
    expect(code).toBe(1);
    expect(stdout).toMatch(/FAIL {2}fixture-basics\/02-variance: claims "pass" but the checks now give "fail"/);
    expect(stdout).not.toContain('was edited after export');
  });

  it('says so when the bundled pack has changed its checks since the export', async () => {
    const packs = await mkdtemp(path.join(tmpdir(), 'bp-portfolio-packs-'));
    await cp(FIXTURE_PACKS, packs, { recursive: true });
    await appendFile(path.join(packs, 'fixture-basics/milestones/01-mean/checks.py'), '\n# a later edition\n');
    const { code, stdout } = await buildpath('verify', exported, '--projects', packs);
    expect(code).toBe(1);
    expect(stdout).toContain("FAIL  fixture-basics/01-mean: the pack's checks changed since the export");
    expect(stdout).toContain('OK    fixture-basics/02-variance');
  });
});
