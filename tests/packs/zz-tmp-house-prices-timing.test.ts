import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { it } from 'vitest';
import { PROJECTS_ROOT, runPython } from './support';

it('times the house-prices solutions run as programs', async () => {
  const root = path.join(PROJECTS_ROOT, 'house-prices/milestones');
  for (const m of readdirSync(root).sort()) {
    const code = readFileSync(path.join(root, m, 'solution.py'), 'utf8');
    const start = Date.now();
    const { stderr, outcome } = await runPython('house-prices', code);
    console.log(`TIMING ${m} ${Date.now() - start} ms ${outcome.status} ${stderr.slice(-300)}`);
  }
});
