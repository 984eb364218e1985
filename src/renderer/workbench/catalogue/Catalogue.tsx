import type { WorkspaceInfo } from '../../../shared/host-api';
import type { Progress } from '../../../shared/progress/schema';
import { ExportPortfolio } from '../portfolio/ExportPortfolio';
import { ShortcutsList } from '../ShortcutsList';
import type { ProjectsState } from '../use-projects';
import { BrokenProjectCard, ProjectCard } from './ProjectCard';

export interface CatalogueProps {
  projects: ProjectsState;
  progress: Progress | null;
  workspace: WorkspaceInfo | null;
  onOpen(slug: string, milestoneId: string): void;
}

export function Catalogue({ projects, progress, workspace, onOpen }: CatalogueProps) {
  return (
    <div className="catalogue" data-testid="catalogue">
      <div className="catalogue-inner">
        <header className="catalogue-head">
          <h1>Projects</h1>
          <p className="muted">Guided, hands-on projects. Each milestone has a checker that tells you what is done and what is not.</p>
        </header>
        {projects.kind === 'loading' && <p className="muted">Loading projects…</p>}
        {projects.kind === 'failed' && <p className="error-text">The projects could not be listed: {projects.message}</p>}
        {projects.kind === 'ready' && projects.projects.length === 0 && <p className="muted">No projects were found.</p>}
        {projects.kind === 'ready' && (
          <div className="project-grid">
            {projects.projects.map((project) =>
              project.status === 'ok' ? (
                <ProjectCard key={project.slug} project={project} progress={progress} onOpen={(id) => onOpen(project.slug, id)} />
              ) : (
                <BrokenProjectCard key={project.slug} project={project} />
              ),
            )}
          </div>
        )}
        <footer className="catalogue-foot">
          <section>
            <h2 className="section-title">Your files</h2>
            <p className="muted">
              Your code is saved as plain Python files as you type, in <code data-testid="workspace-dir">{workspace?.dir ?? '…'}</code>. Open them in any
              editor; changes made there show up here.
            </p>
          </section>
          <section>
            <h2 className="section-title">Portfolio</h2>
            <p className="muted">
              One page with your code, its checks and its charts, to hand to an employer or an examiner; anyone can re-run the checks with{' '}
              <code>npx buildpath verify</code>.
            </p>
            <ExportPortfolio project={null} label="Export portfolio" />
          </section>
          <section>
            <h2 className="section-title">Keyboard shortcuts</h2>
            <ShortcutsList />
          </section>
        </footer>
      </div>
    </div>
  );
}
