import { milestoneProgressOf } from './reducer';
import { isPassed, type Progress } from './schema';

/** Where "Continue" goes: the milestone last worked on unless passed, else the first one not passed. */
export function continueTarget(progress: Progress | null, slug: string, milestoneIds: readonly string[]): string | undefined {
  const last = progress?.projects[slug]?.last_milestone;
  const passed = (id: string) => progress !== null && isPassed(milestoneProgressOf(progress, slug, id).status);
  if (last && milestoneIds.includes(last) && !passed(last)) return last;
  return milestoneIds.find((id) => !passed(id)) ?? last ?? milestoneIds[0];
}
