import { z } from 'zod';
import { checkResultSchema } from './check-result';

/** The published JSON Schema of a check result (docs/check-result.schema.json). */
export function checkResultJsonSchema(): object {
  return {
    $id: 'https://buildpath.invalid/check-result.schema.json',
    title: 'Buildpath check result',
    ...z.toJSONSchema(checkResultSchema, { target: 'draft-2020-12' }),
  };
}
