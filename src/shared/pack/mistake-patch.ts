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
  /** undefined: `del NAME`, the target goes, with the blank lines and comments above it. */
  text: string | undefined;
  /** New definitions the patch writes before this one (since the previous replacement), and, on the last, after it. */
  before: string[];
  after: string[];
}

const DELETION = /^del\s+([\p{L}_][\p{L}\p{N}_]*)\s*$/u;

export function assembleDefinitionPatch(solution: string, patch: string): AssemblyResult {
  const problems: PatchProblem[] = [];
  const patchStatements = splitTopLevelStatements(patch);
  const solutionStatements = splitTopLevelStatements(solution);
  const byName = definitionsByName(solutionStatements);

  const replacements: Replacement[] = [];
  let pending: string[] = [];
  const imports: string[] = [];
  const seen = new Set<string>();
  for (const statement of patchStatements) {
    if (statement.kind === 'import') {
      if (!solutionStatements.some((own) => own.kind === 'import' && sameCode(own.text, statement.text))) imports.push(statement.text);
      continue;
    }
    const deleted = statement.kind === 'other' ? DELETION.exec(statement.text)?.[1] : undefined;
    if (deleted !== undefined) {
      const targets = solutionStatements.filter((own) => replaceableName(own) === deleted || bindsOnlyByImport(own, deleted));
      if (targets.length === 1) replacements.push({ target: targets[0]!, text: undefined, before: [], after: [] });
      else problems.push({ line: statement.startLine, message: targets.length === 0 ? `deletes "${deleted}", which solution.py does not define at the top level` : `deletes "${deleted}", which solution.py defines more than once` });
      continue;
    }
    const name = replaceableName(statement);
    if (name === undefined) {
      problems.push({
        line: statement.startLine,
        message: 'is not a top-level definition; a patch holds only def, class, NAME = …, the if __name__ == "__main__": block, del NAME and imports (use a .diff for other changes)',
      });
      continue;
    }
    if (seen.has(name)) {
      problems.push({ line: statement.startLine, message: `defines "${name}" a second time` });
      continue;
    }
    seen.add(name);
    const targets = byName.get(name) ?? [];
    if (targets.length > 1) {
      const where = targets.map((target) => target.startLine).join(' and ');
      problems.push({ line: statement.startLine, message: `replaces "${name}", which solution.py defines more than once (lines ${where})` });
    } else if (targets.length === 1) {
      replacements.push({ target: targets[0]!, text: statement.text, before: pending, after: [] });
      pending = [];
    } else pending.push(statement.text);
  }
  const lastKept = replacements.filter((replacement) => replacement.text !== undefined).at(-1);
  if (lastKept) lastKept.after = pending;
  if (problems.length === 0 && replacements.length === 0) {
    const names = [...seen].map((name) => `"${name}"`).join(', ');
    problems.push({
      line: patchStatements[0]?.startLine ?? 1,
      message: names
        ? `replaces nothing: solution.py has no top-level ${names}`
        : 'replaces nothing: write the definition(s) of solution.py that make the mistake',
    });
  }
  if (problems.length === 0 && pending.length > 0 && !lastKept) {
    problems.push({
      line: patchStatements[0]?.startLine ?? 1,
      message: 'adds definitions but replaces none; a new definition goes next to the replaced one it is written beside',
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, code: splice(solution, solutionStatements, replacements, imports) };
}

function definitionsByName(statements: TopLevelStatement[]): Map<string, TopLevelStatement[]> {
  const byName = new Map<string, TopLevelStatement[]>();
  for (const statement of statements) {
    const name = replaceableName(statement);
    if (name === undefined) continue;
    byName.set(name, [...(byName.get(name) ?? []), statement]);
  }
  return byName;
}

const MAIN_GUARD = /^if\s+__name__\s*==\s*(['"])__main__\1\s*:/;

/** `import NAME` or `from M import NAME`: the one name an import binds, which `del NAME` removes. */
function bindsOnlyByImport(statement: TopLevelStatement, name: string): boolean {
  if (statement.kind !== 'import') return false;
  const match = /^(?:import\s+([\p{L}_][\p{L}\p{N}_]*)|from\s+\S+\s+import\s+([\p{L}_][\p{L}\p{N}_]*))\s*$/u.exec(statement.text);
  return match !== null && (match[1] ?? match[2]) === name;
}

/** The name a patch statement replaces by: a definition's name, or "__main__" for the script block. */
function replaceableName(statement: TopLevelStatement): string | undefined {
  if (statement.name !== undefined) return statement.name;
  return statement.kind === 'other' && MAIN_GUARD.test(statement.text) ? '__main__' : undefined;
}

function sameCode(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
}

/** Rewrites the solution's lines: replaced and deleted definitions, new ones beside the replaced, added imports. */
function splice(
  solution: string,
  statements: TopLevelStatement[],
  replacements: Replacement[],
  imports: string[],
): string {
  const lines = solution.split(/\r?\n/);
  const edits: { start: number; end: number; text: string | undefined }[] = replacements.map(({ target, text, before, after }) => ({
    start: text === undefined ? previousEnd(statements, target) : target.startLine - 1,
    end: target.endLine,
    text: text === undefined ? undefined : [...before, text, ...after].join('\n\n\n'),
  }));
  if (imports.length > 0) {
    const anchor = importAnchor(statements);
    edits.push({ start: anchor, end: anchor, text: imports.join('\n') });
  }
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    if (edit.text === undefined) lines.splice(edit.start, edit.end - edit.start);
    else lines.splice(edit.start, edit.end - edit.start, edit.text);
  }
  return lines.join('\n');
}

/** The 0-based line just after the statement before `target` (0 when it is the first). */
function previousEnd(statements: TopLevelStatement[], target: TopLevelStatement): number {
  const before = statements.filter((statement) => statement.endLine < target.startLine).at(-1);
  return before ? before.endLine : 0;
}

/** The 0-based line before which added imports go: after the solution's last import, else after its docstring. */
function importAnchor(statements: TopLevelStatement[]): number {
  const lastImport = statements.filter((statement) => statement.kind === 'import').at(-1);
  if (lastImport) return lastImport.endLine;
  const first = statements[0];
  if (first && first.kind === 'other' && /^[rRuU]?("""|'''|"|')/.test(first.text)) return first.endLine;
  return first ? first.startLine - 1 : 0;
}

/** The two ways a format-2 patch (a mistake, or a starter) is written: top-level definitions (.py) or a unified diff (.diff). */
export type PatchKind = 'definitions' | 'diff';

export function assemblePatch(solution: string, patch: string, kind: PatchKind, target?: string): AssemblyResult {
  return kind === 'diff' ? applyUnifiedDiff(solution, patch, target) : assembleDefinitionPatch(solution, patch);
}
