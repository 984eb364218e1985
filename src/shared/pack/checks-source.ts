// A small scanner of checks.py, enough to validate a pack without running Python:
// how many checks it declares, the task numbers they name, and their names.

export interface CheckTaskUse {
  task: number;
  /** 1-based line of the decorator in checks.py. */
  line: number;
}

const CHECK_DECORATOR_CALL = /@check\s*\(/g;
const CHECK_DECORATOR = /^[ \t]*@check\b/gm;
const TASK_ARGUMENT = /\btask\s*=\s*(\d+)/;
const NAME_ARGUMENT = /\bname\s*=\s*(['"])([^'"\\]*)\1/;
const FUNCTION_DEF = /^[ \t]*(?:async\s+)?def\s+(\w+)\s*\(/m;
const DOCSTRING = /^[rRuU]?("""|'''|"|')([\s\S]*?)\1/;

/** Every `@check(task=N …)` in checks.py, with the decorator's line. */
export function findCheckTaskUses(source: string): CheckTaskUse[] {
  const uses: CheckTaskUse[] = [];
  for (const match of source.matchAll(CHECK_DECORATOR_CALL)) {
    const start = match.index + match[0].length;
    const task = TASK_ARGUMENT.exec(textUntilClosingParenthesis(source, start));
    if (task) uses.push({ task: Number(task[1]), line: lineOf(source, match.index) });
  }
  return uses;
}

/** Counts the `@check` decorators (with or without arguments). */
export function countChecks(source: string): number {
  return source.match(CHECK_DECORATOR)?.length ?? 0;
}

/**
 * The names the checks are shown under, worked out as the checker library does
 * (`name=`, else the docstring's first line, else the function name with spaces).
 * Undefined when a name cannot be read with certainty (e.g. a computed name).
 */
export function findCheckNames(source: string): string[] | undefined {
  const names: string[] = [];
  for (const match of source.matchAll(CHECK_DECORATOR)) {
    const name = checkNameAfter(source, match.index + match[0].length);
    if (name === undefined) return undefined;
    names.push(name);
  }
  return names;
}

function checkNameAfter(source: string, afterDecorator: number): string | undefined {
  const rest = source.slice(afterDecorator);
  const call = /^\s*\(/.exec(rest);
  const args = call ? textUntilClosingParenthesis(rest, call[0].length) : '';
  if (/\bname\s*=/.test(args)) return NAME_ARGUMENT.exec(args)?.[2];
  const definition = FUNCTION_DEF.exec(rest);
  if (!definition) return undefined;
  const parameters = textUntilClosingParenthesis(rest, definition.index + definition[0].length);
  const afterSignature = rest.slice(definition.index + definition[0].length + parameters.length + 1);
  const body = afterSignature.slice(afterSignature.indexOf(':') + 1).trimStart();
  const docstring = DOCSTRING.exec(body);
  if (docstring && docstring[2]!.includes('\\')) return undefined;
  const firstLine = docstring?.[2]!.trim().split(/\r?\n/)[0]?.trim();
  return firstLine || definition[1]!.replace(/_/g, ' ');
}

/** The text from `start` (just after an opening parenthesis) to its partner. */
function textUntilClosingParenthesis(source: string, start: number): string {
  let depth = 1;
  for (let i = start; i < source.length; i++) {
    const char = source[i];
    if (char === '(') depth++;
    if (char === ')' && --depth === 0) return source.slice(start, i);
  }
  return source.slice(start);
}

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}
