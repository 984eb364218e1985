// Progress reconstructed from the milestone files found in the workspace, used when the
// progress file and its backup are both unusable: a file present means work started.

import { emptyMilestoneProgress, emptyProgress, type Progress } from './schema';

export function progressFromMilestoneFiles(
  files: readonly { project: string; milestone: string }[],
  now: Date,
): Progress {
  const progress = emptyProgress(now);
  for (const { project, milestone } of files) {
    const entry = (progress.projects[project] ??= { last_milestone: null, last_activity_at: null, milestones: {} });
    entry.milestones[milestone] = { ...emptyMilestoneProgress(), status: 'in_progress' };
    entry.last_milestone = milestone;
  }
  return progress;
}
