// What each host method accepts, checked where a call arrives from a transport (IPC or
// HTTP) before any service sees it. A method added to HostApi must be added here too:
// the type below does not compile without it.

import { z } from 'zod';
import type { HostMethod } from '../shared/host-api';
import { studyPlanDraftSchema } from '../shared/planner/plan';
import { progressEventSchema } from '../shared/progress/events';
import { milestoneIdSchema, projectSlugSchema } from '../shared/progress/schema';
import { quoteInput } from './host-input';
import { portfolioRequestSchema } from './portfolio/host-portfolio';
import { codeSchema, hashSchema } from './workspace/workspace-service';

export const reminderTextSchema = z.string().min(1).max(200);

interface HostArguments {
  names: string[];
  schema: z.ZodType<unknown[]>;
}

function takes(...named: [string, z.ZodType][]): HostArguments {
  const schemas = named.map(([, schema]) => schema) as [z.ZodType, ...z.ZodType[]];
  return { names: named.map(([name]) => name), schema: z.tuple(schemas) as z.ZodType<unknown[]> };
}

const slug: [string, z.ZodType] = ['slug', projectSlugSchema];
const milestoneId: [string, z.ZodType] = ['milestoneId', milestoneIdSchema];

const HOST_ARGUMENTS: Record<HostMethod, HostArguments> = {
  appInfo: takes(),
  workspaceInfo: takes(),
  loadCode: takes(slug, milestoneId),
  saveCode: takes(slug, milestoneId, ['code', codeSchema], ['baseHash', hashSchema]),
  resetCode: takes(slug, milestoneId),
  getProgress: takes(),
  recordEvent: takes(['event', progressEventSchema]),
  changeStudyPlan: takes(['draft', studyPlanDraftSchema]),
  showReminder: takes(['title', reminderTextSchema], ['body', reminderTextSchema]),
  listProjects: takes(),
  getMilestone: takes(slug, milestoneId),
  getCheckBundle: takes(slug, milestoneId),
  getProjectFiles: takes(slug),
  portfolioCode: takes(['project', projectSlugSchema.nullable()]),
  exportPortfolio: takes(['request', portfolioRequestSchema]),
  savePortfolioPdf: takes(['project', projectSlugSchema.nullable()]),
};

function valueAt(root: unknown, keys: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of keys) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Why these arguments do not suit the method, in one short line, or null when they do. */
export function hostArgumentProblem(method: HostMethod, args: unknown[]): string | null {
  const { names, schema } = HOST_ARGUMENTS[method];
  const parsed = schema.safeParse(args);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  const [index, ...inside] = issue.path;
  if (index === undefined) {
    const list = names.length > 0 ? ` (${names.join(', ')})` : '';
    return `${method} takes ${names.length} argument${names.length === 1 ? '' : 's'}${list}; it was given ${args.length}`;
  }
  const where = [names[Number(index)] ?? `argument ${String(index)}`, ...inside.map(describeKey)].join('.');
  return `${where} ${quoteInput(valueAt(args, issue.path))}: ${issue.message}`;
}

/** A key of a path into the arguments, named in a message: the caller chose it, so a long or odd one is quoted like a value. */
export function describeKey(key: PropertyKey): string {
  const text = String(key);
  return /^[A-Za-z_]\w{0,39}$|^\d{1,10}$/.test(text) ? text : quoteInput(text);
}
