// A pack's CSV data file saved with a byte-order mark (Notepad, Excel's "CSV UTF-8"):
// the mark stays out of Python (real Pyodide), so the first column keeps its name.

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPackService } from '../../src/services/packs';
import { createNodePythonClient } from '../../src/services/python/node-python';
import { FIXTURES } from '../support/buildpath-cli';

const root = mkdtempSync(path.join(tmpdir(), 'bp-data-bom-'));
cpSync(path.join(FIXTURES, 'fixture-basics'), path.join(root, 'fixture-basics'), { recursive: true });
const csv = path.join(root, 'fixture-basics/data/scores.csv');
writeFileSync(csv, `\uFEFF${readFileSync(csv, 'utf8')}`);
const packs = createPackService(root, { watch: false });
const python = createNodePythonClient({ projectFiles: (slug) => packs.getProjectFiles(slug) });
afterAll(() => {
  python.dispose();
  packs.close();
});

describe('a data file that starts with a byte-order mark', () => {
  it('reaches Python without it', async () => {
    const files = await packs.getProjectFiles('fixture-basics');
    expect(files.files['data/scores.csv']!.startsWith('student,score\n')).toBe(true);
    let stdout = '';
    const outcome = await python.run(
      { code: 'import csv\nprint(csv.DictReader(open("data/scores.csv")).fieldnames)', filename: 'main.py', project: 'fixture-basics' },
      { onStream: (_stream, text) => (stdout += text) },
    );
    expect(outcome.status).toBe('ok');
    expect(stdout).toBe("['student', 'score']\n");
  });
});
