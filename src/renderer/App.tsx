// The app shell: a top bar, the current screen (the catalogue and milestones are the
// workbench's, other screens are pages by name) and the status bar.

import { BlockReminders } from './planner/BlockReminders';
import { PlannerScreen } from './planner/PlannerScreen';
import { RoadmapScreen } from './roadmap/RoadmapScreen';
import { Scratchpad } from './scratchpad/Scratchpad';
import { StatusBar } from './status/StatusBar';
import { useRoute, type Route } from './workbench/route';
import { Workbench } from './workbench/Workbench';

/** The screens in the top bar; the catalogue (#/) is home, a milestone belongs to it. */
const NAV_PAGES: { name: string; label: string }[] = [
  { name: 'roadmap', label: 'Roadmap' },
  { name: 'planner', label: 'Planner' },
  { name: 'scratchpad', label: 'Scratchpad' },
];

function Page({ name, navigate }: { name: string; navigate(route: Route): void }) {
  switch (name) {
    case 'scratchpad':
      return <Scratchpad />;
    case 'roadmap':
      return <RoadmapScreen onOpenMilestone={(slug, milestoneId) => navigate({ screen: 'milestone', slug, milestoneId })} />;
    case 'planner':
      return <PlannerScreen />;
    default:
      return <p className="screen-message">There is no screen called “{name}”.</p>;
  }
}

function isCurrent(route: Route, name: string | null): boolean {
  return name === null ? route.screen !== 'page' : route.screen === 'page' && route.name === name;
}

export function App() {
  const [route, navigate] = useRoute();
  return (
    <div className="app">
      <header className="app-bar">
        <span className="app-brand">
          <span className="app-logo" aria-hidden="true" />
          Buildpath
        </span>
        <nav className="app-nav" aria-label="Screens">
          <a href="#/" className="app-nav-link" aria-current={isCurrent(route, null) ? 'page' : undefined}>
            Projects
          </a>
          {NAV_PAGES.map((page) => (
            <a key={page.name} href={`#/${page.name}`} className="app-nav-link" aria-current={isCurrent(route, page.name) ? 'page' : undefined}>
              {page.label}
            </a>
          ))}
        </nav>
      </header>
      <main className="app-main">
        {route.screen === 'page' ? <Page name={route.name} navigate={navigate} /> : <Workbench route={route} navigate={navigate} />}
      </main>
      <StatusBar />
      <BlockReminders />
    </div>
  );
}
