import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkResultJsonSchema } from '../../src/shared/check-result-json-schema';

describe('check result schema', () => {
  it('matches the published JSON Schema (regenerate with npx tsx scripts/write-check-result-schema.ts)', () => {
    const published = JSON.parse(readFileSync(new URL('../../docs/check-result.schema.json', import.meta.url), 'utf8'));
    expect(published).toEqual(checkResultJsonSchema());
  });
});
