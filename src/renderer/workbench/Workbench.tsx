// The guided workbench: the catalogue of projects and the milestone screen, with the
// learner's progress shared between them. The route lives in the URL's hash.

import { useCallback, useState } from 'react';
import { RecommendBefore } from '../roadmap/RecommendBefore';
import { Catalogue } from './catalogue/Catalogue';
import { MilestoneScreen } from './milestone/MilestoneScreen';
import { Notice } from './Notice';
import type { Route } from './route';
import { useProgress } from './use-progress';
import { useProjects } from './use-projects';
import { useWorkspaceInfo } from './use-workspace-info';
import './workbench.css';

export interface WorkbenchProps {
  route: Extract<Route, { screen: 'catalogue' | 'milestone' }>;
  navigate(route: Route): void;
}

export function Workbench({ route, navigate }: WorkbenchProps) {
  const projects = useProjects();
  const progress = useProgress();
  const workspace = useWorkspaceInfo();
  // Dismissing hides that notice only: a different one later (the file damaged again) is shown.
  const [dismissedNotice, setDismissedNotice] = useState<string | null>(null);

  const openMilestone = useCallback((slug: string, milestoneId: string) => navigate({ screen: 'milestone', slug, milestoneId }), [navigate]);
  const notice = progress.snapshot?.notice ?? workspace?.notice;
  const showNotice = Boolean(notice) && notice !== dismissedNotice;

  let screen;
  if (route.screen === 'catalogue') {
    screen = <Catalogue projects={projects} progress={progress.snapshot?.progress ?? null} workspace={workspace} onOpen={openMilestone} />;
  } else if (projects.kind !== 'ready') {
    screen = <p className="screen-message muted">{projects.kind === 'loading' ? 'Loading…' : projects.message}</p>;
  } else {
    const project = projects.projects.find((candidate) => candidate.slug === route.slug);
    screen =
      project?.status === 'ok' && project.milestones.some((milestone) => milestone.id === route.milestoneId) ? (
        <MilestoneScreen
          project={project}
          milestoneId={route.milestoneId}
          progress={progress.snapshot}
          record={progress.record}
          onOpenMilestone={(id) => openMilestone(project.slug, id)}
          onCatalogue={() => navigate({ screen: 'catalogue' })}
        />
      ) : (
        <div className="screen-message">
          <p>{project ? `The project "${project.title}" cannot be opened.` : `There is no milestone ${route.slug}/${route.milestoneId}.`}</p>
          <button type="button" className="button" onClick={() => navigate({ screen: 'catalogue' })}>
            Back to the projects
          </button>
        </div>
      );
  }

  return (
    <div className="workbench">
      {(showNotice || progress.errors.length > 0) && (
        <div className="workbench-notices">
          {progress.errors.map((message) => (
            <Notice key={message} tone="error" testId="progress-error">
              {message}
            </Notice>
          ))}
          {showNotice && (
            <Notice tone="warning" onDismiss={() => setDismissedNotice(notice ?? null)} testId="progress-notice">
              {notice}
            </Notice>
          )}
        </div>
      )}
      {/* The one banner of what to do first: earlier milestones of this project, then the foundations. */}
      {route.screen === 'milestone' && projects.kind === 'ready' && progress.snapshot && (
        <RecommendBefore catalogue={projects.projects} progress={progress.snapshot.progress} project={route.slug} milestone={route.milestoneId} onOpen={openMilestone} />
      )}
      {screen}
    </div>
  );
}
