// The app shell: a top bar, the current screen and the status bar. New screens
// (catalogue, milestone view, planner) plug in where <Scratchpad /> is.

import { Scratchpad } from './scratchpad/Scratchpad';
import { StatusBar } from './status/StatusBar';

export function App() {
  return (
    <div className="app">
      <header className="app-bar">
        <span className="app-brand">
          <span className="app-logo" aria-hidden="true" />
          Buildpath
        </span>
      </header>
      <main className="app-main">
        <Scratchpad />
      </main>
      <StatusBar />
    </div>
  );
}
