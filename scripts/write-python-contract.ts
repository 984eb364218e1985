// Regenerates src/python/buildpath/_contract.py from the zod schemas the code uses.
// tests/unit/python-contract.test.ts fails when the two drift apart.
import { writeFileSync } from 'node:fs';
import { PYTHON_CONTRACT_FILE, pythonContractSource } from '../src/shared/python-contract';

writeFileSync(new URL(`../${PYTHON_CONTRACT_FILE}`, import.meta.url), pythonContractSource());
