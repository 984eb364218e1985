// Pictures from Python (buildpath.show) for the output pane.
export { DisplayView } from './DisplayView';
export { droppedDisplaysNote } from './display-cap';
