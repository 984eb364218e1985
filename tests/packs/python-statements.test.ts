// The pack loader finds a patch's top-level definitions without Python
// (src/shared/pack/python-statements.ts). Here Python's own `ast`, in real Pyodide,
// reads every .py file of the packs and the fixtures, and both must agree on where
// each statement starts and ends and what name it defines.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { splitTopLevelStatements } from '../../src/shared/pack/python-statements';
import { sharedPython } from '../support/python';

const ROOT = path.resolve(__dirname, '../..');

function pythonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.py') && !entry.parentPath.includes('__pycache__'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const AST_READER = String.raw`
import ast, json

def statements(source):
    rows = []
    for node in ast.parse(source).body:
        start = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
        name = None
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            name = node.name
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            name = node.target.id
        rows.append([start, node.end_lineno, name])
    return rows

for file, (source, expected) in json.loads(CASES).items():
    actual = statements(source)
    if actual != expected:
        print("MISMATCH", file, json.dumps(actual), json.dumps(expected))
print("COMPARED", len(json.loads(CASES)))
`;

it('finds the top-level statements of every pack file where Python ast does', async () => {
  const files = ['projects', 'tests/fixtures', 'src/python'].flatMap((dir) => pythonFiles(path.join(ROOT, dir)));
  const cases = Object.fromEntries(
    files
      .map((file) => [path.relative(ROOT, file), readFileSync(file, 'utf8')] as const)
      .filter(([, source]) => !source.includes('\0'))
      .map(([file, source]) => [
        file,
        [source, splitTopLevelStatements(source).map((statement) => [statement.startLine, statement.endLine, statement.name ?? null])],
      ]),
  );
  let stdout = '';
  const outcome = await sharedPython().run(
    { code: `CASES = ${JSON.stringify(JSON.stringify(cases))}\n${AST_READER}`, filename: 'ast_compare.py' },
    { onStream: (stream, text) => (stdout += stream === 'stdout' ? text : '') },
  );
  expect(outcome.status, outcome.traceback).toBe('ok');
  expect(stdout.split('\n').filter((line) => line.startsWith('MISMATCH'))).toEqual([]);
  expect(stdout).toContain(`COMPARED ${files.length}`);
});
