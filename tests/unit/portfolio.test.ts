// The pieces of a portfolio export: the manifest and its hashes, the page's
// highlighted code and SVG pictures, and verify's findings on a real export
// (real files, real Pyodide).

import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPackService } from '../../src/services/packs';
import { checkerFromResults, createHostPortfolio, exportPortfolio, verifyPortfolio } from '../../src/services/portfolio';
import { checksHash, manifestDigest, portfolioManifestSchema, sealManifest, sha256 } from '../../src/services/portfolio/manifest';
import { highlightPython, tokenizePython } from '../../src/services/portfolio/python-highlight';
import { niceTicks, renderDisplay } from '../../src/services/portfolio/svg-charts';
import type { CheckResult } from '../../src/shared/check-result';
import type { DisplayRecord } from '../../src/shared/display';
import type { CheckBundle } from '../../src/shared/pack/types';
import { FIXTURE_PACKS, makePortfolioWorkspace } from '../support/portfolio-workspace';
import { sharedPython } from '../support/python';

const bundle = {
  project: 'p',
  milestone: '01-a',
  starter: 'x = None\n',
  checks: 'check stuff\n',
  checksSupport: null,
  solution: 'x = 1\n',
  defaultBudgetSeconds: 5,
  revealExpected: true,
} as unknown as CheckBundle;
const files = { slug: 'p', files: { 'data/a.csv': 'a\n1\n' } };

describe('the manifest', () => {
  it('hashes everything the verdicts depend on besides the code', () => {
    const base = checksHash(bundle, files);
    expect(checksHash({ ...bundle }, { slug: 'p', files: { ...files.files } })).toBe(base);
    expect(checksHash({ ...bundle, checks: 'check other\n' }, files)).not.toBe(base);
    expect(checksHash({ ...bundle, solution: 'x = 2\n' }, files)).not.toBe(base);
    expect(checksHash({ ...bundle, checksSupport: 'def helper(): pass\n' }, files)).not.toBe(base);
    expect(checksHash(bundle, { slug: 'p', files: { 'data/a.csv': 'a\n2\n' } })).not.toBe(base);
  });

  const sealed = sealManifest({
    format: 'buildpath-portfolio',
    version: 1,
    created_at: '2026-12-01T10:00:00.000Z',
    buildpath_version: '0.1.0',
    learner_name: null,
    files: { 'index.html': 'a'.repeat(64) },
    projects: [],
  });

  it('carries a digest of its own content, which any edit breaks', () => {
    expect(portfolioManifestSchema.parse(sealed)).toEqual(sealed);
    expect(manifestDigest(sealed)).toBe(sealed.digest);
    expect(manifestDigest({ ...sealed, learner_name: 'Someone else' })).not.toBe(sealed.digest);
  });

  it('refuses file names outside the export and milestone names that are not ids', () => {
    expect(portfolioManifestSchema.safeParse({ ...sealed, files: { '../../.ssh/id_rsa': 'a'.repeat(64) } }).success).toBe(false);
    const milestone = {
      id: '01-a\u001b[2J', title: 't', code_file: 'code/p/01-a.py', checks_sha256: 'b'.repeat(64), status: 'pass', checks: [],
      first_attempt_at: null, passed_at: null, code_changed_at: null, study_minutes: null, hints_used: null, hints_total: 0,
      solution_viewed_before_passing: null,
    };
    expect(portfolioManifestSchema.safeParse({ ...sealed, projects: [{ slug: 'p', title: 'P', milestones: [milestone] }] }).success).toBe(false);
  });
});

describe('highlighted code', () => {
  it('colours keywords, definitions, strings, comments and numbers, escaping everything', () => {
    const html = highlightPython('def f(x):\n    return "<script>" + 1.5  # </pre>\n');
    expect(html).toBe(
      '<span class="py-keyword">def</span> <span class="py-definition">f</span>(x):\n    <span class="py-keyword">return</span> ' +
        '<span class="py-string">&quot;&lt;script&gt;&quot;</span> + <span class="py-number">1.5</span>  <span class="py-comment"># &lt;/pre&gt;</span>\n',
    );
  });

  it('keeps a triple-quoted string across lines as one string, and loses no character', () => {
    const source = 'x = """a\n# not a comment\nb"""\n@decorator\nclass C: pass\nunfinished = "abc\n';
    const tokens = tokenizePython(source);
    expect(tokens.map((token) => token.text).join('')).toBe(source);
    expect(tokens.find((token) => token.kind === 'string')?.text).toBe('"""a\n# not a comment\nb"""');
    expect(tokens.some((token) => token.kind === 'comment')).toBe(false);
    expect(tokens.find((token) => token.kind === 'decorator')?.text).toBe('@decorator');
  });
});

