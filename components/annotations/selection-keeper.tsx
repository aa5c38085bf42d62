'use client';
// Keeps the reader's selection across a redraw of a segment's marks (kept-selection.ts). The
// selection is read right before React changes the DOM, not only when the browser reports a
// change: the `selectionchange` event comes a task later, and marks drawn in between (the page
// waking up with many notes, a note deleted elsewhere) replaced the text nodes under a selection
// that nothing had remembered yet, so it collapsed and the toolbar never came. A class component,
// because getSnapshotBeforeUpdate is React's one hook into that moment (no Hook has it).
import { Component, type ReactNode } from 'react';
import { rememberBeforeRedraw, restoreSelection } from '@/lib/annotations/client/kept-selection';

type Props = { drawn: unknown; children: ReactNode };

export class SelectionKeeper extends Component<Props> {
  getSnapshotBeforeUpdate(previous: Props): null {
    if (previous.drawn !== this.props.drawn) rememberBeforeRedraw();
    return null;
  }

  componentDidMount(): void {
    restoreSelection();
  }

  componentDidUpdate(previous: Props): void {
    if (previous.drawn !== this.props.drawn) restoreSelection();
  }

  render(): ReactNode {
    return this.props.children;
  }
}
