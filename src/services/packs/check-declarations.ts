// What can only be known by running checks.py: that it declares checks, that each
// task a check names has its heading in instructions.md, and that each mistake's
// `# check:` header names one of its checks. Python reports the declarations
// itself (buildpath/_listing.py), so names from docstrings or computed in Python
// are the ones the checker shows.

import type { LoadedMilestone, LoadedPack, PackProblem } from '../../shared/pack/types';
import type { PythonClient } from '../../shared/python/python-client';
import type { DeclaredCheck } from '../../shared/python/protocol';

export async function checkDeclarationProblems(pack: LoadedPack, python: PythonClient): Promise<PackProblem[]> {
  const problems: PackProblem[] = [];
  for (const milestone of pack.milestones) {
    const base = `${pack.slug}/milestones/${milestone.id}`;
    const report = (file: string, message: string, field?: string) =>
      problems.push(field === undefined ? { file: `${base}/${file}`, message } : { file: `${base}/${file}`, field, message });
    const listing = await python.listChecks({ checks: milestone.checks, checksSupport: pack.checksSupport });
    if ('error' in listing) report('checks.py', `could not be run to read its checks: ${listing.error}`);
    else checkDeclarations(milestone, listing.checks, report);
  }
  return problems;
}

function checkDeclarations(
  milestone: LoadedMilestone,
  checks: DeclaredCheck[],
  report: (file: string, message: string, field?: string) => void,
): void {
  if (checks.length === 0) report('checks.py', 'declares no checks; mark each with @check(task=N)');
  const tasks = new Set(milestone.taskHeadings.map((heading) => heading.number));
  for (const check of checks) {
    if (check.task !== null && !tasks.has(check.task)) {
      report('checks.py', `uses task=${check.task} but instructions.md has no "## ${check.task}." heading`, `line ${check.line}`);
    }
  }
  const names = checks.map((check) => check.name);
  for (const mistake of milestone.mistakes) {
    if (mistake.check !== undefined && !names.includes(mistake.check)) {
      const known = names.map((name) => `"${name}"`).join(', ');
      report(`mistakes/${mistake.name}.py`, `"# check: ${mistake.check}" names no check of checks.py (its checks: ${known})`);
    }
  }
}