describe('pictures as SVG', () => {
  const chart = { title: '<img src=x onerror=alert(1)>', note: null, x_label: 'a"b', y_label: null };
  const records: DisplayRecord[] = [
    { kind: 'scatter', ...chart, x: [1, 2, 3], y: [3, 1, 2], colors: ['a', 'b', 'a'], line: { slope: 1, intercept: 0 }, total_points: 3 },
    { kind: 'line', ...chart, series: [{ name: 'train', x: [0, 1], y: [1, 0] }, { name: 'test', x: [0, 1], y: [1, 0.5] }] },
    { kind: 'bar', ...chart, labels: ['<x>', 'y'], values: [3, -1] },
    { kind: 'histogram', ...chart, edges: [0, 1, 2], counts: [4, 2], total: 6 },
    { kind: 'heatmap', ...chart, values: [[1, 2], [3, 4]], row_labels: ['r1', 'r2'], column_labels: ['c1', 'c2'], annotate: true },
    { kind: 'images', title: 'digits', note: null, images: [{ pixels: [[0, 1], [1, 0]], label: '<7>' }], columns: null, value_range: [0, 1] },
    { kind: 'table', title: null, note: null, columns: ['<a>'], rows: [['<b>'], [1.5]], total_rows: 2 },
  ];

  it.each(records.map((record) => [record.kind, record] as const))('draws a %s with every text escaped and every number finite', (_kind, record) => {
    const html = renderDisplay(record);
    expect(html).toMatch(record.kind === 'table' ? /<table/ : /<svg/);
    expect(html).not.toMatch(/<img|<x>|<7>|<b>|<a>|a"b/);
    expect(html).not.toMatch(/NaN|Infinity/);
  });

  it('chooses round tick steps', () => {
    expect(niceTicks(0, 10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(0.13, 0.61)).toEqual([0.2, 0.3, 0.4, 0.5, 0.6]);
  });
});

describe('verify', () => {
  const packs = createPackService(FIXTURE_PACKS, { watch: false });
  let folder: string;

  beforeAll(async () => {
    folder = path.join(await mkdtemp(path.join(tmpdir(), 'bp-portfolio-unit-')), 'out');
    const workspace = await makePortfolioWorkspace(false);
    const summary = await exportPortfolio({ workspaceDir: workspace, outDir: folder, packs, checker: sharedPython(), buildpathVersion: 'test' });
    expect(summary).toMatchObject({ milestones: 2, passed: 1 });
  }, 120_000);

  it('confirms an untouched export, without progress.json, and exports no hints or hours it does not know', async () => {
    const report = await verifyPortfolio(folder, packs, sharedPython());
    expect(report.findings).toEqual([]);
    expect(report.confirmed.map((entry) => entry.milestone)).toEqual(['fixture-basics/01-mean', 'fixture-basics/02-variance']);
    const manifest = portfolioManifestSchema.parse(JSON.parse(await readFile(path.join(folder, 'portfolio.json'), 'utf8')));
    expect(manifest.projects[0]!.milestones[0]).toMatchObject({ hints_used: null, study_minutes: null, solution_viewed_before_passing: null });
  });

  it('catches a page that says more than the claims, even with its hash and the digest redone', async () => {
    const copy = `${folder}-page`;
    await cp(folder, copy, { recursive: true });
    const pageFile = path.join(copy, 'index.html');
    const page = (await readFile(pageFile, 'utf8')).replace('<span class="badge">Not passed yet</span>', '<span class="badge">Passed</span>');
    await writeFile(pageFile, page);
    const manifest = portfolioManifestSchema.parse(JSON.parse(await readFile(path.join(copy, 'portfolio.json'), 'utf8')));
    manifest.files['index.html'] = sha256(page);
    manifest.digest = manifestDigest(manifest);
    await writeFile(path.join(copy, 'portfolio.json'), JSON.stringify(manifest));
    const report = await verifyPortfolio(copy, packs, sharedPython());
    expect(report.findings).toEqual([{ milestone: null, problem: 'index.html does not show what portfolio.json claims: the page was changed after export.' }]);
  });

  it('names an edited page, a removed code file and a manifest that is not one', async () => {
    await appendFile(path.join(folder, 'index.html'), '<p>I also passed the exam</p>');
    await rm(path.join(folder, 'code/fixture-basics/01-mean.py'));
    const report = await verifyPortfolio(folder, packs, sharedPython());
    expect(report.ok).toBe(false);
    expect(report.findings).toEqual([
      { milestone: null, problem: 'index.html was edited after export.' },
      { milestone: 'fixture-basics/01-mean', problem: 'its code (code/fixture-basics/01-mean.py) was edited or removed after export.' },
    ]);

    await writeFile(path.join(folder, 'portfolio.json'), '{"format": "buildpath-portfolio"}');
    const broken = await verifyPortfolio(folder, packs, sharedPython());
    expect(broken.findings).toHaveLength(1);
    expect(broken.findings[0]!.problem).toMatch(/^portfolio.json is not a portfolio this Buildpath reads/);
  });
});

describe('exporting again into the same folder', () => {
  it('swaps in the new code folder whole, dropping stale files and what a stopped export left', async () => {
    const packs = createPackService(FIXTURE_PACKS, { watch: false });
    const folder = path.join(await mkdtemp(path.join(tmpdir(), 'bp-portfolio-again-')), 'out');
    const workspace = await makePortfolioWorkspace(false);
    const exportOnce = () => exportPortfolio({ workspaceDir: workspace, outDir: folder, packs, checker: sharedPython(), buildpathVersion: 'test' });
    await exportOnce();
    await writeFile(path.join(folder, 'code/fixture-basics/99-gone.py'), 'print("from an earlier export")\n');
    await mkdir(path.join(folder, '.code-stopped/fixture-basics'), { recursive: true });
    await writeFile(path.join(folder, '.code-stopped/fixture-basics/01-mean.py'), 'half written');
    await exportOnce();
    expect((await readdir(folder)).sort()).toEqual(['code', 'index.html', 'portfolio.json']);
    expect((await readdir(path.join(folder, 'code/fixture-basics'))).sort()).toEqual(['01-mean.py', '02-variance.py']);
    expect((await verifyPortfolio(folder, packs, sharedPython())).findings).toEqual([]);
    packs.close();
  }, 120_000);
});

describe('hostile learner code in the page', () => {
  it('cannot put markup into the exported page through its code, its output or its pictures', async () => {
    const packs = createPackService(FIXTURE_PACKS, { watch: false });
    const workspace = await makePortfolioWorkspace(false);
    const hostile = [
      '# </code></pre><script>alert(1)</script>',
      'from buildpath import show',
      'show.table([{"<script>x</script>": "</td><img src=x onerror=alert(2)>"}], title="</figure><script>alert(3)</script>")',
      'show.bar(["<iframe src=//evil>"], [1], x_label="\u202e<style>")',
      'raise RuntimeError("<script>alert(4)</script>")',
    ].join('\n');
    await writeFile(path.join(workspace, 'fixture-basics/01-mean.py'), hostile);
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'bp-portfolio-hostile-')), 'out');
    await exportPortfolio({ workspaceDir: workspace, outDir: out, project: 'fixture-basics', learnerName: '<script>alert(5)</script>', packs, checker: sharedPython(), buildpathVersion: 'test' });
    const page = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(page).toContain('&lt;script&gt;alert(4)&lt;/script&gt;');
    expect(page).toContain('&lt;iframe src=//evil&gt;');
    expect(page).toContain('&lt;/td&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(page).not.toMatch(/<(?:script|img|iframe)\b|<style>(?!\n:root)|<\/figure><script/i);
    expect(page.match(/<style>/g)).toHaveLength(1);
  });
});

