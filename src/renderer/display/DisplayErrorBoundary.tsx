import { Component, type ReactNode } from 'react';
import { errorMessage } from '../error-message';

/** A display that cannot be drawn says so instead of taking the output pane down with it. */
export class DisplayErrorBoundary extends Component<{ children: ReactNode }, { problem: string | null }> {
  state = { problem: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { problem: errorMessage(error) };
  }

  render() {
    if (this.state.problem === null) return this.props.children;
    return <p className="display-problem">This picture could not be drawn: {this.state.problem}</p>;
  }
}
