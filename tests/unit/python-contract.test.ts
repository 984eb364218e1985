import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PYTHON_CONTRACT_FILE, pythonContract, pythonContractSource } from '../../src/shared/python-contract';
import { sharedPython } from '../support/python';

describe('the Python contract constants', () => {
  it('are current (regenerate with npx tsx scripts/write-python-contract.ts)', () => {
    expect(readFileSync(PYTHON_CONTRACT_FILE, 'utf8')).toBe(pythonContractSource());
  });

  it('are what the Python library sees', async () => {
    let stdout = '';
    const program = 'import json\nfrom buildpath import _contract\nprint(json.dumps({k: v for k, v in vars(_contract).items() if k.isupper()}))';
    const outcome = await sharedPython().run({ code: program, filename: 'contract.py' }, { onStream: (_stream, text) => (stdout += text) });
    expect(outcome.status).toBe('ok');
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(pythonContract())));
  });

  it('follow the schema: the 500-character output cap, the statuses, the default budget', () => {
    expect(pythonContract()).toMatchObject({ OUTPUT_MAX_CHARS: 500, DEFAULT_BUDGET_SECONDS: 10, RESULT_VERSION: 3 });
    expect(pythonContract().TEST_STATUSES).toContain('timeout');
  });
});
