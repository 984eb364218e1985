// What the UI reports about a learner's work. The host stamps each event with its own
// clock and folds it into the progress file with applyProgressEvent (reducer.ts).

import { z } from 'zod';
import { milestoneIdSchema, overallStatusSchema, projectSlugSchema, testStatusSchema } from './schema';

const where = { project: projectSlugSchema, milestone: milestoneIdSchema };

export const progressEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('milestone_opened'), ...where }),
  /** The learner changed the code (sent with the first save of a session is enough). */
  z.object({ type: z.literal('code_edited'), ...where }),
  /** A sign of life while the learner types, reads or runs code. */
  z.object({ type: z.literal('activity'), ...where }),
  z.object({
    type: z.literal('check_completed'),
    ...where,
    status: overallStatusSchema,
    tests: z
      .array(z.object({ task_id: z.number().int().nullable(), status: testStatusSchema }))
      .max(1000),
  }),
  z.object({ type: z.literal('hint_revealed'), ...where, hint_index: z.number().int().nonnegative().max(100) }),
  z.object({ type: z.literal('solution_seen'), ...where }),
]);

export type ProgressEvent = z.infer<typeof progressEventSchema>;
