// Size limits of a pack (docs/pack-format.md, "Limits").

export interface PackLimits {
  maxFileBytes: number;
  maxPackBytes: number;
}

const MEGABYTE = 1024 * 1024;

export const PACK_LIMITS: PackLimits = { maxFileBytes: 8 * MEGABYTE, maxPackBytes: 32 * MEGABYTE };

export function formatMegabytes(bytes: number): string {
  return `${(bytes / MEGABYTE).toFixed(1)} MB`;
}
