import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/server/api-route';
import { MAX_CODE_CHARS } from '../../src/services/workspace/workspace-service';

describe('browser mode body limit', () => {
  it('admits the largest file saveCode accepts, however JSON spells its characters', () => {
    const largest = JSON.stringify(['house-prices', '01-load-sales', '\u0001'.repeat(MAX_CODE_CHARS), 'f'.repeat(64)]);
    expect(Buffer.byteLength(largest)).toBeLessThanOrEqual(MAX_BODY_BYTES);
  });
});
