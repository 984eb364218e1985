// Builds a known mistake's full program from its patch (docs/pack-format.md,
// "Known mistakes"): each top-level definition of the patch replaces the one of
// the same name in solution.py; a name solution.py lacks is inserted before the
// first replaced definition; imports the solution lacks are added after its own.

import { splitTopLevelStatements, type TopLevelStatement } from './python-statements';
import { applyUnifiedDiff } from './unified-diff';

/** Something that keeps a patch from fitting, at a 1-based line of the patch file. */
export interface PatchProblem {
  line: number;
  message: string;
}

export type AssemblyResult = { ok: true; code: string } | { ok: false; problems: PatchProblem[] };

interface Replacement {
  target: TopLevelStatement;
  text: string;
}

export function assembleDefinitionPatch(solution: string, patch: string): AssemblyResult {
  const problems: PatchProblem[] = [];
  const patchStatements = splitTopLevelStatements(patch);
  const solutionStatements = splitTopLevelStatements(solution);
  const byName = definitionsByName(solutionStatements);

  const replacements: Replacement[] = [];
  const inserted: string[] = [];
  const imports: string[] = [];
  const seen = new Set<string>();
  for (const statement of patchStatements) {
    if (statement.kind === 'import') {
      if (!solutionStatements.some((own) => own.kind === 'import' && sameCode(own.text, statement.text))) imports.push(statement.text);
      continue;
    }
    if (statement.name === undefined) {
      problems.push({
        line: statement.startLine,
        message: 'is not a top-level definition; a patch holds only def, class, NAME = … and imports (use a .diff for other changes)',
      });
      continue;
    }
    if (seen.has(statement.name)) {
      problems.push({ line: statement.startLine, message: `defines "${statement.name}" a second time` });
      continue;
    }
    seen.add(statement.name);
    const targets = byName.get(statement.name) ?? [];
    if (targets.length > 1) {
      const where = targets.map((target) => target.startLine).join(' and ');
      problems.push({ line: statement.startLine, message: `replaces "${statement.name}", which solution.py defines more than once (lines ${where})` });
    } else if (targets.length === 1) replacements.push({ target: targets[0]!, text: statement.text });
    else inserted.push(statement.text);
  }
  if (problems.length === 0 && replacements.length === 0) {
    const names = [...seen].map((name) => `"${name}"`).join(', ');
    problems.push({
      line: patchStatements[0]?.startLine ?? 1,
      message: names
        ? `replaces nothing: solution.py has no top-level ${names}`
        : 'replaces nothing: write the definition(s) of solution.py that make the mistake',
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, code: splice(solution, solutionStatements, replacements, inserted, imports) };
}

function definitionsByName(statements: TopLevelStatement[]): Map<string, TopLevelStatement[]> {
  const byName = new Map<string, TopLevelStatement[]>();
  for (const statement of statements) {
    if (statement.name === undefined) continue;
    byName.set(statement.name, [...(byName.get(statement.name) ?? []), statement]);
  }
  return byName;
}

function sameCode(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
}

/** Rewrites the solution's lines: replaced definitions, new ones before the first replaced, added imports. */
function splice(
  solution: string,
  statements: TopLevelStatement[],
  replacements: Replacement[],
  inserted: string[],
  imports: string[],
): string {
  const lines = solution.split(/\r?\n/);
  const edits: { start: number; end: number; text: string }[] = replacements.map(({ target, text }) => ({
    start: target.startLine - 1,
    end: target.endLine,
    text,
  }));
  if (inserted.length > 0) {
    const first = edits.reduce((a, b) => (b.start < a.start ? b : a));
    first.text = [...inserted, first.text].join('\n\n\n');
  }
  if (imports.length > 0) {
    const anchor = importAnchor(statements);
    edits.push({ start: anchor, end: anchor, text: imports.join('\n') });
  }
  for (const edit of edits.sort((a, b) => b.start - a.start)) lines.splice(edit.start, edit.end - edit.start, edit.text);
  return lines.join('\n');
}

/** The 0-based line before which added imports go: after the solution's last import, else after its docstring. */
function importAnchor(statements: TopLevelStatement[]): number {
  const lastImport = statements.filter((statement) => statement.kind === 'import').at(-1);
  if (lastImport) return lastImport.endLine;
  const first = statements[0];
  if (first && first.kind === 'other' && /^[rRuU]?("""|'''|"|')/.test(first.text)) return first.endLine;
  return first ? first.startLine - 1 : 0;
}

/** The two ways a format-2 mistake is written: top-level definitions (.py) or a unified diff (.diff). */
export type PatchKind = 'definitions' | 'diff';

export function assembleMistake(solution: string, patch: string, kind: PatchKind): AssemblyResult {
  return kind === 'diff' ? applyUnifiedDiff(solution, patch) : assembleDefinitionPatch(solution, patch);
}
