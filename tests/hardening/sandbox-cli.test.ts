// The CLI against hostile submissions and packs: terminal escapes in anything it
// prints are shown, not obeyed; a submission cannot forge a pass through the
// inspector or signals; a pack's checks.py is sandboxed like learner code.

import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildpath, FIXTURES } from '../support/buildpath-cli';

const ESCAPES = '\\x1b[2J\\x1b]0;owned\\x07\\x1b]52;c;cHduZWQ=\\x07\\x1b[32mMilestone passed\\x9b31m';
/** A terminal acts on ESC, BEL and the C1 CSI; none may reach it raw. */
const RAW_CONTROL = /[\u0007\u001b\u009b]/;

function scratch(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

function copyFixture(): { root: string; pack: string } {
  const root = scratch('bp-cli-packs-');
  const pack = path.join(root, 'fixture-basics');
  cpSync(path.join(FIXTURES, 'fixture-basics'), pack, { recursive: true });
  return { root, pack };
}

describe('terminal escapes from learner code and packs are shown, not obeyed', () => {
  it('check: an exception message full of escape sequences', async () => {
    const file = path.join(scratch('bp-cli-'), 'evil.py');
    writeFileSync(file, `raise ValueError("${ESCAPES}")\n`);
    const { code, stdout } = await buildpath('check', 'fixture-basics', '01-mean', file, '--projects', FIXTURES);
    expect(code).toBe(1);
    expect(stdout).not.toMatch(RAW_CONTROL);
    expect(stdout).toContain('\\x1b[2J');
    expect(stdout).toContain('\\x1b]52;c;');
    expect(stdout).not.toMatch(/^Milestone passed/m);
  }, 120_000);

  it('check: a value whose repr carries escapes', async () => {
    const file = path.join(scratch('bp-cli-'), 'evil-repr.py');
    writeFileSync(file, `class Evil(float):\n    def __repr__(self):\n        return "${ESCAPES}"\n\ndef mean(values):\n    return Evil(1.0)\n\ndef load_scores(path):\n    return []\n`);
    const { stdout } = await buildpath('check', 'fixture-basics', '01-mean', file, '--projects', FIXTURES);
    expect(stdout).not.toMatch(RAW_CONTROL);
    expect(stdout).toContain('Not passed yet');
  }, 120_000);

  it('list and validate: a pack title and a folder name with escapes', async () => {
    const { root, pack } = copyFixture();
    const manifest = JSON.parse(readFileSync(path.join(pack, 'project.json'), 'utf8'));
    manifest.title = '\u001b]0;owned\u0007\u001b[2JEvil title\u009b';
    writeFileSync(path.join(pack, 'project.json'), JSON.stringify(manifest));
    mkdirSync(path.join(root, 'evil\u001b[31mfolder'));
    writeFileSync(path.join(root, 'evil\u001b[31mfolder', 'project.json'), '{"title": "\u001b[2J"}');
    const list = await buildpath('list', '--projects', root);
    expect(list.stdout).not.toMatch(RAW_CONTROL);
    expect(list.stdout).toContain('\\x1b]0;owned\\x07');
    const validate = await buildpath('validate', root);
    expect(validate.stdout + validate.stderr).not.toMatch(RAW_CONTROL);
    expect(validate.stdout).toContain('evil\\x1b[31mfolder');
    const json = await buildpath('list', '--projects', root, '--json');
    expect(JSON.parse(json.stdout).some((summary: { title: string }) => summary.title === manifest.title)).toBe(true); // --json keeps the real text
  }, 180_000);

  it('grade: a submission named with escapes, in the progress lines and the summary', async () => {
    const folder = scratch('bp-cli-grade-');
    writeFileSync(path.join(folder, 'x\u001b]0;owned\u0007\u001b[2J.py'), 'import nothing_here\n');
    const { code, stdout, stderr } = await buildpath('grade', 'fixture-basics', '01-mean', folder, '--projects', FIXTURES, '--jobs', '1');
    expect(code).toBe(0);
    expect(stdout + stderr).not.toMatch(RAW_CONTROL);
    expect(stderr).toContain('x\\x1b]0;owned\\x07\\x1b[2J');
  }, 120_000);
});

describe('a submission cannot forge its verdict or reach the CLI process', () => {
  it('through the inspector or SIGUSR1 (which would open the CLI’s inspector): refused, exit 1, no pass', async () => {
    const file = path.join(scratch('bp-cli-'), 'forge.py');
    writeFileSync(file, `import js
process = js.Object.constructor("return process")()
process.kill(process.ppid, "SIGUSR1")
inspector = process.getBuiltinModule("inspector")
session = inspector.Session.new()
session.connectToMainThread()
session.post("Runtime.evaluate", js.Object.fromEntries([["expression", "process.stdout.write('Milestone passed'); process.exit(0)"]]))
`);
    const { code, stdout } = await buildpath('check', 'fixture-basics', '01-mean', file, '--projects', FIXTURES, '--json');
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result.status).toBe('error');
    expect(result.message).toMatch(/refused the Function constructor/);
  }, 120_000);
});

describe('a pack’s own checks.py runs in the sandbox too', () => {
  const WRITER = (target: string) => `import js
js.Object.constructor("return process")().getBuiltinModule("fs").writeFileSync(${JSON.stringify(target)}, "written by checks.py")
`;

  it('validate: checks.py that writes a host file is refused and the pack is reported, not ok', async () => {
    const { root, pack } = copyFixture();
    const target = path.join(root, 'pwned-by-validate.txt');
    const checks = path.join(pack, 'milestones/01-mean/checks.py');
    writeFileSync(checks, WRITER(target) + readFileSync(checks, 'utf8'));
    const { code, stdout } = await buildpath('validate', pack);
    expect(code).toBe(1);
    expect(stdout).toMatch(/refused/);
    expect(existsSync(target)).toBe(false);
  }, 120_000);

  it('check --projects: the same checks.py ends the check as an error, nothing written', async () => {
    const { root, pack } = copyFixture();
    const target = path.join(root, 'pwned-by-check.txt');
    const checks = path.join(pack, 'milestones/01-mean/checks.py');
    writeFileSync(checks, WRITER(target) + readFileSync(checks, 'utf8'));
    const { code, stdout } = await buildpath('check', 'fixture-basics', '01-mean', path.join(pack, 'milestones/01-mean/solution.py'), '--projects', root, '--json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ status: 'error', message: expect.stringMatching(/refused/) });
    expect(existsSync(target)).toBe(false);
  }, 120_000);
});
