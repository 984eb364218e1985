// Pictures from Python (buildpath.show) for the output pane.
export { DisplayView } from './DisplayView';
export { droppedDisplaysNote, keepRecentDisplays, MAX_KEPT_DISPLAYS } from './display-cap';
