// What a Run left in the learner's globals (buildpath/_run_summary.py), so the editor can
// complete `rows.` and `model.` afterwards. Made in the interpreter that ran the learner's
// code, so the host keeps only well-formed entries, of bounded size.

import type { CompletionKind } from './protocol';

export interface LearnerAttribute {
  name: string;
  kind: Extract<CompletionKind, 'function' | 'class' | 'variable' | 'module'>;
  /** A signature ("fit(rows, *, epochs=3)") or the value's type name. */
  detail: string;
  documentation?: string;
}

export interface LearnerObject {
  /** The value's type name ("list", "Model"). */
  type: string;
  attributes: LearnerAttribute[];
}

/** Global name → what it holds. */
export type LearnerObjects = Record<string, LearnerObject>;

const MAX_OBJECTS = 300;
const MAX_ATTRIBUTES = 200;
const MAX_NAME = 100;
const MAX_DETAIL = 300;
const MAX_DOCUMENTATION = 1_000;
const KINDS = new Set<string>(['function', 'class', 'variable', 'module']);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function sanitizeLearnerObjects(raw: unknown): LearnerObjects {
  const objects: LearnerObjects = Object.create(null) as LearnerObjects;
  if (!isRecord(raw)) return objects;
  for (const [name, value] of Object.entries(raw).slice(0, MAX_OBJECTS)) {
    if (!isName(name) || !isRecord(value) || typeof value.type !== 'string' || !Array.isArray(value.attributes)) continue;
    const attributes = value.attributes.slice(0, MAX_ATTRIBUTES).flatMap((item) => {
      const attribute = learnerAttribute(item);
      return attribute ? [attribute] : [];
    });
    if (attributes.length > 0) objects[name] = { type: value.type.slice(0, MAX_NAME), attributes };
  }
  return objects;
}

function learnerAttribute(raw: unknown): LearnerAttribute | null {
  if (!isRecord(raw) || !isName(raw.name) || typeof raw.kind !== 'string' || !KINDS.has(raw.kind) || typeof raw.detail !== 'string') return null;
  const attribute: LearnerAttribute = { name: raw.name, kind: raw.kind as LearnerAttribute['kind'], detail: raw.detail.slice(0, MAX_DETAIL) };
  if (typeof raw.documentation === 'string' && raw.documentation) attribute.documentation = raw.documentation.slice(0, MAX_DOCUMENTATION);
  return attribute;
}

function isName(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_NAME && IDENTIFIER.test(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
