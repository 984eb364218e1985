// Regenerates docs/check-result.schema.json from the zod schema the code uses.
// tests/unit/check-result-schema.test.ts fails when the two drift apart.
import { writeFileSync } from 'node:fs';
import { checkResultJsonSchema } from '../src/shared/check-result-json-schema';

writeFileSync(new URL('../docs/check-result.schema.json', import.meta.url), `${JSON.stringify(checkResultJsonSchema(), null, 2)}\n`);
