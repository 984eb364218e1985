// Turns a schema's complaints into pack problems a content author can act on.

import type { z } from 'zod';
import type { PackReader } from './pack-reader';

/** Validates `value` against `schema`; on failure records one problem per issue. */
export function parseWithSchema<T>(reader: PackReader, relative: string, schema: z.ZodType<T>, value: unknown): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) reader.report(relative, 'is not a known key (see docs/pack-format.md)', formatField([...issue.path, key]));
    } else {
      reader.report(relative, describeIssue(issue), formatField(issue.path) || undefined);
    }
  }
  return undefined;
}

/** ["datasets", 0, "file"] → "datasets[0].file". */
export function formatField(pathParts: readonly PropertyKey[]): string {
  return pathParts
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`))
    .join('');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) return 'is required';
  return issue.message.replace(/^Invalid (input|option): /, '');
}
