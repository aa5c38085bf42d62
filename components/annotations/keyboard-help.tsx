// How to annotate without a mouse, said where readers look for it.
export function KeyboardHelp() {
  return (
    <details className="keyboard-help">
      <summary>Annotating with the keyboard</summary>
      <ul>
        <li>
          Beside each passage, after its link button, <kbd>Tab</kbd> reaches a <strong>Select</strong> button for each language (“Select Korean”). It selects
          that language’s whole text of the passage and moves to the toolbar.
        </li>
        <li>
          To take only some words, turn on caret browsing (<kbd>F7</kbd> in most browsers), move into the text and select with <kbd>Shift</kbd> and the arrow
          keys; <kbd>Alt</kbd>+<kbd>A</kbd> then moves to the toolbar.
        </li>
        <li>
          In the toolbar the arrow keys go from button to button, <kbd>Enter</kbd> chooses, <kbd>Esc</kbd> closes it and goes back.
        </li>
        <li>
          <kbd>Tab</kbd> reaches each highlight in the text; <kbd>Enter</kbd> opens its note. <kbd>Esc</kbd> goes back from a note to the list.
        </li>
        <li>Every note is also in the list above: choose one to go to its passage.</li>
      </ul>
    </details>
  );
}
