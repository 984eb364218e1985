// One-off migration (issue 15): writes each milestone's starter and solution as the
// smallest patch that assembles back to today's text byte for byte, else leaves it whole.
//   starter  -> starter.patch.py (definitions replacing solution.py's) or starter.diff (of solution.py)
//   solution -> solution.diff (of the previous milestone's solution), when that is under half its size
//   node --import tsx scripts/migrate-starter-patches.ts [projects]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assemblePatch } from '../src/shared/pack/mistake-patch';
import { splitTopLevelStatements } from '../src/shared/pack/python-statements';

const root = path.resolve(process.argv[2] ?? 'projects');
const lineCount = (text: string) => text.split('\n').length;

function unifiedDiff(from: string, to: string, fromName: string, toName: string, workDir: string): string {
  const a = path.join(workDir, '.from.tmp');
  const b = path.join(workDir, '.to.tmp');
  writeFileSync(a, from);
  writeFileSync(b, to);
  try {
    return execFileSync('diff', ['-u', '--label', fromName, '--label', toName, a, b], { encoding: 'utf8' });
  } catch (error) {
    return (error as { stdout: string }).stdout; // diff exits 1 when the files differ
  } finally {
    rmSync(a);
    rmSync(b);
  }
}

const isMain = (text: string) => /^if\s+__name__\s*==/.test(text);

/** The definitions patch of everything but the __main__ block, then a diff of that block. */
function patchAndDiff(solution: string, starter: string, dir: string): { patch: string; diff: string } | undefined {
  const own = splitTopLevelStatements(solution);
  const theirs = splitTopLevelStatements(starter);
  const ownMain = own.find((statement) => isMain(statement.text));
  const theirMain = theirs.find((statement) => isMain(statement.text));
  if (!ownMain || !theirMain || ownMain.text === theirMain.text) return undefined;
  const lines = starter.split('\n');
  const withOwnMain = [...lines.slice(0, theirMain.startLine - 1), ownMain.text, ...lines.slice(theirMain.endLine)].join('\n');
  const patch = definitionsPatch(solution, withOwnMain);
  if (patch === undefined) return undefined;
  const patched = assemblePatch(solution, patch, 'definitions');
  if (!patched.ok) return undefined;
  const diff = fittingDiff(patched.code, starter, 'solution.py', 'starter.py', dir);
  return diff === undefined ? undefined : { patch, diff };
}

function definitionsPatch(solution: string, starter: string): string | undefined {
  const own = splitTopLevelStatements(solution);
  const theirs = splitTopLevelStatements(starter);
  const differing = theirs.filter((statement) => !own.some((mine) => mine.text === statement.text));
  const boundName = (statement: { name?: string; kind: string; text: string }) =>
    statement.name ?? (statement.kind === 'import' ? /^(?:import|from\s+\S+\s+import)\s+(\w+)\s*$/.exec(statement.text)?.[1] : undefined);
  const starterNames = new Set(theirs.map(boundName));
  const deletions = own.filter((mine) => boundName(mine) !== undefined && !starterNames.has(boundName(mine))).map((mine) => `del ${boundName(mine)}`);
  const patch = `${[...deletions.length > 0 ? [deletions.join('\n')] : [], ...differing.map((statement) => statement.text)].join('\n\n\n')}\n`;
  const assembled = assemblePatch(solution, patch, 'definitions');
  return assembled.ok && assembled.code === starter ? patch : undefined;
}

function fittingDiff(base: string, target: string, baseName: string, targetName: string, dir: string): string | undefined {
  const diff = unifiedDiff(base, target, baseName, targetName, dir);
  const assembled = assemblePatch(base, diff, 'diff');
  return assembled.ok && assembled.code === target ? diff : undefined;
}

const report: string[] = [];
for (const slug of readdirSync(root)) {
  const manifestFile = path.join(root, slug, 'project.json');
  if (!existsSync(manifestFile)) continue;
  const ids: string[] = JSON.parse(readFileSync(manifestFile, 'utf8')).milestones;
  let previousSolution: string | undefined;
  for (const id of ids) {
    const folder = path.join(root, slug, 'milestones', id);
    const solution = readFileSync(path.join(folder, 'solution.py'), 'utf8');
    const starterFile = path.join(folder, 'starter.py');
    if (existsSync(starterFile)) {
      const starter = readFileSync(starterFile, 'utf8');
      const candidates = [
        { file: 'starter.patch.py', text: definitionsPatch(solution, starter) },
        { file: 'starter.diff', text: fittingDiff(solution, starter, 'solution.py', 'starter.py', folder) },
      ].filter((candidate): candidate is { file: string; text: string } => candidate.text !== undefined);
      const both = patchAndDiff(solution, starter, folder);
      const best = candidates.sort((a, b) => lineCount(a.text) - lineCount(b.text))[0];
      if (both && (!best || lineCount(both.patch) + lineCount(both.diff) < lineCount(best.text))) {
        writeFileSync(path.join(folder, 'starter.patch.py'), both.patch);
        writeFileSync(path.join(folder, 'starter.diff'), both.diff);
        rmSync(starterFile);
        report.push(`${slug}/${id}: starter.patch.py ${lineCount(both.patch)} + starter.diff ${lineCount(both.diff)} lines (starter.py ${lineCount(starter)})`);
      } else if (best && lineCount(best.text) < lineCount(starter)) {
        writeFileSync(path.join(folder, best.file), best.text);
        rmSync(starterFile);
        report.push(`${slug}/${id}: ${best.file} ${lineCount(best.text)} lines (starter.py ${lineCount(starter)})`);
      } else report.push(`${slug}/${id}: starter.py kept`);
    }
    if (previousSolution !== undefined && process.env.SOLUTIONS !== '0') {
      const patch = definitionsPatch(previousSolution, solution);
      if (patch && lineCount(patch) < lineCount(solution) * Number(process.env.RATIO ?? 0.75)) {
        writeFileSync(path.join(folder, 'solution.patch.py'), patch);
        rmSync(path.join(folder, 'solution.py'));
        report.push(`${slug}/${id}: solution.patch.py ${lineCount(patch)} lines (solution.py ${lineCount(solution)})`);
      } else report.push(`${slug}/${id}: solution.py kept (${patch ? `patch ${lineCount(patch)} lines` : 'no fitting patch'})`);
    }
    previousSolution = solution;
  }
}
console.log(report.join('\n'));
