// The constants of the check-result contract that the Python library needs, written
// out as a Python module (src/python/buildpath/_contract.py) from the zod schemas,
// so the two languages cannot drift apart. scripts/write-python-contract.ts writes it;
// tests/unit/python-contract.test.ts fails when the committed module is stale.

import { checkResultSchema, testResultSchema } from './check-result';
import { DEFAULT_CHECK_BUDGET_SECONDS } from './pack/schema';

export const PYTHON_CONTRACT_FILE = 'src/python/buildpath/_contract.py';

export interface PythonContract {
  RESULT_VERSION: number;
  RESULT_FORMAT: string;
  TEST_STATUSES: readonly string[];
  OVERALL_STATUSES: readonly string[];
  OUTPUT_MAX_CHARS: number;
  DEFAULT_BUDGET_SECONDS: number;
}

export function pythonContract(): PythonContract {
  const outputMax = testResultSchema.shape.output.unwrap().maxLength;
  if (outputMax === null) throw new Error('testResultSchema.output has lost its maximum length');
  return {
    RESULT_VERSION: checkResultSchema.shape.version.value,
    RESULT_FORMAT: checkResultSchema.shape.format.value,
    TEST_STATUSES: testResultSchema.shape.status.options,
    OVERALL_STATUSES: checkResultSchema.shape.status.options,
    OUTPUT_MAX_CHARS: outputMax,
    DEFAULT_BUDGET_SECONDS: DEFAULT_CHECK_BUDGET_SECONDS,
  };
}

/** The module's text. JSON literals of strings, numbers and lists are Python literals too. */
export function pythonContractSource(contract: PythonContract = pythonContract()): string {
  const lines = Object.entries(contract).map(([name, value]) => {
    const literal = Array.isArray(value) ? `(${value.map((item) => JSON.stringify(item)).join(', ')},)` : JSON.stringify(value);
    return `${name} = ${literal}`;
  });
  return [
    `"""Constants of the check-result contract (docs/check-result.md).`,
    '',
    'Generated from the zod schemas in src/shared by scripts/write-python-contract.ts;',
    'do not edit by hand."""',
    '',
    ...lines,
    '',
  ].join('\n');
}