describe('the host API of the export', () => {
  const packs = createPackService(FIXTURE_PACKS, { watch: false });

  it('lists only code that is the learner’s own, and refuses an unknown project', async () => {
    const workspace = await makePortfolioWorkspace(false);
    await writeFile(path.join(workspace, 'fixture-basics/02-variance.py'), await readFile(path.join(FIXTURE_PACKS, 'fixture-basics/milestones/02-variance/starter.py'), 'utf8'));
    const portfolio = createHostPortfolio({ workspaceDir: workspace, version: 'test', packs });
    expect((await portfolio.portfolioCode(null)).map((found) => found.milestone)).toEqual(['01-mean']);
    await expect(portfolio.portfolioCode('no-such')).rejects.toThrow('There is no project "no-such"');
    await expect(portfolio.portfolioCode('../etc')).rejects.toThrow();
    expect(await portfolio.savePortfolioPdf(null)).toBeNull();
  });

  it('takes a result only for the exact code it was computed on', async () => {
    const result: CheckResult = {
      version: 3, format: 'buildpath-check/1', status: 'pass', message: null, error_line: null,
      project: 'fixture-basics', milestone: '01-mean', tests: [], displays: [], duration_ms: 1,
    };
    const checker = checkerFromResults([{ codeSha256: sha256('x = 1\n'), result }]);
    const request = { ...bundle, project: 'fixture-basics', milestone: '01-mean', filename: '01-mean.py' };
    await expect(checker.check({ ...request, code: 'x = 1\n' })).resolves.toBe(result);
    await expect(checker.check({ ...request, code: 'x = 2\n' })).rejects.toThrow('changed while exporting');
    await expect(checker.check({ ...request, milestone: '02-variance', code: 'x = 1\n' })).rejects.toThrow('was not checked');
  });

  it('refuses a request whose results are not check results', async () => {
    const portfolio = createHostPortfolio({ workspaceDir: await makePortfolioWorkspace(false), version: 'test', packs });
    await expect(portfolio.exportPortfolio({ project: null, learnerName: null, checks: [{ codeSha256: 'a'.repeat(64), result: { status: 'pass' } }] })).rejects.toThrow();
  });
});
